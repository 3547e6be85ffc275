/**
 * The quiz engine for the build and the content checks. This barrel pulls in zod: the quiz island imports the
 * modules it needs directly (responses, scoring, review, shuffle, quiz-view) so that zod never reaches the browser.
 */
export { parseQuiz, loadQuiz, describeQuizPath, type QuizResult } from './build/load.ts';
export {
  quizSchema,
  questionSchema,
  type Quiz,
  type Question,
  type QuestionOfType,
  type SingleChoiceQuestion,
  type MultipleResponseQuestion,
  type TrueFalseQuestion,
  type SequencingQuestion,
  type MatchingQuestion,
  type Option,
  type Step,
  type MatchSource,
  type MatchTarget,
} from './build/schema.ts';
export {
  QUESTION_ID_PATTERN,
  isPositionalId,
  questionIdProblem,
  questionIssues,
  type QuestionIssue,
} from './build/checks.ts';
export { scoreQuestion, scoreQuiz, countCorrect, isPassed } from './browser/scoring.ts';
export {
  correctResponse,
  normalizeResponse,
  sameResponse,
  initialResponse,
  isAnswered,
  matchesOf,
  withMatch,
  withToggled,
  moveStep,
} from './browser/responses.ts';
export { shuffledSteps, shuffledTargets } from './browser/shuffle.ts';
export { quizStructure, questionStructure, questionDescription, DESCRIPTION_MAX } from './build/quiz-structure.ts';
export {
  reviewQuestion,
  answerLines,
  type AnswerLine,
  type FeedbackNote,
  type QuestionReview,
} from './browser/review.ts';
