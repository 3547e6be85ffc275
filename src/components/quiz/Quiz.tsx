import { useStore } from '@nanostores/react';
import { computed } from 'nanostores';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CoreMessageId } from '../../course-model/core-messages.ts';
import type { RevisitLink } from '../../course/where-taught.ts';
import type { QuizResponse } from '../../course-state/events.ts';
import { courseResult } from '../../course-state/state.ts';
import { $course, $structure, report } from '../../course-state/store.ts';
import type { Messages } from '../../i18n/index.ts';
import { QuestionClock } from '../../quiz-engine/browser/latency.ts';
import {
  answerOf,
  checkCompletion,
  questionViews,
  quizPhase,
  quizResults,
  submission,
  type Drafts,
  type QuestionView,
} from '../../quiz-engine/browser/quiz-view.ts';
import { quizTexts } from '../../quiz-engine/browser/quiz-texts.ts';
import { moveStep } from '../../quiz-engine/browser/responses.ts';
import type { Quiz as QuizData } from '../../quiz-engine/build/schema.ts';
import { islandCommitted } from '../../shell/island-settling.ts';
import { quizElementIds } from './element-ids.ts';
import { Heading } from './Heading.tsx';
import { QuestionCard } from './QuestionCard.tsx';
import { QuizResults } from './QuizResults.tsx';
import './Quiz.css';

export interface QuizProps {
  /** The quiz as read from its file (`parseQuiz(...).quiz`): plain data. */
  quiz: QuizData;
  /** The `quiz.*` and `core.*` interface texts, and the course-complete words (`course.complete*`, `help.open`). */
  messages: Messages;
  /** Where each core message is taught, for the results' "worth another look" links (scored quiz). */
  revisit?: Partial<Record<CoreMessageId, RevisitLink>> | undefined;
  /** Level of the quiz's title (2 by default); the headings inside it go down from there. */
  headingLevel?: 2 | 3 | 4 | undefined;
}

const without = (drafts: Drafts, question: string): Drafts =>
  Object.fromEntries(Object.entries(drafts).filter(([id]) => id !== question));

/**
 * A quiz: a knowledge check in a lesson (each question checked on its own, with feedback at once) or the scored
 * final quiz (every question answered, then submitted, then a results screen). It reports what the learner does with
 * `report()` and shows what `$course` holds, so a reload resumes where the learner was. It knows nothing of SCORM.
 */
export default function Quiz({ quiz, messages, revisit = {}, headingLevel = 2 }: QuizProps) {
  const texts = useMemo(() => quizTexts(messages, [...new Set(quiz.questions.map((q) => q.checks))]), [messages, quiz]);
  const { t } = texts;
  // Only this quiz's progress: the island re-renders when it changes, not on every event of the course.
  const $progress = useMemo(() => computed($course, (state) => state.quizzes[quiz.id]), [quiz.id]);
  // The page is built without any progress; hydrate with the same, then show what the learner has done.
  const progress = useStore($progress, { ssr: () => undefined });
  const structure = useStore($structure, { ssr: 'initial' });
  // Whether this attempt finished the course: the results then say so, and where help is.
  const $finished = useMemo(
    () => computed([$course, $structure], (state, course) => (course ? courseResult(state, course).completed : false)),
    [],
  );
  const finished = useStore($finished, { ssr: () => false });

  const [drafts, setDrafts] = useState<Drafts>({});
  const [needsAnswer, setNeedsAnswer] = useState<ReadonlySet<string>>(new Set());
  const [showMissing, setShowMissing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [clock] = useState(() => new QuestionClock());
  const focusNext = useRef<string | undefined>(undefined);
  const root = useRef<HTMLElement>(null);
  const ids = quizElementIds(useId());

  const phase = quizPhase(quiz, progress);
  const views = questionViews(quiz, progress, drafts);
  const missing = views.filter((view) => !view.answered);

  // Until the island has hydrated, its inputs are drawn but disabled, so that no answer is clicked into nothing.
  const [ready, setReady] = useState(false);
  // Tells the shell this island has hydrated, so that leaving the page may now unmount it (island-settling.ts).
  useEffect(() => {
    setReady(true);
    islandCommitted(root.current);
  }, []);

  // Moves focus where the last action asked, once React has rendered its result, and brings it into view at the top,
  // just below the sticky header (the page's scroll-padding-top): the results are read from their heading down.
  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    const element = document.getElementById(target);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView?.({ block: target === ids.results || target === ids.title ? 'start' : 'nearest' });
  });

  // A question's latency starts when the learner first sees it.
  useEffect(() => {
    const elements = [...(root.current?.querySelectorAll<HTMLElement>('[data-question]') ?? [])];
    const seen = (element: Element) => {
      const question = element instanceof HTMLElement ? element.dataset['question'] : undefined;
      if (question) clock.seen(question);
    };
    if (phase !== 'answering') return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      elements.forEach(seen);
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) seen(entry.target);
    });
    elements.forEach((element) => observer.observe(element));
    return () => observer.disconnect();
  }, [phase, clock]);

  const announce = (text: string) =>
    // The same words twice in a row are not read again by screen readers; a no-break space makes them new.
    setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));

  const change = (question: string, response: QuizResponse) => {
    setDrafts((current) => ({ ...current, [question]: response }));
    setNeedsAnswer((current) =>
      current.has(question) ? new Set([...current].filter((id) => id !== question)) : current,
    );
    clock.changed(question);
    // The scored quiz's answers count only when submitted; until then they are kept so that a reload resumes.
    if (quiz.scored) report({ type: 'quiz.drafted', quiz: quiz.id, question, response });
  };

  const move = (view: QuestionView, index: number, by: -1 | 1) => {
    const step =
      view.question.type === 'sequencing' ? view.question.steps.find((s) => s.id === view.response[index]) : undefined;
    if (!step) return;
    const next = moveStep(view.response, index, by);
    if (next === view.response) {
      announce(t(by < 0 ? 'alreadyFirst' : 'alreadyLast', { step: step.text }));
      return;
    }
    change(view.question.id, next);
    announce(t('moved', { step: step.text, position: index + by + 1, count: next.length }));
    // React may move the focused button's row in the page, which drops focus: put it back on the same button.
    focusNext.current = ids.move(view.question.id, step.id, by);
  };

  const answered = (view: QuestionView) => {
    const answer = answerOf(view.question, view.response);
    report({
      type: 'quiz.answered',
      quiz: quiz.id,
      question: answer.question,
      response: answer.response,
      correct: answer.correct,
      latencyMs: clock.latency(answer.question),
      at: Date.now(),
    });
  };

  const check = (view: QuestionView) => {
    const question = view.question.id;
    if (!view.answered) {
      setNeedsAnswer((current) => new Set([...current, question]));
      announce(t(view.question.type === 'matching' ? 'matchFirst' : 'chooseFirst'));
      return;
    }
    answered(view);
    clock.restart(question);
    setDrafts((current) => without(current, question));
    const done = checkCompletion(quiz, $course.get().quizzes[quiz.id], $structure.get()?.masteryScore ?? 0);
    if (done) report({ type: 'quiz.submitted', quiz: quiz.id, ...done });
    focusNext.current = ids.feedback(question);
  };

  const submit = () => {
    if (missing.length > 0) {
      setShowMissing(true);
      focusNext.current = ids.missing;
      return;
    }
    const result = submission(quiz, views, $structure.get()?.masteryScore ?? 0);
    for (const view of views) answered(view);
    report({ type: 'quiz.submitted', quiz: quiz.id, score: result.score, passed: result.passed });
    setDrafts({});
    setShowMissing(false);
    focusNext.current = ids.results;
  };

  const retry = () => {
    report({ type: 'quiz.retried', quiz: quiz.id });
    setDrafts({});
    clock.restart();
    focusNext.current = ids.title;
  };

  const goTo = (question: string) =>
    document.getElementById(ids.question(question))?.querySelector<HTMLElement>('input, select, button')?.focus();

  return (
    <section ref={root} className="quiz" aria-labelledby={ids.title} data-quiz={quiz.id}>
      <Heading level={headingLevel} id={ids.title} tabIndex={-1} className="quiz-title">
        {quiz.title}
      </Heading>
      {phase === 'results' ? (
        <QuizResults
          results={quizResults(quiz, progress, structure)}
          revisit={revisit}
          finished={finished}
          headingLevel={headingLevel + 1}
          headingId={ids.results}
          texts={texts}
          onRetry={retry}
        />
      ) : (
        <>
          <p className="quiz-intro">
            {quiz.scored ? t('scoredIntro', { count: quiz.questions.length }) : t('checkIntro')}
          </p>
          {!ready && (
            <p className="quiz-loading" role="status">
              {t('loading')}
            </p>
          )}
          <fieldset className="quiz-questions" disabled={!ready}>
            {views.map((view) => (
              <QuestionCard
                key={view.question.id}
                view={view}
                count={views.length}
                checkable={!quiz.scored}
                needsAnswer={needsAnswer.has(view.question.id)}
                headingLevel={headingLevel + 1}
                ids={ids}
                t={t}
                onChange={(response) => change(view.question.id, response)}
                onMove={(index, by) => move(view, index, by)}
                onCheck={() => check(view)}
              />
            ))}
          </fieldset>
          {quiz.scored && (
            <div className="quiz-actions">
              {showMissing && missing.length > 0 && (
                <div id={ids.missing} className="quiz-missing" tabIndex={-1}>
                  <p>{t('unansweredIntro')}</p>
                  <ul>
                    {missing.map((view) => (
                      <li key={view.question.id}>
                        <button type="button" className="quiz-link" onClick={() => goTo(view.question.id)}>
                          {t('goToQuestion', { number: view.number })}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <button type="button" className="quiz-button" onClick={submit} disabled={!ready}>
                {t('submit')}
              </button>
            </div>
          )}
        </>
      )}
      <p id={ids.status} className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
