import type { CoreMessageId } from '../../course-model/core-messages.ts';
import { format } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/index.ts';
import { messageLookup } from '../../i18n/lookup.ts';
import type englishQuizTexts from '../../i18n/en/quiz.json';
import type { AnswerLine } from './review.ts';

/** Keys of `src/i18n/en/quiz.json` (English is the reference: every language has exactly its keys). */
export type QuizTextKey = keyof typeof englishQuizTexts;

export type QuizText = (key: QuizTextKey, params?: Readonly<Record<string, string | number>>) => string;

export interface QuizTexts {
  /** `quiz.<key>`, with `{name}` parameters filled. */
  t: QuizText;
  /** The name of a core message (`core.<id>.title`). */
  coreTitle: (id: CoreMessageId) => string;
  /** A text the quiz shares with the rest of the course (`course.completeTitle`, `help.open`). */
  shared: (key: 'course.completeTitle' | 'course.completeText' | 'course.completeHelp' | 'help.open') => string;
}

/**
 * The quiz's interface text from the messages the page hands the island (`quiz.*` and `core.*`; see messageLookup
 * for a missing one). The core messages in `requiredCore` are looked up at once, so that the build, which never
 * renders the results screen, still finds a missing one.
 */
export function quizTexts(messages: Messages, requiredCore: readonly CoreMessageId[] = []): QuizTexts {
  const lookup = messageLookup(messages);
  const coreTitle = (id: CoreMessageId) => lookup(`core.${id}.title`);
  for (const id of requiredCore) coreTitle(id);
  return { t: (key, params = {}) => format(lookup(`quiz.${key}`), params), coreTitle, shared: (key) => lookup(key) };
}

/** One part of an answer in words: an option's text, "True", `Take It Down: Removes images`. */
export function answerText(line: AnswerLine, t: QuizText): string {
  switch (line.kind) {
    case 'text':
      return line.text;
    case 'truth':
      return t(line.value ? 'true' : 'false');
    case 'pair':
      return t('pair', { source: line.source, target: line.target ?? t('noMatch') });
  }
}
