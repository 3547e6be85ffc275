/**
 * The components a lesson's MDX may use (docs/authoring.md), each with the attributes it takes: `text` is written in
 * quotes (`title="..."`), `list` as a list of ids (`messages={['stop-dont-pay', 'keep-evidence']}`), and `id` is
 * the scenario's, read by the lesson's references (mdx-references.ts). Nothing else in a lesson becomes markup, so
 * a lesson cannot bring in a script, a frame or an event handler (src/content-checks/unsafe-markup.ts).
 */
export const LESSON_COMPONENT_PROPS = {
  Callout: { title: 'text', tone: 'text' },
  WhatToDo: { messages: 'list', title: 'text' },
  KeyTerm: { term: 'text' },
  NotAlone: {},
  Illustration: { name: 'text', alt: 'text' },
  Helpline: { purpose: 'text' },
  Scenario: { id: 'id' },
  Quiz: {},
} as const satisfies Record<string, Record<string, 'text' | 'list' | 'id'>>;

export type LessonComponentName = keyof typeof LESSON_COMPONENT_PROPS;
