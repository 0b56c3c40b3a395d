/**
 * An opening "When …," is a clause of time: a phrase that reads its "when" as a question
 * ("decide when the service ends") is not found there (engine/sentence-facts.ts, readFacts).
 */
import { describe, expect, it } from 'vitest';
import type { ConceptHit } from '../../../engine/find-concepts';
import { readFacts } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';

/** The concepts readFacts keeps of a hit spanning the first `words` tokens of `text`. */
const kept = (text: string, words: number) => {
  const tokens = tokenize(text);
  const hit: ConceptHit = {
    concept: 'when-how',
    from: 0,
    to: words,
    text: text.slice(0, tokens[words - 1]?.end),
  };
  return readFacts({ text, tokens, hits: [hit] }, { year: 2025, month: 7 }, []).hits.map(
    (h) => h.concept,
  );
};

describe('an opening clause of time', () => {
  it('drops a phrase reading its "when" as a question', () => {
    expect(
      kept('When the ferry service ends, it is the charter that will govern the pier.', 5),
    ).toEqual([]);
  });

  it('keeps it where "When" opens no clause of time', () => {
    // No comma closes an opening clause: "When and how …" is the subject, a question.
    expect(kept('When and how the ferry service ends is for the council to decide.', 7)).toEqual([
      'when-how',
    ]);
    // Past the comma the phrase is the main clause's own.
    expect(
      kept('When asked, the mayor said when the ferry service ends is not settled.', 9),
    ).toEqual(['when-how']);
  });
});
