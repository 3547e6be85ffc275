import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the course's pages: only the package's own scripts and styles run. Astro writes a
 * few small inline scripts and styles of its own (the island loader, `astro-island { display: contents }`); they
 * are allowed by their SHA-256 hashes, never by 'unsafe-inline', so a script or style that content managed to slip
 * into a page would not run. Every page carries the hashes of every page of the build: the client router runs a
 * later page's inline scripts under the first page's policy.
 */

/** Where the build writes the hashes: the layouts' policies end their script-src and style-src with this marker. */
export const HASHES_MARKER = "'inline-hashes'";

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/** A script element the browser runs (not a data block such as `type="application/json"`). */
function runs(kind: string, attributes: string): boolean {
  if (kind === 'style') return true;
  if (/\bsrc\s*=/.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === 'module' || type === 'text/javascript';
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the inline scripts and styles of some pages, each kind sorted, without repeats. */
export function inlineHashes(pages: readonly string[]): { script: string[]; style: string[] } {
  const found = { script: new Set<string>(), style: new Set<string>() };
  for (const html of pages) {
    for (const [, kind, attributes, body] of html.matchAll(INLINE)) {
      if (kind && runs(kind, attributes ?? '')) found[kind as 'script' | 'style'].add(sha256(body ?? ''));
    }
  }
  return { script: [...found.script].sort(), style: [...found.style].sort() };
}

/** The page with its policy's marker replaced by the hashes (in script-src for scripts, style-src for styles). */
export function withInlineHashes(html: string, hashes: { script: string[]; style: string[] }): string {
  return html.replace(
    /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i,
    (_, start: string, policy: string, end: string) =>
      start +
      policy
        .split(';')
        .map((directive) => {
          const name = directive.trim().split(/\s+/)[0];
          const list = name === 'script-src' ? hashes.script : name === 'style-src' ? hashes.style : [];
          return directive.replace(HASHES_MARKER, list.join(' ')).replace(/\s+$/, '');
        })
        .join(';') +
      end,
  );
}
