// Data sources whose provider computes them locally, with no API call, so a plan knows their
// result: `aws_iam_policy_document` renders its statement blocks to the policy JSON that IAM and
// bucket policies reference through `.json`. Computing it here is what `terraform plan` would show;
// anything unknown inside keeps the result unknown. Must not call out or read files.

import { jsonEncode } from '../eval/functions.js';
import { hasUnknown, isObj, UNKNOWN, type Value } from '../eval/values.js';

type Obj = { [k: string]: Value };

const blocks = (v: Value | undefined): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const strings = (v: Value | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
/** The provider writes one value as a string and several as a list. */
const oneOrMany = (xs: string[]): Value => (xs.length === 1 ? xs[0]! : [...xs]);

function principals(bs: Obj[]): Value | undefined {
  if (bs.length === 0) return undefined;
  const out: Obj = {};
  for (const b of bs) {
    const type = typeof b.type === 'string' ? b.type : '';
    const ids = strings(b.identifiers);
    // `type = "*"` with `identifiers = ["*"]` is the anonymous principal, written "*".
    if (type === '*' && ids.length === 1 && ids[0] === '*') return '*';
    const prev = out[type];
    out[type] = oneOrMany([...strings(prev), ...ids]);
  }
  return out;
}

function statement(s: Obj): Obj {
  const out: Obj = {};
  if (typeof s.sid === 'string' && s.sid !== '') out.Sid = s.sid;
  out.Effect = typeof s.effect === 'string' ? s.effect : 'Allow';
  const put = (key: string, v: Value | undefined) => {
    const xs = strings(v);
    if (xs.length) out[key] = oneOrMany(xs);
  };
  put('Action', s.actions);
  put('NotAction', s.not_actions);
  put('Resource', s.resources);
  put('NotResource', s.not_resources);
  const p = principals(blocks(s.principals));
  if (p !== undefined) out.Principal = p;
  const np = principals(blocks(s.not_principals));
  if (np !== undefined) out.NotPrincipal = np;
  const conditions = blocks(s.condition);
  if (conditions.length) {
    const c: Obj = {};
    for (const b of conditions) {
      if (typeof b.test !== 'string' || typeof b.variable !== 'string') continue;
      const test = (c[b.test] ??= {}) as Obj;
      test[b.variable] = oneOrMany(strings(b.values));
    }
    out.Condition = c;
  }
  return out;
}

/** Adds the attributes the provider computes locally to a data source's evaluated arguments. */
export function computeDataSource(type: string, value: Obj): void {
  if (type !== 'aws_iam_policy_document') return;
  if (hasUnknown(value)) {
    value.json = UNKNOWN;
    value.minified_json = UNKNOWN;
    return;
  }
  const doc: Obj = { Version: typeof value.version === 'string' ? value.version : '2012-10-17' };
  if (typeof value.policy_id === 'string') doc.Id = value.policy_id;
  doc.Statement = blocks(value.statement).map(statement);
  const json = jsonEncode(doc);
  value.json = json;
  value.minified_json = json;
}
