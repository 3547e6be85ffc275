import { z } from 'zod';
import { AGE_BANDS } from './core-messages.ts';
import type { ContentProblem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and "-", starting with a letter');

const completionRule = z.union([
  z.literal('reach-end'),
  z.object({ scenario: id }).strict(),
  z.object({ quiz: id }).strict(),
]);

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
    durationMinutes: z.number().int().min(5).max(120),
    /** What a learner can do afterwards. */
    objectives: z.array(z.string().min(1)).min(1),
    /** Counts towards completing the course. */
    required: z.boolean(),
    /** Every rule must hold for the lesson to count as done. */
    completion: z.array(completionRule).min(1),
    /** Markdown for the teacher guide; never shown to learners. */
    teacherNotes: z.string().min(1),
    /** Where the lesson's facts come from. */
    sources: z.array(z.object({ title: z.string().min(1), url: z.string().url() }).strict()).default([]),
  })
  .strict();

export type LessonMeta = z.infer<typeof lessonSchema>;

export type LessonResult =
  { ok: true; lesson: LessonMeta; source: YamlSource } | { ok: false; problems: ContentProblem[] };

/** Parses and checks a `lesson.yaml`; `folder` is the lesson's folder name, which must equal its id. */
export function parseLesson(file: string, text: string, folder: string): LessonResult {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  const result = lessonSchema.safeParse(source.data);
  if (!result.success) return { ok: false, problems: schemaProblems(source, result.error) };
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
