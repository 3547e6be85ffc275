import { describe, expect, it } from 'vitest';
import { fixtureText, problemsWith, putFile, replaceIn } from './course-fixture.ts';

/**
 * Lessons, quizzes, scenarios and helplines are written by people outside the project and shown to children: the
 * build refuses every way they could bring markup or script into a page, naming the file and the line. (The
 * fixtures are the small valid course of course-fixture.ts with one file swapped for a hostile one.)
 */
const COMPONENTS = 'Callout, WhatToDo, KeyTerm, NotAlone, Illustration, Helpline, Scenario, Quiz';
const RAW_HTML = `raw HTML is not allowed in a lesson; write Markdown, or use a course component (${COMPONENTS})`;
const scheme = (name: string) =>
  `"${name}:" addresses are not allowed in course text, because they can run code; link only to https:// pages`;

describe('hostile content', () => {
  it('is refused in a lesson: scripts, frames, raw HTML, unknown components, events, code, javascript: links and outside pictures', () => {
    const lesson = 'src/modules/first/content.mdx';
    expect(problemsWith((files) => putFile(files, lesson, fixtureText('lessons/hostile/content.mdx')))).toEqual([
      `${lesson}:5: <script>: ${RAW_HTML}`,
      `${lesson}:7: <iframe>: ${RAW_HTML}`,
      `${lesson}:9: <object>: ${RAW_HTML}`,
      `${lesson}:11: <embed>: ${RAW_HTML}`,
      `${lesson}:13: <form>: ${RAW_HTML}`,
      `${lesson}:15: <img>: ${RAW_HTML}`,
      `${lesson}:17: <Video>: is not a lesson component; the components are ${COMPONENTS}`,
      `${lesson}:19: <Callout onClick>: runs code when something happens on the page; a lesson may not have event attributes`,
      `${lesson}:21: ${scheme('javascript')}`,
      `${lesson}:21: ${scheme('data')}`,
      `${lesson}:25: <WhatToDo messages>: is a list of ids in quotes, such as messages={['stop-dont-pay', 'keep-evidence']}; it may hold nothing else`,
      `${lesson}:27: a { } in a lesson holds code; write \\{ to show a brace`,
      `${lesson}:29: import and export are not allowed in a lesson; the course components need no import`,
      `${lesson}:31: a lesson shows only the course’s own pictures; write <Illustration name="..." alt="..." /> with one from src/illustrations/`,
    ]);
  });

  it('is refused in a quiz: raw HTML in a prompt or a feedback, and a javascript: link', () => {
    const quiz = 'src/modules/first/quiz.yaml';
    const hostile = fixtureText('quizzes/hostile.yaml').replace(
      'id: what-is-online-blackmail-check',
      'id: first-check',
    );
    expect(problemsWith((files) => putFile(files, quiz, hostile))).toEqual([
      `${quiz}:8: raw HTML is not allowed in course text; write plain text without the <img> tag`,
      `${quiz}:13: raw HTML is not allowed in course text; write plain text without the <script> tag`,
      `${quiz}:16: ${scheme('javascript')}`,
    ]);
  });

  it('is refused in a scenario: raw HTML in a message or a choice, and a vbscript: link in a debrief', () => {
    const scenario = 'src/scenarios/hostile/scenario.yaml';
    expect(problemsWith((files) => putFile(files, scenario, fixtureText('scenarios/hostile/scenario.yaml')))).toEqual([
      `${scenario}:17: raw HTML is not allowed in course text; write plain text without the <b> tag`,
      `${scenario}:19: raw HTML is not allowed in course text; write plain text without the <script> tag`,
      `${scenario}:48: ${scheme('vbscript')}`,
    ]);
  });

  it('is refused in a helpline file and in a lesson’s teacher notes, which the teacher site shows as HTML', () => {
    const helplines = 'src/help/helplines/GB.yaml';
    expect(problemsWith((files) => putFile(files, helplines, fixtureText('helplines/hostile-GB.yaml')))).toEqual([
      `${helplines}:14: raw HTML is not allowed in course text; write plain text without the <iframe> tag`,
    ]);
    const lesson = 'src/modules/second/lesson.yaml';
    expect(
      problemsWith((files) => {
        replaceIn(
          files,
          lesson,
          'activity: Play the scenario.',
          'activity: Play the scenario, then [the plan](javascript:alert(1)).',
        );
        replaceIn(files, lesson, 'plenary: Sum up.', 'plenary: Sum up. <img src=x onerror=alert(1)>');
      }),
    ).toEqual([
      `${lesson}:18: ${scheme('javascript')}`,
      `${lesson}:21: raw HTML is not allowed in course text; write plain text without the <img> tag`,
    ]);
  });

  it('is refused in an illustration, which the pages inline: scripts, events and outside addresses', () => {
    const picture = 'src/illustrations/trusted-hand.svg';
    expect(problemsWith((files) => putFile(files, picture, fixtureText('illustrations/hostile.svg')))).toEqual([
      `${picture}:1: the attribute onload runs code; an illustration may not have it`,
      `${picture}:2: <script> is not allowed in an illustration; draw with svg, g, defs, use, path, rect, circle, ellipse, line, polyline, polygon, title, desc`,
      `${picture}:4: href="https://example.org/sprite.svg#cat" points outside the drawing; an illustration may only use its own parts (#id)`,
    ]);
  });
});
