/**
 * Helplines, reporting and take-down services shown in the Help panel, by country.
 * Every entry names its organisation, what it is for (a `purpose`, worded in the locale files under
 * `help.purpose.*`), how to reach it, and the source the entry was checked against
 * (../shared/content-guide.md, "Helplines and reporting"). Add a country only with a source for each entry.
 */
export type HelpPurpose =
  'emergency' | 'police-non-emergency' | 'child-helpline' | 'report-abuse' | 'report-online-harm' | 'take-down';

export interface HelpContact {
  organisation: string;
  purpose: HelpPurpose;
  /** A number to call, as people write it in that country. */
  phone?: string;
  /** A web address (https). */
  url?: string;
  /** Where this entry was checked. */
  source: string;
}

export interface CountryHelp {
  /** ISO 3166 code, or `fallback` for countries without an entry. */
  country: string;
  contacts: HelpContact[];
}

const EC_116 = 'https://digital-strategy.ec.europa.eu/en/policies/116-helplines';
const EC_112 = 'https://digital-strategy.ec.europa.eu/en/policies/112';

/** Take It Down (NCMEC) works for under-18s anywhere: the image never leaves the device, only its fingerprint. */
export const TAKE_IT_DOWN: HelpContact = {
  organisation: 'Take It Down (NCMEC)',
  purpose: 'take-down',
  url: 'https://takeitdown.ncmec.org',
  source: 'https://takeitdown.ncmec.org',
};

const childHelpline116111: HelpContact = {
  organisation: 'Child helpline',
  purpose: 'child-helpline',
  phone: '116 111',
  source: EC_116,
};
const emergency112: HelpContact = { organisation: 'Emergency', purpose: 'emergency', phone: '112', source: EC_112 };

/** Countries without an entry: the harmonised European child helpline and emergency numbers. */
export const FALLBACK_HELP: CountryHelp = {
  country: 'fallback',
  contacts: [childHelpline116111, emergency112, TAKE_IT_DOWN],
};

export const HELP_BY_COUNTRY: Readonly<Record<string, CountryHelp>> = {
  GB: {
    country: 'GB',
    contacts: [
      {
        organisation: 'Childline',
        purpose: 'child-helpline',
        phone: '0800 1111',
        url: 'https://www.childline.org.uk',
        source: 'https://www.childline.org.uk',
      },
      {
        organisation: 'CEOP Safety Centre',
        purpose: 'report-abuse',
        url: 'https://www.ceop.police.uk',
        source: 'https://www.ceop.police.uk',
      },
      {
        organisation: 'Report Remove (Childline and the IWF)',
        purpose: 'take-down',
        url: 'https://www.childline.org.uk/report-remove',
        source: 'https://www.childline.org.uk/report-remove',
      },
      TAKE_IT_DOWN,
      { organisation: 'Police', purpose: 'emergency', phone: '999', source: 'https://www.police.uk' },
      { organisation: 'Police', purpose: 'police-non-emergency', phone: '101', source: 'https://www.police.uk' },
    ],
  },
  IE: {
    country: 'IE',
    contacts: [
      {
        organisation: 'Childline by ISPCC',
        purpose: 'child-helpline',
        phone: '1800 66 66 66',
        url: 'https://www.childline.ie',
        source: 'https://www.childline.ie',
      },
      TAKE_IT_DOWN,
      { organisation: 'Emergency', purpose: 'emergency', phone: '112 / 999', source: EC_112 },
    ],
  },
  US: {
    country: 'US',
    contacts: [
      {
        organisation: 'NCMEC CyberTipline',
        purpose: 'report-abuse',
        phone: '1-800-843-5678',
        url: 'https://report.cybertip.org',
        source: 'https://report.cybertip.org',
      },
      TAKE_IT_DOWN,
      { organisation: 'Emergency', purpose: 'emergency', phone: '911', source: 'https://www.911.gov' },
    ],
  },
  AU: {
    country: 'AU',
    contacts: [
      {
        organisation: 'Kids Helpline',
        purpose: 'child-helpline',
        phone: '1800 55 1800',
        url: 'https://kidshelpline.com.au',
        source: 'https://kidshelpline.com.au',
      },
      {
        organisation: 'eSafety Commissioner',
        purpose: 'report-online-harm',
        url: 'https://www.esafety.gov.au/report',
        source: 'https://www.esafety.gov.au/report',
      },
      {
        organisation: 'ACCCE',
        purpose: 'report-abuse',
        url: 'https://www.accce.gov.au/report',
        source: 'https://www.accce.gov.au/report',
      },
      TAKE_IT_DOWN,
      { organisation: 'Emergency', purpose: 'emergency', phone: '000', source: 'https://www.triplezero.gov.au' },
    ],
  },
  CA: {
    country: 'CA',
    contacts: [
      {
        organisation: 'Kids Help Phone',
        purpose: 'child-helpline',
        phone: '1-800-668-6868',
        url: 'https://kidshelpphone.ca',
        source: 'https://kidshelpphone.ca',
      },
      {
        organisation: 'Cybertip.ca',
        purpose: 'report-abuse',
        url: 'https://www.cybertip.ca',
        source: 'https://www.cybertip.ca',
      },
      TAKE_IT_DOWN,
      { organisation: 'Emergency', purpose: 'emergency', phone: '911', source: 'https://www.cybertip.ca' },
    ],
  },
  DE: {
    country: 'DE',
    contacts: [
      {
        organisation: 'Nummer gegen Kummer',
        purpose: 'child-helpline',
        phone: '116 111',
        url: 'https://www.nummergegenkummer.de',
        source: 'https://www.nummergegenkummer.de',
      },
      TAKE_IT_DOWN,
      emergency112,
    ],
  },
  FR: {
    country: 'FR',
    contacts: [
      {
        organisation: 'e-Enfance / 3018',
        purpose: 'report-online-harm',
        phone: '3018',
        url: 'https://e-enfance.org',
        source: 'https://e-enfance.org',
      },
      {
        organisation: 'Allô Enfance en Danger',
        purpose: 'child-helpline',
        phone: '119',
        url: 'https://www.allo119.gouv.fr',
        source: 'https://www.allo119.gouv.fr',
      },
      TAKE_IT_DOWN,
      emergency112,
    ],
  },
  ES: {
    country: 'ES',
    contacts: [
      {
        organisation: 'Fundación ANAR',
        purpose: 'child-helpline',
        phone: '900 20 20 10',
        url: 'https://www.anar.org',
        source: 'https://www.anar.org',
      },
      { ...childHelpline116111, organisation: 'Fundación ANAR (116 111)' },
      TAKE_IT_DOWN,
      emergency112,
    ],
  },
};

/** The help to show for a country code; unknown or missing codes fall back to 116 111 / 112. */
export function helpFor(country: string | undefined): CountryHelp {
  return (country && HELP_BY_COUNTRY[country]) || FALLBACK_HELP;
}
