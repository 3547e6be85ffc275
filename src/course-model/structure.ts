import type { CoreMessageId } from './core-messages.ts';

/**
 * What the learner's browser needs to know about the course it runs: the lessons in order, what completes each,
 * the quizzes with their questions, the scenarios' endings. Built at build time from the content files and handed
 * to the page as JSON; the tracker and the suspend-data encoder index everything by position in these lists.
 */
export interface CourseStructure {
  /** Package identifier (also the key of the learner's local copy of progress). */
  id: string;
  title: string;
  language: string;
  /** Short hash of everything the encoding indexes; stored state with another fingerprint is not restored. */
  fingerprint: string;
  masteryScore: number;
  /** Submissions allowed for a scored quiz; 0 = no limit. */
  quizAttempts: number;
  reportScenarioOutcomes: boolean;
  quickExitUrl: string;
  lessons: LessonStructure[];
  scenarios: ScenarioStructure[];
  quizzes: QuizStructure[];
}

/** A rule that completes a lesson; all of a lesson's rules must hold. */
export type CompletionRule =
  { kind: 'reach-end' } | { kind: 'finish-scenario'; scenario: string } | { kind: 'finish-quiz'; quiz: string };

export interface LessonStructure {
  id: string;
  title: string;
  /** The page of the lesson, relative to the package root (`what-is-online-blackmail.html`). */
  page: string;
  /** Counts towards the course's completion. */
  required: boolean;
  completion: CompletionRule[];
}

export interface ScenarioStructure {
  id: string;
  /** Ending ids, in file order. */
  endings: string[];
  /** The most choices any node offers (for the path encoding). */
  maxChoices: number;
  /** Choices on the longest path without repeats (resume paths are kept loop-free, so never longer). */
  longestPath: number;
}

export type QuestionType = 'single-choice' | 'multiple-response' | 'true-false' | 'sequencing' | 'matching';

export interface QuestionStructure {
  id: string;
  type: QuestionType;
  /** The question as the LMS shows it in reports (SCORM 2004 `description`, at most 250 characters). */
  description: string;
  /** Option ids (single lowercase letters or digits: SCORM 1.2 choice responses are single characters). */
  options: string[];
  /** Targets of a matching question (single characters too). */
  targets?: string[];
  /**
   * The correct response, in the course's own response form (see `QuizResponse` in course-state):
   * single-choice `['b']`, multiple-response `['a','c']` (sorted), true-false `['true']`,
   * sequencing `['c','a','b']`, matching `['a.2','b.1']` (sorted by source).
   */
  correct: string[];
  checks: CoreMessageId;
}

export interface QuizStructure {
  id: string;
  /** Lesson the quiz belongs to. */
  lesson: string;
  /** A scored quiz gives the course its score (one per course); unscored ones are knowledge checks. */
  scored: boolean;
  questions: QuestionStructure[];
}
