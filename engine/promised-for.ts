/**
 * "The handover had been promised for the last days of May": a verb of promising in the passive,
 * its thing as the subject and a time after "for", tells when that thing was due, not that
 * anyone seeks it. A word read from it as an aim ("promised") is not read so. "The council
 * promised to close the pier", "an exit promised by the council" (its promiser named) and
 * "had promised that …" are read as before.
 */
import type { Token } from './tokenize';

/** Forms of "be" that make the participle after them passive. */
const BE = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);
/** Participles of promising. */
const PROMISED = new Set(['promised', 'pledged', 'vowed']);

/** Whether the word at `at` is a passive participle of promising followed by "for". */
export function promisedFor(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  return (
    PROMISED.has(t.norm) &&
    at > 0 &&
    BE.has(tokens[at - 1]?.norm ?? '') &&
    tokens[at + 1]?.norm === 'for'
  );
}
