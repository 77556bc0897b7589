// The `palisade` command line: parses arguments (commander) and dispatches to one module per
// command. Owns exit codes and the user-error/bug split (see io.ts); every command returns its
// exit code instead of calling process.exit, so the CLI can be tested in process.
//
// Start-up time is a feature (pre-commit hooks run this on every commit): each command's module,
// and with it the compiler, the loaders, opa-wasm, yaml and ajv, is imported only when that
// command runs. Keep static imports here down to commander and the CLI's own small helpers.

import { Command, CommanderError, Option } from 'commander';
import { EXIT, handleError, processIo, usageError, type Io } from './io.js';
import { VERSION } from './version.js';
import type { TerraformVarArg } from '../scan/scan.js';

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const FORMATS = ['text', 'compact', 'json', 'sarif', 'junit', 'github'];
/** Repeatable options that also take comma-separated lists: `--skip a,b --skip c`. */
const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
const repeat = (value: string, previous: string[] = []) => [...previous, value];

/**
 * The command line as commander parses it. `only`: define just that command (the one the user
 * invoked), not all of them; every command costs start-up to build (see main()).
 */
function program(io: Io, setCode: (code: number) => void, only?: string): Command {
  const wants = (name: string) => only === undefined || only === name;
  // --var and --var-file apply in command-line order, a later one winning, as terraform's -var and
  // -var-file do: both options append to this one list (each parse builds a new program).
  const terraformVars: TerraformVarArg[] = [];
  const terraformVar = (assignment: string) => (terraformVars.push({ assignment }), terraformVars);
  const terraformVarFile = (file: string) => (terraformVars.push({ file }), terraformVars);

  const run = (fn: () => Promise<number> | number) => async () => {
    try {
      setCode(await fn());
    } catch (e) {
      setCode(handleError(io, e));
    }
  };
  const root = new Command('palisade')
    .description('Policy-as-code guardrails: Rego policies compiled to WebAssembly, checked on every pull request.')
    .version(VERSION)
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    // commander's own error text is replaced by a house-format diagnostic (see main()).
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => {} });

  if (wants('scan')) {
    root
      .command('scan')
      .description('scan files and directories with the built-in and your own policies')
      .argument('[paths...]', 'files, directories or globs to scan; `-` reads a YAML/JSON stream from standard input (e.g. `helm template .`)', ['.'])
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
      .option('-o, --output <format=file>', 'where reports go, repeatable: `sarif=palisade.sarif`, `text` (standard output), or a file in --format; written atomically', repeat)
      .option('--severity <levels>', 'report only findings of these severities, e.g. critical,high (repeatable)', list)
      .option('--only <ids>', 'run only these policies: ids or globs, comma-separated (repeatable)', list)
      .option('--skip <ids>', 'do not run these policies: ids or globs, comma-separated (repeatable)', list)
      .option('--baseline <file>', 'leave out findings recorded in this baseline (default: .palisade/baseline.json at the root, when it exists)')
      .option('--no-baseline', 'report every finding, even those in the baseline')
      .option('--shard <k/n>', 'scan only the k-th of n stable parts of the files (CI matrices; combine with `palisade merge`)')
      .addOption(new Option('--fail-on <severity>', 'exit 1 when an open finding is at or above this severity').choices(SEVERITIES))
      .addOption(new Option('--profile <profile>', 'default: findings a maintainer acts on; strict: also the pedantic checks (default: from the configuration)').choices(['default', 'strict']))
      .option('-p, --policy <path...>', 'extra policies: a directory of Rego, a .rego file, a bundle.tar.gz or a .wasm')
      .option('--no-builtin', 'do not run the built-in policy packs')
      .option('--changed-since <ref>', 'only scan files changed since this git ref (pull requests)')
      .option('--staged', 'only scan files staged in git (pre-commit)')
      .option('--helm', 'render Helm charts with `helm template` (helm on PATH) and report findings on their templates')
      .option('-c, --config <file>', 'configuration file (default: .palisade.yaml at the scan root)')
      .option('--root <dir>', 'repository root: configuration, waivers and report paths hang from it (default: the nearest folder holding .palisade.yaml, else the git top level)')
      .option('--waivers <file>', 'waiver file (default: from the configuration)')
      .option('--var <name=value...>', 'a Terraform variable for .tf folders scanned without a plan, like terraform -var', terraformVar)
      .option('--var-file <file...>', 'a .tfvars file for .tf folders scanned without a plan, like terraform -var-file (with --var, in command-line order)', terraformVarFile)
      .option('--color', 'force coloured text output')
      .option('--no-color', 'never colour text output')
      .option('--quiet', 'no progress output')
      .action((paths: string[], opts) => run(async () => (await import('./scan.js')).scanCommand(io, paths, opts))());
  }

  if (wants('baseline')) {
    root
      .command('baseline')
      .description('record the current findings as accepted, so that later scans report only new ones')
      .argument('[paths...]', 'files, directories or globs to scan', ['.'])
      .option('-o, --output <file>', 'baseline file to write (default: .palisade/baseline.json at the root)')
      .option('-p, --policy <path...>', 'extra policies, as for scan')
      .option('--no-builtin', 'do not run the built-in policy packs')
      .option('-c, --config <file>', 'configuration file')
      .option('--root <dir>', 'repository root, as for scan')
      .action((paths: string[], opts) => run(async () => (await import('./baseline.js')).baselineCommand(io, paths, opts))());
  }

  if (wants('merge')) {
    root
      .command('merge')
      .description('merge the SARIF (or JSON) reports of a sharded scan into one, deduplicated by fingerprint')
      .argument('<reports...>', 'the shards\' reports, all SARIF or all JSON')
      .option('-o, --output <file>', 'write the merged report to a file instead of standard output')
      .action((files: string[], opts) => run(async () => (await import('./merge.js')).mergeCommand(io, files, opts))());
  }

  if (wants('build')) {
    root
      .command('build')
      .description('compile Rego into an OPA-layout bundle.tar.gz (/policy.wasm, /data.json, /.manifest), like `opa build -t wasm`')
      .argument('<paths...>', 'Rego files or directories (and .json data files)')
      .requiredOption('-e, --entrypoint <ref...>', 'entrypoints, e.g. example/allow or data.example.allow')
      .option('-o, --output <file>', 'bundle file to write', 'bundle.tar.gz')
      .option('--v0-compatible', 'parse Rego v0 syntax (rules without `if`), like OPA --v0-compatible')
      .action((paths: string[], opts) => run(async () => (await import('./build.js')).buildCommand(io, paths, opts))());
  }

  if (wants('test')) {
    root
      .command('test')
      .description('run Rego tests (test_* rules) as `opa test` does, and the fixtures of each policy folder')
      .argument('[paths...]', 'Rego and data files or directories, loaded as `opa test` loads them (at least one, or --policy)')
      .option('--v0-compatible', 'parse your Rego as v0 syntax (Palisade\'s helper library stays v1)')
      .option('-r, --run <regex>', 'only tests whose full name (data.pkg.test_x) matches')
      .option('-v, --verbose', 'list every test, not only those that did not pass')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json']).default('pretty'))
      .option('-p, --policy <path...>', 'Rego-only paths (conftest verify --policy): their data files are not loaded')
      .option('-d, --data <path...>', 'data-only paths (.json/.yaml), laid out as opa test lays them out')
      .option('--ignore <glob...>', 'file and directory names to skip, e.g. \'*.yaml\'')
      .option('--capabilities <file>', 'OPA capabilities JSON: the builtins available, including ones your tool adds (mock them with `with`)')
      .option('-z, --exit-zero-on-skipped', 'skipped (todo_test_) tests do not make the exit code 2')
      .option('--fail-on-empty', 'exit 1 when no tests ran')
      .option('--timeout <duration>', 'per-test time limit as a Go duration, e.g. 500ms, 10s (default 5s, as opa test)')
      .option('--count <n>', 'run the tests n times, stopping at the first run that fails (default 1, as opa test)')
      // opa test flags Palisade rejects with a reason (see UNSUPPORTED_TEST_FLAGS in test.ts).
      .addOption(new Option('-c, --coverage').hideHelp())
      .addOption(new Option('--threshold <percent>').hideHelp())
      .addOption(new Option('--explain <mode>').hideHelp())
      .addOption(new Option('--var-values').hideHelp())
      .addOption(new Option('--bench').hideHelp())
      .addOption(new Option('--benchmem').hideHelp())
      .addOption(new Option('-w, --watch').hideHelp())
      .addOption(new Option('-b, --bundle').hideHelp())
      .addOption(new Option('-s, --schema <path>').hideHelp())
      .action((paths: string[], opts) => run(async () => (await import('./test.js')).testCommand(io, paths, opts))());
  }

  if (wants('policies')) {
    const policies = root.command('policies').description('list and explain policies');
    policies
      .command('list')
      .description('list the policies that would run')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
      .option('-p, --policy <path...>', 'include these policies too')
      .action((opts) => run(async () => (await import('./policies.js')).policiesList(io, opts))());
    policies
      .command('explain')
      .description('show a policy: what it checks, why, and how to fix it')
      .argument('<id>', 'policy id, e.g. k8s/privileged-container')
      .option('-p, --policy <path...>', 'include these policies too')
      .action((id: string, opts) => run(async () => (await import('./policies.js')).policiesExplain(io, id, opts))());
  }

  if (wants('waivers')) {
    const waivers = root.command('waivers').description('audit waivers');
    waivers
      .command('audit')
      .description('report active, expiring, expired and unused waivers (unused: matched nothing in a scan of the paths)')
      .argument('[paths...]', 'what to scan to find unused waivers', ['.'])
      .option('--waivers <file>', 'waiver file (default: from the configuration)')
      .option('-c, --config <file>', 'configuration file')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
      .option('--expiring-within <days>', 'days ahead that count as expiring', '30')
      .option('-p, --policy <path...>', 'extra policies')
      .option('--no-builtin', 'do not run the built-in policy packs')
      .action((paths: string[], opts) => run(async () => (await import('./waivers.js')).waiversAudit(io, paths, opts))());
  }

  return root;
}

/** Runs the CLI; resolves to the exit code (never calls process.exit). */
export async function main(argv: string[], io: Io = processIo(argv.includes('--debug'))): Promise<number> {
  let code: number = EXIT.clean;
  const setCode = (c: number) => {
    code = c;
  };
  // Only the invoked command is built: a pre-commit hook runs `palisade scan` on every commit,
  // and building the others is a millisecond of it. Anything else (an option first, `help`, an
  // unknown or misspelt name, no command) gets every command, for help and suggestions.
  const first = argv[2];
  let cmd = first !== undefined && !first.startsWith('-') ? program(io, setCode, first) : undefined;
  if (!cmd?.commands.length) cmd = program(io, setCode);
  try {
    await cmd.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.clean;
      // commander already printed its message; restate it in the house format with a fix.
      return handleError(io, usageError(e.message.replace(/^error: /, ''), 'run `palisade --help` (or `palisade <command> --help`) for the options'));
    }
    return handleError(io, e);
  }
  return code;
}
