import { useStore } from '@nanostores/react';
import { computed } from 'nanostores';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createActor, type Actor } from 'xstate';
import { $course, report } from '../../course-state/store.ts';
import type { Messages } from '../../i18n/index.ts';
import {
  choiceEvent,
  compileScenario,
  snapshotAt,
  type ChatMachine,
  type ChatSnapshot,
} from '../../scenario-engine/browser/chat-machine.ts';
import { chatView, learnerOf } from '../../scenario-engine/browser/chat-view.ts';
import { debriefFor, followsThreat } from '../../scenario-engine/browser/debrief.ts';
import type { Scenario } from '../../scenario-engine/build/schema.ts';
import { takeEarlyChoice } from '../../shell/early-choices.ts';
import { islandCommitted } from '../../shell/island-settling.ts';
import { ChatHeader } from './ChatHeader.tsx';
import { ChatLog } from './ChatLog.tsx';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { EndingPanel } from './EndingPanel.tsx';
import { scenarioTexts } from './texts.ts';
import './ScenarioPlayer.css';

export interface ScenarioPlayerProps {
  /** The scenario in the build's language (plain data, checked at build). */
  scenario: Scenario;
  /** The `scenario.*` and `core.*` interface texts. */
  messages: Messages;
  /** Level of the scenario's title; the page's sections are h2, so 3 by default. */
  headingLevel?: 2 | 3 | 4 | undefined;
}

/** Pause between two new messages from the contact, so that they read like a chat; none with reduced motion. */
const MESSAGE_PAUSE_MS = 900;

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** Brings an element into view below the sticky header (the page's scroll-padding-top), at once under reduced motion. */
function bringIntoView(element: Element | null, block: ScrollLogicalPosition): void {
  element?.scrollIntoView?.({ block, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/** The chat's reports to the course state, supplied to the machine's named actions. */
function reporting(machine: ChatMachine, scenario: string) {
  return machine.provide({
    actions: {
      'report.started': () => report({ type: 'scenario.started', scenario }),
      'report.choiceMade': ({ context }, params) =>
        report({ type: 'scenario.choiceMade', scenario, ...params, path: [...context.path] }),
      'report.wentBack': ({ context }) => report({ type: 'scenario.wentBack', scenario, path: [...context.path] }),
      'report.endingReached': ({ context }, params) =>
        report({ type: 'scenario.endingReached', scenario, ...params, path: [...context.path] }),
    },
  });
}

/** After a render: what gets the focus (without the browser's own jump), and what comes into view below the header. */
interface FocusRequest {
  focus: string;
  show?: string;
  block?: ScrollLogicalPosition;
}

/**
 * A branching chat, run by the scenario's XState machine: the island starts one actor at the learner's saved place,
 * sends each choice, Back and Try again to it, and renders what its snapshot says. The machine reports to the course
 * state through the actions supplied here; the island decides nothing about where a choice leads.
 */
export default function ScenarioPlayer({ scenario, messages, headingLevel = 3 }: ScenarioPlayerProps) {
  const { t, core } = useMemo(() => scenarioTexts(messages), [messages]);
  const machine = useMemo(() => reporting(compileScenario(scenario), scenario.id), [scenario]);
  const $progress = useMemo(() => computed($course, (state) => state.scenarios[scenario.id]), [scenario.id]);
  // The page is built without progress; hydrate with the same, then show where the learner is.
  const progress = useStore($progress, { ssr: () => undefined });
  const [snapshot, setSnapshot] = useState<ChatSnapshot>(() => snapshotAt(machine, []) as ChatSnapshot);
  const actor = useRef<Actor<ChatMachine> | undefined>(undefined);
  const [revealed, setRevealed] = useState(Number.POSITIVE_INFINITY);
  const [steppedOut, setSteppedOut] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useRef<FocusRequest | undefined>(undefined);
  const root = useRef<HTMLElement>(null);
  const id = useId();
  const ids = {
    title: `${id}-title`,
    log: `${id}-log`,
    last: `${id}-log-last`,
    feedback: `${id}-feedback`,
    ending: `${id}-ending`,
    choices: `${id}-choices`,
  };

  // One actor per island, started at the saved place (or afresh when the saved path no longer fits). A choice the
  // learner made before the island could take it (src/shell/early-choices.ts) is taken now.
  useEffect(() => {
    const saved = $progress.get();
    const begun = saved !== undefined && saved.attempts > 0 && saved.ending === undefined;
    // The empty path always fits.
    const start =
      snapshotAt(machine, saved?.path ?? [], { begun }) ?? (snapshotAt(machine, [], { begun }) as ChatSnapshot);
    const running = createActor(machine, { snapshot: start, input: { begun } }).start();
    actor.current = running;
    const subscription = running.subscribe(setSnapshot);
    setSnapshot(running.getSnapshot());
    const early = takeEarlyChoice(root.current);
    if (early && String(running.getSnapshot().value) === early.node) choose(early.index);
    islandCommitted(root.current);
    return () => {
      subscription.unsubscribe();
      running.stop();
      actor.current = undefined;
    };
    // The actor lives as long as the island: the machine never changes for a scenario.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [machine]);

  const view = chatView(scenario, snapshot);
  const ready = actor.current !== undefined;
  const lastStep = view.steps.at(-1);
  // Messages arriving after the last choice are shown one by one; everything before it at once.
  const arriving = lastStep?.replies.length ?? 0;
  const shownReplies = Math.min(revealed, arriving);
  const waiting = shownReplies < arriving;
  const at = view.at;
  const next = lastStep?.replies[shownReplies];
  const typingName = next?.kind === 'message' ? (scenario.characters[next.from]?.name ?? '') : '';

  const arrivedByTimer = useRef(false);
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setTimeout(() => {
      arrivedByTimer.current = true;
      setRevealed((count) => count + 1);
    }, MESSAGE_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, shownReplies]);

  // Focus goes to the first new thing after each step (the feedback, the ending, or the chat), without the browser's
  // own jump; what the learner needs to read is brought into view just below the sticky header instead.
  useEffect(() => {
    const request = focusNext.current;
    if (request === undefined) return;
    focusNext.current = undefined;
    document.getElementById(request.focus)?.focus({ preventScroll: true });
    bringIntoView(document.getElementById(request.show ?? request.focus), request.block ?? 'start');
  });

  // Each message that arrives after a choice, one by one, comes into view, as far as the feedback on the choice can
  // stay on screen: the page never scrolls the feedback's title up under the header while the learner reads it.
  useEffect(() => {
    if (!arrivedByTimer.current) return;
    arrivedByTimer.current = false;
    const newest = document.getElementById(ids.log)?.querySelector('li:last-child');
    const keep = document.getElementById(ids.feedback) ?? document.getElementById(ids.last);
    const header = document.querySelector('.course-header')?.getBoundingClientRect().bottom ?? 0;
    if (!newest || !keep) return;
    const below = newest.getBoundingClientRect().bottom - window.innerHeight;
    const room = keep.getBoundingClientRect().top - header - 8;
    const by = Math.min(below, room);
    if (by > 0) window.scrollBy({ top: by, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shownReplies]);

  // An ending that arrives after the last messages is said once, and comes into view.
  const endingShown = at.kind === 'ending' && !waiting;
  useEffect(() => {
    if (!endingShown || at.kind !== 'ending' || !ready) return;
    setAnnouncement(t('endingAnnounced', { outcome: t(`outcome.${at.outcome}`), title: at.ending.title }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [endingShown]);

  function choose(index: number) {
    const running = actor.current;
    if (!running?.getSnapshot().can(choiceEvent(index))) return;
    running.send(choiceEvent(index));
    const after = running.getSnapshot();
    // The learner's own message and the first reply show at once; the rest follow at a chat's pace.
    setRevealed(prefersReducedMotion() ? Number.POSITIVE_INFINITY : 1);
    setAnnouncement('');
    if (scenario.feedback === 'immediate') focusNext.current = { focus: ids.feedback, show: ids.last };
    else focusNext.current = after.hasTag('ending') ? { focus: ids.ending } : { focus: ids.log, show: ids.last };
  }

  const goBack = () => {
    actor.current?.send({ type: 'back' });
    setRevealed(Number.POSITIVE_INFINITY);
    setAnnouncement('');
    focusNext.current = { focus: ids.choices, block: 'nearest' };
  };

  const tryAgain = () => {
    actor.current?.send({ type: 'restart' });
    setRevealed(Number.POSITIVE_INFINITY);
    setAnnouncement('');
    focusNext.current = { focus: ids.title };
  };

  const Title = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const learner = scenario.characters[learnerOf(scenario)]?.name ?? '';
  const others = Object.values(scenario.characters).filter((c) => c.role !== 'learner');

  return (
    <section ref={root} className="scenario" aria-labelledby={ids.title} data-scenario={scenario.id}>
      <div className="scenario-head">
        <Title id={ids.title} tabIndex={-1} className="scenario-title">
          {scenario.title}
        </Title>
        <button
          type="button"
          className="scenario-button secondary"
          aria-expanded={!steppedOut}
          aria-controls={`${id}-chat`}
          onClick={() => {
            setSteppedOut(!steppedOut);
            focusNext.current = { focus: steppedOut ? ids.log : `${id}-out`, block: 'nearest' };
          }}
        >
          {steppedOut ? t('stepBackIn') : t('stepOut')}
        </button>
      </div>
      {steppedOut ? (
        <div className="scenario-stepped-out" id={`${id}-out`} tabIndex={-1}>
          <p className="scenario-stepped-out-title">{t('steppedOutTitle')}</p>
          <p>{t('steppedOutText')}</p>
          <button type="button" className="scenario-button" aria-haspopup="dialog" data-help-open>
            {t('help')}
          </button>
        </div>
      ) : (
        <div id={`${id}-chat`}>
          <p className="scenario-intro">{t('intro', { name: learner })}</p>
          <div className="chat-phone">
            <ChatHeader others={others} step={at.kind === 'node' ? view.steps.length + 1 : undefined} t={t} />
            <ChatLog
              id={ids.log}
              lastId={ids.last}
              label={
                others.length > 0
                  ? t('chatLabel', { learner, contact: others.map((c) => c.name).join(', ') })
                  : t('chatLabelAlone', { learner })
              }
              view={view}
              shownReplies={shownReplies}
              scenario={scenario}
              feedbackId={ids.feedback}
              showFeedback={scenario.feedback === 'immediate'}
              t={t}
            />
            {waiting && (
              <div className="scenario-typing">
                <p aria-hidden="true">
                  <span className="typing-dots" />
                  {t('typing', { name: typingName })}
                </p>
                <button
                  type="button"
                  className="scenario-button secondary"
                  onClick={() => {
                    setRevealed(Number.POSITIVE_INFINITY);
                    focusNext.current = { focus: ids.choices, block: 'nearest' };
                  }}
                >
                  {t('showAll')}
                </button>
              </div>
            )}
          </div>
          {at.kind === 'node' && (
            <ChoiceGroup
              id={ids.choices}
              key={view.steps.length}
              heading={t('whatNow', { name: learner })}
              node={at.id}
              choices={at.choices}
              available={ready && !waiting}
              loading={ready ? undefined : t('loading')}
              onChoose={choose}
            />
          )}
          {at.kind === 'node' && ready && snapshot.can({ type: 'back' }) && (
            <p className="scenario-back">
              <button type="button" className="scenario-button secondary" onClick={goBack}>
                {t('goBackOne')}
              </button>
            </p>
          )}
          <p className="visually-hidden" role="status">
            {announcement}
          </p>
          {at.kind === 'ending' && !waiting && (
            <EndingPanel
              id={ids.ending}
              ending={at.ending}
              outcome={at.outcome}
              debrief={debriefFor(at.ending, view.trace)}
              steps={view.steps}
              showFeedback={scenario.feedback === 'debrief'}
              afterThreat={followsThreat(scenario, view.trace)}
              endingsFound={progress?.endingsReached.length ?? 1}
              endingsTotal={Object.keys(scenario.endings).length}
              headingLevel={headingLevel + 1}
              t={t}
              core={core}
              onGoBack={goBack}
              onTryAgain={tryAgain}
            />
          )}
        </div>
      )}
    </section>
  );
}
