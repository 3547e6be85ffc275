import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from '../content-source/problems.ts';
import { checkSchema } from '../content-source/schema-problems.ts';
import { webAddressSchema } from '../content-source/web-address.ts';
import { parseYaml } from '../content-source/yaml-source.ts';
import { AGE_BANDS, CORE_MESSAGES, type AgeBand } from '../course-model/core-messages.ts';
import type { CourseLesson } from '../course/load-lessons.ts';

/**
 * The teacher site's own data: the curriculum map (each lesson objective against England's frameworks) and the
 * baseline and end-point activity of each band. Checked like course content, with file, line and field, and against
 * the lessons: a map that names an unknown lesson or objective, or misses one, is refused.
 */
export const CURRICULUM_FILE = 'src/teacher-site/data/curriculum-map.yaml';
export const BASELINE_FILE = 'src/teacher-site/data/baseline.yaml';

const text = z.string().trim().min(1, 'must not be empty');

export const curriculumSchema = z
  .object({
    frameworks: z.array(z.object({ id: z.string().min(1), title: text, url: webAddressSchema }).strict()).min(1),
    lessons: z.array(
      z
        .object({
          lesson: z.string().min(1),
          objectives: z.array(
            z
              .object({
                objective: z.number().int().min(1),
                refs: z
                  .array(z.object({ framework: z.string().min(1), ref: text, text: text.max(200) }).strict())
                  .min(1)
                  .max(4),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

const option = z.object({ text, best: z.boolean().optional() }).strict();
export const baselineSchema = z
  .object({
    bands: z.array(
      z
        .object({
          band: z.enum(AGE_BANDS),
          intro: text,
          questions: z
            .array(
              z
                .object({
                  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lowercase letters, digits and "-"'),
                  kind: z.enum(['would-do', 'know', 'feel']),
                  situation: text.optional(),
                  question: text,
                  options: z.array(option).min(2).max(5),
                  practises: z.enum(CORE_MESSAGES).optional(),
                })
                .strict()
                .superRefine((q, context) => {
                  const best = q.options.some((o) => o.best);
                  if (q.kind === 'feel' && best)
                    context.addIssue({ code: 'custom', message: 'a "feel" question has no best answer' });
                  if (q.kind !== 'feel' && !best)
                    context.addIssue({ code: 'custom', message: 'needs an option marked best: true' });
                  if (q.kind === 'would-do' && !q.situation)
                    context.addIssue({ code: 'custom', message: 'a "would-do" question needs its situation' });
                }),
            )
            .min(4),
        })
        .strict(),
    ),
  })
  .strict();

export type CurriculumMap = z.infer<typeof curriculumSchema>;
export type Baseline = z.infer<typeof baselineSchema>;

function load<T>(root: string, file: string, schema: z.ZodType<T>): { data?: T; problems: ContentProblem[] } {
  const parsed = parseYaml(file, readFileSync(join(root, file), 'utf8'));
  if (!parsed.ok) return { problems: parsed.problems };
  const checked = checkSchema(parsed.source, schema);
  return checked.ok ? { data: checked.data, problems: [] } : { problems: checked.problems };
}

/** Both files, checked against each other and the lessons of each band. */
export function loadTeacherData(
  root: string,
  bands: readonly { band: AgeBand; lessons: readonly CourseLesson[] }[],
): { curriculum?: CurriculumMap; baseline?: Baseline; problems: ContentProblem[] } {
  const curriculum = load(root, CURRICULUM_FILE, curriculumSchema);
  const baseline = load(root, BASELINE_FILE, baselineSchema);
  const problems = [...curriculum.problems, ...baseline.problems];
  const lessons = new Map(bands.flatMap(({ lessons }) => lessons.map((l) => [l.meta.id, l] as const)));
  if (curriculum.data) {
    const frameworks = new Set(curriculum.data.frameworks.map((f) => f.id));
    const mapped = new Set<string>();
    curriculum.data.lessons.forEach((entry, index) => {
      const lesson = lessons.get(entry.lesson);
      const where = `field "lessons.${index + 1}.lesson"`;
      if (!lesson) {
        problems.push({ file: CURRICULUM_FILE, where, message: `no lesson "${entry.lesson}" in src/modules/` });
        return;
      }
      mapped.add(entry.lesson);
      for (const objective of entry.objectives) {
        if (objective.objective > lesson.meta.objectives.length) {
          problems.push({
            file: CURRICULUM_FILE,
            where,
            message: `lesson "${entry.lesson}" has ${lesson.meta.objectives.length} objectives, not ${objective.objective}`,
          });
        }
        for (const ref of objective.refs) {
          if (!frameworks.has(ref.framework))
            problems.push({ file: CURRICULUM_FILE, where, message: `no framework "${ref.framework}" in frameworks` });
        }
      }
    });
    for (const id of lessons.keys()) {
      if (!mapped.has(id))
        problems.push({ file: CURRICULUM_FILE, message: `lesson "${id}" is not in the curriculum map` });
    }
  }
  if (baseline.data) {
    for (const { band } of bands) {
      if (!baseline.data.bands.some((b) => b.band === band))
        problems.push({ file: BASELINE_FILE, message: `no baseline activity for ages ${band}` });
    }
  }
  return { curriculum: curriculum.data, baseline: baseline.data, problems };
}
