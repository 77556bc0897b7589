import { describe, expect, it } from 'vitest';
import { CTX, FINDINGS, PRIVILEGED, finding } from '../../fixtures/reporters/sample.js';
import { junit, xmlEscape } from './junit.js';

type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[]; text: string };

function decode(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!,
  );
}

/** A strict little XML reader: throws on anything not well-formed, so the test proves the escaping. */
function parseXml(xml: string): XmlNode {
  let i = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(body.slice(i, i + 30))}`);
  };
  const checkText = (t: string) => {
    if (/[<]/.test(t) || /&(?!(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);)/i.test(t)) fail('bad text');
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(t)) fail('forbidden character');
  };
  function element(): XmlNode {
    const open = /^<([A-Za-z][\w-]*)/.exec(body.slice(i)) ?? fail('expected element');
    const node: XmlNode = { name: open[1]!, attrs: {}, children: [], text: '' };
    i += open[0].length;
    for (;;) {
      const a = /^\s+([A-Za-z][\w-]*)="([^"]*)"/.exec(body.slice(i));
      if (!a) break;
      checkText(a[2]!);
      if (a[1]! in node.attrs) fail('duplicate attribute');
      node.attrs[a[1]!] = decode(a[2]!);
      i += a[0].length;
    }
    if (body.startsWith('/>', i)) {
      i += 2;
      return node;
    }
    if (body[i] !== '>') fail('expected >');
    i++;
    for (;;) {
      const next = body.indexOf('<', i);
      if (next < 0) fail('unclosed element');
      const t = body.slice(i, next);
      checkText(t);
      node.text += decode(t);
      i = next;
      if (body.startsWith(`</${node.name}>`, i)) {
        i += node.name.length + 3;
        return node;
      }
      node.children.push(element());
    }
  }
  const root = element();
  if (body.slice(i).trim()) fail('trailing content');
  return root;
}

describe('junit reporter', () => {
  const root = parseXml(junit(FINDINGS, CTX));

  it('has one suite per policy that ran plus one for diagnostics, with correct counts', () => {
    expect(root.name).toBe('testsuites');
    expect(root.children.map((s) => s.attrs['name'])).toEqual([
      'palisade', 'k8s/host-network', 'k8s/image-tag-latest', 'k8s/privileged-container', 'terraform/sg-open-ssh',
    ]);
    expect(root.attrs).toMatchObject({ tests: '6', failures: '3', errors: '1', skipped: '1' });
    const priv = root.children.find((s) => s.attrs['name'] === 'k8s/privileged-container')!;
    expect(priv.attrs).toMatchObject({ tests: '2', failures: '1', skipped: '1' });
    const clean = root.children.find((s) => s.attrs['name'] === 'k8s/host-network')!;
    expect(clean.children).toEqual([{ name: 'testcase', attrs: { classname: 'k8s/host-network', name: 'no findings' }, children: [], text: '' }]);
  });

  it('puts a failing testcase per open finding and a skipped one per waived finding', () => {
    const priv = root.children.find((s) => s.attrs['name'] === 'k8s/privileged-container')!;
    const [open, waived] = priv.children;
    expect(open!.attrs['name']).toBe('deploy/web app.yaml:20:7 Deployment/default/web');
    const failure = open!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attrs['message']).toBe(FINDINGS[1]!.message);
    expect(failure.attrs['type']).toBe('critical');
    expect(failure.text).toContain(`fingerprint: ${FINDINGS[1]!.fingerprint}`);
    expect(waived!.children[0]).toMatchObject({ name: 'skipped', attrs: { message: 'waived by @platform: needs host access' } });
    const diag = root.children[0]!.children[0]!.children[0]!;
    expect(diag).toMatchObject({ name: 'error', attrs: { type: 'input_parse_error' } });
  });

  it.each([
    ['markup', '<a href="x">&amp;</a> \'q\''],
    ['control characters', 'bell\u0007 esc\u001b nul\u0000'],
    ['lone surrogate', 'broken \ud800 pair'],
    ['astral', 'emoji 😀 ok'],
    ['newlines and tabs', 'a\nb\r\nc\td'],
  ])('stays well-formed with %s in a message', (_what, msg) => {
    const f = finding(PRIVILEGED, 'x&y<z>.yaml', 1, ['a'], msg);
    const doc = parseXml(junit([f], { ...CTX, diagnostics: [] }));
    const failure = doc.children.find((s) => s.attrs['name'] === PRIVILEGED.id)!.children[0]!.children[0]!;
    const expected = msg.replace(/[\u0000-\u0008\u001b]|\ud800(?![\udc00-\udfff])/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(failure.attrs['message']).toBe(expected);
  });

  it('escapes the five XML specials', () => {
    expect(xmlEscape(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});
