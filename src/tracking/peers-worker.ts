/// <reference lib="webworker" />
import type { CourseState } from '../course-state/state.ts';
import { answerPeer } from './peers.ts';

/**
 * The worker each copy of the course starts once its page is idle (peers.ts says why). The page sends the name of
 * its channel (the course and the learner) first, then its progress after every change, numbered; the worker shares
 * it with the other copies on a BroadcastChannel, and sends the page the merged progress when the others have more.
 * The page takes it only if it is built on the page's latest progress, so a change made meanwhile is never undone.
 */
type FromPage = { channel: string } | { seq: number; state: CourseState };

let channel: BroadcastChannel | undefined;
let mine: { seq: number; state?: CourseState } = { seq: 0 };
/** What the other copies have, put together. */
let heard: CourseState | undefined;

function offerToPage(): void {
  const adopt = mine.state && heard && answerPeer(mine.state, heard).adopt;
  if (adopt) self.postMessage({ seq: mine.seq, state: adopt });
}

self.onmessage = ({ data }: MessageEvent<FromPage>) => {
  if ('channel' in data) {
    const peers = new BroadcastChannel(data.channel);
    channel = peers;
    peers.onmessage = ({ data: theirs }: MessageEvent<CourseState>) => {
      heard = heard ? (answerPeer(theirs, heard).adopt ?? theirs) : theirs;
      if (mine.state && answerPeer(mine.state, theirs).reply) peers.postMessage(mine.state);
      offerToPage();
    };
    return;
  }
  mine = data;
  channel?.postMessage(data.state);
  offerToPage();
};
