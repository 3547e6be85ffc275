import { useMemo } from 'react';
import type { QuizResponse } from '../../course-state/events.ts';
import type { QuestionView } from '../../quiz-engine/browser/quiz-view.ts';
import type { QuizText, QuizTextKey } from '../../quiz-engine/browser/quiz-texts.ts';
import type { Question } from '../../quiz-engine/build/schema.ts';
import { shuffledTargets } from '../../quiz-engine/browser/shuffle.ts';
import { ChoiceList } from './ChoiceList.tsx';
import type { QuizElementIds } from './element-ids.ts';
import { MatchingList } from './MatchingList.tsx';
import { QuestionFeedback } from './QuestionFeedback.tsx';
import { SequencingList } from './SequencingList.tsx';

interface QuestionCardProps {
  view: QuestionView;
  count: number;
  /** A knowledge check: a Check answer button, and feedback once checked. */
  checkable: boolean;
  /** The learner pressed Check answer before answering. */
  needsAnswer: boolean;
  /** Level of the feedback heading. */
  headingLevel: number;
  ids: QuizElementIds;
  t: QuizText;
  onChange: (response: QuizResponse) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onCheck: () => void;
}

const INSTRUCTIONS: Partial<Record<Question['type'], QuizTextKey>> = {
  'multiple-response': 'chooseAll',
  sequencing: 'sequencingHint',
  matching: 'matchingHint',
};

/** One question: a fieldset named by its prompt, holding its inputs, its Check answer button and its feedback. */
export function QuestionCard(props: QuestionCardProps) {
  const { view, count, checkable, needsAnswer, headingLevel, ids, t, onChange, onMove, onCheck } = props;
  const { question, response } = view;
  const instructions = INSTRUCTIONS[question.type];
  const describedBy = [instructions && ids.instructions(question.id), needsAnswer && ids.hint(question.id)]
    .filter(Boolean)
    .join(' ');
  const targets = useMemo(() => (question.type === 'matching' ? shuffledTargets(question) : []), [question]);

  let inputs;
  if (question.type === 'sequencing') {
    inputs = (
      <SequencingList
        question={question}
        response={response}
        t={t}
        moveId={(step, by) => ids.move(question.id, step, by)}
        onMove={onMove}
      />
    );
  } else if (question.type === 'matching') {
    inputs = (
      <MatchingList
        question={question}
        targets={targets}
        response={response}
        t={t}
        selectId={(source) => ids.input(question.id, source)}
        onChange={onChange}
      />
    );
  } else {
    const choices =
      question.type === 'true-false'
        ? [
            { id: 'true', text: t('true') },
            { id: 'false', text: t('false') },
          ]
        : question.options;
    inputs = (
      <ChoiceList
        multiple={question.type === 'multiple-response'}
        choices={choices}
        response={response}
        name={ids.question(question.id)}
        inputId={(choice) => ids.input(question.id, choice)}
        onChange={onChange}
      />
    );
  }

  return (
    <div className="quiz-question" id={ids.question(question.id)} data-question={question.id}>
      {count > 1 && <p className="quiz-question-number">{t('questionOf', { number: view.number, count })}</p>}
      <fieldset className="quiz-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="quiz-prompt">{question.prompt}</legend>
        {instructions && (
          <p id={ids.instructions(question.id)} className="quiz-instructions">
            {t(instructions)}
          </p>
        )}
        {inputs}
        {checkable && (
          <div className="quiz-actions">
            <button type="button" className="quiz-button" onClick={onCheck}>
              {t('check')}
            </button>
            {needsAnswer && (
              <p id={ids.hint(question.id)} className="quiz-hint">
                {t(question.type === 'matching' ? 'matchFirst' : 'chooseFirst')}
              </p>
            )}
          </div>
        )}
        {view.review && (
          <QuestionFeedback
            review={view.review}
            title={t(view.review.correct ? 'feedbackRight' : 'feedbackWrong')}
            heading={{ level: headingLevel, id: ids.feedback(question.id) }}
            showYours={false}
            t={t}
          />
        )}
      </fieldset>
    </div>
  );
}
