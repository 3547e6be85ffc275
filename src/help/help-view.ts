import type { CountryHelp, HelpContact, HelpDirectory, Helpline, HelpPurpose } from './helpline-schema.ts';
import { INTERNATIONAL } from './helpline-schema.ts';

/**
 * What the Help panel and `<Helpline />` show, decided once: which services of a country serve a purpose, how each
 * way of reaching them is linked and worded. Pure, so it is tested without rendering.
 */

export type HelpText = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** A country's services for one purpose, in file order. */
export function servicesFor(help: CountryHelp, purpose: HelpPurpose): Helpline[] {
  return help.entries.filter((entry) => entry.purpose === purpose);
}

/** The variants a page renders, the international one last: the course shows the one for the school's country. */
export function countryVariants(directory: HelpDirectory): CountryHelp[] {
  const countries = Object.values(directory).filter((help) => help.country !== INTERNATIONAL);
  countries.sort((a, b) => a.country.localeCompare(b.country, 'en'));
  const international = directory[INTERNATIONAL];
  return international ? [...countries, international] : countries;
}

/** Digits and a leading `+` only: what `tel:` and `sms:` links take. */
const dialable = (number: string) => number.replace(/[^\d+]/g, '');

export function contactHref(contact: HelpContact): string {
  switch (contact.way) {
    case 'call':
      return `tel:${dialable(contact.number)}`;
    case 'text':
      return `sms:${dialable(contact.number)}${contact.message ? `?body=${encodeURIComponent(contact.message)}` : ''}`;
    case 'chat':
    case 'web':
      return contact.url;
  }
}

/** Whether the link leaves the course (a new tab), rather than starting a call or a text. */
export const opensPage = (contact: HelpContact) => contact.way === 'chat' || contact.way === 'web';

/** The words of a contact link in the Help panel ("Call 0800 1111", "Text SHOUT to 85258"). */
export function contactLabel(contact: HelpContact, organisation: string, t: HelpText): string {
  switch (contact.way) {
    case 'call':
      return t('help.call', { number: contact.number });
    case 'text':
      return contact.message
        ? t('help.textMessage', { number: contact.number, message: contact.message })
        : t('help.text', { number: contact.number });
    case 'chat':
      return t('help.chat', { organisation });
    case 'web':
      return t('help.web', { organisation });
  }
}

/** The same, inside a sentence ("call 0800 1111", "its website"). */
export function inlineContactLabel(contact: HelpContact, t: HelpText): string {
  switch (contact.way) {
    case 'call':
      return t('help.contactCall', { number: contact.number });
    case 'text':
      return contact.message
        ? t('help.contactTextMessage', { number: contact.number, message: contact.message })
        : t('help.contactText', { number: contact.number });
    case 'chat':
    case 'web':
      return t('help.contactOnline');
  }
}
