/**
 * Maps the engine's spans (offsets into the extracted article text) back to the eval set's
 * sentences. Each sentence is found in the extracted text ignoring whitespace (the page reader
 * collapses it and puts "\n\n" between blocks, inline markup may sit anywhere), in reading order.
 * Overlaps are then measured in non-whitespace characters.
 *
 * The rule (see scripts/eval/score.ts): a sentence counts as highlighted when the highlights
 * together cover more than half of its non-whitespace characters. A highlight that covers less
 * is reported as a partial overlap but does not count.
 */

/** A half-open range of offsets into the extracted text. */
export type Span = { start: number; end: number };

/** More than this share of a sentence's characters covered ⇒ the sentence is highlighted. */
export const MAJORITY = 0.5;

/**
 * Characters the page reader and the eval set need not agree on: whitespace (`\s` includes the
 * no-break space, which the reader turns into a space) and invisible ones, which it drops.
 */
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

/** The extracted text with the eval set's sentences located in it. */
export type Located = {
  /** Each sentence's span in the extracted text, or null when its text is not there. */
  spans: (Span | null)[];
  /** For each sentence, its span in non-whitespace characters (the unit overlaps are measured in). */
  compact: (Span | null)[];
  /** Offset in the extracted text → non-whitespace characters before it. */
  before: Int32Array;
};

/** How a set of engine spans lies over the sentences. */
export type Overlap = {
  /** Per sentence, the spans touching it (their indices), the largest overlap first. */
  touching: number[][];
  /** Per sentence, the share of its non-whitespace characters the spans cover together (0–1). */
  covered: number[];
  /** Spans that touch no sentence at all (page furniture or text the set does not have). */
  outside: number[];
};

/** Finds each sentence in `text` in order, whitespace-insensitive; a repeated one is found again after the previous. */
export function locateSentences(text: string, sentences: readonly string[]): Located {
  const before = new Int32Array(text.length + 1);
  const positions: number[] = [];
  let compactText = '';
  for (let i = 0; i < text.length; i++) {
    before[i] = positions.length;
    const ch = text[i] as string;
    if (!IGNORED.test(ch)) {
      positions.push(i);
      compactText += ch;
    }
  }
  before[text.length] = positions.length;

  const spans: (Span | null)[] = [];
  const compact: (Span | null)[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const needle = squeeze(sentence);
    let at = needle ? compactText.indexOf(needle, cursor) : -1;
    if (needle && at < 0) at = compactText.indexOf(needle); // out of order: still find it
    if (at < 0) {
      spans.push(null);
      compact.push(null);
      continue;
    }
    const end = at + needle.length;
    cursor = end;
    compact.push({ start: at, end });
    spans.push({ start: positions[at] as number, end: (positions[end - 1] as number) + 1 });
  }
  return { spans, compact, before };
}

/** Measures how `ranges` (engine offsets into the same text) lie over the located sentences. */
export function overlap(located: Located, ranges: readonly Span[]): Overlap {
  const { before } = located;
  const max = before.length - 1;
  const clamp = (n: number) => Math.max(0, Math.min(max, n));
  const squeezed = ranges.map((r) => ({
    start: before[clamp(r.start)] as number,
    end: before[clamp(r.end)] as number,
  }));
  const touchingAny = new Set<number>();
  const touching: number[][] = [];
  const covered: number[] = [];
  for (const sentence of located.compact) {
    if (!sentence || sentence.end <= sentence.start) {
      touching.push([]);
      covered.push(0);
      continue;
    }
    const hits: { index: number; chars: number }[] = [];
    const parts: Span[] = [];
    squeezed.forEach((r, index) => {
      const start = Math.max(r.start, sentence.start);
      const end = Math.min(r.end, sentence.end);
      if (end <= start) return;
      hits.push({ index, chars: end - start });
      parts.push({ start, end });
      touchingAny.add(index);
    });
    hits.sort((a, b) => b.chars - a.chars || a.index - b.index);
    touching.push(hits.map((h) => h.index));
    covered.push(unionLength(parts) / (sentence.end - sentence.start));
  }
  const outside = ranges.map((_, i) => i).filter((i) => !touchingAny.has(i));
  return { touching, covered, outside };
}

/** True when `covered` (a share from overlap()) makes the sentence count as highlighted. */
export function isMostlyCovered(covered: number): boolean {
  return covered > MAJORITY;
}

function unionLength(parts: Span[]): number {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -1;
  for (const p of sorted) {
    const start = Math.max(p.start, end);
    if (p.end > start) total += p.end - start;
    end = Math.max(end, p.end);
  }
  return total;
}

function squeeze(s: string): string {
  let out = '';
  for (const ch of s) if (!IGNORED.test(ch)) out += ch;
  return out;
}
