import { useId } from 'react';
import type { Choice } from '../../scenario-engine/schema.ts';

interface ChoiceGroupProps {
  heading: string;
  choices: Choice[];
  onChoose: (index: number) => void;
}

/** The replies the learner can pick: a labelled group of buttons. */
export function ChoiceGroup({ heading, choices, onChoose }: ChoiceGroupProps) {
  const headingId = useId();
  return (
    <div className="scenario-choices" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="scenario-choices-heading">
        {heading}
      </p>
      <ul>
        {choices.map((choice, index) => (
          <li key={index}>
            <button type="button" className="scenario-choice" onClick={() => onChoose(index)}>
              {choice.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
