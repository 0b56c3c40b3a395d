/**
 * A sentence's words as the carries read them, built by hand for their unit tests: the tokens
 * of `text` and a hit of each given concept at the first token that is its word.
 */
import type { ConceptHit } from '../../../engine/find-concepts';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

export function words(text: string, hits: [string, string][] = []): SentenceWords {
  const tokens = tokenize(text);
  const found: ConceptHit[] = hits.map(([concept, word]) => {
    const at = tokens.findIndex((t) => t.norm === word);
    return { concept, from: at, to: at + 1, text: word };
  });
  return { text, tokens, hits: found } as unknown as SentenceWords;
}
