/**
 * "The harbour master spoke to the Gazette about the pier's closure, the winter storms and the
 * new ferries": what someone spoke or talked "about" is the topic of the talk, named as things.
 * A list of nouns after "about", with no verb of its own, tells nothing of them: a claim all
 * of whose words lie there is not reported. "spoke about how the crews left in May" has a
 * clause of its own after "about" ("how", a verb), and still tells it.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';

/**
 * Verbs whose "about" names the topic of a talk (not "talks", a noun as often: "the talks are
 * about").
 */
const TALKING = new Set('spoke speaks speak speaking talked talking chatted'.split(' '));
/**
 * How many words may stand between the verb and "about" ("spoke to the Gazette in Portsea
 * about").
 */
const TO_ABOUT = 8;
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

/** The "about" at token `at` of a verb of talking, and its list of nouns: tokens (at, end). */
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
    // The verb within a few words before, with no clause of another verb between them.
    let talking = false;
    for (let v = k - 1; v >= 0 && v >= k - TO_ABOUT; v--) {
      const word = (tokens[v] as Token).norm;
      if (TALKING.has(word)) {
        talking = true;
        break;
      }
      if (CLAUSE_WORDS.has(word)) break;
    }
    if (!talking) continue;
    const about = tokens[k] as Token;
    let clause = false;
    for (let j = k + 1; j < tokens.length; j++)
      if (CLAUSE_WORDS.has((tokens[j] as Token).norm)) {
        clause = true;
        break;
      }
    if (clause || CLAUSE_END.test(text.slice(about.end))) continue;
    found.push({ about, at: k, end: tokens.length });
  }
  known.set(tokens, found);
  return found;
}

/**
 * The "about" of a verb of talking whose object is a list of nouns running to the sentence's
 * end, holding every one of `hits`; undefined when there is none.
 */
export function talkedAbout(
  hits: readonly ConceptHit[],
  facts: Pick<SentenceFacts, 'tokens' | 'text'>,
): Token | undefined {
  if (hits.length === 0) return undefined;
  for (const { about, at } of topicsOf(facts.tokens, facts.text))
    if (hits.every((h) => !h.inferred && h.from > at)) return about;
  return undefined;
}
