/**
 * What the lead (the sentence right under a headline) takes from it (engine/carry-headline-lead.ts):
 * the headline's concepts of the one group of the headline card's claim that the lead's own words
 * leave out, never the claim's event; nothing for a lead that addresses the reader, turns, reports a question, tells
 * background, sets two statements side by side, or lacks a place while naming one of its own.
 */
import { describe, expect, it } from 'vitest';
import { headlineLead } from '../../../engine/carry-headline-lead';
import type { SentenceWords } from '../../../engine/sentence-facts';
import { sentence } from './sentence-words';

const headline = sentence('Harbour Board Closes The Old Pier To Ferries', [
  ['board', 'Harbour Board'],
  ['close', 'Closes'],
  ['old-pier', 'Old Pier'],
]);

/** The headline card's claim: the pier closed (its event, the first group) to ferries. */
const PIER_CLOSED = [['close', 'shut'], ['old-pier'], ['ferries']];
const PLACES = new Set(['old-pier']);

const read = (lead: SentenceWords, head: SentenceWords | undefined = headline) =>
  headlineLead(lead, head, PIER_CLOSED, PLACES);
const carried = (lead: SentenceWords, head: SentenceWords | undefined = headline) =>
  read(lead, head)
    ?.hits.filter((h) => h.inferred)
    .map((h) => h.concept) ?? [];

describe('headlineLead', () => {
  it("gives a lead one group short the headline's words of that group", () => {
    const lead = sentence('Ferries stop calling there from Monday.', [
      ['ferries', 'Ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(lead)).toEqual(['old-pier']);
    // Carried to the lead's last word, pointing at the headline's words.
    expect(read(lead)?.hits.at(-1)).toMatchObject({
      inferred: true,
      text: 'Monday (→ "Old Pier")',
    });
    const it = sentence('It shuts to ferries at midnight, the board said.', [
      ['close', 'shuts'],
      ['ferries', 'ferries'],
    ]);
    expect(carried(it)).toEqual(['old-pier']);
  });

  it('gives nothing to a lead short of two groups, or of none', () => {
    expect(carried(sentence('Ferries were busy on Tuesday.', [['ferries', 'Ferries']]))).toEqual(
      [],
    );
    const none = sentence('The pier shut to ferries on Tuesday.', [
      ['old-pier', 'pier'],
      ['close', 'shut'],
      ['ferries', 'ferries'],
    ]);
    expect(read(none)).toBeUndefined();
  });

  it("never lends the claim's event: a scene set under the headline tells none of it", () => {
    const scene = sentence('Ferries lined the Old Pier on a grey morning.', [
      ['ferries', 'Ferries'],
      ['old-pier', 'Old Pier'],
    ]);
    expect(carried(scene)).toEqual([]);
  });

  it('gives nothing when the headline names nothing of the group the lead lacks', () => {
    const lead = sentence('The pier shut on Tuesday.', [
      ['old-pier', 'pier'],
      ['close', 'shut'],
    ]);
    expect(carried(lead)).toEqual([]);
  });

  it('gives nothing to a lead that turns away from what it grants', () => {
    const but = sentence('Ferries stop today, but the quay stays open to anglers.', [
      ['ferries', 'Ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(but)).toEqual([]);
    const although = sentence('Ferries stop today, although nobody has said where to.', [
      ['ferries', 'Ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(although)).toEqual([]);
  });

  it('gives nothing to a lead reporting a question put to someone', () => {
    const asked = sentence('The chair was asked when the ferries stop calling.', [
      ['ferries', 'ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(asked)).toEqual([]);
  });

  it('gives nothing to two statements set side by side', () => {
    const sides = sentence('The notice said May; the ferries stop in June.', [
      ['ferries', 'ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(sides)).toEqual([]);
  });

  it('gives nothing to a lead telling how things long stood', () => {
    const years = sentence('For years the ferries shut down each winter.', [
      ['ferries', 'ferries'],
      ['close', 'shut'],
    ]);
    expect(carried(years)).toEqual([]);
    const long = sentence('Ferry crews have long been wary of the shut season.', [
      ['ferries', 'Ferry'],
      ['close', 'shut'],
    ]);
    expect(carried(long)).toEqual([]);
  });

  it('gives no place to a lead naming a place of its own', () => {
    const ashby = sentence('Ferries stop calling at Ashby from Monday.', [
      ['ferries', 'Ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(ashby)).toEqual([]);
  });

  it('gives nothing to a lead addressing the reader, even after a clock time', () => {
    const follow = sentence('Follow along as the ferries stop calling.', [
      ['ferries', 'ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(follow)).toEqual([]);
    const stay = sentence('10:05: Stay with us while the last ferries stop for good.', [
      ['ferries', 'ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(stay)).toEqual([]);
    // The same verb past the opening word is the lead's own report.
    const notice = sentence('Ferries stop calling there, the notice read.', [
      ['ferries', 'Ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(notice)).toEqual(['old-pier']);
  });

  it('gives nothing under a first line that is a sentence, nor to a subhead', () => {
    const first = sentence('The harbour board closed the Old Pier to ferries.', [
      ['board', 'harbour board'],
      ['close', 'closed'],
      ['old-pier', 'Old Pier'],
    ]);
    const lead = sentence('Ferries stop at midnight.', [
      ['ferries', 'Ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(lead, first)).toEqual([]);
    const subhead = sentence('Ferries stop next', [
      ['ferries', 'Ferries'],
      ['close', 'stop'],
    ]);
    expect(carried(subhead)).toEqual([]);
    expect(headlineLead(lead, undefined, PIER_CLOSED, PLACES)).toBeUndefined();
  });
});
