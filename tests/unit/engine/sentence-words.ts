/**
 * A sentence's words as the engine's readers take them, built by hand for their unit tests: the
 * tokens of `text` and a hit of each given concept.
 */
import type { ConceptHit } from '../../../engine/find-concepts';
import { findFrames } from '../../../engine/find-frames';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

/** A hit of each given concept at the first token that is its word. */
export function words(text: string, hits: [string, string][] = []): SentenceWords {
  const tokens = tokenize(text);
  const found: ConceptHit[] = hits.map(([concept, word]) => {
    const at = tokens.findIndex((t) => t.norm === word);
    return { concept, from: at, to: at + 1, text: word };
  });
  return { text, tokens, hits: found } as unknown as SentenceWords;
}

/** A hit for each listed phrase (its words, in order; several words make one hit), by concept. */
export function phraseWords(text: string, hits: Record<string, string> = {}): SentenceWords {
  const tokens = tokenize(text);
  const found: ConceptHit[] = Object.entries(hits).map(([phrase, concept]) => {
    const parts = tokenize(phrase).map((t) => t.norm);
    const from = tokens.findIndex((_, k) => parts.every((p, j) => tokens[k + j]?.norm === p));
    if (from < 0) throw new Error(`no "${phrase}" in "${text}"`);
    return { concept, from, to: from + parts.length, text: phrase };
  });
  return { text, tokens, hits: found } as unknown as SentenceWords;
}

/**
 * A hit of each given concept at the token whose text, as written, is the first of its words
 * ('the old pier' spans three tokens); a word not in the sentence fails the test.
 */
export function sentence(text: string, hits: [string, string][] = []): SentenceWords {
  const tokens = tokenize(text);
  return {
    text,
    tokens,
    hits: hits.map(([concept, words]): ConceptHit => {
      const first = words.split(' ')[0];
      const from = tokens.findIndex((t) => t.raw === first);
      if (from < 0) throw new Error(`"${words}" is not in "${text}"`);
      return { concept, from, to: from + words.split(' ').length, text: words };
    }),
  };
}

/** The phrases of `text` the engine takes for granted (its frames), as the words they hold. */
export function framed(text: string): string[] {
  const tokens = tokenize(text);
  return findFrames(tokens, text).map((f) =>
    tokens
      .slice(f.from, f.to + 1)
      .map((t) => t.raw)
      .join(' '),
  );
}
