// Runs the `palisade` CLI in process for scenario tests: stdout, stderr and the exit code.

import { main } from '../../src/cli/main.js';

export async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'palisade', ...args], { out: (t) => (out += t), err: (t) => (err += t), debug: false });
  return { code, out, err };
}
