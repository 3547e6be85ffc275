import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * How much JavaScript and CSS a page of a build makes the browser load: the module scripts of the page, the island
 * components and their renderer, and everything those import, statically or lazily (each file counted once).
 * Sizes are gzip (level 9), as a server would send them. Deterministic, so CI can hold budgets on them.
 */
export interface PageWeight {
  page: string;
  /** Islands on the page (React components): a page without any is a text page. */
  islands: number;
  jsFiles: string[];
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Relative URLs (`./_astro/x.js`) the page loads as scripts, and the stylesheets it links. */
function pageAssets(html: string): { scripts: string[]; styles: string[]; islands: number } {
  const scripts = [...html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? '');
  const islandUrls = [...html.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1] ?? '');
  const styles = [...html.matchAll(/<link[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1] ?? '');
  const islands = (html.match(/<astro-island\b/g) ?? []).length;
  return { scripts: [...scripts, ...islandUrls].filter(Boolean), styles, islands };
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

export function measurePage(buildDir: string, page: string): PageWeight {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const { scripts, styles, islands } = pageAssets(html);
  const seen = new Set<string>();
  const queue = scripts.map((src) => normalize(join(buildDir, src)));
  let jsGzip = 0;
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    jsGzip += gzipSize(bytes);
    for (const spec of importsOf(bytes.toString('utf8'))) queue.push(normalize(join(dirname(file), spec)));
  }
  const cssGzip = styles.reduce((sum, href) => sum + gzipSize(readFileSync(join(buildDir, href))), 0);
  return {
    page,
    islands,
    jsFiles: [...seen].map((file) => relative(buildDir, file)).sort(),
    jsGzip,
    cssGzip,
    htmlGzip: gzipSize(Buffer.from(html)),
  };
}

/** The budgets of the brief: text pages almost no JavaScript, interactive pages (scenario, quiz) at most 100 KB. */
export const BUDGETS = { textPageJs: 15 * 1024, interactivePageJs: 100 * 1024 } as const;

export function budgetFor(weight: PageWeight): number {
  return weight.islands > 0 ? BUDGETS.interactivePageJs : BUDGETS.textPageJs;
}
