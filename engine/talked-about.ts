/**
 * "The harbour master spoke to the Gazette about the pier's closure, the winter storms and the
 * new ferries": what someone spoke or talked "about" is the topic of the talk, named as things.
 * A list of nouns after "about", with no verb of its own, tells nothing of them: a claim all
 * of whose words lie there is not reported. "spoke about how the crews left in May" has a
 * clause of its own after "about" ("how", a verb), and still tells it. A relative clause set off
 * by a comma ("about the pier's closure, which he watched from the quay") says something of the
 * last noun, not of the talk: the nouns before it are still only the topic, unless the relative
 * clause itself names a date, a figure or the claim's concepts (then it tells them).
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/**
 * Verbs whose "about" names the topic of a talk (not "talks", a noun as often: "the talks are
 * about").
 */
const TALKING = new Set('spoke speaks speak speaking talked talking chatted'.split(' '));
/**
 * Marks that part the verb from "about" (an aside or another clause between them): its
 * listener, place and time ("spoke to the Gazette in Portsea this week about") run on with
 * none, however many words they take.
 */
const TO_ABOUT_BREAK = ',;:!?\u2014';
/**
 * Words that give the part after "about" a clause of its own: a finite verb's auxiliaries, the
 * words opening a clause, and verbs of saying.
 */
const CLAUSE_WORDS = new Set(
  'is are was were has have had will would could can may might must should did does do said says that which who how why whether when where if what'.split(
    ' ',
  ),
);
/** Marks that end the talk's topic: what follows them is told again. */
const CLAUSE_END = /[;:!?]/;
/** Words opening a relative clause on the noun before them when a comma precedes them. */
const RELATIVE = new Set('which who whom whose where when'.split(' '));

/**
 * The "about" at token `at` of a verb of talking, its list of nouns (tokens (at, end)), and a
 * relative clause on the last of them from `end` to the sentence's end, if any.
 */
type Topic = { about: Token; at: number; end: number };

/** The topics of each sentence read, kept while its tokens are: every claim weighed asks. */
const known = new WeakMap<readonly Token[], readonly Topic[]>();

/** Every "about" of a verb of talking whose object is a list of nouns to the sentence's end. */
function topicsOf(tokens: readonly Token[], text: string): readonly Topic[] {
  const kept = known.get(tokens);
  if (kept) return kept;
  const found: Topic[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'about') continue;
    // The verb before it, with no mark and no clause of another verb between them.
    let talking = false;
    for (let v = k - 1; v >= 0; v--) {
      const word = (tokens[v] as Token).norm;
      if (gapHas(tokens, text, v + 1, TO_ABOUT_BREAK)) break;
      if (TALKING.has(word)) {
        talking = true;
        break;
      }
      if (CLAUSE_WORDS.has(word)) break;
    }
    if (!talking) continue;
    const about = tokens[k] as Token;
    let end = tokens.length;
    for (let j = k + 1; j < tokens.length; j++) {
      const word = (tokens[j] as Token).norm;
      if (!CLAUSE_WORDS.has(word)) continue;
      // ", which …" after at least one noun of the topic: a relative clause on it.
      const relative = RELATIVE.has(word) && j > k + 1 && gapHas(tokens, text, j, ',');
      end = relative ? j : -1;
      break;
    }
    if (end < 0 || CLAUSE_END.test(text.slice(about.end))) continue;
    found.push({ about, at: k, end });
  }
  known.set(tokens, found);
  return found;
}

/**
 * Whether the relative clause from token `from` tells something a claim could be read from: a
 * date, a figure, or a word of one of the claim's concepts.
 */
function relativeTells(
  from: number,
  hits: readonly ConceptHit[],
  facts: Pick<SentenceFacts, 'tokens' | 'text' | 'hits'> & Partial<Pick<SentenceFacts, 'dates'>>,
): boolean {
  if (/\d/.test(facts.text.slice((facts.tokens[from] as Token).start))) return true;
  if (facts.dates?.some((d) => d.to > from)) return true;
  return facts.hits.some((o) => o.to > from && hits.some((h) => h.concept === o.concept));
}

/**
 * The "about" of a verb of talking whose object is a list of nouns running to the sentence's
 * end (or to a relative clause on the last of them that tells nothing of the claim), holding
 * every one of `hits`; undefined when there is none.
 */
export function talkedAbout(
  hits: readonly ConceptHit[],
  facts: Pick<SentenceFacts, 'tokens' | 'text' | 'hits'> & Partial<Pick<SentenceFacts, 'dates'>>,
): Token | undefined {
  if (hits.length === 0) return undefined;
  for (const { about, at, end } of topicsOf(facts.tokens, facts.text))
    if (
      hits.every((h) => !h.inferred && h.from > at && h.to <= end) &&
      (end === facts.tokens.length || !relativeTells(end, hits, facts))
    )
      return about;
  return undefined;
}
