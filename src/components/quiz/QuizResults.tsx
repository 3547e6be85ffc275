import type { CoreMessageId } from '../../course-model/core-messages.ts';
import type { RevisitLink } from '../../course/where-taught.ts';
import type { QuizResults as Results } from '../../quiz-engine/browser/quiz-view.ts';
import type { QuizTexts } from '../../quiz-engine/browser/quiz-texts.ts';
import { Heading } from './Heading.tsx';
import { QuestionFeedback } from './QuestionFeedback.tsx';

interface QuizResultsProps {
  results: Results;
  /** Where each core message is taught: what to revisit links there. */
  revisit: Partial<Record<CoreMessageId, RevisitLink>>;
  /** This attempt finished the course. */
  finished: boolean;
  /** Level of the "Your results" heading. */
  headingLevel: number;
  headingId: string;
  texts: QuizTexts;
  onRetry: () => void;
}

function passText(results: Results, t: QuizTexts['t']): string {
  const { passed, masteryScore } = results;
  if (masteryScore === undefined) return t(passed ? 'passedNoMark' : 'notPassedNoMark');
  return t(passed ? 'passed' : 'notPassed', { mastery: masteryScore });
}

/**
 * The scored quiz once submitted, leading with what matters: the score and the pass, Try again right there, what to
 * go back to (links to the lessons), the course finished if it is; then every answer with its feedback.
 */
export function QuizResults({ results, revisit, finished, headingLevel, headingId, texts, onRetry }: QuizResultsProps) {
  const { t, coreTitle, shared } = texts;
  const sub = headingLevel + 1;
  return (
    <div className="quiz-results">
      <Heading level={headingLevel} id={headingId} tabIndex={-1} className="quiz-results-title">
        {t('resultsTitle')}
      </Heading>
      <p className="quiz-score">
        {t('score', { correct: results.correctCount, total: results.total, score: results.score })}
      </p>
      <p className={`quiz-pass ${results.passed ? 'quiz-is-right' : 'quiz-is-wrong'}`}>{passText(results, t)}</p>
      {results.attemptsAllowed > 0 && (
        <p>{t('attemptsUsed', { used: results.attemptsUsed, allowed: results.attemptsAllowed })}</p>
      )}
      <div className="quiz-actions">
        {results.canRetry ? (
          <>
            {!results.passed && <p>{t('retryIntro')}</p>}
            <button type="button" className="quiz-button" onClick={onRetry}>
              {t('tryAgain')}
            </button>
          </>
        ) : (
          !results.passed && <p>{t('noAttemptsLeft')}</p>
        )}
      </div>
      {finished && (
        <div className="quiz-finished">
          <Heading level={sub}>{shared('course.completeTitle')}</Heading>
          <p>{shared('course.completeText')}</p>
          <p>{shared('course.completeHelp')}</p>
          <button type="button" className="quiz-button quiz-button-secondary" aria-haspopup="dialog" data-help-open>
            {shared('help.open')}
          </button>
        </div>
      )}
      {results.revisit.length > 0 && (
        <div className="quiz-revisit">
          <Heading level={sub}>{t('revisitTitle')}</Heading>
          <p>{t('revisitIntro')}</p>
          <ul>
            {results.revisit.map((id) => {
              const link = revisit[id];
              return (
                <li key={id}>
                  {link ? (
                    <a href={link.page} data-astro-history="replace">
                      {t('revisitLink', { topic: coreTitle(id), lesson: link.title })}
                    </a>
                  ) : (
                    coreTitle(id)
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <Heading level={sub}>{t('answersTitle')}</Heading>
      <ol className="quiz-result-list">
        {results.questions.map(({ question, correct, review }) => (
          <li key={question.id} className="quiz-result">
            <Heading level={sub + 1} className="quiz-result-prompt">
              {question.prompt}
            </Heading>
            <QuestionFeedback review={review} title={t(correct ? 'statusRight' : 'statusWrong')} showYours t={t} />
          </li>
        ))}
      </ol>
    </div>
  );
}
