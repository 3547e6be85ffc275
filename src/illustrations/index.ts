/**
 * The course's illustrations: inlined SVG (no request, no asset path to break under an LMS prefix), flat drawings,
 * never photographs of people. Read at build time by the components that show them.
 */
const files = import.meta.glob<string>('./*.svg', { query: '?raw', import: 'default', eager: true });

/** The SVG markup of `src/illustrations/<name>.svg`, without its XML declaration; throws when there is none. */
export function illustrationSvg(name: string): string {
  const svg = files[`./${name}.svg`];
  if (!svg) throw new Error(`there is no src/illustrations/${name}.svg`);
  return svg.replace(/<\?xml[^>]*>/, '');
}

/** The names that exist, for the content checks. */
export const ILLUSTRATIONS: readonly string[] = Object.keys(files).map((path) => path.slice(2, -4));
