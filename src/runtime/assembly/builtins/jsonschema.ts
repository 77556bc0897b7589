// json.verify_schema and json.match_schema with OPA's semantics: topdown/jsonschema.go over
// gojsonschema (v1.2.0, vendored by OPA). Owns the schema check (gojsonschema's parseSchema:
// its keyword order, draft rules and error texts), $ref resolution inside the schema document,
// and validation in gojsonschema's order with its error records and its branch scoring (the
// errors of a failed anyOf/oneOf/contains are those of the best-scoring branch).
// Must not fetch anything: a $ref outside the schema document is an error (see remoteRef), and
// must not check formats itself (jsonschema_formats.ts does).
//
// Where Go iterates a map (an object's properties, patternProperties, dependencies), gojsonschema's
// order is random; here it is the objects' sorted key order, so results are deterministic.

import {
  T_NULL, T_BOOL, T_INT, T_FLOAT, T_BIGNUM, T_STRING, T_ARRAY, T_OBJECT, T_SET,
  tag, len, isNumber, toF64, mkStr, mkString, mkArray, arrPush, arrGet, mkObject, objPut, objKey, objVal,
  boolV, NULL_V, compareNumbers, mkSet, setAdd, setHas, mkInt,
} from "../value";
import { parseJSON, dumpString, dumpFloat } from "../json";
import { alloc, heapPtr, setHeapPtr } from "../mem";
import { Buf, newBuf, putByte, putBytes, putStr, putI64 } from "../buf";
import { fail, failBuf, clearBuiltinError } from "./error";
import { runeCount } from "./text";
import { decOf } from "../bignum";
import { bigFromDigits, bigMul, bigPow, bigRem, bigLen } from "../bigint";
import { programOf } from "./regex";
import { newMachine, run } from "./regex/vm";
import { checkFormat } from "./jsonschema_formats";

// ---- drafts (gojsonschema's draft.go: $schema picks one; anything else is its "hybrid" mode)

const DRAFT4 = 4, DRAFT6 = 6, DRAFT7 = 7, HYBRID = 1000;
let draft = HYBRID;
let root: usize = 0;

// ---- reading schema values

/** The bytes of string value s equal the ASCII of key. */
function strIs(s: usize, key: string): bool {
  const n = len(s);
  if (n != <u32>key.length) return false;
  for (let i: u32 = 0; i < n; i++) if (<u32>load<u8>(s + 8 + i) != <u32>key.charCodeAt(<i32>i)) return false;
  return true;
}

/** The value of `key` in object o, or 0. */
function get(o: usize, key: string): usize {
  const n = len(o);
  for (let i: u32 = 0; i < n; i++) {
    const k = objKey(o, i);
    if (tag(k) == T_STRING && strIs(k, key)) return objVal(o, i);
  }
  return 0;
}

@inline function isObj(v: usize): bool { return tag(v) == T_OBJECT; }
@inline function isArr(v: usize): bool { const t = tag(v); return t == T_ARRAY || t == T_SET; }
@inline function isBool(v: usize): bool { return tag(v) == T_BOOL; }
@inline function isStr(v: usize): bool { return tag(v) == T_STRING; }
@inline function boolOf(v: usize): bool { return load<u32>(v, 4) != 0; }

/** Whether a number is integral (big.Rat.IsInt on its decimal): 1.0 and 1e3 are. */
function isIntegral(v: usize): bool {
  const t = tag(v);
  if (t == T_INT) return true;
  if (t == T_FLOAT) { const f = load<f64>(v, 8); return isFinite(f) && f == Math.floor(f); }
  const mark = heapPtr;
  const d = decOf(v);
  const r = d.n == 0 || d.exp >= <i64>d.n;
  setHeapPtr(mark);
  return r;
}

let intGot: i64 = 0;
/** gojsonschema's mustBeInteger: an integral number that fits an int64, left in intGot. */
function mustBeInteger(v: usize): bool {
  if (!isNumber(v) || !isIntegral(v)) return false;
  const t = tag(v);
  if (t == T_INT) { intGot = load<i64>(v, 8); return true; }
  const f = toF64(v);
  if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) return false;
  intGot = <i64>f;
  return true;
}

// ---- schema errors (returned by NewSchema: verify_schema's message, match_schema's builtin error)

let schemaErr: Buf = changetype<Buf>(0);

function schemaFail(): Buf {
  schemaErr = newBuf(64);
  return schemaErr;
}

/** Locale.InvalidType with gojsonschema's (expected, given) arguments, in its order. */
function invalidType(expected: string, given: string): bool {
  const b = schemaFail();
  putStr(b, "Invalid type. Expected: "); putStr(b, expected); putStr(b, ", given: "); putStr(b, given);
  return false;
}
function say(a: string, b: string, c: string): bool {
  const e = schemaFail();
  putStr(e, a); putStr(e, b); putStr(e, c);
  return false;
}
function mustBeOfA(x: string, y: string): bool { return say(x, " must be of a ", y); }
function mustBeOfAn(x: string, y: string): bool { return say(x, " must be of an ", y); }
function mustBeOfType(key: string, type: string): bool { return say(key, " must be of type ", type); }
function parseError(): bool { return say("Expected: valid schema, given: Invalid JSON", "", ""); }

// ---- JSON pointers and references (gojsonreference / gojsonpointer)

/** The schema node a $ref names, or 0 with schemaErr set. */
function resolveRef(ref: usize): usize {
  const p = ref + 8, n = len(ref);
  let hash: u32 = n;
  for (let i: u32 = 0; i < n; i++) if (load<u8>(p + i) == 0x23) { hash = i; break; }
  if (hash > 0 && !sameDocument(p, hash)) return remoteRef(ref, p, hash);
  const frag = hash < n ? unescapeFragment(p + hash + 1, n - hash - 1) : mkString(p, 0);
  if (!frag) return 0;
  return pointerGet(frag);
}

/** A URL before '#' names this document when it is the root's id (draft-04 `id` or `$id`). */
function sameDocument(p: usize, n: u32): bool {
  let id = get(root, draft == DRAFT4 ? "id" : "$id");
  if (draft == HYBRID && get(root, "id") != 0) id = get(root, "id");
  if (id == 0 || !isStr(id)) return false;
  let m = len(id);
  for (let i: u32 = 0; i < m; i++) if (load<u8>(id + 8 + i) == 0x23) { m = i; break; }
  return m == n && memory.compare(id + 8, p, n) == 0;
}

function remoteRef(ref: usize, p: usize, n: u32): usize {
  const b = schemaFail();
  // gojsonschema loads only canonical (absolute) references, and a module cannot load any
  let canonical = false;
  for (let i: u32 = 0; i < n; i++) {
    const c = load<u8>(p + i);
    if (c == 0x3a) { canonical = i > 0; break; }
    if (c == 0x2f || c == 0x3f) break;
  }
  putStr(b, "Reference ");
  putBytes(b, ref + 8, len(ref));
  putStr(b, canonical ? " cannot be loaded: a policy module does not fetch remote schemas" : " must be canonical");
  return 0;
}

function hexVal(c: u32): i32 {
  if (c >= 0x30 && c <= 0x39) return <i32>c - 0x30;
  c |= 0x20;
  return c >= 0x61 && c <= 0x66 ? <i32>c - 0x61 + 10 : -1;
}

/** url.Parse's unescaping of a fragment; 0 with Go's error on a bad escape. */
function unescapeFragment(p: usize, n: u32): usize {
  const out = newBuf(n + 1);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c != 0x25) { putByte(out, c); continue; }
    const h = i + 2 < n ? hexVal(load<u8>(p + i + 1)) : -1, l = i + 2 < n ? hexVal(load<u8>(p + i + 2)) : -1;
    if (h < 0 || l < 0) {
      const b = schemaFail();
      putStr(b, "invalid URL escape \"");
      putBytes(b, p + i, n - i < 3 ? <usize>(n - i) : <usize>3);
      putByte(b, 0x22);
      return 0;
    }
    putByte(out, <u32>(h << 4 | l));
    i += 2;
  }
  return mkString(out.ptr, <u32>out.len);
}

/** A fragment must be empty or a JSON pointer (a plain-name fragment is not supported there). */
function checkPointerSyntax(ref: usize): bool {
  const p = ref + 8, n = len(ref);
  for (let i: u32 = 0; i < n; i++) {
    if (load<u8>(p + i) != 0x23) continue;
    const f = unescapeFragment(p + i + 1, n - i - 1);
    if (!f) return false;
    if (len(f) > 0 && load<u8>(f + 8) != 0x2f) return say("JSON pointer must be empty or start with a \"/\"", "", "");
    return true;
  }
  return true;
}

/** gojsonpointer's Get on the root document, with its error texts. */
function pointerGet(frag: usize): usize {
  const p = frag + 8, n = len(frag);
  if (n == 0) return root;
  if (load<u8>(p) != 0x2f) { say("JSON pointer must be empty or start with a \"/\"", "", ""); return 0; }
  let node = root;
  let i: u32 = 1;
  while (true) {
    let j = i;
    while (j < n && load<u8>(p + j) != 0x2f) j++;
    const tok = decodeToken(p + i, j - i);
    if (isObj(node)) {
      const k = lookup(node, tok);
      if (!k) { const b = schemaFail(); putStr(b, "Object has no key '"); putBytes(b, tok + 8, len(tok)); putByte(b, 0x27); return 0; }
      node = k;
    } else if (isArr(node)) {
      const idx = atoi(p + i, j - i);
      if (idx == i64.MIN_VALUE) { const b = schemaFail(); putStr(b, "Invalid array index '"); putBytes(b, p + i, j - i); putByte(b, 0x27); return 0; }
      if (idx < 0 || idx >= <i64>len(node)) {
        const b = schemaFail();
        putStr(b, "Out of bound array[0,"); putI64(b, <i64>len(node)); putStr(b, "] index '"); putI64(b, idx); putByte(b, 0x27);
        return 0;
      }
      node = arrGet(node, <u32>idx);
    } else {
      const b = schemaFail(); putStr(b, "Invalid token reference '"); putBytes(b, p + i, j - i); putByte(b, 0x27); return 0;
    }
    if (j >= n) return node;
    i = j + 1;
  }
}

/** ~1 → / and then ~0 → ~, as gojsonpointer decodes a reference token. */
function decodeToken(p: usize, n: u32): usize {
  const b = newBuf(n + 1);
  for (let i: u32 = 0; i < n; i++) {
    const c = <u32>load<u8>(p + i);
    if (c == 0x7e && i + 1 < n && (load<u8>(p + i + 1) == 0x31 || load<u8>(p + i + 1) == 0x30)) {
      putByte(b, load<u8>(p + i + 1) == 0x31 ? 0x2f : 0x7e);
      i++;
    } else putByte(b, c);
  }
  return mkString(b.ptr, <u32>b.len);
}

/** strconv.Atoi, or i64.MIN_VALUE when it fails. */
function atoi(p: usize, n: u32): i64 {
  let i: u32 = 0, neg = false;
  if (n > 0 && (load<u8>(p) == 0x2b || load<u8>(p) == 0x2d)) { neg = load<u8>(p) == 0x2d; i = 1; }
  if (i >= n || n - i > 18) return i64.MIN_VALUE;
  let x: i64 = 0;
  for (; i < n; i++) {
    const c = <i32>load<u8>(p + i) - 0x30;
    if (c < 0 || c > 9) return i64.MIN_VALUE;
    x = x * 10 + c;
  }
  return neg ? -x : x;
}

/** The value under string key k (a string value) in object o, or 0. */
function lookup(o: usize, k: usize): usize {
  const n = len(o);
  for (let i: u32 = 0; i < n; i++) {
    const key = objKey(o, i);
    if (tag(key) == T_STRING && len(key) == len(k) && memory.compare(key + 8, k + 8, len(k)) == 0) return objVal(o, i);
  }
  return 0;
}

// ---- the schema check: gojsonschema's parseSchema, keyword by keyword in its order

let refsSeen: usize = 0;

const TYPE_NAMES: string[] = ["array", "boolean", "integer", "number", "null", "object", "string"];

function typeBit(s: usize): u32 {
  for (let i = 0; i < TYPE_NAMES.length; i++) if (strIs(s, unchecked(TYPE_NAMES[i]))) return 1 << <u32>i;
  return 0;
}
const T_ARRAY_BIT: u32 = 1, T_BOOLEAN_BIT: u32 = 2, T_INTEGER_BIT: u32 = 4, T_NUMBER_BIT: u32 = 8, T_NULL_BIT: u32 = 16,
  T_OBJECT_BIT: u32 = 32, T_STRING_BIT: u32 = 64;

function checkTypeName(s: usize, seen: u32): u32 {
  const bit = typeBit(s);
  if (bit == 0) {
    const b = schemaFail();
    putStr(b, "has a primitive type that is NOT VALID -- given: /"); putBytes(b, s + 8, len(s));
    putStr(b, "/ Expected valid values are:[array boolean integer number null object string]");
    return 0;
  }
  if (seen & bit) { const b = schemaFail(); putBytes(b, s + 8, len(s)); putStr(b, " type is duplicated"); return 0; }
  return bit;
}

function getString(m: usize, key: string): bool {
  const v = get(m, key);
  return v == 0 || isStr(v) || invalidType("string", key);
}

function checkMap(m: usize, key: string, what: string): bool {
  const v = get(m, key);
  if (v == 0) return true;
  if (!isObj(v)) return mustBeOfType(what, "object");
  for (let i: u32 = 0; i < len(v); i++) if (!check(objVal(v, i))) return false;
  return true;
}

function checkSlice(m: usize, key: string, schemas: bool): bool {
  const v = get(m, key);
  if (v == 0) return true;
  if (!isArr(v)) return mustBeOfAn(key, "array");
  if (schemas) for (let i: u32 = 0; i < len(v); i++) if (!check(arrGet(v, i))) return false;
  return true;
}

function checkSub(m: usize, key: string, ifNot: string): bool {
  const v = get(m, key);
  if (v == 0) return true;
  if (isObj(v) || isBool(v)) return check(v);
  return mustBeOfAn(key, ifNot);
}

/** additionalProperties and additionalItems: a boolean (in every draft) or a schema. */
function checkBoolOrSchema(m: usize, key: string): bool {
  const v = get(m, key);
  if (v == 0 || isBool(v)) return true;
  return isObj(v) ? check(v) : invalidType("boolean/valid schema", key);
}

function checkInteger(m: usize, key: string): i64 {
  const v = get(m, key);
  if (v == 0) return -1;
  if (!mustBeInteger(v)) { mustBeOfAn(key, "integer"); return -2; }
  if (intGot < 0) { say(key, " must be greater than or equal to 0", ""); return -2; }
  return intGot;
}

function checkExclusive(m: usize, key: string, bound: string): bool {
  const v = get(m, key);
  if (v == 0) return true;
  if (draft == DRAFT4 || (draft == HYBRID && isBool(v))) {
    if (!isBool(v)) return invalidType("boolean", key);
    if (get(m, bound) == 0) return say(key, " cannot be used without ", bound);
    return true;
  }
  if (isNumber(v)) return true;
  return invalidType(draft == HYBRID ? "boolean/number" : "number", key);
}

function checkUniqueStrings(m: usize, key: string, stringsOnly: bool): bool {
  const v = get(m, key);
  if (v == 0) return true;
  if (!isArr(v)) return mustBeOfAn(key, "array");
  const seen = mkSet(len(v));
  for (let i: u32 = 0; i < len(v); i++) {
    const x = arrGet(v, i);
    if (stringsOnly && !isStr(x)) return invalidType("string", key);
    const c = canonical(x);
    if (setHas(seen, c)) return say(key, " items must be unique", "");
    setAdd(seen, c);
  }
  return true;
}

/** Whether node is a schema gojsonschema accepts; schemaErr says why not. */
function check(node: usize): bool {
  if (draft >= DRAFT6 && isBool(node)) return true;
  if (!isObj(node)) return parseError();
  const m = node;
  const idKey = draft == DRAFT4 ? "id" : draft == HYBRID && get(m, "id") != 0 ? "id" : "$id";
  if (!getString(m, idKey)) return false;
  const id = get(m, idKey);
  if (id != 0 && !checkPointerSyntax(id)) return false;
  const defs = get(m, "definitions");
  if (defs != 0) {
    if (!isObj(defs)) return invalidType("array of schemas", "definitions");
    for (let i: u32 = 0; i < len(defs); i++) {
      const d = objVal(defs, i);
      if (!isObj(d) && !isBool(d)) return invalidType("array of schemas", "definitions");
      if (!check(d)) return false;
    }
  }
  if (!getString(m, "title") || !getString(m, "description") || !getString(m, "$ref")) return false;
  const ref = get(m, "$ref");
  if (ref != 0) {
    if (!checkPointerSyntax(ref)) return false;
    // the first use of a reference parses its target and ends here; later uses go on (gojsonschema)
    if (!setHas(refsSeen, ref)) {
      setAdd(refsSeen, ref);
      const target = resolveRef(ref);
      if (!target) return false;
      if (!isObj(target) && !isBool(target)) return mustBeOfType("valid schema", "object");
      return check(target);
    }
  }
  const typ = get(m, "type");
  if (typ != 0) {
    if (isStr(typ)) { if (!checkTypeName(typ, 0)) return false; }
    else if (isArr(typ)) {
      let seen: u32 = 0;
      for (let i: u32 = 0; i < len(typ); i++) {
        const t = arrGet(typ, i);
        if (!isStr(t)) return invalidType("type", "string/array of strings");
        const bit = checkTypeName(t, seen);
        if (!bit) return false;
        seen |= bit;
      }
    } else return invalidType("type", "string/array of strings");
  }
  if (!checkMap(m, "properties", "properties")) return false;
  if (!checkBoolOrSchema(m, "additionalProperties")) return false;
  const pp = get(m, "patternProperties");
  if (pp != 0) {
    if (!isObj(pp)) return invalidType("valid schema", "patternProperties");
    for (let i: u32 = 0; i < len(pp); i++) {
      const k = objKey(pp, i);
      if (!isStr(k) || regexMatch(k, k + 8, 0) < 0) { const b = schemaFail(); putStr(b, "Invalid regex pattern '"); if (isStr(k)) putBytes(b, k + 8, len(k)); putByte(b, 0x27); return false; }
      if (!check(objVal(pp, i))) return false;
    }
  }
  if (draft >= DRAFT6) {
    const pn = get(m, "propertyNames");
    if (pn != 0) {
      if (!isObj(pn) && !isBool(pn)) return invalidType("valid schema", "patternProperties");
      if (!check(pn)) return false;
    }
  }
  const deps = get(m, "dependencies");
  if (deps != 0) {
    if (!isObj(deps)) return mustBeOfType("dependencies", "object");
    for (let i: u32 = 0; i < len(deps); i++) {
      const d = objVal(deps, i);
      if (isArr(d)) {
        for (let j: u32 = 0; j < len(d); j++) if (!isStr(arrGet(d, j))) return mustBeOfType("dependency", "schema or array of strings");
      } else if (isObj(d) || isBool(d)) { if (!check(d)) return false; }
      else return mustBeOfType("dependency", "schema or array of strings");
    }
  }
  const items = get(m, "items");
  if (items != 0) {
    if (isArr(items)) {
      for (let i: u32 = 0; i < len(items); i++) {
        const it = arrGet(items, i);
        if (!isObj(it) && !isBool(it)) return invalidType("valid schema/array of schemas", "items");
        if (!check(it)) return false;
      }
    } else if (isObj(items) || isBool(items)) { if (!check(items)) return false; }
    else return invalidType("valid schema/array of schemas", "items");
  }
  if (!checkBoolOrSchema(m, "additionalItems")) return false;
  const mo = get(m, "multipleOf");
  if (mo != 0) {
    if (!isNumber(mo)) return invalidType("number", "multipleOf");
    if (sign(mo) <= 0) return say("multipleOf", " must be strictly greater than 0", "");
  }
  const min = get(m, "minimum");
  if (min != 0 && !isNumber(min)) return mustBeOfA("minimum", "number");
  if (!checkExclusive(m, "exclusiveMinimum", "minimum")) return false;
  const max = get(m, "maximum");
  if (max != 0 && !isNumber(max)) return mustBeOfA("maximum", "number");
  if (!checkExclusive(m, "exclusiveMaximum", "maximum")) return false;
  const minLen = checkInteger(m, "minLength");
  if (minLen == -2) return false;
  const maxLen = checkInteger(m, "maxLength");
  if (maxLen == -2) return false;
  if (minLen >= 0 && maxLen >= 0 && minLen > maxLen) return say("minLength", " cannot be greater than ", "maxLength");
  if (!getString(m, "pattern")) return false;
  const pat = get(m, "pattern");
  if (pat != 0 && regexMatch(pat, pat + 8, 0) < 0) return say("pattern", " must be a valid regex", "");
  if (!getString(m, "format")) return false;
  const minP = checkInteger(m, "minProperties");
  if (minP == -2) return false;
  const maxP = checkInteger(m, "maxProperties");
  if (maxP == -2) return false;
  if (minP >= 0 && maxP >= 0 && minP > maxP) return say("minProperties", " cannot be greater than ", "maxProperties");
  if (!checkUniqueStrings(m, "required", true)) return false;
  if (checkInteger(m, "minItems") == -2 || checkInteger(m, "maxItems") == -2) return false;
  const ui = get(m, "uniqueItems");
  if (ui != 0 && !isBool(ui)) return mustBeOfA("uniqueItems", "boolean");
  if (draft >= DRAFT6) {
    const c = get(m, "contains");
    if (c != 0 && !check(c)) return false;
  }
  if (!checkUniqueStrings(m, "enum", false)) return false;
  if (!checkSlice(m, "oneOf", true) || !checkSlice(m, "anyOf", true) || !checkSlice(m, "allOf", true)) return false;
  if (!checkSub(m, "not", "object")) return false;
  if (draft >= DRAFT7 && (!checkSub(m, "if", "object") || !checkSub(m, "then", "object") || !checkSub(m, "else", "object"))) return false;
  return true;
}

function sign(v: usize): i32 {
  const t = tag(v);
  if (t == T_INT) { const x = load<i64>(v, 8); return x > 0 ? 1 : x < 0 ? -1 : 0; }
  if (t == T_FLOAT) { const f = load<f64>(v, 8); return f > 0 ? 1 : f < 0 ? -1 : 0; }
  const mark = heapPtr;
  const d = decOf(v);
  const r = d.n == 0 ? 0 : d.neg ? -1 : 1;
  setHeapPtr(mark);
  return r;
}

// ---- regular expressions (Go's regexp: the module's RE2 engine)

/** 1 when the pattern (string value) matches n bytes at s, 0 when not, -1 when it does not compile. */
function regexMatch(pattern: usize, s: usize, n: u32): i32 {
  const prog = programOf(pattern + 8, len(pattern));
  if (!prog) { clearBuiltinError(); return -1; }
  const mark = heapPtr;
  const r = run(newMachine(prog, 0), s, n, 0);
  setHeapPtr(mark);
  return r ? 1 : 0;
}

// ---- canonical JSON (gojsonschema's marshalWithoutNumber: numbers through float64)

function putCanonical(b: Buf, v: usize): void {
  const t = tag(v);
  if (t == T_NULL) putStr(b, "null");
  else if (t == T_BOOL) putStr(b, boolOf(v) ? "true" : "false");
  else if (t == T_INT || t == T_FLOAT || t == T_BIGNUM) dumpFloat(b, toF64(v));
  else if (t == T_STRING) dumpString(b, v + 8, len(v));
  else if (t == T_ARRAY || t == T_SET) {
    putByte(b, 0x5b);
    for (let i: u32 = 0; i < len(v); i++) { if (i) putByte(b, 0x2c); putCanonical(b, arrGet(v, i)); }
    putByte(b, 0x5d);
  } else {
    putByte(b, 0x7b);
    for (let i: u32 = 0; i < len(v); i++) {
      if (i) putByte(b, 0x2c);
      const k = objKey(v, i);
      if (tag(k) == T_STRING) dumpString(b, k + 8, len(k));
      else { const kb = newBuf(16); putCanonical(kb, k); dumpString(b, kb.ptr, <u32>kb.len); }
      putByte(b, 0x3a);
      putCanonical(b, objVal(v, i));
    }
    putByte(b, 0x7d);
  }
}

function canonical(v: usize): usize {
  const b = newBuf(32);
  putCanonical(b, v);
  return mkString(b.ptr, <u32>b.len);
}

// ---- numbers in messages: big.Float's String (%.10g) of the bound

function putBound(b: Buf, v: usize): void {
  if (tag(v) == T_INT && load<i64>(v, 8) < 10000000000 && load<i64>(v, 8) > -10000000000) { putI64(b, load<i64>(v, 8)); return; }
  const d = decOf(v);
  if (d.n == 0) { putByte(b, 0x30); return; }
  if (d.neg) putByte(b, 0x2d);
  // round to 10 significant digits, half to even, then drop trailing zeros
  const digs = newBuf(12);
  let n = d.n < 10 ? d.n : 10;
  putBytes(digs, d.digits, n);
  let exp = d.exp;
  if (d.n > 10) {
    const next = <u32>load<u8>(d.digits + 10);
    let rest = false;
    for (let i: u32 = 11; i < d.n; i++) if (load<u8>(d.digits + i) != 0x30) { rest = true; break; }
    const up = next > 0x35 || (next == 0x35 && (rest || (load<u8>(digs.ptr + 9) & 1) != 0));
    if (up) {
      let i = <i32>n - 1;
      while (i >= 0 && load<u8>(digs.ptr + i) == 0x39) { store<u8>(digs.ptr + i, 0x30); i--; }
      if (i < 0) { store<u8>(digs.ptr, 0x31); exp++; }
      else store<u8>(digs.ptr + i, load<u8>(digs.ptr + i) + 1);
    }
  }
  while (n > 1 && load<u8>(digs.ptr + n - 1) == 0x30) n--;
  const x = exp - 1;
  let eprec: i64 = 10;
  if (eprec > <i64>n && <i64>n >= exp) eprec = <i64>n;
  if (x < -4 || x >= eprec) {
    putByte(b, load<u8>(digs.ptr));
    if (n > 1) { putByte(b, 0x2e); putBytes(b, digs.ptr + 1, n - 1); }
    putByte(b, 0x65);
    putByte(b, x < 0 ? 0x2d : 0x2b);
    const ax = x < 0 ? -x : x;
    if (ax < 10) putByte(b, 0x30);
    putI64(b, ax);
    return;
  }
  // %f with the digits after the point that remain
  if (exp <= 0) {
    putStr(b, "0.");
    for (let i: i64 = 0; i < -exp; i++) putByte(b, 0x30);
    putBytes(b, digs.ptr, n);
    return;
  }
  for (let i: i64 = 0; i < exp; i++) putByte(b, i < <i64>n ? <u32>load<u8>(digs.ptr + <usize>i) : 0x30);
  if (<i64>n > exp) { putByte(b, 0x2e); putBytes(b, digs.ptr + <usize>exp, n - <u32>exp); }
}

/** Whether v / m is an integer, exactly (big.Rat.Quo(...).IsInt()). */
function isMultiple(v: usize, m: usize): bool {
  const mark = heapPtr;
  let d = decOf(v);
  const an = d.n, aexp = d.exp - <i64>d.n, ad = d.digits;
  if (an == 0) { setHeapPtr(mark); return true; }
  d = decOf(m);
  const bn = d.n, bexp = d.exp - <i64>d.n, bd = d.digits;
  // v = A·10^aexp, m = B·10^bexp: scale both to the smaller exponent and test A' mod B' == 0
  let r: bool;
  if (bexp > aexp && <i64>bn + (bexp - aexp) > <i64>an) r = false; // |m| > |v|
  else {
    let A = bigFromDigits(ad, an), B = bigFromDigits(bd, bn);
    if (bexp > aexp) B = bigMul(B, bigPow(10, <i32>(bexp - aexp)));
    let shift = aexp > bexp ? aexp - bexp : 0;
    A = bigRem(A, B);
    // A·10^shift mod B, a chunk of powers at a time so a huge exponent stays cheap
    while (shift > 0 && bigLen(A) > 0) {
      const k = shift > 512 ? 512 : <i32>shift;
      A = bigRem(bigMul(A, bigPow(10, k)), B);
      shift -= k;
    }
    r = bigLen(A) == 0;
  }
  setHeapPtr(mark);
  return r;
}

// ---- validation results: gojsonschema's Result (errors and a score)

@unmanaged class Result {
  errs: usize;
  score: i32;
}

function newResult(): Result {
  const r = changetype<Result>(alloc(offsetof<Result>()));
  r.errs = mkArray(0);
  r.score = 0;
  return r;
}

function merge(into: Result, from: Result): void {
  for (let i: u32 = 0; i < len(from.errs); i++) arrPush(into.errs, arrGet(from.errs, i));
  into.score += from.score;
}

// A JSON context: the path to the value being validated, "(root)" first.
@unmanaged class Ctx {
  parent: usize;
  seg: usize; // a string value
}

function child(parent: Ctx, seg: usize): Ctx {
  const c = changetype<Ctx>(alloc(offsetof<Ctx>()));
  c.parent = changetype<usize>(parent);
  c.seg = seg;
  return c;
}

function indexCtx(parent: Ctx, i: u32): Ctx {
  const b = newBuf(12);
  putI64(b, <i64>i);
  return child(parent, mkString(b.ptr, <u32>b.len));
}

/** The error's field: the path without "(root).", or "(root)" itself. */
function putField(b: Buf, c: Ctx): void {
  if (c.parent == 0) { putStr(b, "(root)"); return; }
  putPath(b, c);
}
function putPath(b: Buf, c: Ctx): void {
  const p = changetype<Ctx>(c.parent);
  if (p.parent != 0) { putPath(b, p); putByte(b, 0x2e); }
  putBytes(b, c.seg + 8, len(c.seg));
}

let desc: Buf = changetype<Buf>(0);
/** Starts the description of the next error. */
function describe(): Buf { desc = newBuf(48); return desc; }

function addError(r: Result, c: Ctx, type: string): void {
  const f = newBuf(16);
  putField(f, c);
  const e = newBuf(f.len + desc.len + 2);
  putBytes(e, f.ptr, f.len); putStr(e, ": "); putBytes(e, desc.ptr, desc.len);
  // keys in sorted order: desc, error, field, type
  const o = mkObject(4);
  objPut(o, mkStr("desc"), mkString(desc.ptr, <u32>desc.len));
  objPut(o, mkStr("error"), mkString(e.ptr, <u32>e.len));
  objPut(o, mkStr("field"), mkString(f.ptr, <u32>f.len));
  objPut(o, mkStr("type"), mkStr(type));
  arrPush(r.errs, o);
  r.score -= 2;
}

function simpleError(r: Result, c: Ctx, type: string, text: string): void {
  putStr(describe(), text);
  addError(r, c, type);
}

// ---- validation, in gojsonschema's order (validation.go)

let depth = 0;
const MAX_DEPTH = 2000;
let tooDeep = false;

function sub(s: usize, v: usize, c: Ctx): Result {
  const r = newResult();
  validate(s, v, r, c);
  return r;
}

function typeString(b: Buf, typ: usize): void {
  if (isStr(typ)) { putBytes(b, typ + 8, len(typ)); return; }
  if (len(typ) == 1) { const t = arrGet(typ, 0); putBytes(b, t + 8, len(t)); return; }
  putByte(b, 0x5b);
  for (let i: u32 = 0; i < len(typ); i++) { if (i) putByte(b, 0x2c); const t = arrGet(typ, i); putBytes(b, t + 8, len(t)); }
  putByte(b, 0x5d);
}

function typeBits(typ: usize): u32 {
  if (isStr(typ)) return typeBit(typ);
  let bits: u32 = 0;
  for (let i: u32 = 0; i < len(typ); i++) bits |= typeBit(arrGet(typ, i));
  return bits;
}

/** The type keyword allows the value (given is its gojsonschema name); else adds the error. */
function typeOk(s: usize, v: usize, r: Result, c: Ctx): bool {
  const typ = get(s, "type");
  if (typ == 0) return true;
  const bits = typeBits(typ);
  const t = tag(v);
  let given: string;
  let ok: bool;
  if (t == T_NULL) { ok = (bits & T_NULL_BIT) != 0; given = "null"; }
  else if (isNumber(v)) {
    const integral = isIntegral(v);
    ok = (bits & T_NUMBER_BIT) != 0 || (integral && (bits & T_INTEGER_BIT) != 0);
    given = integral ? "integer" : "number";
  }
  else if (t == T_ARRAY || t == T_SET) { ok = (bits & T_ARRAY_BIT) != 0; given = "array"; }
  else if (t == T_OBJECT) { ok = (bits & T_OBJECT_BIT) != 0; given = "object"; }
  else if (t == T_BOOL) { ok = (bits & T_BOOLEAN_BIT) != 0; given = "boolean"; }
  else { ok = (bits & T_STRING_BIT) != 0; given = "string"; }
  if (ok) return true;
  const b = describe();
  putStr(b, "Invalid type. Expected: "); typeString(b, typ); putStr(b, ", given: "); putStr(b, given);
  addError(r, c, "invalid_type");
  return false;
}

function validate(s: usize, v: usize, r: Result, c: Ctx): void {
  if (isBool(s)) {
    if (!boolOf(s)) simpleError(r, c, "false", "False always fails validation");
    return;
  }
  if (++depth > MAX_DEPTH) { tooDeep = true; depth--; return; }
  const ref = get(s, "$ref");
  if (ref != 0) {
    validate(resolveRef(ref), v, r, c);
    depth--;
    return;
  }
  if (typeOk(s, v, r, c)) {
    const t = tag(v);
    validateSchema(s, v, r, c);
    if (t == T_ARRAY || t == T_SET) validateArray(s, v, r, c);
    else if (t == T_OBJECT) validateObject(s, v, r, c);
    else if (isNumber(v)) validateNumber(s, v, r, c);
    validateCommon(s, v, r, c);
    if (t == T_STRING) validateString(s, v, r, c);
    if (t == T_OBJECT) {
      const props = get(s, "properties");
      if (props != 0) {
        for (let i: u32 = 0; i < len(props); i++) {
          const x = lookup(v, objKey(props, i));
          if (x != 0) validate(objVal(props, i), x, r, child(c, objKey(props, i)));
        }
      }
    }
    r.score++;
  }
  depth--;
}

function validateSchema(s: usize, v: usize, r: Result, c: Ctx): void {
  const anyOf = get(s, "anyOf");
  if (anyOf != 0 && len(anyOf) > 0) {
    let ok = false;
    let best = changetype<Result>(0);
    for (let i: u32 = 0; i < len(anyOf) && !ok; i++) {
      const x = sub(arrGet(anyOf, i), v, c);
      ok = len(x.errs) == 0;
      if (!ok && (changetype<usize>(best) == 0 || x.score > best.score)) best = x;
    }
    if (!ok) {
      simpleError(r, c, "number_any_of", "Must validate at least one schema (anyOf)");
      if (changetype<usize>(best) != 0) merge(r, best);
    }
  }
  const oneOf = get(s, "oneOf");
  if (oneOf != 0 && len(oneOf) > 0) {
    let valid = 0;
    let best = changetype<Result>(0);
    for (let i: u32 = 0; i < len(oneOf); i++) {
      const x = sub(arrGet(oneOf, i), v, c);
      if (len(x.errs) == 0) valid++;
      else if (valid == 0 && (changetype<usize>(best) == 0 || x.score > best.score)) best = x;
    }
    if (valid != 1) {
      simpleError(r, c, "number_one_of", "Must validate one and only one schema (oneOf)");
      if (valid == 0) merge(r, best);
    }
  }
  const allOf = get(s, "allOf");
  if (allOf != 0 && len(allOf) > 0) {
    let valid: u32 = 0;
    for (let i: u32 = 0; i < len(allOf); i++) {
      const x = sub(arrGet(allOf, i), v, c);
      if (len(x.errs) == 0) valid++;
      merge(r, x);
    }
    if (valid != len(allOf)) simpleError(r, c, "number_all_of", "Must validate all the schemas (allOf)");
  }
  const not = get(s, "not");
  if (not != 0 && len(sub(not, v, c).errs) == 0) simpleError(r, c, "number_not", "Must not validate the schema (not)");
  const deps = get(s, "dependencies");
  if (deps != 0 && tag(v) == T_OBJECT) {
    for (let i: u32 = 0; i < len(v); i++) {
      if (tag(objKey(v, i)) != T_STRING) continue;
      const dep = lookup(deps, objKey(v, i));
      if (dep == 0) continue;
      if (isArr(dep)) {
        for (let j: u32 = 0; j < len(dep); j++) {
          const need = arrGet(dep, j);
          if (lookup(v, need) != 0) continue;
          const b = describe();
          putStr(b, "Has a dependency on "); putBytes(b, need + 8, len(need));
          addError(r, c, "missing_dependency");
        }
      } else validate(dep, v, r, c);
    }
  }
  if (draft >= DRAFT7) {
    const ifs = get(s, "if");
    if (ifs != 0) {
      const passed = len(sub(ifs, v, c).errs) == 0;
      const then = get(s, "then"), otherwise = get(s, "else");
      if (passed && then != 0) {
        const x = sub(then, v, c);
        if (len(x.errs) > 0) { simpleError(r, c, "condition_then", "Must validate \"then\" as \"if\" was valid"); merge(r, x); }
      }
      if (!passed && otherwise != 0) {
        const x = sub(otherwise, v, c);
        if (len(x.errs) > 0) { simpleError(r, c, "condition_else", "Must validate \"else\" as \"if\" was not valid"); merge(r, x); }
      }
    }
  }
  r.score++;
}

function validateCommon(s: usize, v: usize, r: Result, c: Ctx): void {
  const k = draft >= DRAFT6 ? get(s, "const") : 0;
  const e = get(s, "enum");
  if (k != 0 || (e != 0 && len(e) > 0)) {
    const text = canonical(v);
    if (k != 0) {
      const want = canonical(k);
      if (len(want) != len(text) || memory.compare(want + 8, text + 8, len(text)) != 0) {
        const b = describe();
        putField(b, c); putStr(b, " does not match: "); putBytes(b, want + 8, len(want));
        addError(r, c, "const");
      }
    }
    if (e != 0 && len(e) > 0) {
      let found = false;
      const b = newBuf(32);
      for (let i: u32 = 0; i < len(e); i++) {
        const opt = canonical(arrGet(e, i));
        if (len(opt) == len(text) && memory.compare(opt + 8, text + 8, len(text)) == 0) { found = true; break; }
        if (i) putStr(b, ", ");
        putBytes(b, opt + 8, len(opt));
      }
      if (!found) {
        const d = describe();
        putField(d, c); putStr(d, " must be one of the following: "); putBytes(d, b.ptr, b.len);
        addError(r, c, "enum");
      }
    }
  }
  r.score++;
}

function countError(r: Result, c: Ctx, type: string, before: string, n: i64, after: string): void {
  const b = describe();
  putStr(b, before); putI64(b, n); putStr(b, after);
  addError(r, c, type);
}

function intKeyword(s: usize, key: string): i64 {
  const v = get(s, key);
  return v != 0 && mustBeInteger(v) ? intGot : -1;
}

function validateArray(s: usize, v: usize, r: Result, c: Ctx): void {
  const n = len(v);
  const items = get(s, "items");
  if (items != 0) {
    if (!isArr(items)) {
      for (let i: u32 = 0; i < n; i++) merge(r, sub(items, arrGet(v, i), indexCtx(c, i)));
    } else if (len(items) > 0) {
      const k = len(items);
      for (let i: u32 = 0; i < k && i < n; i++) merge(r, sub(arrGet(items, i), arrGet(v, i), indexCtx(c, i)));
      const ai = get(s, "additionalItems");
      if (k < n && ai != 0) {
        if (isBool(ai)) { if (!boolOf(ai)) simpleError(r, c, "array_no_additional_items", "No additional items allowed on array"); }
        else for (let i = k; i < n; i++) merge(r, sub(ai, arrGet(v, i), indexCtx(c, i)));
      }
    }
  }
  const minItems = intKeyword(s, "minItems");
  if (minItems >= 0 && <i64>n < minItems) countError(r, c, "array_min_items", "Array must have at least ", minItems, " items");
  const maxItems = intKeyword(s, "maxItems");
  if (maxItems >= 0 && <i64>n > maxItems) countError(r, c, "array_max_items", "Array must have at most ", maxItems, " items");
  const ui = get(s, "uniqueItems");
  if (ui != 0 && boolOf(ui)) {
    // canonical text → the index it was last seen at
    const seen = mkObject(n);
    for (let j: u32 = 0; j < n; j++) {
      const key = canonical(arrGet(v, j));
      const at = objPut(seen, key, mkInt(<i64>j));
      if (at != 0) {
        const b = describe();
        putStr(b, "array items["); putI64(b, load<i64>(at, 8)); putByte(b, 0x2c); putI64(b, <i64>j); putStr(b, "] must be unique");
        addError(r, c, "unique");
      }
    }
  }
  const contains = draft >= DRAFT6 ? get(s, "contains") : 0;
  if (contains != 0) {
    let ok = false;
    let best = changetype<Result>(0);
    for (let i: u32 = 0; i < n; i++) {
      const x = sub(contains, arrGet(v, i), indexCtx(c, i));
      if (len(x.errs) == 0) { ok = true; break; }
      if (changetype<usize>(best) == 0 || x.score > best.score) best = x;
    }
    if (!ok) {
      simpleError(r, c, "contains", "At least one of the items must match");
      if (changetype<usize>(best) != 0) merge(r, best);
    }
  }
  r.score++;
}

function validateObject(s: usize, v: usize, r: Result, c: Ctx): void {
  const n = len(v);
  const minP = intKeyword(s, "minProperties");
  if (minP >= 0 && <i64>n < minP) countError(r, c, "array_min_properties", "Must have at least ", minP, " properties");
  const maxP = intKeyword(s, "maxProperties");
  if (maxP >= 0 && <i64>n > maxP) countError(r, c, "array_max_properties", "Must have at most ", maxP, " properties");
  const req = get(s, "required");
  if (req != 0) {
    for (let i: u32 = 0; i < len(req); i++) {
      const k = arrGet(req, i);
      if (lookup(v, k) != 0) { r.score++; continue; }
      const b = describe();
      putBytes(b, k + 8, len(k)); putStr(b, " is required");
      addError(r, c, "required");
    }
  }
  const props = get(s, "properties"), pp = get(s, "patternProperties"), ap = get(s, "additionalProperties");
  for (let i: u32 = 0; i < n; i++) {
    const k = objKey(v, i);
    if (tag(k) != T_STRING) continue;
    const found = props != 0 && lookup(props, k) != 0;
    let ppMatch = false;
    if (pp != 0) {
      for (let j: u32 = 0; j < len(pp); j++) {
        if (regexMatch(objKey(pp, j), k + 8, len(k)) != 1) continue;
        ppMatch = true;
        merge(r, sub(objVal(pp, j), objVal(v, i), child(c, k)));
      }
      if (ppMatch) r.score++;
    }
    if (found || ppMatch || ap == 0) continue;
    if (isBool(ap)) {
      if (!boolOf(ap)) {
        const b = describe();
        putStr(b, "Additional property "); putBytes(b, k + 8, len(k)); putStr(b, " is not allowed");
        addError(r, c, "additional_property_not_allowed");
      }
    } else merge(r, sub(ap, objVal(v, i), child(c, k)));
  }
  const pn = draft >= DRAFT6 ? get(s, "propertyNames") : 0;
  if (pn != 0) {
    for (let i: u32 = 0; i < n; i++) {
      const k = objKey(v, i);
      if (tag(k) != T_STRING) continue;
      const x = sub(pn, k, c);
      if (len(x.errs) == 0) continue;
      const b = describe();
      putStr(b, "Property name of \""); putBytes(b, k + 8, len(k)); putStr(b, "\" does not match");
      addError(r, c, "invalid_property_name");
      merge(r, x);
    }
  }
  r.score++;
}

function validateString(s: usize, v: usize, r: Result, c: Ctx): void {
  const runes = runeCount(v + 8, len(v));
  const minLen = intKeyword(s, "minLength");
  if (minLen >= 0 && <i64>runes < minLen) countError(r, c, "string_gte", "String length must be greater than or equal to ", minLen, "");
  const maxLen = intKeyword(s, "maxLength");
  if (maxLen >= 0 && <i64>runes > maxLen) countError(r, c, "string_lte", "String length must be less than or equal to ", maxLen, "");
  const pat = get(s, "pattern");
  if (pat != 0 && regexMatch(pat, v + 8, len(v)) == 0) {
    const b = describe();
    putStr(b, "Does not match pattern '"); putBytes(b, pat + 8, len(pat)); putByte(b, 0x27);
    addError(r, c, "pattern");
  }
  const format = get(s, "format");
  if (format != 0 && !checkFormat(format, v)) {
    const b = describe();
    putStr(b, "Does not match format '"); putBytes(b, format + 8, len(format)); putByte(b, 0x27);
    addError(r, c, "format");
  }
  r.score++;
}

function boundError(r: Result, c: Ctx, type: string, text: string, bound: usize): void {
  const b = describe();
  putStr(b, text);
  putBound(b, bound);
  addError(r, c, type);
}

function validateNumber(s: usize, v: usize, r: Result, c: Ctx): void {
  const mo = get(s, "multipleOf");
  if (mo != 0 && !isMultiple(v, mo)) boundError(r, c, "multiple_of", "Must be a multiple of ", mo);
  // draft-04's boolean exclusiveMaximum/Minimum turn the bound itself exclusive
  let max = get(s, "maximum"), emax = get(s, "exclusiveMaximum");
  if (emax != 0 && isBool(emax)) { emax = boolOf(emax) ? max : 0; if (emax != 0) max = 0; }
  let min = get(s, "minimum"), emin = get(s, "exclusiveMinimum");
  if (emin != 0 && isBool(emin)) { emin = boolOf(emin) ? min : 0; if (emin != 0) min = 0; }
  if (max != 0 && compareNumbers(v, max) > 0) boundError(r, c, "number_lte", "Must be less than or equal to ", max);
  if (emax != 0 && compareNumbers(v, emax) >= 0) boundError(r, c, "number_lt", "Must be less than ", emax);
  if (min != 0 && compareNumbers(v, min) < 0) boundError(r, c, "number_gte", "Must be greater than or equal to ", min);
  if (emin != 0 && compareNumbers(v, emin) <= 0) boundError(r, c, "number_gt", "Must be greater than ", emin);
  r.score++;
}

// ---- the builtins (topdown/jsonschema.go)

let operandErr: string = "";

/** astValueToJSONSchemaLoader: a JSON string (checked first) or an object; 0 with operandErr. */
function loadOperand(v: usize): usize {
  if (isStr(v)) {
    const doc = parseJSON(v + 8, len(v));
    if (doc == 0) { operandErr = "invalid JSON string"; return 0; }
    return doc;
  }
  if (isObj(v)) return v;
  operandErr = "wrong type, expected string or object";
  return 0;
}

/** NewSchema: detects the draft and checks the schema; false with schemaErr set. */
function compile(schema: usize): bool {
  if (!isObj(schema) && !isBool(schema)) return say("schema is invalid", "", "");
  root = schema;
  draft = HYBRID;
  refsSeen = mkSet(0);
  if (isObj(schema)) {
    const url = get(schema, "$schema");
    if (url != 0) {
      if (!isStr(url)) return mustBeOfType("$schema", "string");
      draft = draftOf(url);
    }
  }
  return check(schema);
}

function draftOf(url: usize): i32 {
  let n = len(url);
  if (n > 0 && load<u8>(url + 8 + n - 1) == 0x23) n--;
  const base = "http://json-schema.org/draft-0";
  if (n != <u32>base.length + 8) return HYBRID;
  for (let i = 0; i < base.length; i++) if (<u32>load<u8>(url + 8 + <usize>i) != <u32>base.charCodeAt(i)) return HYBRID;
  const d = <i32>load<u8>(url + 8 + <usize>base.length) - 0x30;
  const tail = "/schema";
  for (let i = 0; i < tail.length; i++) if (<u32>load<u8>(url + 8 + <usize>(base.length + 1 + i)) != <u32>tail.charCodeAt(i)) return HYBRID;
  return d == 4 ? DRAFT4 : d == 6 ? DRAFT6 : d == 7 ? DRAFT7 : HYBRID;
}

function pair(ok: bool, second: usize): usize {
  const a = mkArray(2);
  arrPush(a, boolV(ok));
  arrPush(a, second);
  return a;
}

/** json.verify_schema(schema): [true, null] or [false, "jsonschema: <why>"]. */
export function verifySchema(schema: usize): usize {
  const doc = loadOperand(schema);
  const b = newBuf(64);
  putStr(b, "jsonschema: ");
  if (doc == 0) putStr(b, operandErr);
  else if (compile(doc)) return pair(true, NULL_V);
  else putBytes(b, schemaErr.ptr, schemaErr.len);
  return pair(false, mkString(b.ptr, <u32>b.len));
}

/** json.match_schema(document, schema): [valid, errors]; a bad operand or schema is a builtin error. */
export function matchSchema(document: usize, schema: usize): usize {
  const doc = loadOperand(document);
  if (doc == 0) return fail(operandErr);
  const s = loadOperand(schema);
  if (s == 0) return fail(operandErr);
  if (!compile(s)) return failBuf(schemaErr);
  const r = newResult();
  depth = 0;
  tooDeep = false;
  validate(s, doc, r, changetype<Ctx>(child(changetype<Ctx>(0), 0)));
  if (tooDeep) return fail("the schema recurses without end ($ref loop) or the document nests too deeply");
  return pair(len(r.errs) == 0, r.errs);
}
