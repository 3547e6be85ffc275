import { z } from 'zod';

/**
 * A country's helplines (`src/help/helplines/<country>.yaml`), as a schema: who a child can turn to, for what, how
 * to reach them, and the page each entry was checked against. What the Help panel and the lessons' `<Helpline />`
 * show comes only from these files (../shared/content-guide.md, "Helplines and reporting").
 */

/**
 * What a service is for. `crisis` is a suicide and self-harm crisis line; `talk` a child helpline; `report` the police
 * and the national reporting service or hotline for images of children; `remove` image removal; `emergency` the
 * emergency number.
 */
export const HELP_PURPOSES = ['crisis', 'talk', 'report', 'remove', 'emergency'] as const;
/** Every country with its own file must have these; `remove` only where a service exists. */
export const REQUIRED_PURPOSES = ['talk', 'crisis', 'report', 'emergency'] as const;
/** The file for schools that set no country: services that work anywhere, never one country's numbers. */
export const INTERNATIONAL = 'international';

const https = z.string().regex(/^https:\/\/[^\s]+$/, 'must be an https:// address');
const text = z.string().refine((value) => value.trim() !== '', 'must not be empty');

export const helpContactSchema = z.discriminatedUnion('way', [
  z.object({ way: z.literal('call'), number: text }).strict(),
  z
    .object({
      way: z.literal('text'),
      number: text,
      /** What to text, when the service asks for a keyword ("SHOUT"). */
      message: text.optional(),
    })
    .strict(),
  z.object({ way: z.literal('chat'), url: https }).strict(),
  z.object({ way: z.literal('web'), url: https }).strict(),
]);

export const helplineSchema = z
  .object({
    /** The organisation's or service's name, as it writes it. */
    organisation: text,
    purpose: z.enum(HELP_PURPOSES),
    /** One short sentence a 12-year-old understands, with facts only from the source. */
    summary: text,
    /** Who it is for, as the source says ("under 19"). */
    ages: text.optional(),
    /** When it is open, as the source says ("24 hours a day"). */
    hours: text.optional(),
    /** Ways to reach it, the most useful first. */
    contact: z.array(helpContactSchema).min(1, 'must list at least one way to reach the service'),
    /** The organisation's own page (or an official government page) the entry was checked against. */
    source: https,
    /** When it was checked (YYYY-MM-DD). */
    checked: z.union([z.string(), z.date()]).transform((value, context) => {
      const day = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
        context.addIssue({ code: 'custom', message: 'must be a date such as 2026-12-01' });
      }
      return day;
    }),
  })
  .strict();

export const countryHelpSchema = z
  .object({
    /** ISO 3166 code in capitals (the file's name), or `international`. */
    country: z
      .string()
      .regex(/^([A-Z]{2}|international)$/, 'must be a two-letter code such as "GB", or "international"'),
    /** The country's name as it reads after "in": "the United Kingdom", "Ireland". */
    name: text,
    entries: z.array(helplineSchema).min(1, 'must list at least one service'),
  })
  .strict();

export type HelpPurpose = (typeof HELP_PURPOSES)[number];
export type HelpContact = z.infer<typeof helpContactSchema>;
export type Helpline = z.infer<typeof helplineSchema>;
export type CountryHelp = z.infer<typeof countryHelpSchema>;
/** Every country's help, by code, `international` included. */
export type HelpDirectory = Readonly<Record<string, CountryHelp>>;
