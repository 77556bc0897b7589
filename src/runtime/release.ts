// Giving a large WebAssembly memory back to the system. A module's linear memory can only grow,
// and V8 frees it only when a full collection finds its Memory object unreachable: after a 100 MB
// plan the module keeps ~150 MB of written pages while the scan goes on to build findings and
// reports, and nothing the scan allocates afterwards makes V8 collect it. So the engine replaces
// such a module with a fresh instance and asks for the collection here. Two passes: the first
// finalises the Memory, the second lets V8 release its backing store (measured: one pass returned
// a third of a 190 MB memory, two all of it). Must be used only after large evaluations: a full
// collection costs time in proportion to the live heap.

import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/** Runs two full garbage collections, when the runtime lets Palisade ask for them. */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      // The flag adds a `gc` global to contexts made after it is set (a library user's later vm
      // contexts too); it changes nothing about how V8 collects.
      v8.setFlagsFromString('--expose-gc');
      const f: unknown = vm.runInNewContext('gc');
      gc = typeof f === 'function' ? (f as () => void) : null;
    } catch {
      gc = null;
    }
  }
  if (gc) {
    gc();
    gc();
  }
}
