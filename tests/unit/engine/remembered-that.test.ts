/**
 * What a reader is bid to remember has a tense of its own: the modal of "will remember that"
 * neither puts a month ahead nor excludes a claim told after it, and "will recall that …" puts
 * nothing ahead (engine/remembered-that.ts, resolve-dates.ts, recognize.ts).
 */
import { describe, expect, it } from 'vitest';
import { rememberedFrom, rememberedStart, willRecall } from '../../../engine/remembered-that';
import { formatDate, future, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf } from './story-sentence';

const firstDate = (text: string, published: string) =>
  formatDate(resolveDates(tokenize(text), text, parsePublished(published))[0] ?? { year: 0 });

describe('what a modal verb of memory recalls', () => {
  it('starts after the opener of the remembering', () => {
    expect(rememberedStart(tokenize('Readers will remember that the crews left in May.'))).toBe(4);
    expect(rememberedStart(tokenize('Fans may well recall how the band split.'))).toBe(5);
    expect(rememberedStart(tokenize('The panel will also note that the pier closed.'))).toBe(6);
    // "You'll" is one token: its "'ll" is the modal.
    expect(rememberedStart(tokenize("You'll recall that the pier closed in May."))).toBe(3);
  });

  it('is none without a modal, or with a verb that may announce what is still to come', () => {
    expect(rememberedStart(tokenize('Readers remember that the crews left in May.'))).toBe(-1);
    expect(rememberedStart(tokenize('The board will announce that the pier closes.'))).toBe(-1);
    expect(rememberedStart(tokenize('They will recall the ambassador.'))).toBe(-1);
  });

  it('holds a month a few words after the opener only', () => {
    const tokens = tokenize('Readers will remember that in May the crews left.');
    expect(rememberedFrom(tokens, 5)).toBe(4);
    expect(rememberedFrom(tokens, 2)).toBe(-1);
  });

  it('reads a bare month after it as gone by', () => {
    expect(
      firstDate('Readers will remember that in February the crews left the pier.', '2026-10-19'),
    ).toBe('February 2026');
    expect(firstDate('Readers will see the crews leave the pier in February.', '2026-10-19')).toBe(
      'February 2027',
    );
  });

  it('lets the story be carded past the modal of the remembering', () => {
    expect(
      claimsOf(
        'Viewers will remember that in February the German and French contingents pulled their soldiers out of Erbil.',
        '2026-10-19',
      ),
    ).toContain('partners-leave-erbil-feb-2026');
    expect(
      claimsOf(
        'Visitors will surely remember that in January the Iraqi army took over Ain al-Asad from the last US troops.',
        '2026-11-30',
      ),
    ).toContain('ain-al-asad-handed-over-jan-2026');
  });
});

const recallAt = (text: string) => {
  const tokens = tokenize(text);
  return willRecall(
    tokens,
    tokens.findIndex((t) => t.norm === 'will' || t.norm.endsWith("'ll")),
  );
};

describe('willRecall', () => {
  it('reads "will recall that", "will remember," and a closing "will know" as memory', () => {
    expect(recallAt('Members will recall that the pier closed in May.')).toBe(true);
    expect(recallAt('As readers will remember, the crews left the pier in May.')).toBe(true);
    expect(recallAt("You'll recall that the ferry stopped in March.")).toBe(true);
    expect(recallAt('The crews left the pier in May, as regular readers will know.')).toBe(true);
  });

  it('leaves "will" a plan before another verb or an object', () => {
    expect(recallAt('The council will recall its envoy in May.')).toBe(false);
    expect(recallAt('The crews will leave the pier in May.')).toBe(false);
    expect(recallAt('Riverton will remember the crews with a plaque.')).toBe(false);
  });

  it('keeps the recalled event in the past', () => {
    expect(future(tokenize('Members will recall that the pier closed in May.'))).toBe(false);
    expect(future(tokenize('The council will recall its envoy in May.'))).toBe(true);
  });
});
