import type { FeedbackNote, QuestionReview } from '../../quiz-engine/browser/review.ts';
import { answerText, type QuizText } from '../../quiz-engine/browser/quiz-texts.ts';
import { AnswerList } from './AnswerList.tsx';
import { Heading } from './Heading.tsx';

interface QuestionFeedbackProps {
  review: QuestionReview;
  /** "That's right" / "Not quite: here is why" after a check; "Right" / "Not quite" in the results. */
  title: string;
  /** A heading (focused after a check, so that it is read out); none in the results, where the prompt is one. */
  heading?: { level: number; id: string } | undefined;
  /** Show the learner's own order or matches beside the right ones (the results, where the inputs are gone). */
  showYours: boolean;
  t: QuizText;
}

function noteLabel(note: Exclude<FeedbackNote, { kind: 'general' }>, t: QuizText): string {
  const answer = answerText(note.answer, t);
  if (note.kind === 'chosen') return t('youChose', { answer });
  return t(note.kind === 'right-answer' ? 'rightAnswer' : 'alsoRight', { answer });
}

/** Why an answer is right or not, in the words of the quiz file. Right and wrong are said in words, not colour only. */
export function QuestionFeedback({ review, title, heading, showYours, t }: QuestionFeedbackProps) {
  const compare = review.compare;
  return (
    <div className={`quiz-feedback ${review.correct ? 'quiz-is-right' : 'quiz-is-wrong'}`}>
      {heading ? (
        <Heading level={heading.level} id={heading.id} tabIndex={-1} className="quiz-feedback-title">
          {title}
        </Heading>
      ) : (
        <p className="quiz-feedback-title">{title}</p>
      )}
      {review.notes.length === 0 && <p>{t('notAnswered')}</p>}
      <ul className="quiz-notes">
        {review.notes.map((note, index) => (
          <li key={index} className="quiz-note">
            {note.kind !== 'general' && (
              <p className="quiz-note-answer">
                {note.kind === 'chosen' && (
                  <span className={`quiz-mark ${note.right ? 'quiz-is-right' : 'quiz-is-wrong'}`}>
                    {t(note.right ? 'markRight' : 'markWrong')}
                  </span>
                )}{' '}
                {noteLabel(note, t)}
              </p>
            )}
            <p>{note.text}</p>
          </li>
        ))}
      </ul>
      {compare && (
        <div className="quiz-compare">
          {showYours && (
            <div>
              <p className="quiz-compare-title">{t(compare.kind === 'order' ? 'yourOrder' : 'yourMatches')}</p>
              <AnswerList lines={compare.yours} ordered={compare.kind === 'order'} t={t} />
            </div>
          )}
          <div>
            <p className="quiz-compare-title">{t(compare.kind === 'order' ? 'rightOrder' : 'rightMatches')}</p>
            <AnswerList lines={compare.right} ordered={compare.kind === 'order'} t={t} />
          </div>
        </div>
      )}
    </div>
  );
}
