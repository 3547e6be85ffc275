import { z } from 'zod';
import { idSchema } from '../../content-source/content-id.ts';
import { CORE_MESSAGES } from '../../course-model/core-messages.ts';

/**
 * The quiz file format (`quiz.yaml`, docs/authoring.md "Quizzes"). The schema checks the shape and, per question,
 * the meaning (checks.ts); `parseQuiz` (load.ts) adds the checks that span questions (duplicate ids).
 */

// YAML reads `id: 1` and `text: 112` as numbers; authors mean text, so numbers (and true/false in texts) become strings.
const asText = (value: unknown) => (typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);

/** Non-empty text; `empty` says what to write instead. */
const text = (empty: string) => z.preprocess(asText, z.string().trim().min(1, empty));

const feedbackText = text('is empty; write why this answer is right or not, to teach rather than catch out');

/** One lowercase letter or digit: SCORM 1.2 reports choice responses as single characters joined by commas. */
const charId = (invalidType = 'must be one lowercase letter or digit, such as "a" or "1"') =>
  z.preprocess(
    asText,
    z
      .string({ invalid_type_error: invalidType })
      .regex(
        /^[a-z0-9]$/,
        'must be one lowercase letter or digit, such as "a" or "1" (SCORM 1.2 reports answers as single characters)',
      ),
  );

const coreMessage = z.enum(CORE_MESSAGES);

// Its rules (a name, not a position) are the meaning of an id: checks.ts.
const questionId = z.preprocess(asText, z.string());

const optionSchema = z
  .object(
    {
      /** One lowercase letter or digit, unique in the question (`a`, `b`, ...). */
      id: charId(),
      /** The answer as the learner reads it. */
      text: text('is empty; write the answer the learner reads'),
      /** Why this answer is right or not, written to teach; shown when the learner checks or submits. */
      feedback: feedbackText,
    },
    { invalid_type_error: 'must be an option with the fields "id", "text" and "feedback"' },
  )
  .strict();

const stepSchema = z
  .object(
    {
      /** One lowercase letter or digit, unique in the question. */
      id: charId(),
      /** The step as the learner reads it. */
      text: text('is empty; write the step the learner reads'),
    },
    { invalid_type_error: 'must be a step with the fields "id" and "text"' },
  )
  .strict();

const sourceSchema = z
  .object(
    {
      /** One lowercase letter or digit, unique among the sources. */
      id: charId(),
      /** The item the learner matches (left column). */
      text: text('is empty; write the item the learner matches'),
      /** Id of the target this item belongs with. */
      match: charId(),
    },
    { invalid_type_error: 'must be an item with the fields "id", "text" and "match"' },
  )
  .strict();

const targetSchema = z
  .object(
    {
      /** One lowercase letter or digit, unique among the targets (quote digits or not: `'1'` and `1` are the same). */
      id: charId(),
      /** The target as the learner reads it (right column). */
      text: text('is empty; write the target the learner reads'),
    },
    { invalid_type_error: 'must be a target with the fields "id" and "text"' },
  )
  .strict();

/** Feedback of a question that is right or wrong as a whole (sequencing, matching). */
const wholeFeedback = z
  .object(
    {
      /** Shown when the learner's answer is right: why it is right. */
      correct: feedbackText,
      /** Shown when it is not: what to think about, without blame. */
      incorrect: feedbackText,
    },
    { invalid_type_error: 'must have the fields "correct" and "incorrect"' },
  )
  .strict();

const base = {
  /** Written by the author and never changed once the course is in use: the LMS reports answers under it. */
  id: questionId,
  /** The question or the statement the learner answers (its first 250 characters are its LMS description). */
  prompt: text('is empty; write the question the learner answers'),
  /** The core message the question checks; the results screen names it when the answer was wrong. */
  checks: coreMessage,
};

const options = z
  .array(optionSchema, { invalid_type_error: 'must be a list of options' })
  .min(2, 'needs at least two options');

const singleChoice = z
  .object({
    ...base,
    /** The question type. */
    type: z.literal('single-choice'),
    /** The answers to choose from, in the order shown. */
    options,
    /** Id of the one right option. */
    correct: charId(
      'must be the id of the one right option, such as "b"; for more than one right answer use type "multiple-response"',
    ),
  })
  .strict();

const multipleResponse = z
  .object({
    ...base,
    /** The question type. */
    type: z.literal('multiple-response'),
    /** The answers to choose from, in the order shown. */
    options,
    /** Ids of every right option, in any order; all of them, and no other, make the answer right. */
    correct: z.array(charId(), { invalid_type_error: 'must be a list of option ids, such as [a, c]' }),
  })
  .strict();

const trueFalse = z
  .object({
    ...base,
    /** The question type. */
    type: z.literal('true-false'),
    /** Whether the statement in `prompt` is true. */
    correct: z.boolean({ invalid_type_error: 'must be true or false (without quotes)' }),
    /** Feedback for each answer: `true` for a learner who answered "true", `false` for "false". */
    feedback: z
      .object(
        {
          /** Shown to a learner who answered "true". */
          true: feedbackText,
          /** Shown to a learner who answered "false". */
          false: feedbackText,
        },
        { invalid_type_error: 'must have the fields "true" and "false"' },
      )
      .strict(),
  })
  .strict();

const sequencing = z
  .object({
    ...base,
    /** The question type. */
    type: z.literal('sequencing'),
    /** The steps in the RIGHT order; learners see them shuffled (the same way every time). */
    steps: z
      .array(stepSchema, { invalid_type_error: 'must be a list of steps' })
      .min(3, 'needs at least three steps, so that the shuffled order never gives the answer away'),
    /** Feedback for a right and for a wrong order. */
    feedback: wholeFeedback,
  })
  .strict();

const matching = z
  .object({
    ...base,
    /** The question type. */
    type: z.literal('matching'),
    /** The items the learner matches, each naming its target. */
    sources: z
      .array(sourceSchema, { invalid_type_error: 'must be a list of items' })
      .min(2, 'needs at least two pairs to match'),
    /** What the items are matched to; learners see them shuffled. A target may belong to no item. */
    targets: z
      .array(targetSchema, { invalid_type_error: 'must be a list of targets' })
      .min(2, 'needs at least two targets to choose from'),
    /** Feedback for right and for wrong matches. */
    feedback: wholeFeedback,
  })
  .strict();

const QUESTION_TYPES = ['single-choice', 'multiple-response', 'true-false', 'sequencing', 'matching'] as const;
const typeList = QUESTION_TYPES.map((t) => `"${t}"`).join(', ');

const questionUnion = z.discriminatedUnion('type', [singleChoice, multipleResponse, trueFalse, sequencing, matching], {
  errorMap: (issue, ctx) => {
    if (issue.code === 'invalid_union_discriminator') {
      const type: unknown = (ctx.data as { type?: unknown } | null)?.type;
      return {
        message:
          type === undefined ? `is required: one of ${typeList}` : `must be one of ${typeList}, not "${String(type)}"`,
      };
    }
    // Only the union's own issues come here; the fields of each question type have their own messages.
    if (issue.code === 'invalid_type') {
      return { message: 'must be a question with the fields "id", "type", "prompt" and "checks"' };
    }
    return { message: ctx.defaultError };
  },
});

/** A question's shape by type; its meaning (answers that exist, ids that name) is checked by checks.ts. */
export const questionSchema = questionUnion;

/**
 * The quiz file, with `question` as the schema of each question: `quizSchema` checks shapes only, and `parseQuiz`
 * (load.ts) passes a question schema that also checks each question's meaning (checks.ts), in the same pass.
 */
export function quizOf<Q extends z.ZodType<Question, z.ZodTypeDef, unknown>>(question: Q) {
  return z
    .object(
      {
        /** Unique in the course; the LMS and saved progress refer to it. */
        id: idSchema,
        /** Heading of the quiz, shown to learners. */
        title: text('is empty; write the heading learners see'),
        /** `true` for the one final quiz that gives the LMS its score; `false` for a knowledge check in a lesson. */
        scored: z.boolean({ invalid_type_error: 'must be true or false (without quotes)' }),
        /** The questions, in the order shown. */
        questions: z
          .array(question, { invalid_type_error: 'must be a list of questions' })
          .min(1, 'needs at least one question'),
      },
      { invalid_type_error: 'must be a quiz with the fields "id", "title", "scored" and "questions"' },
    )
    .strict();
}

export const quizSchema = quizOf(questionSchema);

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionOfType<T extends Question['type']> = Extract<Question, { type: T }>;
export type SingleChoiceQuestion = QuestionOfType<'single-choice'>;
export type MultipleResponseQuestion = QuestionOfType<'multiple-response'>;
export type TrueFalseQuestion = QuestionOfType<'true-false'>;
export type SequencingQuestion = QuestionOfType<'sequencing'>;
export type MatchingQuestion = QuestionOfType<'matching'>;
export type Option = z.infer<typeof optionSchema>;
export type Step = z.infer<typeof stepSchema>;
export type MatchSource = z.infer<typeof sourceSchema>;
export type MatchTarget = z.infer<typeof targetSchema>;
