/**
 * '"So the ferries stop in May?" a caller asked.': a quoted question closed by its teller and a
 * verb of asking is a question, as one ending the sentence is (topic-gate.ts): the quote asks,
 * the tail only says who asked. Not when the tail tells more than the teller ('… he asked,
 * adding that the pier has closed'), nor when the quote does not end on a question mark.
 */

/** Verbs of asking that may close a quoted question's tail. */
const ASKING = new Set(
  'asked asks ask wondered wonders queried queries inquired inquires enquired enquires'.split(' '),
);
/** Words a tail naming the teller may have at most: 'a caller from Lakeland asked'. */
const TAIL_WORDS = 8;

/** Whether the sentence is a quoted question and its teller's tail with a verb of asking. */
export function askedInQuote(text: string): boolean {
  const t = text.trim();
  const m = /\?\s*["”’']\s*,?\s*([^"“”?!;:,]*?)\s*[.]?$/u.exec(t);
  if (!m) return false;
  const tail = (m[1] ?? '').toLowerCase().match(/[a-z'’-]+/g) ?? [];
  if (tail.length === 0 || tail.length > TAIL_WORDS) return false;
  return tail.some((w) => ASKING.has(w));
}
