// How many threads a scan may load and evaluate files on (`--jobs`, config `jobs`): the limits
// only, so that every scan can read them. The default count (the free cores) and the work itself
// are in scan/parallel.ts, loaded only when a scan is large enough to use more than one thread.

/** The most threads `--jobs` and the configuration's `jobs` may ask for. */
export const MAX_JOBS = 256;

/** Threads a scan uses at most by default: past this, memory (an engine per thread) grows for little gain. */
export const MAX_DEFAULT_JOBS = 8;

/**
 * Self-contained files a scan needs before it considers workers by default: below this a scan (a
 * pre-commit hook's few files) never loads the worker code. With a count the user set, two.
 */
export const MIN_PARALLEL_FILES = 16;
