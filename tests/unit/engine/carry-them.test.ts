/**
 * "them" past a sentence's first word, in a sentence that names no one of its own, takes up those
 * the sentence before named (engine/carry-them.ts, read in carrySubject). Pure functions:
 * hand-made SentenceWords, tokens from the real tokenizer; ferries and piers, no story.
 */
import { describe, expect, it } from 'vitest';
import { carrySubject } from '../../../engine/carry-subject';
import { themObjectAt } from '../../../engine/carry-them';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { sentence } from './sentence-words';

const ACTORS = new Set(['crews', 'ferries', 'council', 'pilots']);

const crewsLeft = sentence('The ferry crews left the old pier at Portsea in May.', [
  ['crews', 'crews'],
  ['portsea', 'Portsea'],
]);

/** The concepts carried to the sentence (inferred hits), as "concept@word". */
const carried = (current: SentenceWords, previous: SentenceWords = crewsLeft) =>
  carrySubject(current, previous, ACTORS)
    .hits.filter((h) => h.inferred)
    .map((h) => `${h.concept}@${current.tokens[h.from]?.raw}`);

describe('themObjectAt: "them" stands for those the sentence before named', () => {
  it('carries the actors of the sentence before to "them"', () => {
    // Places of its own and story names past the first word do not stand in the way.
    const hosts = sentence('Ashby and Kelby will host them until spring.', [
      ['ashby', 'Ashby'],
      ['kelby', 'Kelby'],
    ]);
    expect(carried(hosts)).toEqual(['crews@them']);
    expect(carried(sentence('A tug towed them out of the harbour at dawn.'))).toEqual([
      'crews@them',
    ]);
    expect(carried(sentence('Nobody expects to see them back before the summer.'))).toEqual([
      'crews@them',
    ]);
    expect(carried(sentence('Bad weather held them up for two days.'))).toEqual(['crews@them']);
    // A month or a weekday is no rival name.
    expect(carried(sentence('In June, tugs escorted them past the breakwater.'))).toEqual([
      'crews@them',
    ]);
    expect(carried(sentence('On Friday the harbour master thanked them for their work.'))).toEqual([
      'crews@them',
    ]);
  });

  it('carries every actor the sentence before named, and only actors', () => {
    const both = sentence('The pilots and the ferries were moved from the pier.', [
      ['pilots', 'pilots'],
      ['ferries', 'ferries'],
      ['pier', 'pier'],
    ]);
    expect(carried(sentence('Tugs brought them round to the north basin.'), both)).toEqual([
      'pilots@them',
      'ferries@them',
    ]);
  });

  it('points at the first "them" past the first word', () => {
    const twice = sentence('The town gave them a dinner and sent them home.');
    expect(themObjectAt(twice, crewsLeft, ACTORS)).toBe(3);
    expect(carried(sentence('Most locals were sorry to see them go.'))).toEqual(['crews@them']);
  });
});

describe('themObjectAt: not carried', () => {
  it('when the sentence names an actor of its own ("The council thanked them.")', () => {
    const own = sentence('The council thanked them for years of service.', [
      ['council', 'council'],
    ]);
    expect(themObjectAt(own, crewsLeft, ACTORS)).toBe(-1);
    expect(carried(own)).toEqual([]);
  });

  it('when it holds a capitalised name the story does not know (a rival)', () => {
    expect(carried(sentence('Dockers at Westhaven met them at the gate.'))).toEqual([]);
    expect(carried(sentence('The Navy escorted them out.'))).toEqual([]);
  });

  it('when the sentence before, or the sentence, is about another conflict', () => {
    const elsewhere = { ...crewsLeft, otherTheatre: 'farland' } as SentenceWords;
    expect(carried(sentence('Critics blamed them for the chaos.'), elsewhere)).toEqual([]);
    const here = {
      ...sentence('Critics compared them to the crews at the farland front.'),
      otherTheatre: 'farland',
    } as SentenceWords;
    expect(carried(here)).toEqual([]);
  });

  it('after a verb of saying: "them" is those who say it', () => {
    expect(carried(sentence('Dockers said the new rota suits them.'))).toEqual([]);
    expect(carried(sentence('Some fear the change will hurt them.'))).toEqual([]);
  });

  it('with no "them" as a word, or nothing to carry', () => {
    expect(carried(sentence('The theme of the day was renewal.'))).toEqual([]);
    expect(carried(sentence('Gulls followed themselves round the bay.'))).toEqual([]);
    const quiet = sentence('The pier was quiet on Sunday.');
    expect(carried(sentence('Gulls circled them all afternoon.'), quiet)).toEqual([]);
    expect(themObjectAt(sentence('Them aside, the pier was empty.'), crewsLeft, ACTORS)).toBe(-1);
  });
});
