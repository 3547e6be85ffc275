import { Fragment } from 'react';
import type { ChatEntry, ChatView } from '../../scenario-engine/browser/chat-view.ts';
import type { Scenario } from '../../scenario-engine/build/schema.ts';
import { ChoiceFeedback } from './ChoiceFeedback.tsx';
import type { ScenarioText } from './texts.ts';

interface ChatLogProps {
  id: string;
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

function Entry({ entry, scenario, t }: { entry: ChatEntry; scenario: Scenario; t: ScenarioText }) {
  if (entry.kind === 'note') return <li className="chat-note">{entry.text}</li>;
  if (entry.kind === 'picked') return <li className="chat-note chat-picked">{t('picked', { choice: entry.text })}</li>;
  const sender = scenario.characters[entry.from];
  return (
    <li className={`chat-message ${entry.mine ? 'mine' : 'theirs'} role-${sender?.role ?? 'contact'}`}>
      <span className="chat-sender">{t('from', { name: sender?.name ?? entry.from })}</span>{' '}
      {entry.text && <span className="chat-text">{entry.text}</span>}
      {entry.attachment && (
        <span className="chat-attachment">{t('attachment', { description: entry.attachment })}</span>
      )}
    </li>
  );
}

/**
 * The chat so far. A `log` is a polite live region: a screen reader announces each message added, once; the
 * messages already there when the page loads are not read out again.
 */
export function ChatLog({ id, label, view, shownReplies, scenario, feedbackId, showFeedback, t }: ChatLogProps) {
  const last = view.steps.length - 1;
  return (
    <div id={id} className="chat-log" role="log" aria-label={label} tabIndex={-1}>
      <ol>
        {view.opening.map((entry) => (
          <Entry key={entry.key} entry={entry} scenario={scenario} t={t} />
        ))}
        {view.steps.map((step, index) => (
          <Fragment key={step.shown.key}>
            <Entry entry={step.shown} scenario={scenario} t={t} />
            {index === last && showFeedback && (
              <li className="chat-feedback">
                <ChoiceFeedback id={feedbackId} choice={step.choice} t={t} />
              </li>
            )}
            {(index === last ? step.replies.slice(0, shownReplies) : step.replies).map((entry) => (
              <Entry key={entry.key} entry={entry} scenario={scenario} t={t} />
            ))}
          </Fragment>
        ))}
      </ol>
    </div>
  );
}
