import { atom } from 'nanostores';

/**
 * Where the learner's progress is going, for the shell's quiet notice:
 * - `starting`: the session is not started yet;
 * - `lms`: the LMS has everything (last commit accepted);
 * - `local-only`: no LMS (or it would not open this launch): progress is kept in this browser only;
 * - `not-kept`: no LMS and the browser refuses storage: progress ends with the page;
 * - `unsaved`: the LMS refused the last save; it is kept in this browser and tried again;
 * - `ended`: the launch is over (the page is leaving, or Quick exit).
 */
export type SaveStatus = 'starting' | 'lms' | 'local-only' | 'not-kept' | 'unsaved' | 'ended';

export const $saveStatus = atom<SaveStatus>('starting');

/** The interface text (src/i18n/<language>/tracking.json) the shell shows for a status; none when all is well. */
export const SAVE_NOTICE: Readonly<Partial<Record<SaveStatus, string>>> = {
  'local-only': 'tracking.status.localOnly',
  'not-kept': 'tracking.status.notKept',
  unsaved: 'tracking.status.unsaved',
};
