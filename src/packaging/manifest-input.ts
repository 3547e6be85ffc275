/** What a manifest says about a package; both SCORM versions are built from the same description. */
export interface ManifestInput {
  /** Manifest identifier: a valid XML ID, also the prefix of the organization, item and resource identifiers. */
  identifier: string;
  title: string;
  /** One or two sentences for the LMS's course catalogue. */
  description: string;
  /** Language of the content (`en`, `pt-BR`). */
  language: string;
  keywords: readonly string[];
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the package except `imsmanifest.xml`, as paths relative to the package root. */
  files: readonly string[];
  /** Pass mark 0-100, only when a scored quiz is in the package (no pass mark without something to pass). */
  masteryScore?: number | undefined;
}

/** The manifest's inner identifiers, derived from its identifier so that they stay stable across versions. */
export function manifestIds(identifier: string): { organization: string; item: string; resource: string } {
  return { organization: `${identifier}-org`, item: `${identifier}-item`, resource: `${identifier}-sco` };
}

/** Files in a stable order (code-unit order, the same on every machine), without duplicates or the manifest. */
export function sortedPackageFiles(files: readonly string[]): string[] {
  return [...new Set(files)].filter((file) => file !== 'imsmanifest.xml').sort(compareCodeUnits);
}

/** Plain code-unit comparison: `localeCompare` depends on the machine's locale, which would break determinism. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
