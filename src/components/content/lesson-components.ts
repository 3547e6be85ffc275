import Callout from './Callout.astro';
import Helpline from './Helpline.astro';
import Illustration from './Illustration.astro';
import KeyTerm from './KeyTerm.astro';
import NotAlone from './NotAlone.astro';
import WhatToDo from './WhatToDo.astro';
import type { LessonComponentName } from '../../course/lesson-component-props.ts';

/**
 * The components a lesson's MDX uses, by the names authors write (docs/authoring.md). Each page that renders a
 * lesson adds its own `Scenario` and `Quiz`: the course's islands, or the teacher site's classroom stand-ins. The
 * names are those the content checks allow (src/course/lesson-component-props.ts), no more and no fewer.
 */
export const LESSON_COMPONENTS = {
  Callout,
  WhatToDo,
  KeyTerm,
  NotAlone,
  Illustration,
  Helpline,
} satisfies Record<Exclude<LessonComponentName, 'Scenario' | 'Quiz'>, unknown>;
