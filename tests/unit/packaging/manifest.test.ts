import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPackage } from '../../../src/packaging/check-package.ts';
import { buildScorm12Manifest } from '../../../src/packaging/scorm12-manifest.ts';
import { buildScorm2004Manifest, masteryToMeasure } from '../../../src/packaging/scorm2004-manifest.ts';
import { sampleInput, schemaValidator, warnSkipped } from './helpers.ts';

const filesOf = (input: typeof sampleInput) => new Set([...input.files, 'imsmanifest.xml']);
const temp = mkdtempSync(join(tmpdir(), 'speakup-manifest-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function validate(xml: string, name: string): { status: number | null; output: string } | undefined {
  const script = schemaValidator();
  if (!script) return undefined;
  const folder = join(temp, name);
  spawnSync('mkdir', ['-p', folder]);
  writeFileSync(join(folder, 'imsmanifest.xml'), xml);
  const run = spawnSync(script, [folder], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('SCORM 1.2 manifest', () => {
  const xml = buildScorm12Manifest(sampleInput);

  it('uses the 1.2 namespaces, schema version and SCO type', () => {
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).toContain('<organizations default="speak-up-org">');
  });

  it('puts the mastery score on the item only when a scored quiz is in the package', () => {
    expect(xml).toMatch(/<item [^>]*>\s*<title>[^<]*<\/title>\s*<adlcp:masteryscore>80<\/adlcp:masteryscore>/);
    expect(buildScorm12Manifest({ ...sampleInput, masteryScore: undefined })).not.toContain('masteryscore');
  });

  it('escapes text and lists every file, sorted and URL-encoded', () => {
    expect(xml).toContain('<title>Speak Up &amp; &quot;friends&quot; &lt;test&gt;</title>');
    const hrefs = [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      '_astro/a%20b%23c.css',
      '_astro/page.Xy34Zw.js',
      'index.html',
      'what-is-online-blackmail.html',
    ]);
  });

  it('passes the builder’s own checks', () => {
    expect(checkPackage(xml, filesOf(sampleInput), 'scorm12')).toEqual([]);
  });

  it('is valid against the official SCORM 1.2 schemas (with and without a pass mark)', () => {
    const scored = validate(xml, 'scorm12-scored');
    const unscored = validate(
      buildScorm12Manifest({ ...sampleInput, masteryScore: undefined, keywords: [] }),
      'scorm12',
    );
    if (!scored || !unscored) return warnSkipped('SCORM 1.2 schema validation');
    expect(scored.output).toContain('valid');
    expect(scored.status, scored.output).toBe(0);
    expect(unscored.status, unscored.output).toBe(0);
  });
});

describe('SCORM 2004 4th Edition manifest', () => {
  const xml = buildScorm2004Manifest(sampleInput);

  it('uses the 2004 namespaces, schema version and SCO type', () => {
    for (const ns of ['imscp_v1p1', 'adlcp_v1p3', 'adlseq_v1p3', 'adlnav_v1p3', 'imsss']) expect(xml).toContain(ns);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
    expect(xml).toContain('<lom xmlns="http://ltsc.ieee.org/xsd/LOM">');
  });

  it('expresses the pass mark as a primary objective satisfied by measure', () => {
    expect(xml).toContain('satisfiedByMeasure="true"');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    const unscored = buildScorm2004Manifest({ ...sampleInput, masteryScore: undefined });
    expect(unscored).not.toContain('primaryObjective');
    expect(unscored).toContain('completionSetByContent="true"');
  });

  it('turns whole percentages into exact measures', () => {
    expect([0, 7, 29, 80, 100].map(masteryToMeasure)).toEqual(['0', '0.07', '0.29', '0.8', '1']);
  });

  it('passes the builder’s own checks', () => {
    expect(checkPackage(xml, filesOf(sampleInput), 'scorm2004')).toEqual([]);
  });

  it('is valid against the official SCORM 2004 schemas (with and without a pass mark, other language)', () => {
    const scored = validate(xml, 'scorm2004-scored');
    const unscored = validate(
      buildScorm2004Manifest({ ...sampleInput, masteryScore: undefined, language: 'pt-BR', description: '' }),
      'scorm2004',
    );
    if (!scored || !unscored) return warnSkipped('SCORM 2004 schema validation');
    expect(scored.status, scored.output).toBe(0);
    expect(unscored.status, unscored.output).toBe(0);
  });
});
