/**
 * "The harbour board in Riverton said its crews had left the pier": a place after "in" that
 * closes the teller's name, right before a verb of telling, is where the teller sits, not where
 * what it tells happened; "the runways" still name again the base the sentences before named
 * (carry-context.ts, tellersSeat). Session 44, fit29, for an articles-blind-29 miss.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle } from './story-sentence';

const before = [
  'US-led troops hand Ain al-Asad to the Iraqi army',
  "The coalition's last soldiers left Ain al-Asad, the big air base in Anbar, on Saturday.",
];
const cardsOf = (sentence: string) =>
  cardsOfArticle([...before, sentence].join('\n\n'), '2026-01-20');

describe("the teller's seat does not place what it tells", () => {
  it('the base named before is where the flag went up', () => {
    // The headline, the sentence before and this one.
    for (const s of [
      'The army command in Baghdad said its soldiers now guard the hangars after the coalition withdrew.',
      'The defence ministry in Baghdad announced that Iraqi troops had taken charge of the runways once the coalition left.',
      'A spokesman in Baghdad said Iraqi soldiers took over the runways after the last coalition troops left.',
    ])
      expect(
        cardsOf(s).filter((c) => c === 'ain-al-asad-handed-over-jan-2026'),
        s,
      ).toHaveLength(3);
  });
  it('a place the event happens in still stands', () => {
    expect(
      cardsOf(
        'Iraqi soldiers in Baghdad took over the runways of the city airport on Monday.',
      ).filter((c) => c === 'ain-al-asad-handed-over-jan-2026'),
    ).toHaveLength(2);
  });
});
