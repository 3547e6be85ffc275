import type { Character } from '../../scenario-engine/build/schema.ts';
import type { ScenarioText } from './texts.ts';

interface ChatHeaderProps {
  /** Who the learner's character is talking to (everyone but them). */
  others: Character[];
  /** The choice the learner is at (1 for the first), or undefined at an ending. */
  step: number | undefined;
  t: ScenarioText;
}

/** The top of the phone's chat: who is on the other side, how the app shows them, and how far the chat has gone. */
export function ChatHeader({ others, step, t }: ChatHeaderProps) {
  const first = others[0];
  const names = others.map((character) => character.name).join(', ');
  const about = others.find((character) => character.about)?.about;
  return (
    <div className="chat-header">
      <span className="chat-avatar" aria-hidden="true">
        {(first?.name ?? '?')
          .replace(/[^\p{L}\p{N}]/gu, '')
          .charAt(0)
          .toUpperCase() || '?'}
      </span>
      <span className="chat-who">
        <span className="chat-name">{names || t('chatWithNoOne')}</span>
        {about && <span className="chat-about">{about}</span>}
      </span>
      <span className="chat-step">{step === undefined ? t('stepEnd') : t('step', { step })}</span>
    </div>
  );
}
