// The inventory: the Kubernetes objects of one scan, indexed the way Gatekeeper's
// `data.inventory` is (`namespace[ns][apiVersion][kind][name]`, `cluster[apiVersion][kind][name]`),
// so a policy can check what a single object cannot tell on its own (a service account no
// manifest defines, a Service selecting no pods) and Gatekeeper policies that read the inventory
// run unchanged. Pure: documents in, one JSON object out; the scan decides when it is complete
// (docs/inventory.md). It holds the documents' data by reference, it does not copy them.

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

const put = (into: Obj, keys: string[], value: Obj) => {
  let node = into;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Obj;
  node[keys[keys.length - 1]!] = value;
};

export function buildInventory(docs: Iterable<Document>): Inventory {
  const inv: Inventory = { cluster: {}, namespace: {} };
  for (const d of docs) {
    if (d.kind !== 'kubernetes' || !isObj(d.data)) continue;
    const { apiVersion, kind, metadata } = d.data;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !isObj(metadata) || typeof metadata.name !== 'string') continue;
    if (CLUSTER_SCOPED.has(kind)) put(inv.cluster, [apiVersion, kind, metadata.name], d.data);
    else {
      const ns = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : UNSET_NAMESPACE;
      put(inv.namespace, [ns, apiVersion, kind, metadata.name], d.data);
    }
  }
  return inv;
}
