import type { QuestionStructure, QuizStructure } from '../../course-model/structure.ts';
import { correctResponse } from '../browser/responses.ts';
import type { Question, Quiz } from './schema.ts';

/** SCORM 2004 `cmi.interactions.n.description`: an LMS must keep 250 characters (its smallest permitted maximum). */
export const DESCRIPTION_MAX = 250;

/** The prompt on one line, cut to the description's length. */
export function questionDescription(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  return line.length <= DESCRIPTION_MAX ? line : `${line.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}

function optionsOf(question: Question): { options: string[]; targets?: string[] } {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-response':
      return { options: question.options.map((o) => o.id) };
    // The tracker reports true-false as `true`/`false` (a type of its own in SCORM), not as choices.
    case 'true-false':
      return { options: ['true', 'false'] };
    case 'sequencing':
      return { options: question.steps.map((s) => s.id) };
    case 'matching':
      return { options: question.sources.map((s) => s.id), targets: question.targets.map((t) => t.id) };
  }
}

export function questionStructure(question: Question): QuestionStructure {
  return {
    id: question.id,
    type: question.type,
    description: questionDescription(question.prompt),
    ...optionsOf(question),
    correct: correctResponse(question),
    checks: question.checks,
  };
}

/** The quiz as the tracker and the suspend-data encoder see it. */
export function quizStructure(quiz: Quiz, lessonId: string): QuizStructure {
  return { id: quiz.id, lesson: lessonId, scored: quiz.scored, questions: quiz.questions.map(questionStructure) };
}
