import type { Choice } from '../../scenario-engine/build/schema.ts';
import type { ScenarioText } from './texts.ts';

interface ChoiceFeedbackProps {
  id: string;
  choice: Choice;
  t: ScenarioText;
}

/** Calm, specific feedback on the choice just made, as a named region; focus comes here after each choice. */
export function ChoiceFeedback({ id, choice, t }: ChoiceFeedbackProps) {
  return (
    <section
      id={id}
      className={`scenario-feedback rating-${choice.rating}`}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
    >
      <p id={`${id}-title`} className="scenario-feedback-title">
        {t('feedbackTitle')}: <span className="scenario-rating">{t(`rating.${choice.rating}`)}</span>
      </p>
      <p>{choice.feedback}</p>
    </section>
  );
}
