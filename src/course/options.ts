import { z } from 'zod';
import { webAddressSchema } from '../content-source/web-address.ts';
import { AGE_BANDS, type AgeBand } from '../course-model/core-messages.ts';

/**
 * What a school or an author chooses when building a course or a package: which lessons, in which language,
 * for which country's helplines, with which pass mark. One schema for the config file (`speakup.config.json`),
 * the command line (`npm run package -- --country IE`) and the build (`SPEAKUP_OPTIONS`, set by the packager).
 */
export const buildOptionsSchema = z
  .object({
    /**
     * The age band the course is for: its lessons are the band's (each lesson names its bands), its start page and
     * title say it, and its shared texts are the band's. Default: the band of the lessons chosen, else 11-13.
     */
    band: z
      .enum(AGE_BANDS, { errorMap: () => ({ message: `must be an age band: ${AGE_BANDS.join(', ')}` }) })
      .optional(),
    /** Lesson ids, in course order, all of the band. Empty means every lesson of the band, in `order`. */
    lessons: z.array(z.string()).default([]),
    /** Language of the interface and the content; a locale file `src/i18n/<language>.json` must exist. */
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code such as "en" or "pt-BR"')
      .default('en'),
    /** ISO 3166 country code whose helplines the Help panel shows; unknown countries fall back to 116 111 / 112. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as "GB" or "IE"')
      .optional(),
    /** Pass mark of the scored quiz, 0-100 (SCORM 1.2 `adlcp:masteryscore`, 2004 `minNormalizedMeasure`). */
    masteryScore: z
      .number({ invalid_type_error: 'the pass mark must be a whole number from 0 to 100' })
      .int('the pass mark must be a whole number from 0 to 100')
      .min(0, 'the pass mark must be a whole number from 0 to 100')
      .max(100, 'the pass mark must be a whole number from 0 to 100 (it is a percentage)')
      .default(80),
    /** How many times a learner may submit a scored quiz; 0 means no limit. */
    quizAttempts: z
      .number({ invalid_type_error: 'the quiz attempts must be a whole number from 0 (no limit) to 9' })
      .int('the quiz attempts must be a whole number from 0 (no limit) to 9')
      .min(0, 'the quiz attempts must be a whole number from 0 (no limit) to 9')
      .max(9, 'the quiz attempts must be a whole number from 0 (no limit) to 9')
      .default(0),
    /** Send the ending of each scenario to the LMS (as interactions). Off by default: it is sensitive. */
    reportScenarioOutcomes: z.boolean().default(false),
    /** Course title shown to learners and in the LMS. */
    title: z.string().min(1).max(200).optional(),
    /** Package identifier: letters, digits, `-` and `_`, starting with a letter. */
    identifier: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'must start with a letter and use only letters, digits, "-" and "_"')
      .optional(),
    /** Where Quick exit goes: a page of the package (default `exit.html`) or an https:// address. */
    quickExitUrl: z
      .string()
      .regex(
        /^(https:\/\/\S+|[a-z0-9-]+\.html)$/,
        'must be an https:// address or a page of the package such as "exit.html"',
      )
      .default('exit.html'),
    /** The school's own contact, shown first in the Help panel. */
    schoolContact: z
      .object({
        name: z.string().trim().min(1, 'give the name of the person or team to contact').max(120),
        description: z.string().max(300).optional(),
        phone: z.string().max(40).optional(),
        url: webAddressSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type BuildOptionsInput = z.input<typeof buildOptionsSchema>;
export type BuildOptions = z.output<typeof buildOptionsSchema>;

/** The environment variable through which the packager hands a build its options (JSON). */
export const OPTIONS_ENV = 'SPEAKUP_OPTIONS';
/** The config file a school may keep at the project root. */
export const CONFIG_FILE = 'speakup.config.json';

/**
 * What a build of the course is made from: its band and its language, nothing a school chooses. Everything else is
 * read at run time from the package's options file (src/course-model/package-options.ts), so that one build of a
 * band serves every package made from it.
 */
export function bandBuildOptions(options: BuildOptions, band: AgeBand): BuildOptions {
  return buildOptionsSchema.parse({ band, language: options.language });
}
