// A sharded scan (`--shard k/n`, one CI job per part) merged with `palisade merge` reports exactly
// what one unsharded scan reports: every input in exactly one shard, nothing twice.

import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';
import type { JsonReport } from '../../src/reporters/json.js';
import { parseShard, shardOf } from '../../src/scan/shard.js';

const sample = fileURLToPath(new URL('../../fixtures/sample-repo', import.meta.url));

describe('--shard and palisade merge', () => {
  it('partitions by path, stably', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('0/3')).toBeUndefined();
    expect(parseShard('4/3')).toBeUndefined();
    expect(shardOf('k8s/web.yaml', 3)).toBe(shardOf('k8s/web.yaml', 3));
  });

  it('three shards merged equal one whole scan, in SARIF and in JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'palisade-shard-'));
    const repo = join(dir, 'repo');
    cpSync(sample, repo, { recursive: true });
    const whole = await run('scan', repo, '--output', `sarif=${join(dir, 'whole.sarif')}`, '--output', `json=${join(dir, 'whole.json')}`);
    expect(whole.code).toBe(1);
    for (const k of [1, 2, 3]) {
      const r = await run('scan', repo, '--shard', `${k}/3`, '--output', `sarif=${join(dir, `s${k}.sarif`)}`, '--output', `json=${join(dir, `s${k}.json`)}`);
      expect(r.err).toBe('');
    }
    const shards = (ext: string) => [1, 2, 3].map((k) => join(dir, `s${k}.${ext}`));
    expect((await run('merge', ...shards('sarif'), '-o', join(dir, 'merged.sarif'))).code).toBe(0);
    const merged = JSON.parse(readFileSync(join(dir, 'merged.sarif'), 'utf8')) as Sarif.Log;
    const all = JSON.parse(readFileSync(join(dir, 'whole.sarif'), 'utf8')) as Sarif.Log;
    const keys = (l: Sarif.Log) => l.runs[0]!.results!.map((r) => `${r.partialFingerprints!['palisade/v1']} ${r.ruleId} ${l.runs[0]!.tool.driver.rules![r.ruleIndex!]!.id}`).sort();
    expect(keys(merged)).toEqual(keys(all));
    // No shard holds everything: the work was really split.
    const counts = shards('sarif').map((f) => (JSON.parse(readFileSync(f, 'utf8')) as Sarif.Log).runs[0]!.results!.length);
    expect(Math.max(...counts)).toBeLessThan(all.runs[0]!.results!.length);

    const json = JSON.parse((await run('merge', ...shards('json'))).out) as JsonReport;
    const wholeJson = JSON.parse(readFileSync(join(dir, 'whole.json'), 'utf8')) as JsonReport;
    expect(json.findings.map((f) => f.fingerprint)).toEqual(wholeJson.findings.map((f) => f.fingerprint));
    expect(json.summary).toEqual(wholeJson.summary);
    // A shard run twice is merged once.
    const twice = JSON.parse((await run('merge', ...shards('json'), join(dir, 's1.json'))).out) as JsonReport;
    expect(twice.findings).toHaveLength(wholeJson.findings.length);
  });
});
