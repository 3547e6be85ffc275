import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_JS_BUDGETS } from './budgets.ts';

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
  /** JavaScript loaded before any island (workers aside, which start once the page is idle): the first screen. */
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

/**
 * Workers a module starts (`new Worker(new URL("./x.js", import.meta.url))`): they run off the page, once it is idle
 * (src/tracking/peers-worker.ts), so they count in the page's total, never in its first screen.
 */
function workersOf(code: string): string[] {
  // Vite writes `new Worker(new URL("" + new URL("peers-worker-x.js", import.meta.url).href, import.meta.url))`.
  const url = /new URL\(\s*["']((?:\.{1,2}\/)?[\w.-]+\.js)["']\s*,\s*import\.meta\.url\s*\)/g;
  return /new Worker\(/.test(code) ? [...code.matchAll(url)].map((m) => m[1] ?? '') : [];
}

/**
 * Every file reachable from `entries` that `seen` does not hold yet; adds them to `seen`, returns their gzip size.
 * The workers they start go to `later`, when given, to be walked with the islands.
 */
function walk(buildDir: string, entries: readonly string[], seen: Set<string>, later?: string[]): number {
  const queue = entries.filter(Boolean).map((src) => normalize(join(buildDir, src)));
  let gzip = 0;
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(file);
    gzip += gzipSize(bytes);
    const code = bytes.toString('utf8');
    for (const spec of importsOf(code)) queue.push(normalize(join(dirname(file), spec)));
    for (const spec of workersOf(code)) later?.push(relative(buildDir, normalize(join(dirname(file), spec))));
  }
  return gzip;
}

export function measurePage(buildDir: string, page: string): PageWeight {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const { scripts, islands, components, styles } = pageAssets(html);
  const seen = new Set<string>();
  const later: string[] = [];
  const firstScreenJsGzip = walk(buildDir, scripts, seen, later);
  const jsGzip = firstScreenJsGzip + walk(buildDir, [...islands, ...later], seen);
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

/** The JavaScript budgets of a page of this kind (budgets.ts). */
export function budgetFor(weight: PageWeight): { firstScreen: number; total: number } {
  return { firstScreen: PAGE_JS_BUDGETS.firstScreen, total: PAGE_JS_BUDGETS.total[weight.kind] };
}
