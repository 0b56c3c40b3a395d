/**
 * "The ferry service will close in two stages. The first, covering the Old Pier, ends in May;
 * the second, at Portsea, in June.": an ordinal with no noun of its own stands for the items a
 * count just named ("two stages"), in the sentence before or earlier in its own ("The first
 * stage is to be followed by the second at Portsea"). The sentence is read with the words it
 * leaves out ("first stage", "second stage") at the ordinal, so a clause about one item is
 * read as about it.
 */
import type { ConceptHit } from './find-concepts';
import { type SentenceWords, wordsWithHits } from './sentence-facts';
import { NUMBER_WORDS } from './spelled-numbers';
import type { Token } from './tokenize';
import { inClass, wordClass } from './word-class';

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last']);
/** ORDINALS as a word class: tested at every word of every sentence. */
const ORDINAL = wordClass(ORDINALS);
/**
 * Words after an ordinal that show it has no noun of its own: a verb or a preposition opening
 * what is said of it ("the second in June", "the first was", "the first, covering …").
 */
const AFTER_A_BARE_ORDINAL = new Set([
  'in',
  'at',
  'on',
  'by',
  'from',
  'is',
  'was',
  'will',
  'would',
  'has',
  'had',
  'should',
  'ends',
  'ended',
  'runs',
  'ran',
  'began',
  'begins',
  'covers',
  'covered',
  'covering',
]);

/** Reads a short text's concepts, as a sentence's are read. */
export type PhraseReader = (text: string) => ConceptHit[];

/**
 * The sentence with the concepts of "<ordinal> <item>" at each bare ordinal ("the first,") whose
 * item a count named ("two stages", "three steps"), or the sentence itself.
 */
export function withOrdinalNouns(
  current: SentenceWords,
  previous: SentenceWords | undefined,
  read: PhraseReader,
): SentenceWords {
  const { tokens, text } = current;
  let added: ConceptHit[] | undefined;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!inClass(t, ORDINAL) || (tokens[k - 1] as Token).norm !== 'the') continue;
    const next = tokens[k + 1];
    const bare = !next || /[,;:.]/.test(text.slice(t.end, next.start));
    if (!bare && !AFTER_A_BARE_ORDINAL.has(next?.norm ?? '')) continue;
    const series = SERIES.has(t.norm);
    const item =
      countedItem(tokens.slice(0, k - 1), series) ??
      (previous && countedItem(previous.tokens, series));
    if (!item) continue;
    for (const h of read(`${t.norm} ${item}`)) {
      if (current.hits.some((c) => c.concept === h.concept)) continue;
      added ??= [];
      added.push({ concept: h.concept, from: k, to: k + 1, text: `${t.raw} (→ "${item}")` });
    }
  }
  return added ? wordsWithHits(current, [...current.hits, ...added]) : current;
}

/**
 * Ordinals that number a member of a series: "the second" echoes a "first" or a count, never
 * "the last crews" or "the final convoy", which say which of some people or things came last
 * ("In the first option, the last crews leave in May. In the second, …": the second option).
 */
const SERIES = new Set(['first', 'second', 'third', 'fourth']);

/**
 * The item a count names ("two stages" → "stage"), or one an ordinal named ("the first stage"),
 * the last one in the words; undefined when none. For an ordinal of a series (`series`), an
 * item named by "last" or "final" is passed over.
 */
function countedItem(tokens: readonly Token[], series = false): string | undefined {
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    const noun = (tokens[k + 1] as Token).norm;
    const many = Object.hasOwn(NUMBER_WORDS, t.norm) ? t.norm !== 'one' : (t.value ?? 0) > 1;
    const counts = many && (t.value ?? 2) < 10 && noun.endsWith('s');
    if (counts && noun.length > 3) return noun.slice(0, -1);
    const named = series ? SERIES.has(t.norm) : ORDINALS.has(t.norm);
    if (named && /^[a-z]{3,}$/.test(noun) && !AFTER_A_BARE_ORDINAL.has(noun)) return noun;
  }
  return undefined;
}
