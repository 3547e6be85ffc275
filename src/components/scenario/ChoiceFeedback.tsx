import type { ChoiceTaken } from '../../scenario-engine/transcript.ts';
import type { ScenarioText } from './texts.ts';

interface ChoiceFeedbackProps {
  id: string;
  taken: ChoiceTaken;
  t: ScenarioText;
}

/** Calm, specific feedback on the choice just made; focus comes here after each choice. */
export function ChoiceFeedback({ id, taken, t }: ChoiceFeedbackProps) {
  return (
    <div id={id} className={`scenario-feedback rating-${taken.rating}`} tabIndex={-1}>
      <p className="scenario-feedback-title">
        {t('feedbackTitle')}: <span className="scenario-rating">{t(`rating.${taken.rating}`)}</span>
      </p>
      <p>{taken.feedback}</p>
    </div>
  );
}
