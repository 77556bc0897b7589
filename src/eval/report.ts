// Text tables for `npm run eval`: the peer scores per kind and per source, the peer controls no
// policy covers, and the real-repos precision table. Pure functions of the eval results.

import { SEVERITY_ORDER } from '../engine/finding.js';
import { totalsOf, type PeerEval, type SourceResult } from './peers.js';
import type { RealReposEval } from './real-repos.js';

const pct = (r: number | null) => (r === null ? '-' : `${(100 * r).toFixed(1)} %`);

/** Totals of several sources (one kind, or all). */
export function sumSources(sources: SourceResult[]): SourceResult['totals'] {
  return totalsOf(sources, (x) => x.totals);
}

export function byKind(result: PeerEval): Array<{ kind: string; totals: SourceResult['totals'] }> {
  const kinds = [...new Set(result.sources.map((s) => s.kind))];
  return kinds.map((kind) => ({ kind, totals: sumSources(result.sources.filter((s) => s.kind === kind)) }));
}

function row(name: string, t: SourceResult['totals'], extra = ''): string {
  return `${name.padEnd(40)} ${`${t.matched}/${t.labels}`.padStart(9)} ${pct(t.recall).padStart(8)}  ${`${t.flagged}/${t.clean}`.padStart(9)} ${pct(t.falseFlagRate).padStart(8)}  ${String(t.unmatched).padStart(9)}${extra}`;
}

export function formatPeers(result: PeerEval, opts: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  out.push('Peer labels (covered controls only; recall = matched labels / labels, false flags = flagged clean cases / clean cases)');
  out.push(`${'kind / source'.padEnd(40)} ${'matched'.padStart(9)} ${'recall'.padStart(8)}  ${'flagged'.padStart(9)} ${'false +'.padStart(8)}  ${'unlabeled'.padStart(9)}  covered  loaded`);
  for (const { kind, totals } of byKind(result)) {
    out.push(row(kind, totals));
    for (const s of result.sources.filter((x) => x.kind === kind)) {
      const covered = s.groups.reduce((n, g) => n + g.controls.length, 0);
      const all = covered + s.uncovered.length;
      const docs = Object.entries(s.documentKinds)
        .filter(([k]) => k !== 'repository')
        .reduce((n, [, v]) => n + v, 0);
      // A kind Palisade cannot load yet scores nothing: say so rather than print a bare 0/0.
      const loaded = docs === 0 ? '  0 documents loaded: Palisade reads none of these inputs yet' : `  ${docs} documents from ${s.files} files`;
      out.push(row(`  ${s.folder}`, s.totals, `  ${`${covered}/${all}`.padStart(7)}${loaded}`));
    }
  }
  out.push('"unlabeled": findings of mapped policies in positive files that match no label (scope differences; review, not a penalty).');
  out.push('KICS (Terraform): a label on the line opening a block also matches a finding inside that block (KICS reports a wrong attribute on its resource line).');
  out.push('Kubescape: a label naming an object (`spec.selector.matchLabels`) also matches a finding on a setting inside it (Kubescape names the object, Palisade the setting).');
  out.push("poutine: a job-level label on its job's key line also matches a finding inside that job (poutine reports job-level findings such as job_all_secrets there).");
  const unloaded = sumSources(result.sources);
  if (unloaded.unloaded + unloaded.unloadedClean > 0) {
    out.push(
      `Not scored: ${unloaded.unloaded} labels inside, and ${unloaded.unloadedClean} clean cases made only of, module calls the scan could not load ` +
        '(registry/git modules with no .terraform/modules in the case, local module folders outside it; Palisade says so once per call, as for a user without `terraform init`).',
    );
  }
  for (const s of result.sources) {
    out.push('');
    out.push(`${s.folder} [equivalents.${s.peer}] — ${s.units} units, ${s.files} files, documents ${JSON.stringify(s.documentKinds)}`);
    for (const g of s.groups) {
      const notScored = g.unloaded + g.unloadedClean > 0 ? `; not scored (module not downloaded): ${g.unloaded} labels, ${g.unloadedClean} clean cases` : '';
      out.push(`  ${g.controls.join(' + ')} → ${g.policies.join(', ')}: ${g.matched}/${g.labels} labels, ${g.flagged}/${g.clean} clean cases flagged, ${g.unmatched} unlabeled${notScored}`);
      if (opts.verbose) {
        for (const u of g.unloadedLabels) out.push(`      not scored: ${u}`);
        for (const m of g.missed) out.push(`      missed: ${m}`);
        for (const f of g.falsePositives) out.push(`      false +: ${f}`);
      }
    }
    if (s.uncovered.length) {
      out.push(`  not covered (${s.uncovered.length}): ${s.uncovered.map((u) => `${u.control} (${u.positive}+/${u.clean}-)`).join(', ')}`);
    }
    for (const u of s.unknown) out.push(`  warning: ${u.policy} names ${s.peer} control ${u.control}, which the corpus does not have`);
    if (s.excluded.length) out.push(`  excluded labels (${s.excluded.length}, src/eval/exclusions.ts):`);
    for (const e of s.excluded) out.push(`      ${e.file} ${e.control}: ${e.reason}`);
    if (s.diagnostics.length) {
      out.push(`  ${s.diagnostics.length} input errors${opts.verbose ? ':' : ' (--verbose lists them)'}`);
      if (opts.verbose) for (const d of s.diagnostics) out.push(`      ${d.split('\n')[0]}`);
    }
  }
  return out.join('\n') + '\n';
}

export function formatRealRepos(result: RealReposEval): string {
  const out: string[] = [];
  const per100 = (n: number, files: number) => (files === 0 ? '-' : ((100 * n) / files).toFixed(1));
  out.push('real-repos: findings per 100 files by severity (waived findings excluded)');
  out.push(`${'repository'.padEnd(42)} ${'files'.padStart(5)}  ${[...SEVERITY_ORDER].reverse().map((s) => s.padStart(8)).join(' ')}   by pack`);
  for (const r of result.repos) {
    const packs = Object.entries(r.byPack)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ');
    out.push(`${r.repo.padEnd(42)} ${String(r.files).padStart(5)}  ${[...SEVERITY_ORDER].reverse().map((s) => per100(r.bySeverity[s], r.files).padStart(8)).join(' ')}   ${packs}`);
  }
  out.push(`${'all'.padEnd(42)} ${String(result.files).padStart(5)}  ${[...SEVERITY_ORDER].reverse().map((s) => per100(result.bySeverity[s], result.files).padStart(8)).join(' ')}`);
  const serious = result.repos.flatMap((r) => r.serious);
  out.push(`high or critical findings (${serious.length}), each explained in docs/eval.md:`);
  for (const s of serious) out.push(`  ${s}`);
  return out.join('\n') + '\n';
}
