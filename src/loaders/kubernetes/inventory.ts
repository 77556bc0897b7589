// The inventory: the Kubernetes objects of one scan, indexed the way Gatekeeper's
// `data.inventory` is (`namespace[ns][apiVersion][kind][name]`, `cluster[apiVersion][kind][name]`),
// so a policy can check what a single object cannot tell on its own (a service account no
// manifest defines, a Service selecting no pods) and Gatekeeper policies that read the inventory
// run unchanged. Pure: documents in, one JSON object out; the scan decides when it is complete
// (docs/inventory.md). Given no `reads`, it holds the documents' data by reference; given the
// members the inventory's readers can look at (BUILTIN_INVENTORY_READS for the built-in packs),
// it keeps only those, so a scan need not keep every object's tree until its second pass.

import type { Document } from '../types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Inventory {
  cluster: Record<string, Record<string, Record<string, Obj>>>;
  namespace: Record<string, Record<string, Record<string, Record<string, Obj>>>>;
}

/**
 * Kinds that have no namespace. Other kinds (CRDs included) are namespaced, which is the case
 * for nearly every custom resource.
 */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding',
  'CustomResourceDefinition', 'PriorityClass', 'IngressClass', 'RuntimeClass', 'ComponentStatus',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding', 'APIService', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'PodSecurityPolicy', 'CertificateSigningRequest', 'FlowSchema', 'PriorityLevelConfiguration',
]);

/**
 * A manifest without `metadata.namespace` lands in the namespace it is applied to, the same
 * for every such object of one `kubectl apply`; the inventory files them under `default`, which
 * is where `kubectl apply` without `-n` puts them (the objects themselves are not changed).
 */
export const UNSET_NAMESPACE = 'default';

// Keys come from the manifests: a name or namespace `__proto__` must be a member like any other,
// not the prototype of the object it is filed in (nor, through `??=`, Object.prototype itself).
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const setOwn = (o: Obj, k: string, v: unknown) => void Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

const put = (into: Obj, keys: string[], value: Obj) => {
  let node = into;
  for (const k of keys.slice(0, -1)) {
    let next = own(node, k) as Obj | undefined;
    if (next === undefined) setOwn(node, k, (next = {}));
    node = next;
  }
  setOwn(node, keys[keys.length - 1]!, value);
};

/**
 * Which members of an object a reader can look at: `true` is the whole value; an object names
 * members (`'*'` every member of an object, every element of an array) and keeps nothing else.
 * An empty object keeps a container's type and no content, for readers that ask only
 * `is_object(x)`.
 */
export type Reads = true | { readonly [member: string]: Reads };

const LABELS = { metadata: { labels: true } } as const;
const POD_TEMPLATE = { ...LABELS, spec: {} } as const;

/**
 * Everything the built-in packs' inventory policies and `policies/lib/k8s_inventory.rego` read
 * of an inventory object: what `pod_labels` tests and returns, the selectors, ports, role
 * references and scale targets the policies compare, and the kind, name and replicas they
 * report. `src/loaders/kubernetes/inventory.test.ts` holds it to those policies: each one's
 * findings on every fixture and corpus are the same with the full objects and with these.
 */
export const BUILTIN_INVENTORY_READS: Reads = {
  kind: true,
  metadata: { name: true, labels: true },
  roleRef: { kind: true, name: true },
  template: LABELS,
  spec: {
    template: POD_TEMPLATE,
    jobTemplate: { spec: { template: POD_TEMPLATE } },
    podSelector: true,
    ports: { '*': { port: true, name: true } },
    scaleTargetRef: true,
    minReplicas: true,
    minReplicaCount: true,
    replicas: true,
  },
};

/** `value` cut down to `reads`: scalars as they are, containers with only the members read. */
export function project(value: unknown, reads: Reads): unknown {
  if (reads === true || typeof value !== 'object' || value === null) return value;
  const every = own(reads, '*') as Reads | undefined;
  if (Array.isArray(value)) return every === undefined ? [] : value.map((v) => project(v, every));
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    const r = (own(reads, k) as Reads | undefined) ?? every;
    if (r !== undefined) setOwn(out, k, project(v, r));
  }
  return out;
}

/**
 * Collects the inventory one document at a time, so a scan can drop each document's tree once
 * it is evaluated; with `reads`, only those members of each object are kept (a copy).
 */
export class InventoryBuilder {
  private inventory: Inventory = { cluster: {}, namespace: {} };
  constructor(private readonly reads?: Reads) {}

  /** The inventory so far; the builder lets go of it (and starts afresh), so it can be freed once used. */
  take(): Inventory {
    const inv = this.inventory;
    this.inventory = { cluster: {}, namespace: {} };
    return inv;
  }

  add(d: Document): void {
    if (d.kind !== 'kubernetes' || !isObj(d.data)) return;
    const { apiVersion, kind, metadata } = d.data;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !isObj(metadata) || typeof metadata.name !== 'string') return;
    // Through JSON and back: the loaders' strings are often slices of the file's text, and one
    // kept slice keeps the whole text alive (measured: 38 MB kept for 25,000 objects, 9 MB flat).
    const value = this.reads ? (JSON.parse(JSON.stringify(project(d.data, this.reads))) as Obj) : d.data;
    if (CLUSTER_SCOPED.has(kind)) put(this.inventory.cluster, [apiVersion, kind, metadata.name], value);
    else {
      const ns = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : UNSET_NAMESPACE;
      put(this.inventory.namespace, [ns, apiVersion, kind, metadata.name], value);
    }
  }
}

export function buildInventory(docs: Iterable<Document>, reads?: Reads): Inventory {
  const b = new InventoryBuilder(reads);
  for (const d of docs) b.add(d);
  return b.take();
}
