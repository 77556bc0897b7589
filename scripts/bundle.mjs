// Writes lib/, the committed bundle that the GitHub Action, the pre-commit hook and git installs
// run without installing or building anything: one self-contained file per entry point
// (Palisade and its dependencies, built by the pinned esbuild) — lib/action.js and
// lib/foreign-worker.js as ES modules, the CLI as one CommonJS function lib/cli.js, which
// bin/palisade.cjs compiles with a V8 code cache (Node 20 has none for ES modules) — the prebuilt
// WebAssembly runtime (lib/runtime.wasm) and the built-in policy bundle
// (lib/policies/builtin.tar). src/paths.ts finds those assets beside the running module.
//
//   node scripts/bundle.mjs            build (scripts/build.mjs), then write lib/   (= npm run bundle)
//   node scripts/bundle.mjs --check    build, then fail if lib/ differs from a fresh bundle
//   --no-build                         skip the build (dist/ is already fresh, e.g. after npm test)
//   --out DIR                          write the bundle to DIR instead of lib/ (the end-to-end bench
//                                      runs a fresh one, as an installed package would)
//
// Deterministic: the same sources give the same bytes (esbuild is pinned, no timestamps, no
// absolute paths), so CI can compare the committed lib/ with a fresh one.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const outAt = argv.indexOf('--out');
const REGENERATE = 'npm run bundle';

// A few modules load CommonJS packages (ajv) on first use with createRequire, to keep them off
// the start-up path. A bundle has no node_modules to require from, so those calls become plain
// require() calls, which esbuild bundles and still runs lazily. Any other use of createRequire
// fails the bundle rather than ship a require that cannot resolve.
const lazyRequires = {
  name: 'lazy-requires',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      if (!text.includes('createRequire(import.meta.url)')) return undefined;
      text = text.replace(/createRequire\(import\.meta\.url\)\(/g, 'require(');
      for (const m of text.matchAll(/const (\w+) = createRequire\(import\.meta\.url\);\n/g)) {
        text = text.replace(m[0], '').replace(new RegExp(`\\b${m[1]}\\(`, 'g'), 'require(');
      }
      if (text.includes('createRequire(import.meta.url)')) {
        return { errors: [{ text: `${relative(root, args.path)}: a createRequire(import.meta.url) the bundler cannot turn into require(); call it as createRequire(import.meta.url)('pkg') or through a const` }] };
      }
      return { contents: text, loader: 'ts' };
    });
  },
};

// Two changes to @open-policy-agent/opa-wasm, made in the bundle only (dist/ and library users
// run the SDK as published), each for a one-file scan's start-up, each an exact text the SDK must
// hold once or the bundle fails (a new SDK release is then checked by hand):
// - it finds the end of each JSON text it reads out of a module (the entrypoints and builtins at
//   load, every result, every host builtin's arguments) with a byte-by-byte JavaScript loop; run
//   cold over the built-in bundle's 17 KB of entrypoint names, ~2 ms. Uint8Array#indexOf is the
//   same search, done natively (no NUL, a broken module, throws a RangeError below it instead of
//   looping forever);
// - its YAML builtins load their own copy of `yaml` (version 1) when the SDK is loaded: ~100 KB
//   of module set-up for builtins the built-in policies never call. It is loaded on first call.
const SDK_PATCHES = [
  {
    file: /[\\/]@open-policy-agent[\\/]opa-wasm[\\/]src[\\/]opa\.js$/,
    from: '  let idx = addr;\n\n  while (buf[idx] !== 0) {\n    idx++;\n  }\n',
    to: '  const idx = buf.indexOf(0, addr);\n',
  },
  {
    file: /[\\/]@open-policy-agent[\\/]opa-wasm[\\/]src[\\/]builtins[\\/]yaml\.js$/,
    from: 'const yaml = require("yaml");\n',
    to: 'let yamlModule;\nconst loadYaml = () => (yamlModule ??= require("yaml"));\nconst yaml = { parse: (...a) => loadYaml().parse(...a), stringify: (...a) => loadYaml().stringify(...a) };\n',
  },
];
const sdkPatches = {
  name: 'opa-wasm-start-up',
  setup(b) {
    for (const { file, from, to } of SDK_PATCHES) {
      b.onLoad({ filter: file }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (text.split(from).length !== 2) {
          return { errors: [{ text: `${relative(root, args.path)}: the text scripts/bundle.mjs replaces (${JSON.stringify(from.slice(0, 40))}…) is not there once; check the SDK and update SDK_PATCHES` }] };
        }
        return { contents: text.replace(from, to), loader: 'js' };
      });
    }
  },
};

const ENTRIES = { action: 'src/action/main.ts', 'foreign-worker': 'src/engine/foreign-worker.ts' };
const SCRIPT_ENTRIES = { cli: 'src/cli/main.ts' };
const ASSETS = { 'runtime.wasm': 'dist/runtime/runtime.wasm', 'policies/builtin.tar': 'dist/policies/builtin.tar' };

async function writeBundle(out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'policies'), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // CommonJS dependencies require Node's built-ins; an ES module has no require of its own.
    banner: { js: "import { createRequire as __palisadeRequire } from 'node:module';\nconst require = __palisadeRequire(import.meta.url);" },
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [lazyRequires, sdkPatches],
  });
  // The CLI as a script: a CommonJS module has require, and import.meta.url becomes its file's URL.
  // The file is the module's function expression, CommonJS's wrapper included, which the shim
  // compiles as read: a wrapper added at run time would make V8 copy the 1.2 MB source into one
  // flat string first (fresh memory, ~2 µs a page to fault in). Required as a module, it does
  // nothing; only bin/palisade.cjs runs it.
  // Minified (whitespace and syntax; names are kept, so stack traces still name functions) and
  // pure ASCII: every run reads and decodes the whole source before the code cache applies, and V8
  // parses whatever functions the cache lacks; one non-ASCII character (a comment's dash) makes it
  // a two-byte string. A third off the file, a few ms less CPU per one-file scan (e2e bench).
  await build({
    absWorkingDir: root,
    entryPoints: SCRIPT_ENTRIES,
    outdir: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    define: { 'import.meta.url': '__palisadeModuleUrl' },
    minifyWhitespace: true,
    minifySyntax: true,
    charset: 'ascii',
    banner: { js: "(function (exports, require, module, __filename, __dirname) {const __palisadeModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    footer: { js: '})' },
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [lazyRequires, sdkPatches],
  });
  // bin/palisade.cjs reads the CLI as latin1, which is only its UTF-8 text when every byte is ASCII.
  const cli = readFileSync(join(out, 'cli.js'));
  const wide = cli.findIndex((b) => b > 0x7f);
  if (wide >= 0) throw new Error(`lib/cli.js has a non-ASCII byte at offset ${wide} (${JSON.stringify(cli.subarray(Math.max(0, wide - 40), wide + 40).toString('utf8'))}): esbuild's charset: 'ascii' should have escaped it`);
  for (const [name, from] of Object.entries(ASSETS)) {
    if (!existsSync(join(root, from))) throw new Error(`${from} is missing: run \`npm run build\` first (or ${REGENERATE})`);
    copyFileSync(join(root, from), join(out, name));
  }
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)).map((f) => `${n}/${f}`) : [n])).sort();
}

if (!args.has('--no-build')) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const lib = join(root, 'lib');
if (args.has('--check')) {
  const fresh = mkdtempSync(join(tmpdir(), 'palisade-lib-'));
  try {
    await writeBundle(fresh);
    const want = filesUnder(fresh);
    const have = existsSync(lib) ? filesUnder(lib) : [];
    const differ = [...new Set([...want, ...have])].filter((f) => !want.includes(f) || !have.includes(f) || !readFileSync(join(fresh, f)).equals(readFileSync(join(lib, f))));
    if (differ.length) {
      process.stderr.write(`lib/ is not what the sources build (${differ.map((f) => `lib/${f}`).join(', ')} differ).\n  fix: run \`${REGENERATE}\` and commit lib/\n`);
      process.exit(1);
    }
    process.stdout.write('lib/ matches a fresh bundle\n');
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
} else if (outAt >= 0) {
  if (!argv[outAt + 1]) throw new Error('--out needs a directory');
  await writeBundle(argv[outAt + 1]);
} else {
  await writeBundle(lib);
  process.stdout.write(`wrote ${filesUnder(lib).map((f) => `lib/${f}`).join(', ')}\n`);
}
