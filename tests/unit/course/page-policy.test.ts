import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, withInlineHashes } from '../../../src/course/page-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'inline-hashes'; style-src 'self' 'inline-hashes'; object-src 'none'">${body}</head></html>`;

describe('the pages’ Content-Security-Policy', () => {
  it('allows the inline scripts and styles the build wrote, by hash, and never says unsafe-inline', () => {
    const pages = [
      page('<style>a{}</style><script>run(1)</script><script type="module">run(2)</script>'),
      page('<script>run(1)</script><script>run(«3»)</script>'),
    ];
    const hashes = inlineHashes(pages);
    expect(hashes.script).toEqual([hash('run(1)'), hash('run(2)'), hash('run(«3»)')].sort());
    expect(hashes.style).toEqual([hash('a{}')]);
    const policy = /content="([^"]*)"/.exec(withInlineHashes(pages[0]!, hashes))![1]!;
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${hashes.script.join(' ')}; style-src 'self' ${hash('a{}')}; object-src 'none'`,
    );
    expect(policy).not.toContain('unsafe-inline');
  });

  it('leaves out scripts that do not run inline: external files and data blocks', () => {
    const hashes = inlineHashes([
      page('<script src="a.js"></script><script type="application/json" id="x">{"a":1}</script>'),
    ]);
    expect(hashes).toEqual({ script: [], style: [] });
    expect(withInlineHashes(page(''), hashes)).toContain(`script-src 'self'; style-src 'self';`);
  });
});
