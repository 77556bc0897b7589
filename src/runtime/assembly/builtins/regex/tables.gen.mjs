// Generates tables.ts (the Unicode tables of the regex engine) from Node's own Unicode data:
// `node src/runtime/assembly/builtins/regex/tables.gen.mjs`. Run it by hand when Node's Unicode
// version moves; the output is committed so that building the runtime needs no generator.
// Go's definitions are the target: the two-letter general categories of unicode.Categories (the
// one-letter ones are unions, built at run time; Go's C has no Cn), unicode.Scripts, and the
// simple case-folding orbits of unicode.SimpleFold that lower/upper mappings alone do not reach.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX = 0x10ffff;
const CATEGORIES = [
  'Cc', 'Cf', 'Co', 'Cs', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'Mc', 'Me', 'Mn', 'Nd', 'Nl', 'No',
  'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'Sc', 'Sk', 'Sm', 'So', 'Zl', 'Zp', 'Zs',
];
const SCRIPTS = `Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali
Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham
Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari Dives_Akuru Dogra
Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Georgian Glagolitic Gothic Grantha Greek Gujarati
Gunjala_Gondi Gurmukhi Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inherited
Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kawi Kayah_Li Kharoshthi
Khitan_Small_Script Khmer Khojki Khudawadi Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani
Makasar Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui
Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani Myanmar Nabataean Nag_Mundari Nandinagari
New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Old_Hungarian Old_Italic Old_North_Arabian
Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong
Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian
Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le
Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Thaana Thai Tibetan Tifinagh Tirhuta Toto Ugaritic Vai
Vithkuqi Wancho Warang_Citi Yezidi Yi Zanabazar_Square`.split(/\s+/);

function ranges(re) {
  const out = [];
  for (let c = 0, start = -1; c <= MAX + 1; c++) {
    const p = c <= MAX && re.test(String.fromCodePoint(c));
    if (p && start < 0) start = c;
    if (!p && start >= 0) { out.push([start, c - 1]); start = -1; }
  }
  return out;
}

/** Unsigned LEB128. */
function varint(bytes, n) {
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    bytes.push(b);
  } while (n);
}

const names = [];
const bytes = [];
const offsets = [];
for (const [name, prop] of [...CATEGORIES.map((c) => [c, c]), ...SCRIPTS.map((s) => [s, `Script=${s}`])]) {
  const rs = ranges(new RegExp(`^\\p{${prop}}$`, 'u'));
  names.push(name);
  offsets.push(bytes.length, rs.length);
  // (gap from the previous range's end, length - 1): small numbers, one or two bytes each
  let prev = -1;
  for (const [lo, hi] of rs) { varint(bytes, lo - prev - 1); varint(bytes, hi - lo); prev = hi; }
}

// Simple case folding: the orbit of c is its class under /ui (ECMAScript canonicalises with simple
// case folding, as Go's SimpleFold orbits do). Record the pairs that lower/upper closure misses.
const single = (s) => ([...s].length === 1 ? s.codePointAt(0) : undefined);
const lower = (c) => single(String.fromCodePoint(c).toLowerCase()) ?? c;
const upper = (c) => single(String.fromCodePoint(c).toUpperCase()) ?? c;
const same = (a, b) => new RegExp(`^\\u{${a.toString(16)}}$`, 'ui').test(String.fromCodePoint(b));
const orbit = new Map();
for (let c = 0x41; c <= 0x1e943; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const k = lower(upper(c));
  const key = k !== c && same(k, c) ? k : lower(c) !== c && same(lower(c), c) ? lower(c) : c;
  if (!orbit.has(key)) orbit.set(key, new Set([key]));
  orbit.get(key).add(c);
}
function closure(c) {
  // exactly what addFolded in charclass.ts reaches from c without the extra pairs
  const l = lower(c), u = upper(c);
  return new Set([c, l, u, upper(l), lower(u)]);
}
const extra = [];
for (const members of orbit.values()) {
  if (members.size < 2) continue;
  for (const c of members) {
    const reach = closure(c);
    for (const d of members) if (!reach.has(d)) extra.push([c, d]);
    for (const d of reach) if (!members.has(d)) throw new Error(`U+${c.toString(16)} reaches U+${d.toString(16)} outside its orbit`);
  }
}
extra.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

const rows = (xs, per) => {
  const out = [];
  for (let i = 0; i < xs.length; i += per) out.push('  ' + xs.slice(i, i + per).join(', ') + ',');
  return out.join('\n');
};
const src = `// GENERATED by tables.gen.mjs from Node ${process.versions.node} (Unicode ${process.versions.unicode}): do not edit.
// The Unicode tables of the regex engine: Go's two-letter general categories and scripts (\\p{..}),
// as LEB128 (gap, length - 1) range lists, and the case-folding pairs that the lower/upper
// mappings of ../unicode.ts do not connect (so (?i) reaches every member of a SimpleFold orbit).

export const UNI_NAMES: string[] = [
${rows(names.map((n) => JSON.stringify(n)), 8)}
];

/** Per table: byte offset into UNI_DATA, number of ranges. */
export const UNI_OFFSETS: usize = memory.data<u32>([
${rows(offsets, 12)}
]);

export const UNI_DATA: usize = memory.data<u8>([
${rows(bytes, 24)}
]);

/** (a, b): b is fold-equivalent to a; sorted by a. */
export const FOLD_EXTRA: usize = memory.data<u32>([
${rows(extra.flat(), 12)}
]);
export const FOLD_EXTRA_N: i32 = ${extra.length};
`;
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'tables.ts'), src);
console.log(`${names.length} tables, ${bytes.length} bytes, ${extra.length} fold pairs`);
