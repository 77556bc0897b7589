// The configuration formats of conftest's `parse_config` family, each turned into the JSON value
// conftest's own parser for it produces, so a policy written against conftest reads the same
// document here. Pure: text in, value out; a syntax error is a BuiltinError naming the format.
// Reuses Palisade's parsers where it has them (YAML, HCL2, Dockerfile); TOML and INI are small
// enough to read here.

import { parseDockerfile } from '../../loaders/dockerfile/parse.js';
import type { Expr } from '../../loaders/terraform/hcl/ast.js';
import { literalString } from '../../loaders/terraform/hcl/ast.js';
import type { Body } from '../../loaders/terraform/hcl/ast.js';
import { parseHcl } from '../../loaders/terraform/hcl/parser.js';
import { fail } from './errors.js';
import type { Value } from './values.js';
import { parseYamlDocuments } from './yaml.js';

type Obj = Record<string, Value>;

/** conftest's YAML: one document is that document; several are the list of them. */
function yamlConfig(text: string): Value {
  const docs = parseYamlDocuments(text);
  return docs.length > 1 ? docs : (docs[0] ?? null);
}

function jsonConfig(text: string): Value {
  try {
    return JSON.parse(text) as Value;
  } catch (e) {
    return fail(`json: ${(e as Error).message}`);
  }
}

/**
 * conftest's HCL2 (hcl2json): attributes keep literal values; any other expression is its source
 * text wrapped in `${…}`; a block is appended to a list under its type and then each label
 * (`resource "a" "b" {…}` → `resource.a.b[0]`).
 */
function hcl2Config(text: string): Value {
  const { body, errors } = parseHcl(text);
  if (errors[0]) fail(`hcl2: ${errors[0].message}`);
  const src = (x: { s: number; e: number }) => text.slice(x.s, x.e);
  const wrap = (x: Expr) => `\${${src(x)}}`;
  const expr = (x: Expr): Value => {
    switch (x.t) {
      case 'lit':
        return x.v;
      case 'tpl': {
        const lit = literalString(x);
        if (lit !== undefined) return lit;
        return x.parts.map((p) => (p.t === 'str' ? p.v : p.t === 'interp' ? wrap(p.x) : '')).join('');
      }
      case 'tuple':
        return x.items.map(expr);
      case 'object': {
        const out: Obj = {};
        for (const item of x.items) {
          const k = item.key.t === 'var' ? item.key.name : literalString(item.key) ?? wrap(item.key);
          out[k] = expr(item.value);
        }
        return out;
      }
      case 'paren':
        return expr(x.x);
      default:
        return wrap(x);
    }
  };
  const convert = (b: Body): Obj => {
    const out: Obj = {};
    for (const a of b.attrs) out[a.name] = expr(a.expr);
    for (const block of b.blocks) {
      let node = out;
      let key = block.type;
      for (const label of block.labels) {
        const inner = node[key];
        if (inner === undefined) node[key] = {};
        else if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) fail(`hcl2: unable to convert block ${block.type}.${block.labels.join('.')} to JSON`);
        node = node[key] as Obj;
        key = label;
      }
      const current = node[key];
      node[key] = Array.isArray(current) ? [...current, convert(block.body)] : current === undefined ? [convert(block.body)] : [current, convert(block.body)];
    }
    return out;
  };
  return convert(body);
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const unquote = (s: string) => (s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0]!) ? s.slice(1, -1) : s);

/** An instruction's `Value` as moby's parser splits it: per instruction, one string, words, or name/value pairs. */
function mobyValue(cmd: string, args: string[], json: boolean): string[] {
  if (json) return args;
  const rest = args.join(' ');
  switch (cmd) {
    case 'run': case 'cmd': case 'entrypoint': case 'shell': case 'maintainer': case 'stopsignal': case 'user': case 'workdir':
      return [rest];
    case 'env': case 'label': {
      const ws = rest.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
      if (!ws[0]?.includes('=')) return ws.length ? [ws[0]!, rest.trim().slice(ws[0]!.length).trim()] : [];
      return ws.flatMap((w) => {
        const eq = w.indexOf('=');
        return [w.slice(0, eq), unquote(w.slice(eq + 1))];
      });
    }
    default:
      return words(rest);
  }
}

/** conftest's Dockerfile: `[[{Cmd, Flags, Value, JSON, Stage, SubCmd}, …]]`, one entry per instruction. */
function dockerfileConfig(text: string): Value {
  const { data, diagnostics } = parseDockerfile('Dockerfile', text);
  if (diagnostics[0]) fail(`dockerfile: ${diagnostics[0].message}`);
  const commands = data.instructions.map((i) => {
    // ONBUILD holds a whole instruction: its own command is SubCmd, and Value is that one's.
    const sub = i.cmd === 'onbuild' ? words(i.args.join(' ')) : [];
    const subCmd = sub[0]?.toLowerCase() ?? '';
    return {
      Cmd: i.cmd,
      SubCmd: subCmd,
      JSON: i.json,
      Flags: Object.entries(i.flags).map(([k, v]) => (v === 'true' ? `--${k}` : `--${k}=${v}`)),
      Value: i.cmd === 'onbuild' ? mobyValue(subCmd, [sub.slice(1).join(' ')], false) : mobyValue(i.cmd, i.args, i.json),
      Stage: i.stage ?? 0,
    };
  });
  return [commands];
}

/** conftest's INI (go-ini KeysHash): section → key → string value; keys outside a section are dropped. */
function iniConfig(text: string): Value {
  const out: Record<string, Record<string, string>> = {};
  let section: Record<string, string> | undefined;
  for (const [n, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith(';') || line.startsWith('#')) continue;
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      const name = head[1]!.trim();
      section = name === 'DEFAULT' ? undefined : (out[name] ??= {});
      continue;
    }
    const eq = line.search(/[=:]/);
    if (eq <= 0) fail(`ini: line ${n + 1}: expected key = value`);
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'" || value[0] === '`') && value.endsWith(value[0]!)) value = value.slice(1, -1);
    if (section) section[line.slice(0, eq).trim()] = value;
  }
  return out;
}

/** TOML 1.0: tables, arrays of tables, dotted keys, strings, numbers, booleans, dates (as text), arrays, inline tables. */
function tomlConfig(text: string): Value {
  let i = 0;
  const err = (msg: string): never => fail(`toml: ${msg} (offset ${i})`);
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  const wsnl = () => {
    for (;;) {
      ws();
      if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
      if (text[i] === '\n' || text[i] === '\r') i++;
      else return;
    }
  };
  const ESC: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
  const basic = (multi: boolean): string => {
    let out = '';
    if (multi && text[i] === '\n') i++;
    for (;;) {
      if (i >= text.length) err('unterminated string');
      if (multi ? text.startsWith('"""', i) : text[i] === '"') {
        i += multi ? 3 : 1;
        return out;
      }
      const c = text[i++]!;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[i++]!;
      if (ESC[e] !== undefined) out += ESC[e];
      else if (e === 'u' || e === 'U') {
        const n = e === 'u' ? 4 : 8;
        out += String.fromCodePoint(parseInt(text.slice(i, i + n), 16));
        i += n;
      } else if (multi && /\s/.test(e)) while (/\s/.test(text[i] ?? '')) i++;
      else err(`bad escape \\${e}`);
    }
  };
  const literal = (multi: boolean): string => {
    if (multi && text[i] === '\n') i++;
    const end = text.indexOf(multi ? "'''" : "'", i);
    if (end < 0) err('unterminated string');
    const s = text.slice(i, end);
    i = end + (multi ? 3 : 1);
    return s;
  };
  const key = (): string[] => {
    const parts: string[] = [];
    for (;;) {
      ws();
      if (text[i] === '"') {
        i++;
        parts.push(basic(false));
      } else if (text[i] === "'") {
        i++;
        parts.push(literal(false));
      } else {
        const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
        if (!m) err('expected a key');
        parts.push(m![0]);
        i += m![0].length;
      }
      ws();
      if (text[i] !== '.') return parts;
      i++;
    }
  };
  const value = (): Value => {
    if (text.startsWith('"""', i)) return (i += 3), basic(true);
    if (text[i] === '"') return i++, basic(false);
    if (text.startsWith("'''", i)) return (i += 3), literal(true);
    if (text[i] === "'") return i++, literal(false);
    if (text[i] === '[') {
      i++;
      const items: Value[] = [];
      for (;;) {
        wsnl();
        if (text[i] === ']') return i++, items;
        items.push(value());
        wsnl();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') err('expected , or ] in an array');
      }
    }
    if (text[i] === '{') {
      i++;
      const table: Obj = {};
      ws();
      if (text[i] === '}') return i++, table;
      for (;;) {
        const k = key();
        if (text[i++] !== '=') err('expected = in an inline table');
        ws();
        set(table, k, value());
        ws();
        if (text[i] === '}') return i++, table;
        if (text[i++] !== ',') err('expected , or } in an inline table');
      }
    }
    const m = /^[^\s,\]}#]+(?: [0-9:.+-Z]+)?/.exec(text.slice(i));
    if (!m) return err('expected a value');
    const word = m[0];
    i += word.length;
    if (word === 'true' || word === 'false') return word === 'true';
    if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(word)) return word.replace(' ', 'T');
    const num = word.replace(/_/g, '');
    if (/^[+-]?(inf|nan)$/.test(num)) return err('inf and nan have no JSON value');
    if (/^0x[0-9a-fA-F]+$/.test(num)) return parseInt(num.slice(2), 16);
    if (/^0o[0-7]+$/.test(num)) return parseInt(num.slice(2), 8);
    if (/^0b[01]+$/.test(num)) return parseInt(num.slice(2), 2);
    if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(num)) return Number(num);
    return err(`unexpected ${word}`);
  };
  const set = (table: Obj, path: string[], v: Value) => {
    let node = table;
    for (const p of path.slice(0, -1)) {
      const next = node[p];
      if (next === undefined) node[p] = {};
      else if (typeof next !== 'object' || next === null || Array.isArray(next)) err(`key ${path.join('.')} redefines a value`);
      node = node[p] as Obj;
    }
    const last = path[path.length - 1]!;
    if (node[last] !== undefined) err(`key ${path.join('.')} defined twice`);
    node[last] = v;
  };
  const root: Obj = {};
  let current = root;
  for (;;) {
    wsnl();
    if (i >= text.length) return root;
    if (text.startsWith('[[', i)) {
      i += 2;
      const path = key();
      if (!text.startsWith(']]', i)) err('expected ]]');
      i += 2;
      let node = root;
      for (const p of path.slice(0, -1)) {
        const next = node[p];
        node = (Array.isArray(next) ? next[next.length - 1] : (node[p] ??= {})) as Obj;
      }
      const last = path[path.length - 1]!;
      const list = (node[last] ??= []) as Value[];
      if (!Array.isArray(list)) err(`${path.join('.')} is not an array of tables`);
      current = {};
      list.push(current);
    } else if (text[i] === '[') {
      i++;
      const path = key();
      if (text[i++] !== ']') err('expected ]');
      let node = root;
      for (const p of path) {
        const next = node[p];
        node = (Array.isArray(next) ? next[next.length - 1] : (node[p] ??= {})) as Obj;
      }
      current = node;
    } else {
      const k = key();
      if (text[i++] !== '=') err('expected =');
      ws();
      set(current, k, value());
    }
    ws();
    if (text[i] === '#') while (i < text.length && text[i] !== '\n') i++;
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') err('expected the end of the line');
  }
}

/** The parsers by conftest's names for them (`parse_config("hcl2", …)`). */
export const CONFTEST_PARSERS: Readonly<Record<string, (text: string) => Value>> = {
  yaml: yamlConfig,
  yml: yamlConfig,
  json: jsonConfig,
  hcl2: hcl2Config,
  tf: hcl2Config,
  dockerfile: dockerfileConfig,
  ini: iniConfig,
  toml: tomlConfig,
};

/** The parser conftest picks for a file path (its NewFromPath). */
export function parserForPath(path: string): string {
  const base = path.split('/').pop()!.toLowerCase();
  if (base === 'dockerfile' || base.includes('dockerfile.')) return 'dockerfile';
  const dot = base.lastIndexOf('.');
  const ext = dot < 0 ? 'yml' : base.slice(dot + 1);
  if (ext === 'tf' || ext === 'tfvars') return 'hcl2';
  return ext === 'yml' ? 'yaml' : ext;
}
