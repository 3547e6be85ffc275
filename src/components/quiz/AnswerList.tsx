import type { AnswerLine } from '../../quiz-engine/browser/review.ts';
import { answerText, type QuizText } from '../../quiz-engine/browser/quiz-texts.ts';

interface AnswerListProps {
  lines: readonly AnswerLine[];
  /** A numbered list, for an order. */
  ordered: boolean;
  t: QuizText;
}

export function AnswerList({ lines, ordered, t }: AnswerListProps) {
  const items = lines.map((line, index) => <li key={index}>{answerText(line, t)}</li>);
  return ordered ? <ol className="quiz-answer-list">{items}</ol> : <ul className="quiz-answer-list">{items}</ul>;
}
