import type { Ending } from '../../scenario-engine/schema.ts';
import type { ChoiceTaken } from '../../scenario-engine/transcript.ts';
import type { ScenarioText } from './texts.ts';

interface EndingPanelProps {
  id: string;
  ending: Ending;
  /** The debrief lines that apply to the path taken. */
  debrief: string[];
  /** The path passed a threat: point to the crisis route in Help. */
  afterThreat: boolean;
  taken: ChoiceTaken[];
  endingsFound: number;
  endingsTotal: number;
  headingLevel: number;
  t: ScenarioText;
  core: (id: string, part: 'title' | 'text') => string;
  onGoBack: () => void;
  onTryAgain: () => void;
}

/**
 * An ending: its outcome, the debrief, the choices made with their feedback, what to do, and the way to Help.
 * Never a "game over": the learner can go back one choice or start again.
 */
export function EndingPanel(props: EndingPanelProps) {
  const { id, ending, taken, t, core, headingLevel } = props;
  const Heading = `h${Math.min(6, headingLevel)}` as 'h3' | 'h4' | 'h5';
  const Sub = `h${Math.min(6, headingLevel + 1)}` as 'h4' | 'h5' | 'h6';
  return (
    <div className={`scenario-ending outcome-${ending.outcome}`}>
      <Heading id={id} tabIndex={-1} className="scenario-ending-title">
        <span className="scenario-outcome">{t(`outcome.${ending.outcome}`)}:</span> {ending.title}
      </Heading>
      <Sub>{t('debriefTitle')}</Sub>
      <p>{props.debrief.join(' ')}</p>
      {taken.length > 0 && (
        <>
          <Sub>{t('yourChoices')}</Sub>
          <ol className="scenario-taken">
            {taken.map((choice, index) => (
              <li key={index}>
                <p>
                  <strong>{choice.text}</strong>
                </p>
                <p>{choice.feedback}</p>
              </li>
            ))}
          </ol>
        </>
      )}
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
    </div>
  );
}
