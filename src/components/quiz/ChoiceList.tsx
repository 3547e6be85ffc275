import type { QuizResponse } from '../../course-state/events.ts';
import { withToggled } from '../../quiz-engine/browser/responses.ts';

export interface Choice {
  id: string;
  text: string;
}

interface ChoiceListProps {
  /** Radio buttons for one answer, checkboxes for several. */
  multiple: boolean;
  choices: readonly Choice[];
  response: QuizResponse;
  /** Shared by the radio buttons of one question. */
  name: string;
  inputId: (choice: string) => string;
  onChange: (response: QuizResponse) => void;
}

/** Single choice, true/false (radio buttons) and multiple response (checkboxes): native inputs, whole row clickable. */
export function ChoiceList({ multiple, choices, response, name, inputId, onChange }: ChoiceListProps) {
  return (
    <div className="quiz-choices">
      {choices.map((choice) => (
        <label key={choice.id} className="quiz-choice" htmlFor={inputId(choice.id)}>
          <input
            id={inputId(choice.id)}
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={choice.id}
            checked={response.includes(choice.id)}
            onChange={(event) =>
              onChange(multiple ? withToggled(response, choice.id, event.currentTarget.checked) : [choice.id])
            }
          />
          <span>{choice.text}</span>
        </label>
      ))}
    </div>
  );
}
