import type { TranscriptEntry } from '../../scenario-engine/transcript.ts';
import type { Character } from '../../scenario-engine/schema.ts';
import type { ScenarioText } from './texts.ts';

interface ChatLogProps {
  id: string;
  label: string;
  entries: TranscriptEntry[];
  characters: Record<string, Character>;
  learnerName: string;
  t: ScenarioText;
}

/**
 * The chat so far. A `log` is a polite live region: a screen reader announces each message added, once; the
 * messages already there when the page loads are not read out again.
 */
export function ChatLog({ id, label, entries, characters, learnerName, t }: ChatLogProps) {
  return (
    <div id={id} className="chat-log" role="log" aria-label={label} tabIndex={-1}>
      <ol>
        {entries.map((entry) => {
          if (entry.kind === 'note') {
            return (
              <li key={entry.key} className="chat-note">
                {entry.text}
              </li>
            );
          }
          if (entry.kind === 'choice') {
            return (
              <li key={entry.key} className="chat-choice">
                {t('learnerChose', { name: learnerName, choice: entry.text })}
              </li>
            );
          }
          const sender = characters[entry.from];
          const side = sender?.role === 'learner' ? 'mine' : 'theirs';
          return (
            <li key={entry.key} className={`chat-message ${side} role-${sender?.role ?? 'contact'}`}>
              <span className="chat-sender">{t('from', { name: sender?.name ?? entry.from })}</span>{' '}
              {entry.text && <span className="chat-text">{entry.text}</span>}
              {entry.attachment && (
                <span className="chat-attachment">{t('attachment', { description: entry.attachment })}</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
