import { useId } from 'react';
import type { Choice } from '../../scenario-engine/build/schema.ts';

interface ChoiceGroupProps {
  /** The group's id: focus comes here when the learner goes back, or after "Show the messages now". */
  id: string;
  heading: string;
  /** The node the choices belong to (a choice clicked before the chat could take it is kept with it). */
  node: string;
  /** In the order to show them, each with its index as written (what the machine's event uses). */
  choices: { index: number; choice: Choice }[];
  /** False while messages are still arriving: the choices are shown, but not yet available. */
  available: boolean;
  /** Said while the chat is loading; a choice clicked then is kept and taken once it has loaded (early-choices.ts). */
  loading?: string | undefined;
  onChoose: (index: number) => void;
}

/** The replies the learner can pick: a labelled group of buttons, on screen even while they cannot be taken yet. */
export function ChoiceGroup({ id, heading, node, choices, available, loading, onChoose }: ChoiceGroupProps) {
  const headingId = useId();
  return (
    <div
      id={id}
      className="scenario-choices"
      role="group"
      aria-labelledby={headingId}
      aria-busy={loading ? true : undefined}
      tabIndex={-1}
    >
      <p id={headingId} className="scenario-choices-heading">
        {heading}
      </p>
      <p className="scenario-loading" role="status">
        {loading}
      </p>
      <ul>
        {choices.map(({ index, choice }) => (
          <li key={index}>
            <button
              type="button"
              className="scenario-choice"
              data-chat-choice
              data-node={node}
              data-index={index}
              aria-disabled={available ? undefined : true}
              onClick={() => {
                if (available) onChoose(index);
              }}
            >
              {choice.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
