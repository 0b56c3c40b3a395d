/**
 * Whose stage a sentence tells (engine/stage-owner.ts): "the first phase" with no owner in its
 * sentence is the stage of what the sentences before told, the crews' departure or a dredging
 * contract.
 */
import { describe, expect, it } from 'vitest';
import { ownerlessStage, stageOfOther, stageOwnedBefore } from '../../../engine/stage-owner';
import { phraseWords as words } from './sentence-words';

const owners = new Set(['portsea', 'crews']);
const nouns = new Set(['departure']);
const key = ['stage-end'];

describe('ownerlessStage: a stage its sentence gives no owner', () => {
  it('is "the first phase" with nothing of the story beside it', () => {
    const w = words('Harbour officials said the first phase would be finished by May.', {
      'phase would be finished': 'stage-end',
      officials: 'official',
    });
    expect(ownerlessStage(w, key, owners, nouns)).toBe(true);
  });

  it('is not a stage with an owner: a possessive, "of …", or the story named beside it', () => {
    for (const [text, phrase, more] of [
      ['Its first phase would be finished by May.', 'phase would be finished', undefined],
      ["The crews' first phase would be finished by May.", 'phase would be finished', undefined],
      ['The first phase of the departure ends in May.', 'phase of the departure ends', undefined],
      [
        'The first phase would be finished at Portsea by May.',
        'phase would be finished',
        'Portsea',
      ],
    ] as const) {
      const hits: Record<string, string> = { [phrase]: 'stage-end' };
      if (more) hits[more] = 'portsea';
      expect(ownerlessStage(words(text, hits), key, owners, nouns)).toBe(false);
    }
  });

  it('is not a claim whose key is read on other words', () => {
    const w = words('The crews would be gone by May, the first phase done.', { gone: 'stage-end' });
    expect(ownerlessStage(w, key, owners, nouns)).toBe(false);
  });
});

describe('stageOwnedBefore: the owner the sentences before give it', () => {
  const told = (text: string, hits: Record<string, string> = {}, carded = false) => {
    const w = words(text, hits);
    return { own: w, read: w, carded };
  };

  it('is another thing when the nearest sentence that tells something tells of it', () => {
    const before = [
      told(
        'The crews began leaving Portsea in March.',
        { crews: 'crews', Portsea: 'portsea' },
        true,
      ),
      told('The dredging contract had been held up for two years.', { contract: 'deal' }),
      told('Under its terms, the contractor will build two new quays.', { will: 'future' }),
    ];
    expect(stageOwnedBefore(before, owners, nouns)).toBe(false);
  });

  it("is the story's when that sentence was carded, or names its actors, places or nouns", () => {
    expect(
      stageOwnedBefore([told('The crews were told.', { crews: 'crews' })], owners, nouns),
    ).toBe(true);
    expect(
      stageOwnedBefore([told('The departure was slow.', { slow: 'pace' })], owners, nouns),
    ).toBe(true);
    expect(
      stageOwnedBefore([told('It was agreed in May.', { agreed: 'deal' }, true)], owners, nouns),
    ).toBe(true);
  });

  it('passes over a question and a reply that names nothing ("Was that the plan?" "Not quite.")', () => {
    const before = [
      told('The last crews leave Portsea in the coming days.', { Portsea: 'portsea' }, true),
      told('Was that the plan?', { plan: 'plan' }),
      { own: words('Not quite.'), read: words('Not quite.', { quite: 'plan' }), carded: false },
    ];
    expect(stageOwnedBefore(before, owners, nouns)).toBe(true);
  });

  it('gives it the benefit of the doubt when nothing before tells anything', () => {
    expect(stageOwnedBefore([], owners, nouns)).toBe(true);
  });
});

describe('stageOfOther: a stage its sentence gives to another project', () => {
  const places = new Set(['portsea']);

  it('is "its first phase" after a subject that ends on a plain word the story does not read', () => {
    const w = words("Portsea's planned tram line is meant to open its first phase by May.", {
      "Portsea's": 'portsea',
      'first phase': 'stage-end',
    });
    expect(stageOfOther(w, key, owners, nouns, places)).toBe(true);
  });

  it("is not the stage of the story's actors, its event's nouns or a subject the story reads", () => {
    const cases: [string, Record<string, string>][] = [
      ['The crews are meant to finish their first phase by May.', { crews: 'crews' }],
      ['The departure is meant to finish its first phase by May.', {}],
      ['The pier closure is meant to finish its first phase by May.', { 'pier closure': 'close' }],
      // No possessive: the stage is read as the story's, or left to stage-owner's other rules.
      ['The tram line is meant to open the first phase by May.', {}],
    ];
    for (const [text, more] of cases) {
      const w = words(text, { ...more, 'first phase': 'stage-end' });
      expect(stageOfOther(w, key, owners, nouns, places)).toBe(false);
    }
  });
});
