import type { Choice, ChoiceRating } from '../../scenario-engine/build/schema.ts';
import type { ScenarioText } from './texts.ts';

interface ChoiceFeedbackProps {
  id: string;
  choice: Choice;
  t: ScenarioText;
}

/** A calm mark for each rating: a tick, a caution sign, a stop hand; never red crosses or scores. */
const ICON_PATHS: Record<ChoiceRating, string> = {
  safe: 'M6 12.5l4 4 8-9',
  risky: 'M12 4l9 16H3z M12 10v4 M12 17v.5',
  unsafe: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M8 12h8',
};

/**
 * Calm, specific feedback on the choice just made, as a region named by its title; focus comes here after each
 * choice. The rating is said in words and shown by a mark, never by colour alone.
 */
export function ChoiceFeedback({ id, choice, t }: ChoiceFeedbackProps) {
  return (
    <section
      id={id}
      className={`scenario-feedback rating-${choice.rating}`}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
    >
      <p id={`${id}-title`} className="scenario-feedback-title">
        <svg
          className="scenario-rating-icon"
          viewBox="0 0 24 24"
          width="22"
          height="22"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d={ICON_PATHS[choice.rating]}
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span>
          {t('feedbackTitle')}: <span className="scenario-rating">{t(`rating.${choice.rating}`)}</span>
        </span>
      </p>
      <p>{choice.feedback}</p>
    </section>
  );
}
