import type { QuizResponse } from '../../course-state/events.ts';
import { correctResponse, matchesOf } from './responses.ts';
import { scoreQuestion } from './scoring.ts';
import type { Question } from '../build/schema.ts';

/** One part of an answer as the learner reads it; `truth` and `pair` are put into words by the interface. */
export type AnswerLine =
  | { kind: 'text'; text: string }
  | { kind: 'truth'; value: boolean }
  | { kind: 'pair'; source: string; target: string | undefined };

/**
 * A piece of feedback. `chosen`: about an answer the learner chose; `right-answer`: the right answer of a
 * single-choice question the learner missed; `also-right`: a right option of a multiple-response question they did
 * not choose; `general`: about the answer as a whole (sequencing, matching).
 */
export type FeedbackNote =
  | { kind: 'chosen' | 'right-answer' | 'also-right'; answer: AnswerLine; right: boolean; text: string }
  | { kind: 'general'; text: string };

export interface QuestionReview {
  correct: boolean;
  notes: FeedbackNote[];
  /**
   * For an order or a set of matches that was wrong: the learner's answer and the right one, side by side. Choice
   * questions need none, their notes already name the right answer.
   */
  compare?: { kind: 'order' | 'matches'; yours: AnswerLine[]; right: AnswerLine[] } | undefined;
}

/** The learner's response in words. */
export function answerLines(question: Question, response: QuizResponse): AnswerLine[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-response':
      return question.options.filter((o) => response.includes(o.id)).map((o) => ({ kind: 'text', text: o.text }));
    case 'true-false':
      return response.slice(0, 1).map((value) => ({ kind: 'truth', value: value === 'true' }));
    case 'sequencing':
      return response.flatMap((id) => {
        const step = question.steps.find((s) => s.id === id);
        return step ? [{ kind: 'text', text: step.text } as const] : [];
      });
    case 'matching': {
      const matches = matchesOf(response);
      return question.sources.map((source) => ({
        kind: 'pair',
        source: source.text,
        target: question.targets.find((t) => t.id === matches.get(source.id))?.text,
      }));
    }
  }
}

/** Why the learner's answer is right or not, from the texts of the quiz file. */
export function reviewQuestion(question: Question, response: QuizResponse): QuestionReview {
  const correct = scoreQuestion(question, response);
  switch (question.type) {
    case 'single-choice':
    case 'multiple-response': {
      const right = new Set(correctResponse(question));
      const missed = question.type === 'single-choice' ? 'right-answer' : 'also-right';
      const notes = question.options.flatMap((option): FeedbackNote[] => {
        const answer: AnswerLine = { kind: 'text', text: option.text };
        const isRight = right.has(option.id);
        if (response.includes(option.id)) return [{ kind: 'chosen', answer, right: isRight, text: option.feedback }];
        return isRight ? [{ kind: missed, answer, right: true, text: option.feedback }] : [];
      });
      // The learner's own choices first, then what they missed.
      notes.sort((a, b) => Number(a.kind !== 'chosen') - Number(b.kind !== 'chosen'));
      return { correct, notes };
    }
    case 'true-false': {
      const value = response[0] === 'true';
      if (response.length === 0) return { correct, notes: [] };
      return {
        correct,
        notes: [
          {
            kind: 'chosen',
            answer: { kind: 'truth', value },
            right: value === question.correct,
            text: value ? question.feedback.true : question.feedback.false,
          },
        ],
      };
    }
    case 'sequencing':
    case 'matching':
      return {
        correct,
        notes: [{ kind: 'general', text: correct ? question.feedback.correct : question.feedback.incorrect }],
        compare: correct
          ? undefined
          : {
              kind: question.type === 'sequencing' ? 'order' : 'matches',
              yours: answerLines(question, response),
              right: answerLines(question, correctResponse(question)),
            },
      };
  }
}
