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
 * An ending: its outcome, the debrief, what to do, the way to Help, and the choices made. Never a "game over": the
 * learner can go back one choice or start again.
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
      <Sub>{t('debriefTitle')}</Sub>
      <p>{props.debrief.join(' ')}</p>
      <Sub>{t('whatToDo')}</Sub>
      <ol className="scenario-what-to-do">
        {ending.whatToDo.map((message) => (
          <li key={message}>
            <strong>{core(message, 'title')}</strong> {core(message, 'text')}
          </li>
        ))}
      </ol>
      <p>{t('helpText')}</p>
      {props.afterThreat && <p className="scenario-crisis">{t('crisisText')}</p>}
      <p className="scenario-found">{t('endingsFound', { count: props.endingsFound, total: props.endingsTotal })}</p>
      <div className="scenario-ending-actions">
        <button type="button" className="scenario-button" aria-haspopup="dialog" data-help-open>
          {t('help')}
        </button>
        <button type="button" className="scenario-button secondary" onClick={props.onGoBack}>
          {t('goBack')}
        </button>
        <button type="button" className="scenario-button secondary" onClick={props.onTryAgain}>
          {t('tryAgain')}
        </button>
      </div>
      {steps.length > 0 && (
        <>
          <Sub>{t('yourChoices')}</Sub>
          <ol className="scenario-taken">
            {steps.map((step) => (
              <li key={step.shown.key}>
                <p>
                  <strong>{step.choice.text}</strong>
                </p>
                {props.showFeedback && <p>{step.choice.feedback}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
