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

/** Verbs that close a sentence's tail naming its source (", a committee member said."). */
const TELLING = new Set(
  'said says told tells added adds wrote writes noted notes stated states'.split(' '),
);
/** How many words the source's name may run to before its verb. */
const SOURCE_REACH = 12;
/** How many words may follow the verb (whom it was told, of what): "told state media". */
const AFTER_REACH = 6;
/** Words after the verb that open a clause of its own: then the tail tells something. */
const CLAUSE_WORDS = new Set(
  'that it they he she we i would will was were is are had has have could can may must'.split(' '),
);

/**
 * The tail after the sentence's last break that names who tells it: ", a member of the
 * harbour board said." / ", the board told reporters.". [from, to), to the sentence's end, or
 * undefined when the tail goes on to tell something ("…, the board said it would …").
 */
export function tailAttribution(
  tokens: readonly Token[],
  text: string,
): [number, number] | undefined {
  let from = -1;
  for (let k = tokens.length - 1; k > 0; k--)
    if (SPAN_END.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))) {
      from = k;
      break;
    }
  if (from < 0) return undefined;
  for (let k = from + 1; k < tokens.length && k <= from + SOURCE_REACH; k++) {
    if (!TELLING.has((tokens[k] as Token).norm)) continue;
    if (tokens.length - 1 - k > AFTER_REACH) return undefined;
    for (let j = k + 1; j < tokens.length; j++)
      if (CLAUSE_WORDS.has((tokens[j] as Token).norm)) return undefined;
    return [from, tokens.length];
  }
  return undefined;
}

/**
 * Whether every hit of the claim's key group lies in the tail naming the sentence's source
 * (", a member of the harbour board said"): the key is who tells it, which may or may not be
 * what it tells (a spokesman's own board's act is told so too), so such a reading only yields
 * to another one the sentence gives as much.
 */
export function keyOnlyTeller(words: SentenceWords, key: readonly ConceptId[]): boolean {
  let tail: [number, number] | undefined | null = null;
  let any = false;
  for (const h of words.hits) {
    if (!key.includes(h.concept)) continue;
    any = true;
    if (tail === null) tail = tailAttribution(words.tokens, words.text);
    if (!tail || h.from < tail[0]) return false;
  }
  return any;
}
