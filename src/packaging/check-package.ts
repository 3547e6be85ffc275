import { attributeNamed, childrenNamed, descendantsNamed, parseXml, type XmlElement } from './parse-xml.ts';
import { compareCodeUnits } from './manifest-input.ts';
import { hrefToPath, isXmlId } from './xml.ts';

/**
 * The content-packaging rules an XSD cannot check (../shared/scorm-notes.md, "Manifest"): identifiers, references,
 * the default organization, titles, and that the manifest and the zip agree file by file. Every problem is
 * reported, not only the first, each as one sentence naming the element and its line.
 */
export type PackageProblemCode =
  | 'manifest-missing'
  | 'not-xml'
  | 'not-a-manifest'
  | 'schemaversion'
  | 'identifier-invalid'
  | 'identifier-duplicate'
  | 'no-organization'
  | 'default-organization'
  | 'title-missing'
  | 'identifierref'
  | 'leaf-item'
  | 'scormtype'
  | 'launch-missing'
  | 'file-missing'
  | 'file-unlisted'
  | 'standard-meta'
  | 'lms-runtime';

export interface PackageProblem {
  code: PackageProblemCode;
  message: string;
}

export type ManifestVersion = 'scorm12' | 'scorm2004';

const SCHEMA_VERSIONS: Readonly<Record<ManifestVersion, readonly string[]>> = {
  scorm12: ['1.2'],
  scorm2004: ['2004 4th Edition', '2004 3rd Edition', 'CAM 1.3'],
};

function describe(element: XmlElement): string {
  const id = element.attributes['identifier'];
  return id === undefined
    ? `<${element.name}> (line ${element.line})`
    : `${element.local} "${id}" (line ${element.line})`;
}

function titleOf(element: XmlElement): string {
  return childrenNamed(element, 'title')[0]?.text.trim() ?? '';
}

/** Joins xml:base values and an href the way an LMS resolves them. */
function resolveHref(bases: readonly (string | undefined)[], href: string): string {
  return hrefToPath([...bases.filter((b): b is string => !!b), href].join(''));
}

/**
 * Checks a manifest against the files of its package. `files` holds every path in the package (the manifest
 * itself included or not); `expected` is the standard the package is meant for, when known.
 */
export function checkPackage(
  manifestXml: string | undefined,
  files: ReadonlySet<string>,
  expected?: ManifestVersion,
): PackageProblem[] {
  if (manifestXml === undefined) {
    return [{ code: 'manifest-missing', message: 'imsmanifest.xml is not at the root of the package' }];
  }
  const parsed = parseXml(manifestXml);
  if (!parsed.ok) {
    return [
      { code: 'not-xml', message: `imsmanifest.xml is not well-formed XML: ${parsed.message} (line ${parsed.line})` },
    ];
  }
  const { root } = parsed;
  if (root.local !== 'manifest') {
    return [{ code: 'not-a-manifest', message: `the root element is <${root.name}>, not <manifest>` }];
  }
  const problems: PackageProblem[] = [];
  const report = (code: PackageProblemCode, message: string) => problems.push({ code, message });

  // Which SCORM version: the schemaversion says it; 1.2 and 2004 spell the SCO attribute differently.
  const metadata = childrenNamed(root, 'metadata')[0];
  const schemaversion = metadata ? (childrenNamed(metadata, 'schemaversion')[0]?.text.trim() ?? '') : '';
  const version: ManifestVersion | undefined = SCHEMA_VERSIONS.scorm12.includes(schemaversion)
    ? 'scorm12'
    : SCHEMA_VERSIONS.scorm2004.includes(schemaversion)
      ? 'scorm2004'
      : undefined;
  if (!version) {
    report(
      'schemaversion',
      schemaversion
        ? `<schemaversion> is "${schemaversion}", which is neither SCORM 1.2 ("1.2") nor SCORM 2004 ("2004 4th Edition")`
        : 'the manifest has no <metadata><schemaversion>, so an LMS cannot tell its SCORM version',
    );
  } else if (expected && version !== expected) {
    report(
      'schemaversion',
      `<schemaversion> is "${schemaversion}" but the package is meant for ${expected === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'}`,
    );
  }

  // Identifiers: valid XML IDs, unique in the whole manifest.
  const identified = [
    root,
    ...descendantsNamed(root, 'organization'),
    ...descendantsNamed(root, 'item'),
    ...descendantsNamed(root, 'resource'),
  ];
  const seen = new Map<string, XmlElement[]>();
  for (const element of identified) {
    const id = element.attributes['identifier'];
    if (id === undefined || id === '') {
      report('identifier-invalid', `<${element.name}> (line ${element.line}) has no identifier`);
      continue;
    }
    if (!isXmlId(id)) {
      report(
        'identifier-invalid',
        `identifier "${id}" of <${element.name}> (line ${element.line}) is not a valid XML ID: it must start with a letter or "_" and use only letters, digits, ".", "-" and "_"`,
      );
    }
    seen.set(id, [...(seen.get(id) ?? []), element]);
  }
  for (const [id, elements] of seen) {
    if (elements.length > 1) {
      report(
        'identifier-duplicate',
        `identifier "${id}" is used ${elements.length} times (lines ${elements.map((e) => e.line).join(', ')}); identifiers must be unique`,
      );
    }
  }

  // Organizations: one must exist and be the default; each organization and item needs a title.
  const organizationsElement = childrenNamed(root, 'organizations')[0];
  const organizations = organizationsElement ? childrenNamed(organizationsElement, 'organization') : [];
  if (organizations.length === 0) {
    report('no-organization', 'the manifest has no <organization>, so an LMS has nothing to show the learner');
  } else {
    const defaultId = organizationsElement?.attributes['default'];
    if (defaultId === undefined || defaultId === '') {
      report('default-organization', '<organizations> has no default attribute naming the default organization');
    } else if (!organizations.some((org) => org.attributes['identifier'] === defaultId)) {
      report('default-organization', `the default organization "${defaultId}" does not exist`);
    }
  }
  for (const element of [...organizations, ...organizations.flatMap((org) => descendantsNamed(org, 'item'))]) {
    if (titleOf(element) === '') report('title-missing', `${describe(element)} has no title`);
  }

  // Resources by identifier, with the xml:base each inherits.
  const resourcesElement = childrenNamed(root, 'resources')[0];
  const resources = resourcesElement ? childrenNamed(resourcesElement, 'resource') : [];
  const resourceById = new Map(resources.map((r) => [r.attributes['identifier'] ?? '', r] as const));
  const baseOf = (resource: XmlElement) => [resourcesElement?.attributes['xml:base'], resource.attributes['xml:base']];

  // Items: a leaf launches something, and what it names must exist and be launchable.
  const scormTypeAttribute = version === 'scorm2004' ? 'scormType' : 'scormtype';
  const launched = new Set<XmlElement>();
  for (const item of organizations.flatMap((org) => descendantsNamed(org, 'item'))) {
    const ref = item.attributes['identifierref'];
    const isLeaf = childrenNamed(item, 'item').length === 0;
    if (ref === undefined || ref === '') {
      if (isLeaf) report('leaf-item', `${describe(item)} launches nothing: a leaf item needs an identifierref`);
      continue;
    }
    const resource = resourceById.get(ref);
    if (!resource) {
      report('identifierref', `${describe(item)} refers to resource "${ref}", which does not exist`);
      continue;
    }
    launched.add(resource);
  }
  for (const resource of launched) {
    const type = attributeNamed(resource, scormTypeAttribute);
    if (version && type === undefined) {
      report('scormtype', `${describe(resource)} has no adlcp:${scormTypeAttribute}; an LMS needs "sco" or "asset"`);
    }
    const href = resource.attributes['href'];
    if (href === undefined || href === '') {
      report('launch-missing', `${describe(resource)} has no href, so an LMS cannot launch it`);
    } else if (!files.has(resolveHref(baseOf(resource), href))) {
      report(
        'launch-missing',
        `launch file "${resolveHref(baseOf(resource), href)}" of ${describe(resource)} is not in the package`,
      );
    }
  }

  // Files: the manifest and the zip must agree both ways.
  const listed = new Set<string>();
  for (const resource of resources) {
    for (const file of childrenNamed(resource, 'file')) {
      const href = file.attributes['href'];
      if (href === undefined || href === '') continue;
      const path = resolveHref(baseOf(resource), href);
      listed.add(path);
      if (!files.has(path))
        report(
          'file-missing',
          `file "${path}" is listed in the manifest (line ${file.line}) but is not in the package`,
        );
    }
  }
  for (const path of [...files].sort(compareCodeUnits)) {
    if (path !== 'imsmanifest.xml' && !listed.has(path)) {
      report('file-unlisted', `file "${path}" is in the package but not listed in the manifest`);
    }
  }
  return problems;
}
