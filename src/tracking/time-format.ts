/** Times and durations in the exact forms each SCORM version accepts. Pure. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Centiseconds, never negative: both versions keep at most two decimals of a second. */
const centiseconds = (ms: number) => Math.max(0, Math.round(ms / 10));

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (session_time, interaction latency): hours take 2 to 4 digits, so a
 * duration is capped at 9999:59:59.99.
 */
export function timespan12(ms: number): string {
  const cs = Math.min(centiseconds(ms), 9999 * 360000 + 359999);
  const h = Math.floor(cs / 360000);
  const m = Math.floor(cs / 6000) % 60;
  const s = Math.floor(cs / 100) % 60;
  return `${pad(h, 4)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS` (interaction time): a clock time without a date, in the learner's time zone. */
export function clockTime12(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 2004 timeinterval (second,10,2): an ISO 8601 duration such as `PT1H2M3.5S`. */
export function duration2004(ms: number): string {
  const cs = centiseconds(ms);
  const h = Math.floor(cs / 360000);
  const m = Math.floor(cs / 6000) % 60;
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/**
 * SCORM 2004 time (second,10,0): `YYYY-MM-DDThh:mm:ss.ssZ`. At most two decimals of a second, and a time zone only
 * after them (the RTE's `time` data type), so `toISOString()`'s three decimals are cut to two.
 */
export function timestamp2004(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 22)}Z`;
}
