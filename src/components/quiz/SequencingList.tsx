import type { QuizResponse } from '../../course-state/events.ts';
import type { SequencingQuestion } from '../../quiz-engine/build/schema.ts';
import type { QuizText } from '../../quiz-engine/browser/quiz-texts.ts';

interface SequencingListProps {
  question: SequencingQuestion;
  /** Step ids in the learner's current order. */
  response: QuizResponse;
  t: QuizText;
  moveId: (step: string, by: -1 | 1) => string;
  onMove: (index: number, by: -1 | 1) => void;
}

/**
 * The steps in the learner's order, each with Move up / Move down buttons (no dragging: WCAG 2.5.7). A button that
 * cannot move its step stays focusable (aria-disabled), so focus never drops to the page when a step reaches an end.
 */
export function SequencingList({ question, response, t, moveId, onMove }: SequencingListProps) {
  return (
    <ol className="quiz-steps">
      {response.map((id, index) => {
        const step = question.steps.find((s) => s.id === id);
        if (!step) return null;
        return (
          <li key={id} className="quiz-step">
            <span className="quiz-step-text">{step.text}</span>
            <span className="quiz-step-moves">
              <button
                type="button"
                id={moveId(id, -1)}
                className="quiz-button quiz-button-secondary"
                aria-label={t('moveUpLabel', { step: step.text })}
                aria-disabled={index === 0 || undefined}
                onClick={() => onMove(index, -1)}
              >
                {t('moveUp')}
              </button>
              <button
                type="button"
                id={moveId(id, 1)}
                className="quiz-button quiz-button-secondary"
                aria-label={t('moveDownLabel', { step: step.text })}
                aria-disabled={index === response.length - 1 || undefined}
                onClick={() => onMove(index, 1)}
              >
                {t('moveDown')}
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
