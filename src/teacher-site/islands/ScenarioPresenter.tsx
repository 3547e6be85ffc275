import { useMemo, useState } from 'react';
import { initialTransition, transition } from 'xstate';
import type { Scenario } from '../../scenario-engine/build/schema.ts';
import { choiceEvent, compileScenario, type ChatSnapshot } from '../../scenario-engine/browser/chat-machine.ts';
import { chatView, type ChatEntry } from '../../scenario-engine/browser/chat-view.ts';
import { debriefFor } from '../../scenario-engine/browser/debrief.ts';
import { scriptOrder } from '../scenario-script.ts';

/**
 * A chat for the classroom board: the same machine as the course (where a choice leads is decided there), one step at
 * a time, large, with the class's votes counted on screen. Nothing is reported, tracked or stored: the machine is only
 * stepped (xstate's pure `transition`), so its report actions never run, and the votes live in this page alone.
 */
interface Props {
  scenario: Scenario;
  /** The words of each core message for the band: what the ending's take-aways say. */
  messages: Record<string, { title: string; text: string }>;
}

const LETTERS = 'ABCD';
const OUTCOME = { safe: 'Safe', 'partly-safe': 'Partly safe', unsafe: 'Not safe yet' } as const;

export default function ScenarioPresenter({ scenario, messages }: Props) {
  const machine = useMemo(() => compileScenario(scenario), [scenario]);
  const start = useMemo(() => initialTransition(machine, {})[0], [machine]);
  const [snapshot, setSnapshot] = useState<ChatSnapshot>(start);
  const [votes, setVotes] = useState<Record<number, number>>({});
  // After a choice, its feedback shows first; the replies and the next choices come when the teacher moves on.
  const [showingFeedback, setShowingFeedback] = useState(false);
  const view = chatView(scenario, snapshot);
  // Steps are numbered as the printed script numbers them, so a teacher can follow it.
  const steps = useMemo(() => scriptOrder(scenario).nodes, [scenario]);
  const names = (from: string) => scenario.characters[from]?.name ?? from;
  const last = view.steps.at(-1);
  const shown: ChatEntry[] = last ? last.replies : view.opening;

  const choose = (index: number) => {
    setSnapshot(transition(machine, snapshot, choiceEvent(index))[0]);
    setVotes({});
    setShowingFeedback(true);
  };
  const restart = () => {
    setSnapshot(start);
    setVotes({});
    setShowingFeedback(false);
  };
  const vote = (index: number, by: number) =>
    setVotes((current) => ({ ...current, [index]: Math.max(0, (current[index] ?? 0) + by) }));

  const entry = (e: ChatEntry) =>
    e.kind === 'message' ? (
      <p key={e.key} className={e.mine ? 'present-message mine' : 'present-message'}>
        <strong>{names(e.from)}:</strong> {e.text}
        {e.attachment && <span className="present-attachment"> (attachment: {e.attachment})</span>}
      </p>
    ) : (
      <p key={e.key} className="present-note">
        {e.text}
      </p>
    );

  return (
    <section className="presenter" aria-label={`Presenting “${scenario.title}”`}>
      <p className="present-step" aria-live="polite">
        {view.at.kind === 'ending' && !showingFeedback
          ? 'The end'
          : `Step ${steps.indexOf(showingFeedback && last ? last.node : view.at.id) + 1} of the script`}
      </p>
      {showingFeedback && last ? (
        <div className="present-feedback">
          <h2 tabIndex={-1} ref={(h) => h?.focus()}>
            The class chose: {last.choice.text}
          </h2>
          {last.shown.kind !== 'picked' && entry(last.shown)}
          <p className={`present-rating rating-${last.choice.rating}`}>
            {last.choice.rating === 'safe'
              ? 'A safe choice'
              : last.choice.rating === 'risky'
                ? 'A risky choice'
                : 'Not a safe choice'}
          </p>
          <p>{last.choice.feedback}</p>
          <button type="button" className="button" onClick={() => setShowingFeedback(false)}>
            See what happens next
          </button>
        </div>
      ) : (
        <>
          <div className="present-chat">{shown.map(entry)}</div>
          {view.at.kind === 'node' ? (
            <>
              <h2 tabIndex={-1}>
                What should{' '}
                {
                  scenario.characters[
                    Object.keys(scenario.characters).find((id) => scenario.characters[id]?.role === 'learner') ?? ''
                  ]?.name
                }{' '}
                do?
              </h2>
              <ol className="present-choices">
                {view.at.choices.map(({ index, choice }, position) => (
                  <li key={index}>
                    <span className="present-choice-text">
                      {LETTERS[position]}. {choice.text}
                    </span>
                    <span className="present-votes">
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() => vote(index, -1)}
                        aria-label={`One vote fewer for ${LETTERS[position]}`}
                      >
                        −
                      </button>
                      <output aria-label={`Votes for ${LETTERS[position]}`}>{votes[index] ?? 0}</output>
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() => vote(index, 1)}
                        aria-label={`One vote more for ${LETTERS[position]}`}
                      >
                        +
                      </button>
                    </span>
                    <button type="button" className="button" onClick={() => choose(index)}>
                      Go with {LETTERS[position]}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          ) : (
            <div className="present-ending">
              <h2 tabIndex={-1} ref={(h) => h?.focus()}>
                {view.at.ending.title}
              </h2>
              <p className={`present-rating outcome-${view.at.outcome}`}>{OUTCOME[view.at.outcome]}</p>
              {debriefFor(view.at.ending, view.trace).map((line) => (
                <p key={line}>{line}</p>
              ))}
              <h3>What to do</h3>
              <ul>
                {view.at.ending.whatToDo.map((m) => (
                  <li key={m}>
                    <strong>{messages[m]?.title}.</strong> {messages[m]?.text}
                  </li>
                ))}
              </ul>
              <button type="button" className="button" onClick={restart}>
                Play again from the start
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
