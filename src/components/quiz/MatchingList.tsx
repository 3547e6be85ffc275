import type { QuizResponse } from '../../course-state/events.ts';
import { matchesOf, withMatch } from '../../quiz-engine/browser/responses.ts';
import type { MatchingQuestion, MatchTarget } from '../../quiz-engine/build/schema.ts';
import type { QuizText } from '../../quiz-engine/browser/quiz-texts.ts';

interface MatchingListProps {
  question: MatchingQuestion;
  /** The targets in the order every list offers them (shuffled, the same for every learner). */
  targets: readonly MatchTarget[];
  response: QuizResponse;
  t: QuizText;
  selectId: (source: string) => string;
  onChange: (response: QuizResponse) => void;
}

/** Each item with a native list of targets: works with a keyboard, a screen reader and a phone's own picker. */
export function MatchingList({ question, targets, response, t, selectId, onChange }: MatchingListProps) {
  const matches = matchesOf(response);
  return (
    <div className="quiz-matches">
      {question.sources.map((source) => (
        <div key={source.id} className="quiz-match">
          <label htmlFor={selectId(source.id)} className="quiz-match-source">
            {source.text}
          </label>
          <select
            id={selectId(source.id)}
            className="quiz-select"
            value={matches.get(source.id) ?? ''}
            onChange={(event) => onChange(withMatch(question, response, source.id, event.currentTarget.value))}
          >
            <option value="">{t('chooseMatch')}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}
