/**
 * toldAudience: whom a verb of telling addresses is its audience, unless the verb is passive,
 * where what follows it is the reported clause (with or without "that"). Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { ConceptHit } from '../../../engine/find-concepts';
import { tokenize } from '../../../engine/tokenize';
import { toldAudience } from '../../../engine/told-audience';

/** Whether `words` (their first occurrence) is read as the audience of a telling verb. */
const audience = (sentence: string, words: string) => {
  const tokens = tokenize(sentence);
  const parts = words.split(' ');
  const from = tokens.findIndex((_, k) => parts.every((p, j) => tokens[k + j]?.norm === p));
  const hit: ConceptHit = { concept: 'x', from, to: from + parts.length, text: words };
  return toldAudience(hit, tokens);
};

describe('toldAudience', () => {
  it('reads the object of an active verb of telling as who hears it', () => {
    expect(
      audience('The mayor told the harbour crews that the pier would close.', 'harbour crews'),
    ).toBe(true);
    expect(audience('The mayor told harbour crews the pier would close.', 'harbour crews')).toBe(
      true,
    );
    expect(audience('She briefed the ferry pilots on the new timetable.', 'ferry pilots')).toBe(
      true,
    );
  });

  it('reads the words after a passive verb of telling as the clause told, with or without "that"', () => {
    expect(
      audience('Visitors are told the harbour crews stay on the island.', 'harbour crews'),
    ).toBe(false);
    expect(
      audience('Visitors were told that the harbour crews stay on the island.', 'harbour crews'),
    ).toBe(false);
    expect(
      audience('Visitors have been told the harbour crews stay on the island.', 'harbour crews'),
    ).toBe(false);
    expect(
      audience('Visitors were also told the harbour crews stay on the island.', 'harbour crews'),
    ).toBe(false);
    expect(
      audience('Visitors were repeatedly informed the harbour crews stay on.', 'harbour crews'),
    ).toBe(false);
  });
});
