import { valueAt } from '../content-source/data-path.ts';
import { issueMessage } from '../content-source/schema-problems.ts';
import { buildOptionsSchema, type BuildOptionsInput } from '../course/options.ts';
import { PlanError, planPackages, type CourseCatalog, type PackageScope, type PlannedPackage } from './package-plan.ts';
import { isPackageStandard } from './standards.ts';

/** What a teacher chooses in the teacher site's package builder, as the form gives it (all text). */
export interface PackageChoices {
  band: string;
  /** `course`: the band's whole course; `lessons`: only the lessons ticked. */
  scope: 'course' | 'lessons';
  lessons: string[];
  country: string;
  language: string;
  masteryScore: string;
  quizAttempts: string;
  reportScenarioOutcomes: boolean;
  standard: string;
  schoolContact: { name: string; description: string; phone: string; url: string };
}

/** The form's fields, by the name each has in the form (and in PackageChoices; `schoolContact.name` for parts). */
export type ChoiceField =
  | 'band'
  | 'lessons'
  | 'country'
  | 'language'
  | 'masteryScore'
  | 'quizAttempts'
  | 'standard'
  | 'schoolContact.name'
  | 'schoolContact.description'
  | 'schoolContact.phone'
  | 'schoolContact.url';

export interface ChoiceProblem {
  field: ChoiceField;
  message: string;
}

export type ChosenPackage =
  { ok: true; scope: PackageScope; planned: PlannedPackage } | { ok: false; problems: ChoiceProblem[] };

const FIELDS = new Set<string>([
  'band',
  'lessons',
  'country',
  'language',
  'masteryScore',
  'quizAttempts',
  'standard',
  'schoolContact.name',
  'schoolContact.description',
  'schoolContact.phone',
  'schoolContact.url',
]);

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?)/]$/.test(text) ? '' : '.');
const number = (text: string) => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text.trim() === '' ? NaN : text);

/**
 * The package a teacher's choices make, checked with the options schema the command line uses and planned by the
 * same plan (src/packaging/package-plan.ts), so that the builder's zip is the command line's; or every problem, each
 * with the field it belongs beside, in a sentence that says what to do.
 */
export function choosePackage(choices: PackageChoices, catalog: CourseCatalog): ChosenPackage {
  const problems: ChoiceProblem[] = [];
  const contact = choices.schoolContact;
  const hasContact = [contact.name, contact.description, contact.phone, contact.url].some((v) => v.trim() !== '');
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  const country = choices.country.trim().toUpperCase();
  const input: BuildOptionsInput = {
    band: choices.band as BuildOptionsInput['band'],
    lessons: choices.scope === 'lessons' ? choices.lessons : [],
    language: choices.language,
    ...(country !== '' ? { country } : {}),
    masteryScore: number(choices.masteryScore) as number,
    quizAttempts: number(choices.quizAttempts) as number,
    reportScenarioOutcomes: choices.reportScenarioOutcomes,
    ...(hasContact
      ? {
          schoolContact: {
            name: contact.name.trim(),
            ...(optional(contact.description) ? { description: optional(contact.description) } : {}),
            ...(optional(contact.phone) ? { phone: optional(contact.phone) } : {}),
            ...(optional(contact.url) ? { url: optional(contact.url) } : {}),
          },
        }
      : {}),
  };
  if (choices.band === '') problems.push({ field: 'band', message: 'Choose the age band of the course.' });
  if (choices.scope === 'lessons' && choices.lessons.length === 0) {
    problems.push({ field: 'lessons', message: 'Tick at least one lesson, or choose the whole course.' });
  }
  if (!isPackageStandard(choices.standard)) {
    problems.push({ field: 'standard', message: "Choose your LMS's standard: SCORM 1.2, SCORM 2004 or web." });
  }
  const parsed = buildOptionsSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.filter((p) => typeof p === 'string').join('.');
      if (!FIELDS.has(field) || problems.some((p) => p.field === field)) continue;
      problems.push({
        field: field as ChoiceField,
        message: sentence(issueMessage(issue, valueAt(input, issue.path))),
      });
    }
  }
  if (country !== '' && !problems.some((p) => p.field === 'country')) {
    if (!catalog.countries.some((c) => c.code === country)) {
      problems.push({
        field: 'country',
        message: `There are no helplines for "${country}" in the course: choose one of ${catalog.countries.map((c) => c.code).join(', ')}, or leave it empty for the routes that work anywhere.`,
      });
    }
  }
  if (!problems.some((p) => p.field === 'language') && !catalog.languages.includes(choices.language)) {
    problems.push({
      field: 'language',
      message: `The course has no text in "${choices.language}": choose ${catalog.languages.join(' or ')}.`,
    });
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };

  let scopes: PackageScope[];
  try {
    scopes = planPackages(parsed.data, catalog);
  } catch (error) {
    if (!(error instanceof PlanError)) throw error;
    return { ok: false, problems: [{ field: 'lessons', message: sentence(error.message) }] };
  }
  // The first scope is the course of the band (or of the lessons ticked); the others are its lessons one by one.
  const scope = scopes[0];
  const planned = scope?.packages.find((p) => p.standard === choices.standard);
  if (!scope || !planned) return { ok: false, problems: [{ field: 'standard', message: 'No such package.' }] };
  return { ok: true, scope, planned };
}
