import { pathToHref, xmlText } from './xml.ts';

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

/**
 * The part both versions share: one organization with one item, and one SCO resource listing every file (a single
 * SCO is what every LMS handles the same way). `itemLines` go inside the item (1.2 mastery score, 2004 sequencing);
 * `scormType` is the resource attribute, spelt `adlcp:scormtype` in 1.2 and `adlcp:scormType` in 2004.
 */
export function organizationAndResource(
  input: ManifestInput,
  itemLines: readonly string[],
  scormType: 'adlcp:scormtype' | 'adlcp:scormType',
): string[] {
  const ids = manifestIds(input.identifier);
  const title = xmlText(input.title);
  return [
    `  <organizations default="${ids.organization}">`,
    `    <organization identifier="${ids.organization}">`,
    `      <title>${title}</title>`,
    `      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">`,
    `        <title>${title}</title>`,
    ...itemLines,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${ids.resource}" type="webcontent" ${scormType}="sco" href="${xmlText(pathToHref(input.launch))}">`,
    ...sortedPackageFiles(input.files).map((file) => `      <file href="${xmlText(pathToHref(file))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ];
}
