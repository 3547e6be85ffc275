import type { ChatStep } from '../../scenario-engine/browser/chat-view.ts';
import type { Ending, EndingOutcome } from '../../scenario-engine/build/schema.ts';
import type { ScenarioText } from './texts.ts';

interface EndingPanelProps {
  id: string;
  ending: Ending;
  outcome: EndingOutcome;
  /** The debrief lines that apply to the way taken. */
  debrief: string[];
  steps: ChatStep[];
  /** `feedback: debrief`: the feedback on each choice is given here, at the end, rather than after each choice. */
  showFeedback: boolean;
  /** The way passed a threat: point to the crisis route in Help. */
  afterThreat: boolean;
  endingsFound: number;
  endingsTotal: number;
  headingLevel: number;
  t: ScenarioText;
  core: (id: string, part: 'title' | 'text') => string;
  onGoBack: () => void;
  onTryAgain: () => void;
}

/**
 * An ending, leading with what matters: its outcome and what happened, the take-aways, the way to Help, and the
 * buttons; the choices made, folded away below. Never a "game over": the learner can go back one choice or start
 * again.
 */
export function EndingPanel(props: EndingPanelProps) {
  const { id, ending, outcome, steps, t, core, headingLevel } = props;
  const Heading = `h${Math.min(6, headingLevel)}` as 'h3' | 'h4' | 'h5';
  const Sub = `h${Math.min(6, headingLevel + 1)}` as 'h4' | 'h5' | 'h6';
  return (
    <div className={`scenario-ending outcome-${outcome}`}>
      <Heading id={id} tabIndex={-1} className="scenario-ending-title">
        <span className="scenario-outcome">{t(`outcome.${outcome}`)}:</span> {ending.title}
      </Heading>
      <p className="scenario-debrief">{props.debrief.join(' ')}</p>
      <Sub className="scenario-ending-sub">{t('takeAways')}</Sub>
      <ul className="scenario-take-aways">
        {ending.whatToDo.map((message) => (
          <li key={message}>
            <strong>{core(message, 'title')}</strong> {core(message, 'text')}
          </li>
        ))}
      </ul>
      {props.afterThreat && <p className="scenario-crisis">{t('crisisText')}</p>}
      <div className="scenario-ending-actions">
        <button type="button" className="scenario-button" aria-haspopup="dialog" data-help-open>
          {t('help')}
        </button>
        <button type="button" className="scenario-button secondary" onClick={props.onTryAgain}>
          {t('tryAgain')}
        </button>
        <button type="button" className="scenario-button secondary" onClick={props.onGoBack}>
          {t('goBack')}
        </button>
      </div>
      <p className="scenario-found">{t('endingsFound', { count: props.endingsFound, total: props.endingsTotal })}</p>
      {steps.length > 0 && (
        <details className="scenario-taken">
          <summary>{t('yourChoices', { count: steps.length })}</summary>
          <ol>
            {steps.map((step) => (
              <li key={step.shown.key}>
                <p className="scenario-taken-choice">{step.choice.text}</p>
                {props.showFeedback && <p>{step.choice.feedback}</p>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
