import { manifestIds, organizationAndResource, type ManifestInput } from './manifest-input.ts';
import { xmlText } from './xml.ts';

const NS = {
  cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/** `0.8` for 80: the shortest decimal JavaScript prints is exact for every whole percentage. */
export function masteryToMeasure(masteryScore: number): string {
  return String(Math.round(masteryScore) / 100);
}

/**
 * `imsmanifest.xml` for SCORM 2004 4th Edition: one organization, one item, one SCO resource listing every file.
 * Metadata is inline IEEE LOM. The course sets its own completion and success (deliveryControls say so, or the
 * LMS would mark the SCO completed on exit whatever the learner did); a pass mark becomes a primary objective
 * satisfied by measure, so the LMS also judges `cmi.score.scaled` against it.
 */
export function buildScorm2004Manifest(input: ManifestInput): string {
  const ids = manifestIds(input.identifier);
  const lang = xmlText(input.language);
  const string = (text: string) => `<string language="${lang}">${xmlText(text)}</string>`;
  const objectives =
    input.masteryScore === undefined
      ? []
      : [
          '          <imsss:objectives>',
          `            <imsss:primaryObjective objectiveID="${ids.item}-passed" satisfiedByMeasure="true">`,
          `              <imsss:minNormalizedMeasure>${masteryToMeasure(input.masteryScore)}</imsss:minNormalizedMeasure>`,
          '            </imsss:primaryObjective>',
          '          </imsss:objectives>',
        ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlText(input.identifier)}" version="1.0"`,
    `  xmlns="${NS.cp}"`,
    `  xmlns:adlcp="${NS.adlcp}"`,
    `  xmlns:adlseq="${NS.adlseq}"`,
    `  xmlns:adlnav="${NS.adlnav}"`,
    `  xmlns:imsss="${NS.imsss}"`,
    `  xmlns:xsi="${NS.xsi}"`,
    `  xsi:schemaLocation="${NS.cp} imscp_v1p1.xsd ${NS.adlcp} adlcp_v1p3.xsd ${NS.adlseq} adlseq_v1p3.xsd ${NS.adlnav} adlnav_v1p3.xsd ${NS.imsss} imsss_v1p0.xsd ${NS.lom} lom.xsd">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    `    <lom xmlns="${NS.lom}">`,
    '      <general>',
    `        <title>${string(input.title)}</title>`,
    `        <language>${lang}</language>`,
    ...(input.description.trim() ? [`        <description>${string(input.description)}</description>`] : []),
    ...input.keywords.map((keyword) => `        <keyword>${string(keyword)}</keyword>`),
    '      </general>',
    '    </lom>',
    '  </metadata>',
    ...organizationAndResource(
      input,
      [
        '        <imsss:sequencing>',
        ...objectives,
        '          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
        '        </imsss:sequencing>',
      ],
      'adlcp:scormType',
    ),
  ];
  return lines.join('\n');
}
