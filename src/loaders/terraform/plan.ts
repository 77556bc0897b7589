// Terraform plan JSON (`terraform show -json`), kind `terraform-plan`. data is the plan as-is.
//
// Locations: when the .tf sources sit beside the plan (passed in by the caller as
// opts.terraformSources), `locate` returns the resource block or attribute in the .tf file,
// because that is what a developer edits; the position inside the plan JSON stays available
// through `locatePlan`. When no source is found (remote module, attribute only known after apply)
// locate falls back to the .tf block (approximate) or to the plan JSON.

import { posix } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { at } from '../common/diag.js';
import { decodeUtf8, type InputFile } from '../common/input.js';
import { scanIgnores } from '../common/ignores.js';
import { LineIndex } from '../../text/line-index.js';
import { limits, type LoadOptions } from '../common/options.js';
import { jsonDocument, jsonLocate } from '../json/load.js';
import type { JsonLocator, Span } from '../json/locate.js';
import { checkJsonBytes } from '../json/parse.js';
import { topMembers } from '../json/validate.js';
import type { Document, InlineIgnore, LoadResult, Location, Route } from '../types.js';
import { moduleDir, parseAddress, type PlanView } from './address.js';
import { findInBlock, scanHcl, type HclBlock } from './hcl.js';

export interface TerraformPlanDocument extends Document {
  /** The span inside the plan JSON, whatever locate chose. */
  locatePlan(route: Route): Location;
}



const CONTAINERS: Record<string, number> = { values: 1, sensitive_values: 1, expressions: 1 };
const CHANGE_SIDES = new Set(['after', 'before', 'after_unknown', 'before_sensitive', 'after_sensitive']);

export interface RouteResource {
  address: string;
  /** Route segments up to and including the resource object. */
  resourceDepth: number;
  /** Attribute path inside the resource (after values / change.after / expressions). */
  attr: Route;
  /** How many route segments precede `attr`. */
  attrOffset: number;
}

/** The resource a route points into, and the attribute path inside it. */
export function resourceForRoute<N>(plan: PlanView<N>, route: Route): RouteResource | undefined {
  let cur: N | undefined = plan.root;
  const modules: string[] = [];
  let found: { address: string; depth: number; modules: string[] } | undefined;
  for (let k = 0; k < route.length; k++) {
    const seg = route[k]!;
    if (route[k - 1] === 'module_calls' && route[0] === 'configuration') modules.push(String(seg));
    cur = plan.child(cur, seg);
    if (cur === undefined) break;
    const address = field(plan, cur, 'address');
    if (address !== undefined && field(plan, cur, 'type') !== undefined && field(plan, cur, 'name') !== undefined) {
      found = { address, depth: k + 1, modules: [...modules] };
    }
  }
  if (!found) return undefined;
  const rel = found.address;
  const address = route[0] === 'configuration' ? [...found.modules.map((m) => `module.${m}`), rel].join('.') : rel;
  const rest = route.slice(found.depth);
  let skip = 0;
  if (typeof rest[0] === 'string' && CONTAINERS[rest[0]]) skip = 1;
  else if (rest[0] === 'change' && typeof rest[1] === 'string' && CHANGE_SIDES.has(rest[1])) skip = 2;
  if (skip === 0) return { address, resourceDepth: found.depth, attr: [], attrOffset: route.length };
  return { address, resourceDepth: found.depth, attr: rest.slice(skip), attrOffset: found.depth + skip };
}

function field<N>(plan: PlanView<N>, node: N, key: string): string | undefined {
  const v = plan.child(node, key);
  return v === undefined ? undefined : plan.string(v);
}

class SourceIndex {
  private readonly scanned = new Map<string, { blocks: HclBlock[]; lines: LineIndex }>();
  constructor(private readonly sources: ReadonlyMap<string, string>) {}

  files(dir: string): string[] {
    const out: string[] = [];
    for (const p of this.sources.keys()) if (p.endsWith('.tf') && posix.dirname(p) === dir) out.push(p);
    return out.sort();
  }

  get(file: string): { blocks: HclBlock[]; lines: LineIndex } {
    let s = this.scanned.get(file);
    if (!s) {
      const text = this.sources.get(file) ?? '';
      s = { blocks: scanHcl(text), lines: new LineIndex(text) };
      this.scanned.set(file, s);
    }
    return s;
  }

  /** The block declaring `address`, searched in its module's directory. */
  find<N>(plan: PlanView<N>, rootDir: string, address: string): { file: string; block: HclBlock; lines: LineIndex } | undefined {
    const a = parseAddress(address);
    if (!a) return undefined;
    const dir = moduleDir(plan, rootDir, a.modules);
    if (dir === undefined) return undefined;
    const keyword = a.mode === 'data' ? 'data' : 'resource';
    for (const f of this.files(dir)) {
      const s = this.get(f);
      const block = s.blocks.find((b) => b.type === keyword && b.labels[0] === a.type && b.labels[1] === a.name);
      if (block) return { file: f, block, lines: s.lines };
    }
    return undefined;
  }
}

export function sourceIgnores(sources: ReadonlyMap<string, string>, rootDir: string, out: Diagnostic[]): InlineIgnore[] {
  const ignores: InlineIgnore[] = [];
  for (const [file, text] of sources) {
    if (!file.endsWith('.tf') || text.indexOf('palisade:ignore') === -1) continue;
    if (rootDir !== '.' && !file.startsWith(`${rootDir}/`) && !file.startsWith('../')) continue;
    const lines = new LineIndex(text);
    const ends = new Map<number, number>();
    const visit = (bs: HclBlock[]) => {
      for (const b of bs) {
        ends.set(lines.lineCol(b.start).line, lines.lineCol(Math.max(b.start, b.end - 1)).line);
        visit(b.blocks);
      }
    };
    visit(scanHcl(text));
    const scan = scanIgnores(file, text, lines, { openers: ['#', '//'], extent: (l) => ends.get(l) ?? l });
    for (const ig of scan.ignores) ignores.push({ ...ig, file });
    out.push(...scan.diagnostics);
  }
  return ignores;
}

/**
 * The plan is held as its UTF-8 bytes only: the engine hands those to policies, and the module
 * parses them once. No JavaScript tree is built and no string of the whole text ever exists (for
 * a 100 MB plan, each costs more memory than the file). The bytes are validated once, and that
 * pass records the structure the locator needs; locations and resource addresses are read from
 * the bytes. `data` parses them when something asks (library users, tests): a scan never does.
 */
export function loadTerraformPlan(file: InputFile, opts?: LoadOptions): LoadResult {
  const lim = limits(opts);
  const dec = decodeUtf8(file, lim.maxPlanBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const json = dec.utf8;
  const checked = checkJsonBytes(file.path, json, lim);
  if (!checked.ok) return { documents: [], diagnostics: checked.diagnostics };
  const diagnostics = checked.warnings;
  const { structure } = checked;
  const { locate: locatePlan, locator } = jsonLocate(file.path, () => json, structure);
  if (!isPlan(bytesView(locator()))) {
    diagnostics.push(
      at(file.path, { line: 1, col: 1 }, 'input_parse_error', 'not a Terraform plan: expected `format_version` and `planned_values` or `resource_changes` at the top level; loaded as plain JSON', 'produce the plan with `terraform show -json tfplan > plan.json`', 'warning'),
    );
    const text = json.toString('utf8');
    return { documents: [jsonDocument('json', file.path, text, JSON.parse(text), json)], diagnostics };
  }
  let view: PlanView<Span> | undefined;
  const plan = () => (view ??= bytesView(locator()));
  // A finding asks for its route's location and then its resource name: the walk over the bytes
  // is done once for both.
  let last: { route: Route; resource: RouteResource | undefined } | undefined;
  const resourceOf = (route: Route) => {
    if (!last || last.route.length !== route.length || last.route.some((seg, i) => seg !== route[i])) last = { route: [...route], resource: resourceForRoute(plan(), route) };
    return last.resource;
  };
  let tree: unknown;
  const rootDir = posix.dirname(file.path);
  const sources = opts?.terraformSources ?? new Map<string, string>();
  const index = new SourceIndex(sources);
  const locate = (route: Route): Location => {
    const planLoc = locatePlan(route);
    // Only existing plan routes are mapped to .tf: an approximate route keeps its plan location.
    const effective = planLoc.approximate ? (planLoc.approximate.resolved as Route) : route;
    const r = resourceOf(effective);
    if (!r || sources.size === 0) return planLoc;
    const hit = index.find(plan(), rootDir, r.address);
    if (!hit) return planLoc;
    const f = findInBlock(hit.block, r.attr);
    const loc: Location = { file: hit.file, region: hit.lines.region(f.start, f.end) };
    const resolvedLen = r.attr.length === 0 ? effective.length : r.attrOffset + f.matched;
    if (resolvedLen < route.length) loc.approximate = { resolved: route.slice(0, resolvedLen) };
    return loc;
  };
  const doc: TerraformPlanDocument = {
    kind: 'terraform-plan',
    path: file.path,
    index: 0,
    get data() {
      return (tree ??= JSON.parse(json.toString('utf8')));
    },
    json,
    resource: `plan ${file.path}`,
    ignores: sourceIgnores(sources, rootDir, diagnostics),
    locate,
    locatePlan,
    resourceAt: (route) => resourceOf(route)?.address,
    jsonMembers: () => topMembers(json, structure),
  };
  return { documents: [doc], diagnostics };
}

/** The plan's top level has `format_version` and `planned_values` or `resource_changes`. */
function isPlan<N>(plan: PlanView<N>): boolean {
  const has = (key: string) => plan.child(plan.root, key) !== undefined;
  return has('format_version') && (has('planned_values') || has('resource_changes'));
}

/** The view of a plan held as JSON bytes: nodes are the spans of values. */
function bytesView(locator: JsonLocator): PlanView<Span> {
  return { root: locator.root(), child: (node, seg) => locator.step(node, seg), string: (node) => locator.string(node) };
}
