import { Fragment } from 'react';
import type { ChatEntry, ChatView } from '../../scenario-engine/browser/chat-view.ts';
import type { Scenario } from '../../scenario-engine/build/schema.ts';
import { ChoiceFeedback } from './ChoiceFeedback.tsx';
import type { ScenarioText } from './texts.ts';

interface ChatLogProps {
  id: string;
  /** The id of the last choice's entry, which comes into view below the header after each choice. */
  lastId: string;
  label: string;
  view: ChatView;
  /** How many of the messages after the last choice have arrived so far (they come one by one). */
  shownReplies: number;
  scenario: Scenario;
  feedbackId: string;
  /** Feedback on each choice at once (`feedback: immediate`), right after the choice and before the replies. */
  showFeedback: boolean;
  t: ScenarioText;
}

/** A picture, as a chat app shows one before it is opened. */
const PictureIcon = () => (
  <svg className="chat-card-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
    <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
    <circle cx="9" cy="10" r="1.8" fill="currentColor" />
    <path d="M4 18l5.5-5.5 3.5 3.5 2.5-2.5L20 18" fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
);

function Message({
  id,
  entry,
  first,
  scenario,
  t,
}: {
  id?: string | undefined;
  entry: Extract<ChatEntry, { kind: 'message' }>;
  /** The first of a run of messages from one sender: the name is shown once per run (and always said). */
  first: boolean;
  scenario: Scenario;
  t: ScenarioText;
}) {
  const sender = scenario.characters[entry.from];
  const name = sender?.name ?? entry.from;
  return (
    <li id={id} className={`chat-message ${entry.mine ? 'mine' : 'theirs'}${first ? '' : ' continues'}`}>
      <span className={first && !entry.mine ? 'chat-sender' : 'visually-hidden'}>{t('from', { name })} </span>
      {entry.text && <span className="chat-text">{entry.text}</span>}
      {entry.attachment && (
        <span className="chat-card">
          <PictureIcon />
          <span>{t('picture')}</span>
        </span>
      )}
      {entry.attachment && <span className="chat-narration">{entry.attachment}</span>}
    </li>
  );
}

function Entries(props: { entries: ChatEntry[]; firstId?: string; scenario: Scenario; t: ScenarioText }) {
  const { entries, scenario, t } = props;
  return entries.map((entry, index) => {
    const id = index === 0 ? props.firstId : undefined;
    if (entry.kind === 'note') {
      return (
        <li key={entry.key} id={id} className="chat-note">
          {entry.text}
        </li>
      );
    }
    if (entry.kind === 'picked') {
      return (
        <li key={entry.key} id={id} className="chat-note chat-picked">
          {t('picked', { choice: entry.text })}
        </li>
      );
    }
    const before = entries[index - 1];
    const first = before?.kind !== 'message' || before.from !== entry.from;
    return <Message key={entry.key} id={id} entry={entry} first={first} scenario={scenario} t={t} />;
  });
}

/**
 * The chat so far, as a phone shows it: messages in runs by sender, the learner's character's own replies on the
 * right, the app's notes in the middle, and the feedback on the last choice right after it, before the replies. A
 * `log` is a polite live region: a screen reader announces each message added, once; the messages already there
 * when the page loads are not read out again.
 */
export function ChatLog(props: ChatLogProps) {
  const { id, lastId, label, view, shownReplies, scenario, feedbackId, showFeedback, t } = props;
  const last = view.steps.length - 1;
  return (
    <div id={id} className="chat-log" role="log" aria-label={label} tabIndex={-1}>
      <ol>
        <Entries entries={view.opening} scenario={scenario} t={t} />
        {view.steps.map((step, index) => (
          <Fragment key={step.shown.key}>
            <Entries entries={[step.shown]} firstId={index === last ? lastId : undefined} scenario={scenario} t={t} />
            {index === last && showFeedback && (
              <li className="chat-feedback">
                <ChoiceFeedback id={feedbackId} choice={step.choice} t={t} />
              </li>
            )}
            <Entries
              entries={index === last ? step.replies.slice(0, shownReplies) : step.replies}
              scenario={scenario}
              t={t}
            />
          </Fragment>
        ))}
      </ol>
    </div>
  );
}
