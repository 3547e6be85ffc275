import { describe, expect, it } from 'vitest';
import { checkPackage } from '../../../src/packaging/check-package.ts';
import { parseXml } from '../../../src/packaging/parse-xml.ts';
import { buildScorm12Manifest } from '../../../src/packaging/scorm12-manifest.ts';
import { sampleInput } from './helpers.ts';

const files = new Set(['index.html', 'a.js', 'imsmanifest.xml']);

/** A hand-written 1.2 manifest, so that each test breaks exactly one rule. */
function manifest({
  organizations = `<organizations default="org"><organization identifier="org"><title>Course</title>
      <item identifier="item" identifierref="sco"><title>Course</title></item></organization></organizations>`,
  resources = `<resources><resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/><file href="a.js"/></resource></resources>`,
  schemaversion = '1.2',
} = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="pkg" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>${schemaversion}</schemaversion></metadata>
  ${organizations}
  ${resources}
</manifest>`;
}

const messages = (xml: string | undefined, fileSet: ReadonlySet<string> = files) =>
  checkPackage(xml, fileSet, 'scorm12').map((p) => p.message);

describe('content-packaging checks', () => {
  it('accept a correct manifest', () => {
    expect(messages(manifest())).toEqual([]);
  });

  it('need a manifest and well-formed XML', () => {
    expect(messages(undefined)).toEqual(['imsmanifest.xml is not at the root of the package']);
    expect(messages('<manifest><organizations></manifest>')).toEqual([
      'imsmanifest.xml is not well-formed XML: end tag </manifest> does not close <organizations> (line 1) (line 1)',
    ]);
    expect(messages('<?xml version="1.0"?><package/>')).toEqual(['the root element is <package>, not <manifest>']);
  });

  it('check the schema version', () => {
    expect(messages(manifest({ schemaversion: '1.3' }))).toEqual([
      '<schemaversion> is "1.3", which is neither SCORM 1.2 ("1.2") nor SCORM 2004 ("2004 4th Edition")',
    ]);
    expect(messages(manifest({ schemaversion: '2004 4th Edition' }))[0]).toBe(
      '<schemaversion> is "2004 4th Edition" but the package is meant for SCORM 1.2',
    );
  });

  it('reject identifiers that are not XML IDs, and duplicates', () => {
    const xml = manifest({
      organizations: `<organizations default="org"><organization identifier="org"><title>Course</title>
      <item identifier="1st item" identifierref="sco"><title>One</title></item>
      <item identifier="org" identifierref="sco"><title>Two</title></item></organization></organizations>`,
    });
    expect(messages(xml)).toEqual([
      'identifier "1st item" of <item> (line 5) is not a valid XML ID: it must start with a letter or "_" and use only letters, digits, ".", "-" and "_"',
      'identifier "org" is used 2 times (lines 4, 6); identifiers must be unique',
    ]);
  });

  it('need an organization, and the default one must exist', () => {
    expect(messages(manifest({ organizations: '<organizations/>' }))).toEqual([
      'the manifest has no <organization>, so an LMS has nothing to show the learner',
    ]);
    const wrongDefault = manifest().replace('default="org"', 'default="main"');
    expect(messages(wrongDefault)).toEqual(['the default organization "main" does not exist']);
    const noDefault = manifest().replace(' default="org"', '');
    expect(messages(noDefault)).toEqual(['<organizations> has no default attribute naming the default organization']);
  });

  it('need titles on organizations and items', () => {
    const xml = manifest().replace('<title>Course</title>', '').replace('<title>Course</title>', '<title> </title>');
    expect(messages(xml)).toEqual(['organization "org" (line 4) has no title', 'item "item" (line 5) has no title']);
  });

  it('resolve every identifierref and need leaf items to launch something', () => {
    const xml = manifest({
      organizations: `<organizations default="org"><organization identifier="org"><title>Course</title>
      <item identifier="item" identifierref="nowhere"><title>One</title></item>
      <item identifier="empty"><title>Two</title></item></organization></organizations>`,
    });
    expect(messages(xml)).toEqual([
      'item "item" (line 5) refers to resource "nowhere", which does not exist',
      'item "empty" (line 6) launches nothing: a leaf item needs an identifierref',
    ]);
  });

  it('need the SCO type and a launch file that is in the package', () => {
    const xml = manifest({
      resources: `<resources><resource identifier="sco" type="webcontent" href="start.html">
      <file href="index.html"/><file href="a.js"/></resource></resources>`,
    });
    expect(messages(xml)).toEqual([
      'resource "sco" (line 6) has no adlcp:scormtype; an LMS needs "sco" or "asset"',
      'launch file "start.html" of resource "sco" (line 6) is not in the package',
    ]);
  });

  it('match the listed files with the package, both ways', () => {
    expect(messages(manifest(), new Set(['index.html', 'b.js']))).toEqual([
      'file "a.js" is listed in the manifest (line 7) but is not in the package',
      'file "b.js" is in the package but not listed in the manifest',
    ]);
  });

  it('decode hrefs and honour xml:base', () => {
    const xml = buildScorm12Manifest({ ...sampleInput, files: ['index.html', 'fonts/a b.woff2'] });
    expect(checkPackage(xml, new Set(['index.html', 'fonts/a b.woff2']), 'scorm12')).toEqual([]);
    const based = manifest({
      resources: `<resources xml:base="course/"><resource identifier="sco" adlcp:scormtype="sco" type="webcontent" href="index.html">
      <file href="index.html"/></resource></resources>`,
    });
    expect(messages(based, new Set(['course/index.html']))).toEqual([]);
  });
});

describe('the XML reader', () => {
  it('reads elements, attributes, entities and lines', () => {
    const result = parseXml(
      '<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &amp; 2"><b>t&lt;<![CDATA[<raw>]]></b>\n<c/></a>',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.root.attributes).toEqual({ x: '1 & 2' });
    expect(result.root.children.map((c) => [c.name, c.text, c.line])).toEqual([
      ['b', 't<<raw>', 3],
      ['c', '', 4],
    ]);
  });

  it('says where a file breaks', () => {
    expect(parseXml('<a>\n<b>\n</a>')).toEqual({
      ok: false,
      message: 'end tag </a> does not close <b> (line 2)',
      line: 3,
    });
    expect(parseXml('<a>')).toEqual({ ok: false, message: '<a> is never closed', line: 1 });
    expect(parseXml('<a x="1" x="2"/>')).toMatchObject({ ok: false, message: 'attribute "x" repeated on <a>' });
  });
});
