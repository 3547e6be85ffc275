import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * How much JavaScript and CSS a page of a build makes the browser load: its first screen (the page's own scripts,
 * classic and module, and everything they import) and then its islands (the React components, their renderer, and
 * everything those import, statically or lazily), each file counted once. Sizes are gzip (level 9), as a server would
 * send them. Deterministic, so CI holds budgets on them.
 */
export type PageKind = 'text' | 'quiz' | 'scenario';

export interface PageWeight {
  page: string;
  /** `scenario`: it has a chat island (and maybe a quiz); `quiz`: only a quiz island; `text`: no island. */
  kind: PageKind;
  islands: number;
  jsFiles: string[];
  /** JavaScript loaded before any island: what the first screen costs. */
  firstScreenJsGzip: number;
  /** All JavaScript of the page, islands included. */
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Relative URLs (`./_astro/x.js`) the page loads as scripts, the islands' components, and the stylesheets. */
function pageAssets(html: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const components = [...html.matchAll(/\bcomponent-url="([^"]+)"/g)].map((m) => m[1] ?? '');
  const renderers = [...html.matchAll(/\brenderer-url="([^"]+)"/g)].map((m) => m[1] ?? '');
  const styles = [...html.matchAll(/<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1] ?? '');
  return { scripts, islands: [...components, ...renderers], components, styles };
}

/** Files a JS module imports (static `import … from`, bare `import "…"`, and `import("…")`), relative ones only. */
function importsOf(code: string): string[] {
  const found = [
    ...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g),
    ...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g),
    ...code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g),
  ];
  return [...new Set(found.map((m) => m[1] ?? ''))];
}

/** Every file reachable from `entries` that `seen` does not hold yet; adds them to `seen`, returns their gzip size. */
function walk(buildDir: string, entries: readonly string[], seen: Set<string>): number {
  const queue = entries.filter(Boolean).map((src) => normalize(join(buildDir, src)));
  let gzip = 0;
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    gzip += gzipSize(bytes);
    for (const spec of importsOf(bytes.toString('utf8'))) queue.push(normalize(join(dirname(file), spec)));
  }
  return gzip;
}

export function measurePage(buildDir: string, page: string): PageWeight {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const { scripts, islands, components, styles } = pageAssets(html);
  const seen = new Set<string>();
  const firstScreenJsGzip = walk(buildDir, scripts, seen);
  const jsGzip = firstScreenJsGzip + walk(buildDir, islands, seen);
  const kind: PageKind = components.some((url) => /ScenarioPlayer/.test(url))
    ? 'scenario'
    : components.length > 0
      ? 'quiz'
      : 'text';
  return {
    page,
    kind,
    islands: components.length,
    jsFiles: [...seen].map((file) => relative(buildDir, file)).sort(),
    firstScreenJsGzip,
    jsGzip,
    cssGzip: styles.reduce((sum, href) => sum + gzipSize(readFileSync(join(buildDir, href))), 0),
    htmlGzip: gzipSize(Buffer.from(html)),
  };
}

/**
 * The budgets of the brief, in bytes of gzip JavaScript: the first screen of any page at most 15 KB; a page with a
 * chat at most 110 KB in all (XState included), a page with only a quiz 100 KB, a text page its first screen.
 */
export const BUDGETS = {
  firstScreen: 15 * 1024,
  total: { text: 15 * 1024, quiz: 100 * 1024, scenario: 110 * 1024 },
} as const;

export function budgetFor(weight: PageWeight): { firstScreen: number; total: number } {
  return { firstScreen: BUDGETS.firstScreen, total: BUDGETS.total[weight.kind] };
}
