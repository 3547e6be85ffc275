import type { PackageStandard, PageStandard } from './standards.ts';

/** `<meta name="speakup-standard" content="...">`, attributes in either order, any quotes and spacing. */
const META =
  /<meta\s+(?:name=(["'])speakup-standard\1\s+content=(["'])([^"']*)\2|content=(["'])([^"']*)\4\s+name=(["'])speakup-standard\6)\s*\/?>/gi;

/** The standards every `<meta name="speakup-standard">` of a page names (normally exactly one). */
export function readStandardMeta(html: string): string[] {
  return [...html.matchAll(META)].map((match) => match[3] ?? match[5] ?? '');
}

/**
 * Rewrites the page's standard: the course's runtime reads it to choose the SCORM 1.2 API, the 2004 API or none.
 * Only `auto` (what the build writes) is replaced, unless `force`: a page already made for one standard is left
 * alone so that a package is never silently turned into another.
 */
export function setStandardMeta(html: string, standard: PageStandard, { force = false } = {}): string {
  return html.replace(META, (whole, _q1, _q2, first: string | undefined, _q4, second: string | undefined) => {
    const current = first ?? second ?? '';
    if (current !== 'auto' && !force) return whole;
    return `<meta name="speakup-standard" content="${standard}">`;
  });
}

/**
 * Problems with the standard of the HTML pages of a package: a page that runs scripts needs exactly one meta tag,
 * naming `standard`. A page without scripts (the neutral Quick exit page, which by design loads and runs nothing)
 * has no runtime to read it, so it may go without.
 */
export function checkStandardMeta(pages: ReadonlyMap<string, string>, standard: PackageStandard): string[] {
  const problems: string[] = [];
  for (const [path, html] of pages) {
    const found = readStandardMeta(html);
    if (found.length === 0) {
      if (/<script[\s>]/i.test(html)) {
        problems.push(
          `page "${path}" runs scripts but has no <meta name="speakup-standard">, so it cannot tell which LMS API to use`,
        );
      }
    } else if (found.length > 1) {
      problems.push(`page "${path}" has ${found.length} <meta name="speakup-standard"> tags`);
    } else if (found[0] !== standard) {
      problems.push(`page "${path}" says standard "${found[0]}" instead of "${standard}"`);
    }
  }
  return problems;
}
