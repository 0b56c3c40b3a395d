/**
 * A transcript's speaker label: "HOST: …", "HARBOUR MASTER: …", "MR. QUILL: …", or an
 * interview's "Q: …" / "A: …". The label names who speaks, not what is said, so the sentence's
 * subject stands after it; and a turn opening with a label after a question put by someone else
 * is that question's answer (carry-subject.ts).
 */
import { type SentenceWords, wordsWithHits } from './sentence-facts';

/** Most words a speaker label runs to ("LT. COL. ANNE MARIE QUILL"). */
const LABEL_WORDS = 5;

/**
 * The number of tokens of a speaker label opening the sentence, or 0: a few words in capitals
 * (no lower-case letter, at least one letter: not "10:30"), joined by spaces, abbreviations' dots
 * or hyphens, closed by a colon, with words after it.
 */
export function speakerLabel(words: SentenceWords): number {
  const { tokens, text } = words;
  for (let k = 0; k < tokens.length - 1 && k < LABEL_WORDS; k++) {
    const t = tokens[k] as (typeof tokens)[number];
    if (!capitalsOnly(t.raw)) return 0;
    const gap = text.slice(t.end, (tokens[k + 1] as (typeof tokens)[number]).start);
    if (/^\.?:\s/.test(gap)) return k + 1;
    if (!/^[\s.-]+$/.test(gap)) return 0;
  }
  return 0;
}

/** Words that may follow a live page's clock time: "10:40 a.m.", "10:40 GMT". */
const CLOCK_WORDS = new Set(['am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'gmt', 'utc', 'local']);

/**
 * The number of tokens of a clock time opening a live page's entry ("10:40 — The crews …",
 * "09:15 a.m. - They …"), or 0: the entry's own words, and its subject, come after it. Two
 * numbers joined by a colon, the hour at most 23 and the minutes two digits, with a word of the
 * clock or two after them. One look at the first character settles most sentences.
 */
export function clockStamp(words: SentenceWords): number {
  const { tokens, text } = words;
  const c = text.charCodeAt(0);
  if (c < 48 || c > 57) return 0;
  const hour = tokens[0];
  const minutes = tokens[1];
  if (!hour || !minutes || hour.value === undefined || hour.value > 23) return 0;
  if (!/^\d{2}$/.test(minutes.raw) || text.slice(hour.end, minutes.start) !== ':') return 0;
  let k = 2;
  while (k < 4 && CLOCK_WORDS.has(tokens[k]?.norm ?? '')) k++;
  return k < tokens.length ? k : 0;
}

/**
 * A capital A–Z and no lower-case letter or digit: read from the codes, since most sentences
 * open on a word that fails at its second letter ("The"), and two expressions ran on every one.
 */
function capitalsOnly(raw: string): boolean {
  let capital = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

/** Who speaks ("HOST"), or undefined when the sentence opens with no label. */
export function speakerOf(words: SentenceWords): string | undefined {
  const n = speakerLabel(words);
  if (n === 0) return undefined;
  return words.tokens
    .slice(0, n)
    .map((t) => t.raw)
    .join(' ');
}

/** Words by which a question points back at what was told before it. */
const POINTING = new Set(['that', 'this', 'it', 'so']);
/** How far into the question the pointing word may stand ("Is that …", "But does this …"). */
const POINTING_REACH = 3;
/** Most sentences a turn reaching back to its label may run to ("Q: …. Is that so?"). */
const TURN_SENTENCES = 3;

/**
 * "Q: There are reports the crews will stay at the pier. Is that accurate?" "MR. QUILL: …":
 * the turn before a labelled sentence, from its own label to the sentence just before, as one
 * sentence (the last one's words, every turn sentence's concepts), so an answer takes up all the
 * question was about. `previous` itself when the sentence opens no turn, or the turn before is
 * one sentence long.
 */
export function turnBefore(
  words: readonly (SentenceWords | undefined)[],
  i: number,
  previous: SentenceWords | undefined,
): SentenceWords | undefined {
  const current = words[i];
  if (!previous || !current || speakerLabel(current) === 0 || speakerLabel(previous) > 0)
    return previous;
  // Only a question pointing back at what the turn told ("Is that accurate?", "Does this mean
  // …?"): "Were we consulted?" after a report asks something new, which the answer takes up.
  if (!previous.tokens.slice(0, POINTING_REACH).some((t) => POINTING.has(t.norm))) return previous;
  for (let k = i - 2; k >= 0 && k > i - 1 - TURN_SENTENCES; k--) {
    const opening = words[k];
    if (!opening) return previous;
    if (speakerLabel(opening) === 0) continue;
    if (speakerOf(opening) === speakerOf(current)) return previous;
    const hits = [];
    for (let j = k; j < i - 1; j++) hits.push(...(words[j]?.hits ?? []).filter((h) => !h.inferred));
    // At the last sentence's first word: the turn's concepts told before it, carried there.
    const first = previous.tokens[0];
    if (!first) return previous;
    // Written out when the hit has only the four keys, not spread: one hidden class for all hits.
    const told = hits.map((h) => {
      const text = `${first.raw} (→ "${h.text}")`;
      return h.filed === undefined && !('inferred' in h)
        ? { concept: h.concept, from: 0, to: 1, text }
        : { ...h, from: 0, to: 1, text };
    });
    return wordsWithHits(previous, [...told, ...previous.hits]);
  }
  return previous;
}
