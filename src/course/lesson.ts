import { z } from 'zod';
import { idSchema as id } from '../content-source/content-id.ts';
import { webAddressSchema } from '../content-source/web-address.ts';
import { AGE_BANDS } from '../course-model/core-messages.ts';
import type { ContentProblem } from '../content-source/problems.ts';
import { checkSchema } from '../content-source/schema-problems.ts';
import { parseYaml, type YamlSource } from '../content-source/yaml-source.ts';

const completionRule = z.union(
  [z.literal('reach-end'), z.object({ scenario: id }).strict(), z.object({ quiz: id }).strict()],
  {
    errorMap: () => ({
      message: 'must be reach-end, or "scenario:" or "quiz:" with an id, such as "scenario: new-follower"',
    }),
  },
);

const markdown = z.string().refine((text) => text.trim() !== '', 'must not be empty');

/**
 * The lesson plan a teacher reads before the class (docs/authoring.md, "Teacher notes"): Markdown in each part.
 * The timing adds up to the lesson's length in class, which is the teacher's, not the pupil's time on screen.
 */
export const teacherNotesSchema = z
  .object({
    /** The parts of the lesson in class with their minutes, in order. */
    timing: z
      .array(z.object({ minutes: z.number().int().min(1).max(60), part: markdown }).strict())
      .min(1, 'must list the parts of the lesson with their minutes'),
    /** Before the lesson, with the safeguarding checklist (the DSL, parents, the reporting route, the helplines). */
    preparation: markdown,
    /** The class's ground rules (no personal stories, no names, the right to pass, where to go afterwards). */
    groundRules: markdown,
    /** How the lesson opens. */
    starter: markdown,
    /** The main activity, usually the scenario played together or in pairs. */
    activity: markdown,
    /** Questions for the class, each with what a good answer says. */
    discussion: z
      .array(z.object({ question: markdown, goodAnswers: markdown }).strict())
      .min(1, 'must have at least one question'),
    plenary: markdown,
    /** Adapting the lesson: support, stretch, and for pupils with special educational needs or disabilities. */
    differentiation: markdown,
    /** For pupils who need more afterwards. */
    followUp: markdown,
    /** What to do if a pupil may be at risk of harm, to themselves included (required for every lesson). */
    atRisk: markdown,
    /** If a pupil discloses. */
    disclosure: markdown,
    /** The facts the lesson states, with where they come from, for the teacher. */
    facts: markdown.optional(),
  })
  .strict();

/** `src/modules/<id>/lesson.yaml`: what a lesson is, for whom, and what completes it (docs/authoring.md). */
export const lessonSchema = z
  .object({
    /** The lesson's folder name; also its page (`<id>.html`) and its key in saved progress. */
    id,
    /** Position in the course. */
    order: z.number().int().min(1),
    title: z.string().min(1).max(120),
    /** One sentence for the lesson list and the LMS. */
    summary: z.string().min(1).max(300),
    ageBands: z.array(z.enum(AGE_BANDS)).min(1),
    /** A pupil's time on screen, working alone (what the course shows pupils); the class's time is in the timing. */
    minutes: z.number().int().min(1).max(60),
    /** What a learner can do afterwards. */
    objectives: z.array(z.string().min(1)).min(1),
    /** Counts towards completing the course. */
    required: z.boolean(),
    /** Every rule must hold for the lesson to count as done. */
    completion: z.array(completionRule).min(1),
    /** The lesson plan for the teacher site; never shown to learners. */
    teacherNotes: teacherNotesSchema,
    /** A picture for the lesson's card in the lesson list: a file name in src/illustrations/, without `.svg`. */
    illustration: id.optional(),
    /** Where the lesson's facts come from. */
    sources: z.array(z.object({ title: z.string().min(1), url: webAddressSchema }).strict()).default([]),
  })
  .strict();

export type LessonMeta = z.infer<typeof lessonSchema>;
export type TeacherNotes = z.infer<typeof teacherNotesSchema>;

export type LessonResult =
  { ok: true; lesson: LessonMeta; source: YamlSource } | { ok: false; problems: ContentProblem[] };

/** Parses and checks a `lesson.yaml`; `folder` is the lesson's folder name, which must equal its id. */
export function parseLesson(file: string, text: string, folder: string): LessonResult {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  const result = checkSchema(source, lessonSchema);
  if (!result.ok) return result;
  if (result.data.id !== folder) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: source.lineOf(['id']),
          where: 'field "id"',
          message: `is "${result.data.id}" but the folder is "${folder}"; they must be the same`,
        },
      ],
    };
  }
  return { ok: true, lesson: result.data, source };
}
