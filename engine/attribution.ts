/**
 * Who says a sentence is not what it tells. "The ferry resumed on Monday, according to the
 * harbour board" names the board as the source: it does not tell that the board ran the ferry
 * or led any talks. A claim read only on words inside such a span is not asserted.
 */
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Marks that end an attribution span ("according to the board, the ferry …"). */
const SPAN_END = /[,;:—–(]/;

/** The spans [from, to) of "according to …", each up to the next comma or the sentence's end. */
export function attributionSpans(tokens: readonly Token[], text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'according' || (tokens[k + 1] as Token).norm !== 'to')
      continue;
    let end = k + 2;
    while (
      end < tokens.length &&
      !SPAN_END.test(text.slice((tokens[end - 1] as Token).end, (tokens[end] as Token).start))
    )
      end++;
    spans.push([k, end]);
    k = end - 1;
  }
  return spans;
}

/**
 * Whether every hit of the claim's key group lies inside an attribution span: the sentence
 * names the key only as who says it.
 */
export function keyOnlyAttributed(words: SentenceWords, key: readonly ConceptId[]): boolean {
  let spans: [number, number][] | undefined;
  let any = false;
  for (const h of words.hits) {
    if (!key.includes(h.concept)) continue;
    any = true;
    spans ??= attributionSpans(words.tokens, words.text);
    if (!spans.some(([from, to]) => h.from >= from && h.to <= to)) return false;
  }
  return any;
}
