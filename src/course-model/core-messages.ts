/**
 * The core messages of the course, from ../shared/content-guide.md ("What children learn to do").
 * Scenario choices, endings and quiz questions name the message they practise by these ids;
 * the words of each message live in the locale files (`core.<id>.title` and `core.<id>.text`, in src/i18n/<language>/core.json).
 */
export const CORE_MESSAGES = [
  'stop-dont-pay',
  'keep-evidence',
  'tell-trusted-adult',
  'report-it',
  'take-it-down',
  'not-your-fault',
  'help-a-friend',
  'warning-signs',
] as const;

export type CoreMessageId = (typeof CORE_MESSAGES)[number];

/** Age bands of ../shared/content-guide.md. */
export const AGE_BANDS = ['7-10', '11-13', '14-18'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
