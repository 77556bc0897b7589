import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { FastYaml, FAST_BAIL } from './yaml-fast.js';
function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) { const p = join(dir, e.name); if (e.isDirectory()) yamlFiles(p, out); else if (/\.ya?ml$/.test(e.name)) out.push(p); }
  return out;
}
it('x', () => {
  const out: string[] = [];
  for (const f of [...yamlFiles('/work/shared/corpora/real-repos'), ...yamlFiles('/work/shared/corpora/k8s-polaris'), ...yamlFiles('/work/shared/corpora/peer-labels/kubescape+regolibrary')]) {
    const text = readFileSync(f, 'utf8');
    if (text.includes('palisade:ignore')) continue;
    const y = new FastYaml(text, 256);
    let d;
    while ((d = y.next()) !== undefined && d !== FAST_BAIL);
    if (d === FAST_BAIL) { const p = (y as any).p; const ls = text.lastIndexOf('\n', p - 1) + 1; out.push(`${f.split('/').slice(-2).join('/')}: ${JSON.stringify(text.slice(ls, text.indexOf('\n', p) + 1 || undefined).slice(0, 100))} ${JSON.stringify(text.slice(p, p+20))}`); }
  }
  console.log(out.length + '\n' + out.join('\n'));
}, 600000);
