/**
 * The course's one client entry point, run once per launch: the client router keeps this module alive across
 * lessons, so the LMS session it starts survives navigation (one Initialize, one Terminate).
 */
import { navigate } from 'astro:transitions/client';
import type { CourseStructure } from '../course-model/structure.ts';
import { applyPackageOptions, readPackageOptions } from '../course-model/package-options.ts';
import { $course, $structure, report } from '../course-state/store.ts';
import { startSession } from '../tracking/session.ts';
import { bindHelpPanel } from './help-panel.ts';
import { deferUnmountsUntilCommitted } from './island-settling.ts';
import { lessonStatus, nextLesson } from '../course-state/state.ts';
import { keepBelowHeader } from './header-space.ts';
import { showProgress, watchLessonEnd } from './lesson-progress.ts';
import { listenForDoubleEscape, quickExit } from './quick-exit.ts';
import { bindSaveNotice } from './save-notice.ts';

// The build's course, as this package has it: its lessons, pass mark, attempts... (speakup-options.js).
const built = JSON.parse(document.getElementById('speakup-course')?.textContent ?? 'null') as CourseStructure;
const options = readPackageOptions((window as { speakupOptions?: unknown }).speakupOptions);
const structure = applyPackageOptions(built, options);
$structure.set(structure);
const session = startSession(structure);
// Tests compare this object before and after moving through lessons: it must be the very same one.
Object.defineProperty(window, '__speakUpSession', { value: session });

const leave = () => quickExit({ destination: structure.quickExitUrl, beforeLeave: () => session.saveAndExit() });
listenForDoubleEscape(leave);
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-quick-exit]')) leave();
});
bindHelpPanel();
bindSaveNotice(session.status);

// An LMS relaunch that resumes an attempt opens the start page: take the learner back to the lesson they were in,
// or to the next one if they had finished it. (Without an LMS the start page's "Continue" button does it: on a
// shared device nobody is sent into someone else's lesson unasked.)
const page = () => location.pathname.split('/').pop() || 'index.html';
const resumed = structure.lessons.find((lesson) => lesson.page === $course.get().location);
const resumeAt =
  resumed && lessonStatus($course.get(), resumed.id) === 'completed' ? nextLesson($course.get(), structure) : resumed;
if (session.kind !== 'standalone' && resumeAt && page() === 'index.html') {
  void navigate(resumeAt.page, { history: 'replace' });
}

keepBelowHeader();

deferUnmountsUntilCommitted(document.body);
document.addEventListener('astro:after-swap', () => deferUnmountsUntilCommitted(document.body));

let stopWatchingEnd = () => {};
$course.subscribe((state) => showProgress(state, structure));
document.addEventListener('astro:page-load', () => {
  stopWatchingEnd();
  const lesson = document.body.dataset.lesson;
  if (lesson) {
    // The bookmark is the last lesson page: the start page offers to continue from it.
    report({ type: 'location.changed', location: page() });
    report({ type: 'lesson.visited', lesson });
    stopWatchingEnd = watchLessonEnd(lesson);
  }
  showProgress($course.get(), structure);
});
