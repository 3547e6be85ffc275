import type { ChoiceRating, EndingOutcome } from '../scenario-engine/build/schema.ts';

/** What happens in the course, as the UI reports it. The tracker turns these into LMS calls; the UI knows no SCORM. */

/**
 * A learner's answer in the course's own form, whatever the question type: the option ids chosen.
 * single-choice `['b']`; multiple-response `['a','c']` (sorted); true-false `['true']` or `['false']`;
 * sequencing `['c','a','b']` (in the learner's order); matching `['a.2','b.1']` (source.target, sorted by source).
 */
export type QuizResponse = string[];

export type CourseEvent =
  | { type: 'lesson.visited'; lesson: string }
  | { type: 'lesson.endReached'; lesson: string }
  /** A fresh attempt at a scenario (first play or "Try again"). */
  | { type: 'scenario.started'; scenario: string }
  /** `path` is the learner's loop-free path after this choice (the chat machine's context, chat-machine.ts). */
  | {
      type: 'scenario.choiceMade';
      scenario: string;
      node: string;
      choice: number;
      rating: ChoiceRating;
      path: number[];
    }
  /** "Go back to the last choice": `path` is the path now. */
  | { type: 'scenario.wentBack'; scenario: string; path: number[] }
  | { type: 'scenario.endingReached'; scenario: string; ending: string; outcome: EndingOutcome; path: number[] }
  /** A question answered (checked or submitted); `at` is epoch milliseconds. */
  | {
      type: 'quiz.answered';
      quiz: string;
      question: string;
      response: QuizResponse;
      correct: boolean;
      latencyMs: number;
      at: number;
    }
  /**
   * An answer of the scored quiz changed before it is submitted: kept in the saved progress so that a reload
   * resumes the attempt, but never sent to the LMS as an answer.
   */
  | { type: 'quiz.drafted'; quiz: string; question: string; response: QuizResponse }
  /** A quiz attempt finished; `score` is 0-100. */
  | { type: 'quiz.submitted'; quiz: string; score: number; passed: boolean }
  /** A new attempt at a quiz: its responses are cleared. */
  | { type: 'quiz.retried'; quiz: string }
  /** The page the learner is on (`index.html`, a lesson's page). */
  | { type: 'location.changed'; location: string };
