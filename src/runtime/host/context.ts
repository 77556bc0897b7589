// State shared by the impure host builtins of one hostBuiltins() instance.
// Owns: the clock provider and the run's file access. Must not hold anything else (rand.intn and
// uuid.rfc4122, whose per-evaluation answers once lived here, run inside the module).

export interface HostContext {
  now: () => bigint;
  /** File access for conftest's parse_config_file family, when the run provides it. */
  files?: ConfigFiles;
}

/** Reads configuration files for a run; relative paths resolve where that run decides. */
export interface ConfigFiles {
  read(path: string): { path: string; text: string };
}
