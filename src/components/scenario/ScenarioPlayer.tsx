import { useStore } from '@nanostores/react';
import { computed } from 'nanostores';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { $course, report } from '../../course-state/store.ts';
import type { Messages } from '../../i18n/index.ts';
import type { Scenario } from '../../scenario-engine/schema.ts';
import { debriefFor, followsThreat } from '../../scenario-engine/debrief.ts';
import { takeChoice, transcriptAt } from '../../scenario-engine/transcript.ts';
import { islandCommitted } from '../../shell/island-settling.ts';
import { ChatLog } from './ChatLog.tsx';
import { ChoiceFeedback } from './ChoiceFeedback.tsx';
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

/**
 * A branching chat: the contact's messages, the learner's choices, feedback, and an ending with its debrief.
 * The position lives in the course state (`$course`), as a path of choice indexes, so a reload lands on the same
 * message; `takeChoice` says where each choice leads. It reports what happens with `report()` and knows nothing of
 * SCORM.
 */
export default function ScenarioPlayer({ scenario, messages, headingLevel = 3 }: ScenarioPlayerProps) {
  const { t, core } = useMemo(() => scenarioTexts(messages), [messages]);
  const $progress = useMemo(() => computed($course, (state) => state.scenarios[scenario.id]), [scenario.id]);
  // The page is built without progress; hydrate with the same, then show where the learner is.
  const progress = useStore($progress, { ssr: () => undefined });

  const savedPath = progress?.path ?? [];
  const transcript = transcriptAt(scenario, savedPath) ?? transcriptAt(scenario, [])!;
  const [revealed, setRevealed] = useState(Number.POSITIVE_INFINITY);
  const [steppedOut, setSteppedOut] = useState(false);
  const focusNext = useRef<string | undefined>(undefined);
  const root = useRef<HTMLElement>(null);
  const id = useId();
  const ids = { title: `${id}-title`, log: `${id}-log`, feedback: `${id}-feedback`, ending: `${id}-ending` };

  const characters = scenario.characters;
  const learner = Object.values(characters).find((c) => c.role === 'learner')?.name ?? '';
  const contact = Object.values(characters).find((c) => c.role === 'contact')?.name ?? '';
  const shown = Math.min(revealed, transcript.entries.length);
  const waiting = shown < transcript.entries.length;
  const nextSender = waiting ? transcript.entries[shown] : undefined;
  const typingName = nextSender?.kind === 'message' ? (characters[nextSender.from]?.name ?? '') : '';

  // Tells the shell this island has hydrated, so that leaving the page may now unmount it (island-settling.ts).
  useEffect(() => islandCommitted(root.current), []);

  // New messages appear one by one, like a chat; the learner can show them all at once.
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setTimeout(() => setRevealed((count) => count + 1), MESSAGE_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, shown]);

  // Focus goes to the first new thing after each step (the feedback, the ending, or the chat).
  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    document.getElementById(target)?.focus();
  });

  const choose = (index: number) => {
    if (!progress || progress.attempts === 0 || progress.ending)
      report({ type: 'scenario.started', scenario: scenario.id });
    const choice = transcript.at.kind === 'node' ? transcript.at.choices[index] : undefined;
    const after = takeChoice(scenario, savedPath, index);
    if (!choice || !after) return;
    const { path, ending } = after;
    report({
      type: 'scenario.choiceMade',
      scenario: scenario.id,
      node: transcript.at.id,
      choice: index,
      rating: choice.rating,
      path,
    });
    if (ending) {
      report({
        type: 'scenario.endingReached',
        scenario: scenario.id,
        ending: ending.id,
        outcome: ending.outcome,
        path,
      });
    }
    const next = transcriptAt(scenario, path);
    // The learner's choice and the first reply show at once; the rest follow at a chat's pace.
    setRevealed(prefersReducedMotion() || !next ? Number.POSITIVE_INFINITY : next.newFrom + 2);
    focusNext.current = scenario.feedback === 'immediate' ? ids.feedback : ending ? ids.ending : ids.log;
  };

  const goBack = () => {
    const path = savedPath.slice(0, -1);
    report({ type: 'scenario.wentBack', scenario: scenario.id, path });
    setRevealed(Number.POSITIVE_INFINITY);
    focusNext.current = ids.log;
  };

  const tryAgain = () => {
    report({ type: 'scenario.started', scenario: scenario.id });
    setRevealed(Number.POSITIVE_INFINITY);
    focusNext.current = ids.title;
  };

  const Title = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const lastTaken = transcript.taken[transcript.taken.length - 1];
  const showFeedback = scenario.feedback === 'immediate' && lastTaken !== undefined;

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
            focusNext.current = steppedOut ? ids.log : `${id}-out`;
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
          <ChatLog
            id={ids.log}
            label={t('chatLabel', { learner, contact })}
            entries={transcript.entries.slice(0, shown)}
            characters={characters}
            learnerName={learner}
            t={t}
          />
          {waiting && (
            <div className="scenario-typing">
              <p aria-hidden="true">{t('typing', { name: typingName })}</p>
              <button
                type="button"
                className="scenario-button secondary"
                onClick={() => setRevealed(Number.POSITIVE_INFINITY)}
              >
                {t('showAll')}
              </button>
            </div>
          )}
          {showFeedback && lastTaken && <ChoiceFeedback id={ids.feedback} taken={lastTaken} t={t} />}
          {!waiting && transcript.at.kind === 'node' && (
            <ChoiceGroup
              key={transcript.entries.length}
              heading={t('whatNow', { name: learner })}
              choices={transcript.at.choices}
              onChoose={choose}
            />
          )}
          {!waiting && transcript.at.kind === 'ending' && (
            <EndingPanel
              id={ids.ending}
              ending={transcript.at.ending}
              debrief={debriefFor(scenario, transcript.at.id, savedPath)}
              afterThreat={followsThreat(scenario, savedPath)}
              taken={transcript.taken}
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
