/**
 * engine/asked-subject.ts: "… remains unclear", "… is not yet known" leave what their subject
 * names asked; a doubt in another clause does not. Made-up sentences of the bridge story
 * (tests/fixtures/story-bridge/).
 */
import { describe, expect, it } from 'vitest';
import { askedSubject } from '../../../engine/asked-subject';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, story } from './bridge-story';

const base = story.kb.claims[0] as Claim;
/** A made-up claim: the council reopens the bridge. */
const reopens: Claim = {
  ...base,
  id: 'council-reopens-bridge',
  recognize: { require: [['reopen'], ['bridge']] },
};

/** The parts `reopens` finds in a sentence, as recognize() passes them. */
function parts(text: string) {
  const f = facts(text);
  const of = (c: string) => f.hits[f.hitsOf(c)[0] as number];
  return { f, parts: [of('reopen'), of('bridge')].filter((h) => h !== undefined) };
}

describe('the subject of a doubt', () => {
  it('is asked, not reported', () => {
    for (const text of [
      'What happens when the council reopens the Orsa Bridge remains unclear.',
      'When the bridge reopens to traffic is still unclear.',
      'How soon crews reopen the bridge after the repairs is not yet known.',
      'The date on which the bridge reopens remains uncertain.',
      'When the council reopens the Orsa Bridge is still unknown.',
    ]) {
      const { f, parts: p } = parts(text);
      expect(askedSubject(p, f), text).toBeDefined();
      expect(recognize(reopens, f).ok, text).toBe(false);
    }
  });

  it('leaves a clause of its own reported', () => {
    for (const text of [
      'The council reopens the Orsa Bridge in May, though the cost remains unclear.',
      'Crews reopened the bridge on Monday and the cost of the repairs is still unclear.',
      'It is unclear whether the ferry keeps running; the bridge reopens in May.',
    ]) {
      const { f, parts: p } = parts(text);
      expect(askedSubject(p, f), text).toBeUndefined();
    }
    expect(
      recognize(
        reopens,
        facts('The council reopens the Orsa Bridge in May, though the cost remains unclear.'),
      ).ok,
    ).toBe(true);
  });
});
