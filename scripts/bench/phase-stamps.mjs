/**
 * Our main-thread CPU per phase of the first scan, from stamps a scratch build leaves in a trace
 * of the tab (DEVELOPERS.md, "Thread time per phase"): `console.timeStamp('cl:open <phase>')`
 * where a slice of ours opens or a phase begins (startClock, enterPhase, where yieldToPage and
 * waitOutside restart the slice), `console.timeStamp('cl:close')` where a slice ends
 * (closeSlice). Each TimeStamp event (category devtools.timeline) carries `tts`, the thread's
 * CPU clock in µs: the time from an opening stamp to the next stamp is the named phase's, and
 * the time after a closing stamp (waits, the page's own tasks) is no one's. Stamps inside a
 * phase (`cl:open rt:climb`) split it further; each costs about 1 µs.
 *
 * The builds we ship make no stamps: the result is then null.
 */

/** The prefix of our stamps' messages. */
const PREFIX = 'cl:';

/**
 * @param {any[]} events the trace's events (Tracing.dataCollected values)
 * @returns {Record<string, number> | null} thread ms per phase, in the order first met; null
 *   when the trace holds no stamp of ours
 */
export function stampPhases(events) {
  const stamps = events
    .filter(
      (e) =>
        e.name === 'TimeStamp' &&
        typeof e.tts === 'number' &&
        String(e.args?.data?.message ?? '').startsWith(PREFIX),
    )
    .sort((a, b) => a.ts - b.ts);
  if (stamps.length === 0) return null;
  /** @type {Record<string, number>} */
  const ms = {};
  /** @type {{ phase: string, tts: number } | null} */
  let open = null;
  for (const e of stamps) {
    const message = String(e.args.data.message).slice(PREFIX.length);
    if (open) ms[open.phase] = (ms[open.phase] ?? 0) + (e.tts - open.tts) / 1000;
    open = message.startsWith('open ')
      ? { phase: message.slice('open '.length), tts: e.tts }
      : null;
  }
  return ms;
}
