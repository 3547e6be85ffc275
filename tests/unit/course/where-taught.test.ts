import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../src/course/load-course.ts';
import { whereTaught } from '../../../src/course/where-taught.ts';

describe('whereTaught, on this repository', () => {
  const { course } = loadCourse(process.cwd(), {});
  if (!course) throw new Error('the course does not load: see load-course.test.ts');
  const links = whereTaught(course.lessons, course.scenarios);
  const scored = course.lessons.find((lesson) => lesson.quiz?.scored)!;

  it('gives every topic the final quiz checks a lesson to go back to, never the final quiz itself, at the section that practises it', () => {
    for (const question of scored.quiz!.questions) {
      const link = links[question.checks];
      expect(link, `question "${question.id}" checks "${question.checks}"`).toBeDefined();
      expect(link!.page).not.toMatch(new RegExp(`^${scored.meta.id}\\.html`));
      const [page, section] = link!.page.split('#');
      const lesson = course.lessons.find((l) => `${l.meta.id}.html` === page);
      // A section of the lesson that holds its knowledge check or one of its chats.
      expect([lesson?.sections.quiz, ...Object.values(lesson?.sections.scenarios ?? {})]).toContain(section);
      expect(lesson?.meta.title).toBe(link!.title);
    }
  });
});
