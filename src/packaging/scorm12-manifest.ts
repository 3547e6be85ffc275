import { organizationAndResource, type ManifestInput } from './manifest-input.ts';
import { xmlText } from './xml.ts';

const NS = {
  cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/**
 * `imsmanifest.xml` for SCORM 1.2: one organization, one item, one SCO resource listing every file (a single SCO
 * is what every LMS handles the same way). Metadata is inline IMS MD 1.2.1 (no `adlcp:location` file to ship).
 */
export function buildScorm12Manifest(input: ManifestInput): string {
  const lang = xmlText(input.language);
  const langstring = (text: string) => `<imsmd:langstring xml:lang="${lang}">${xmlText(text)}</imsmd:langstring>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${xmlText(input.identifier)}" version="1.0"`,
    `  xmlns="${NS.cp}"`,
    `  xmlns:adlcp="${NS.adlcp}"`,
    `  xmlns:imsmd="${NS.imsmd}"`,
    `  xmlns:xsi="${NS.xsi}"`,
    `  xsi:schemaLocation="${NS.cp} imscp_rootv1p1p2.xsd ${NS.imsmd} imsmd_rootv1p2p1.xsd ${NS.adlcp} adlcp_rootv1p2.xsd">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '    <imsmd:lom>',
    '      <imsmd:general>',
    `        <imsmd:title>${langstring(input.title)}</imsmd:title>`,
    `        <imsmd:language>${lang}</imsmd:language>`,
    ...(input.description.trim()
      ? [`        <imsmd:description>${langstring(input.description)}</imsmd:description>`]
      : []),
    ...input.keywords.map((keyword) => `        <imsmd:keyword>${langstring(keyword)}</imsmd:keyword>`),
    '      </imsmd:general>',
    '    </imsmd:lom>',
    '  </metadata>',
    ...organizationAndResource(
      input,
      // 1.2 has no success status of its own: the LMS compares cmi.core.score.raw with this mark.
      input.masteryScore === undefined
        ? []
        : [`        <adlcp:masteryscore>${Math.round(input.masteryScore)}</adlcp:masteryscore>`],
      'adlcp:scormtype',
    ),
  ];
  return lines.join('\n');
}
