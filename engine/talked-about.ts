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

/**
 * The "about" of a verb of talking whose object is a list of nouns running to the sentence's
 * end, holding every one of `hits`; undefined when there is none.
 */
export function talkedAbout(
  hits: readonly ConceptHit[],
  facts: Pick<SentenceFacts, 'tokens' | 'text'>,
): Token | undefined {
  const { tokens, text } = facts;
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
    if (hits.length > 0 && hits.every((h) => !h.inferred && h.from > k)) return about;
  }
  return undefined;
}
