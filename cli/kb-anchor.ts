/**
 * Proposes the anchor phrase for a passage: the words the card's link (#:~:text=) jumps to.
 * The KB check wants at most 8 words found verbatim in the cited text; a good anchor also holds
 * what made the match (the concepts' and the date's own words) and occurs once in the article,
 * so the link lands on this passage and not an earlier one.
 */

/** The KB check's limit (data/check.ts MAX_ANCHOR_WORDS), repeated so this file stays pure. */
export const ANCHOR_MAX_WORDS = 8;
/** Shorter phrases are rarely unique in an article. */
const ANCHOR_MIN_WORDS = 4;

type Word = { start: number; end: number };

/**
 * The best phrase of `sentence` (4–8 words) to anchor a link in `article`, preferring phrases
 * that cover more of `cues` (the words the engine matched on) and occur once in the article.
 * Empty only for an empty sentence.
 */
export function proposeAnchor(sentence: string, article: string, cues: string[]): string {
  const words: Word[] = [];
  for (const m of sentence.matchAll(/\S+/g))
    words.push({ start: m.index, end: m.index + m[0].length });
  if (words.length === 0) return '';
  const cueSpans = cues
    .map((c) => {
      const at = sentence.indexOf(c);
      return at < 0 ? undefined : { start: at, end: at + c.length };
    })
    .filter((s): s is Word => s !== undefined);
  let best: { phrase: string; score: number } | undefined;
  const longest = Math.min(ANCHOR_MAX_WORDS, words.length);
  const shortest = Math.min(ANCHOR_MIN_WORDS, longest);
  for (let n = shortest; n <= longest; n++)
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = trimPunctuation(
        sentence.slice((words[i] as Word).start, (words[i + n - 1] as Word).end),
      );
      if (!phrase) continue;
      const from = sentence.indexOf(phrase, (words[i] as Word).start);
      const to = from + phrase.length;
      // Characters of the cues inside the phrase: what the engine matched on is what to link to.
      let covered = 0;
      for (const c of cueSpans)
        covered += Math.max(0, Math.min(to, c.end) - Math.max(from, c.start));
      const unique = occurrences(article, phrase) <= 1;
      const score = covered * 10 + (unique ? 1000 : 0) - n;
      if (!best || score > best.score) best = { phrase, score };
    }
  return best?.phrase ?? '';
}

/** Punctuation at either end breaks text fragments on some pages; quotes and brackets too. */
function trimPunctuation(s: string): string {
  return s.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}%]+$/u, '');
}

function occurrences(text: string, phrase: string): number {
  let n = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) n++;
  return n;
}
