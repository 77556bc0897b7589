// Native builtin dispatch: maps the builtin names of a plan to ids at load time (nativeId) and
// calls them by id during evaluation (callNative). The list must match the builtins marked
// `impl: 'native'` in src/rego/builtins.ts; any other name is forwarded to the host.

import { len, T_INT, T_STRING, T_BOOL, T_ARRAY, T_OBJECT, T_SET, T_NULL } from "../value";
import * as N from "./numbers";
import * as C from "./collections";
import * as O from "./objects";
import * as T from "./types";
import { print } from "./debug";
import { sprintf } from "./sprintf";
import * as S from "./strings";
import * as R from "./regex";
import * as G from "./glob";
import { globsMatch } from "./globs_match";
import { reserveProgramCache } from "./regex/cache";
import * as E from "./encoding";
import * as U from "./units";
import * as V from "./semver";
import * as Net from "./net";
import * as JP from "./jsonpaths";
import * as Graph from "./graph";
import { digest, hmac, hmacEqual } from "./crypto";
import * as Time from "./time";
import { jsonPatch } from "./jsonpatch";
import { uuidParse } from "./uuid";
import { marshalWithOptions } from "./marshal";
import { randIntn, uuidRfc4122 } from "./random";
import { verifySchema, matchSchema } from "./jsonschema";
export { builtinError, builtinErrorIsType, clearBuiltinError } from "./error";

const NAMES: string[] = [
  "equal", "neq", "lt", "lte", "gt", "gte",                                   // 0-5
  "plus", "minus", "mul", "div", "rem", "and", "or",                          // 6-12
  "internal.member_2", "internal.member_3",                                   // 13-14
  "abs", "round", "ceil", "floor", "numbers.range", "numbers.range_step",     // 15-20
  "bits.and", "bits.or", "bits.xor", "bits.negate", "bits.lsh", "bits.rsh",   // 21-26
  "count", "sum", "product", "max", "min", "sort", "any", "all",              // 27-34
  "object.get", "object.keys", "object.union", "object.union_n",              // 35-38
  "object.remove", "object.filter", "object.subset",                          // 39-41
  "json.marshal", "json.unmarshal", "json.is_valid",                          // 42-44
  "is_number", "is_string", "is_boolean", "is_array", "is_set", "is_object", "is_null", // 45-51
  "type_name", "to_number",                                                   // 52-53
  "array.concat", "array.slice", "array.reverse", "union", "intersection",    // 54-58
  "walk", "internal.print", "trace",                                          // 59-61
  "sprintf",                                                                  // 62
  "concat", "contains", "startswith", "endswith", "lower", "upper", "split",  // 63-69
  "replace", "trim", "trim_left", "trim_right", "trim_space",                 // 70-74
  "trim_prefix", "trim_suffix", "format_int", "indexof", "indexof_n",         // 75-79
  "substring", "strings.replace_n", "strings.reverse",                        // 80-82
  "strings.any_prefix_match", "strings.any_suffix_match", "strings.count",    // 83-85
  // regular expressions and globs (the RE2 engine in regex/)
  "regex.match", "regex.is_valid", "regex.find_n", "regex.find_all_string_submatch_n", // 86-89
  "regex.split", "regex.replace", "regex.template_match", "regex.globs_match",          // 90-93
  "glob.match", "glob.quote_meta",                                                        // 94-95
  // encodings, units, semver, networks, JSON documents, hashes, graphs (the families formerly in src/runtime/host)
  "base64.encode", "base64.decode", "base64.is_valid",                        // 96-98
  "base64url.encode", "base64url.encode_no_pad", "base64url.decode",          // 99-101
  "hex.encode", "hex.decode",                                                 // 102-103
  "urlquery.encode", "urlquery.decode", "urlquery.encode_object", "urlquery.decode_object", // 104-107
  "units.parse_bytes", "units.parse", "semver.is_valid", "semver.compare",   // 108-111
  "net.cidr_contains", "net.cidr_intersects", "net.cidr_is_valid",            // 112-114
  "net.cidr_expand", "net.cidr_merge", "net.cidr_contains_matches",           // 115-117
  "json.filter", "json.remove",                                               // 118-119
  "graph.reachable", "graph.reachable_paths",                                 // 120-121
  "crypto.md5", "crypto.sha1", "crypto.sha256",                               // 122-124
  // time (Go's calendar, layouts and the tz.ts zones in gotime.ts; the clock stays with the SDK)
  "time.parse_rfc3339_ns", "time.parse_ns", "time.parse_duration_ns", "time.add_date", // 125-128
  "time.date", "time.clock", "time.weekday", "time.diff", "time.format",     // 129-133
  "json.patch", "uuid.parse",                                                 // 134-135
  "crypto.hmac.md5", "crypto.hmac.sha1", "crypto.hmac.sha256", "crypto.hmac.sha512", "crypto.hmac.equal", // 136-140
  "json.marshal_with_options",                                                // 141
  // randomness, seeded per evaluation (random.ts)
  "rand.intn", "uuid.rfc4122",                                                // 142-143
  // JSON Schema, gojsonschema's semantics (jsonschema.ts)
  "json.verify_schema", "json.match_schema",                                  // 144-145
];

function nameIs(v: usize, s: string): bool {
  const n = len(v);
  if (n != <u32>s.length) return false;
  for (let i: u32 = 0; i < n; i++) if (<u32>load<u8>(v + 8 + i) != <u32>s.charCodeAt(<i32>i)) return false;
  return true;
}

const FIRST_REGEX = 86, LAST_REGEX = 95, FIRST_SCHEMA = 144, LAST_SCHEMA = 145;

/** The native id of a builtin name (a string value), or -1 when the host implements it. */
export function nativeId(name: usize): i32 {
  for (let i = 0; i < NAMES.length; i++) {
    if (!nameIs(name, unchecked(NAMES[i]))) continue;
    // a plan that matches patterns gets a program cache that outlives evaluations
    if ((i >= FIRST_REGEX && i <= LAST_REGEX) || (i >= FIRST_SCHEMA && i <= LAST_SCHEMA)) reserveProgramCache();
    return i;
  }
  return -1;
}

/** Calls native builtin `id` on n argument values at `args` (u32 each). 0 = undefined or error. */
export function callNative(id: i32, args: usize, n: u32): usize {
  const a = <usize>load<u32>(args);
  const b = n > 1 ? <usize>load<u32>(args, 4) : 0;
  const c = n > 2 ? <usize>load<u32>(args, 8) : 0;
  const d = n > 3 ? <usize>load<u32>(args, 12) : 0;
  switch (id) {
    case 0: case 1: case 2: case 3: case 4: case 5: return N.cmp(a, b, id);
    case 6: return N.plus(a, b);
    case 7: return N.minus(a, b);
    case 8: return N.mul(a, b);
    case 9: return N.div(a, b);
    case 10: return N.rem(a, b);
    case 11: return C.setOp(a, b, false);
    case 12: return C.setOp(a, b, true);
    case 13: return C.member2(a, b);
    case 14: return C.member3(a, b, c);
    case 15: return N.abs(a);
    case 16: return N.rounding(a, 0);
    case 17: return N.rounding(a, 1);
    case 18: return N.rounding(a, 2);
    case 19: return N.range(a, b);
    case 20: return N.rangeStepB(a, b, c);
    case 21: case 22: case 23: case 24: case 25: case 26: return N.bits(a, b, id - 21);
    case 27: return C.count(a);
    case 28: return C.fold(a, false);
    case 29: return C.fold(a, true);
    case 30: return C.extreme(a, true);
    case 31: return C.extreme(a, false);
    case 32: return C.sort(a);
    case 33: return C.anyAll(a, false);
    case 34: return C.anyAll(a, true);
    case 35: return O.objectGet(a, b, c);
    case 36: return O.objectKeys(a);
    case 37: return O.objectUnion(a, b);
    case 38: return O.objectUnionN(a);
    case 39: return O.objectFilter(a, b, false);
    case 40: return O.objectFilter(a, b, true);
    case 41: return O.objectSubset(a, b);
    case 42: return T.jsonMarshal(a);
    case 43: return T.jsonUnmarshal(a);
    case 44: return T.jsonIsValid(a);
    case 45: return T.isType(a, T_INT);
    case 46: return T.isType(a, T_STRING);
    case 47: return T.isType(a, T_BOOL);
    case 48: return T.isType(a, T_ARRAY);
    case 49: return T.isType(a, T_SET);
    case 50: return T.isType(a, T_OBJECT);
    case 51: return T.isType(a, T_NULL);
    case 52: return T.typeName(a);
    case 53: return T.toNumber(a);
    case 54: return C.arrayConcat(a, b);
    case 55: return C.arraySlice(a, b, c);
    case 56: return C.arrayReverse(a);
    case 57: return C.unionAll(a, true);
    case 58: return C.unionAll(a, false);
    case 59: return C.walk(a);
    case 60: return print(a);
    case 61: return C.trace(a);
    case 62: return sprintf(a, b);
    case 63: return S.concat(a, b);
    case 64: case 65: case 66: return S.test2(a, b, id - 64);
    case 67: return S.changeCase(a, false);
    case 68: return S.changeCase(a, true);
    case 69: return S.split(a, b);
    case 70: return S.replace(a, b, c);
    case 71: return S.trimSet(a, b, 3);
    case 72: return S.trimSet(a, b, 1);
    case 73: return S.trimSet(a, b, 2);
    case 74: return S.trimSet(a, 0, 3);
    case 75: return S.trimAffix(a, b, false);
    case 76: return S.trimAffix(a, b, true);
    case 77: return S.formatInt(a, b);
    case 78: return S.indexOf(a, b, false);
    case 79: return S.indexOf(a, b, true);
    case 80: return S.substring(a, b, c);
    case 81: return S.replaceN(a, b);
    case 82: return S.reverse(a);
    case 83: return S.anyAffixMatch(a, b, false);
    case 84: return S.anyAffixMatch(a, b, true);
    case 85: return S.countSub(a, b);
    case 86: return R.match(a, b);
    case 87: return R.isValid(a);
    case 88: return R.findN(a, b, c);
    case 89: return R.findAllSubmatchN(a, b, c);
    case 90: return R.split(a, b);
    case 91: return R.replace(a, b, c);
    case 92: return R.templateMatch(a, b, c, d);
    case 93: return globsMatch(a, b);
    case 94: return G.globMatch(a, b, c);
    case 95: return G.quoteMeta(a);
    case 96: return E.base64Encode(a, false, true);
    case 97: return E.base64Decode(a);
    case 98: return E.base64IsValid(a);
    case 99: return E.base64Encode(a, true, true);
    case 100: return E.base64Encode(a, true, false);
    case 101: return E.base64UrlDecode(a);
    case 102: return E.hexEncode(a);
    case 103: return E.hexDecode(a);
    case 104: return E.urlqueryEncode(a);
    case 105: return E.urlqueryDecode(a);
    case 106: return E.urlqueryEncodeObject(a);
    case 107: return E.urlqueryDecodeObject(a);
    case 108: return U.parseBytes(a);
    case 109: return U.parseUnits(a);
    case 110: return V.isValid(a);
    case 111: return V.compare(a, b);
    case 112: return Net.cidrContains(a, b);
    case 113: return Net.cidrIntersects(a, b);
    case 114: return Net.cidrIsValid(a);
    case 115: return Net.cidrExpand(a);
    case 116: return Net.cidrMerge(a);
    case 117: return Net.cidrContainsMatches(a, b);
    case 118: return JP.jsonFilter(a, b);
    case 119: return JP.jsonRemove(a, b);
    case 120: return Graph.reachable(a, b);
    case 121: return Graph.reachablePaths(a, b);
    case 122: case 123: case 124: return digest(a, id - 122);
    case 125: return Time.parseRfc3339Ns(a);
    case 126: return Time.parseNs(a, b);
    case 127: return Time.parseDurationNs(a);
    case 128: return Time.addDate(a, b, c, d);
    case 129: return Time.date(a);
    case 130: return Time.clock(a);
    case 131: return Time.weekday(a);
    case 132: return Time.diff(a, b);
    case 133: return Time.formatTime(a);
    case 134: return jsonPatch(a, b);
    case 135: return uuidParse(a);
    case 136: case 137: case 138: case 139: return hmac(a, b, id - 136);
    case 140: return hmacEqual(a, b);
    case 141: return marshalWithOptions(a, b);
    case 142: return randIntn(a, b);
    case 143: return uuidRfc4122(a);
    case 144: return verifySchema(a);
    case 145: return matchSchema(a, b);
  }
  return 0;
}
