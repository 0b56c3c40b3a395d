/**
 * Who says a sentence is not what it tells. "The ferry resumed on Monday, according to the
 * harbour board" names the board as the source: it does not tell that the board ran the ferry
 * or led any talks. A claim read only on words inside such a span is not asserted.
 */
import { cueClass, hasCue } from './cue-words';
import { SAYING_VERBS } from './english';
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';
import { gapHas } from './word-gaps';

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
 * A tail names its source only before one of its verbs, an opening teller only before a verb of
 * saying: a sentence with neither is not walked (cue-words.ts; the tail's walk tests the marks
 * between every two words).
 */
const TELLING_CUE = cueClass(TELLING);
const SAYING_CUE = cueClass(SAYING_VERBS);

/**
 * The tail after the sentence's last break that names who tells it: ", a member of the
 * harbour board said." / ", the board told reporters.". [from, to), to the sentence's end, or
 * undefined when the tail goes on to tell something ("…, the board said it would …").
 */
export function tailAttribution(
  tokens: readonly Token[],
  text: string,
): [number, number] | undefined {
  if (!hasCue(tokens, TELLING_CUE)) return undefined;
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

/** Auxiliaries that may stand between the subject and its verb of saying ("had warned"). */
const AUXILIARIES = new Set('has have had also again repeatedly'.split(' '));
/** How many words an opening subject may run to before its verb of saying. */
const SUBJECT_REACH = 8;
/** Marks inside an opening subject that make it something other than a plain name. */
const BREAKS = ',;:"“”(';

/** The opening subject before a verb of saying, [from, to), or undefined. */
export function openingTeller(
  tokens: readonly Token[],
  text: string,
): [number, number] | undefined {
  if (!hasCue(tokens, SAYING_CUE)) return undefined;
  for (let k = 1; k < tokens.length && k <= SUBJECT_REACH; k++) {
    if (gapHas(tokens, text, k, BREAKS)) return undefined;
    if (!SAYING_VERBS.has((tokens[k] as Token).norm)) continue;
    let to = k;
    while (to > 1 && AUXILIARIES.has((tokens[to - 1] as Token).norm)) to--;
    return [0, to];
  }
  return undefined;
}

/** Pronouns that name the teller again as the subject of what it tells ("… said it would …"). */
const TELLER_AGAIN = new Set('it they we he she i'.split(' '));
/** Words after a verb of saying that make it a stance taken ("argued for", "warned against"). */
const STANCE = new Set(['for', 'against']);
/** How far after the verb of saying a "that" may open what is told ("said on Monday that …"). */
const THAT_REACH = 5;

/**
 * The opening subject before a verb of saying (openingTeller()) when what it
 * tells has a subject of its own: "The board said the crews had left" names the board as the
 * teller, "The board said it would close the pier" as the actor too (undefined).
 */
export function reportingTeller(
  tokens: readonly Token[],
  text: string,
): [number, number] | undefined {
  const opening = openingTeller(tokens, text);
  if (!opening) return undefined;
  let verb = opening[1];
  while (verb < tokens.length && !SAYING_VERBS.has((tokens[verb] as Token).norm)) verb++;
  // "The regional government had argued for the crews to stay": a stance it took, not a report.
  if (STANCE.has(tokens[verb + 1]?.norm ?? '')) return undefined;
  let subject = verb + 1;
  for (let k = verb + 1; k < tokens.length && k <= verb + THAT_REACH; k++)
    if ((tokens[k] as Token).norm === 'that') {
      subject = k + 1;
      break;
    }
  const first = tokens[subject];
  return first && TELLER_AGAIN.has(first.norm) ? undefined : opening;
}

/**
 * Whether every hit of the claim's key group lies in the tail naming the sentence's source
 * (", a member of the harbour board said") or in its opening teller ("The board said the crews
 * had left": reportingTeller()): the key is who tells it, which may or may not be what it tells
 * (a spokesman's own board's act is told so too), so such a reading only yields to another one
 * the sentence gives as much.
 */
export function keyOnlyTeller(words: SentenceWords, key: readonly ConceptId[]): boolean {
  let tail: [number, number] | undefined | null = null;
  let opening: [number, number] | undefined | null = null;
  let any = false;
  for (const h of words.hits) {
    if (!key.includes(h.concept)) continue;
    any = true;
    if (tail === null) tail = tailAttribution(words.tokens, words.text);
    if (tail && h.from >= tail[0]) continue;
    if (opening === null) opening = reportingTeller(words.tokens, words.text);
    if (opening && h.to <= opening[1]) continue;
    return false;
  }
  return any;
}

/** Determiners before a noun that names a body again ("the committee", "this board"). */
const NAMING_AGAIN = new Set(['the', 'this', 'that']);

/** Whether a hit carried onto `at` stands on "the <noun>": on the determiner or the noun after it. */
function namedAgainAt(tokens: readonly Token[], at: number): boolean {
  return (
    NAMING_AGAIN.has(tokens[at]?.norm ?? '') ||
    (at > 0 && NAMING_AGAIN.has(tokens[at - 1]?.norm ?? ''))
  );
}

/**
 * "The Harbour Works Committee said the repairs were done. The committee said a separate
 * dredging contract had ended in Ashby.": a body named again by its noun, carried from the
 * sentence before, as only who tells what the sentence reports of something else. A claim about
 * the body itself is not told by it: every hit of its key group is carried onto "the <noun>"
 * (not a pronoun: "He said …" may be the one who acts) opening a report with a subject of its own
 * (reportingTeller(): "The committee said it would meet" tells of the committee).
 */
export function keyOnlyCarriedTeller(words: SentenceWords, key: readonly ConceptId[]): boolean {
  let any = false;
  for (const h of words.hits) {
    if (!key.includes(h.concept)) continue;
    if (!h.inferred || !namedAgainAt(words.tokens, h.from)) return false;
    any = true;
  }
  if (!any) return false;
  const opening = reportingTeller(words.tokens, words.text);
  return (
    opening !== undefined && words.hits.every((h) => !key.includes(h.concept) || h.to <= opening[1])
  );
}
