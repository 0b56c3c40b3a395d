/**
 * A glossary's entry opens on the term it defines, its initials in brackets before the colon
 * (engine/defined-term.ts): the term is the sentence's own words, not a dateline's place and
 * agency, its colon does not split the entry in two statements, and a year opening the
 * definition is the term's date.
 */
import { describe, expect, it } from 'vitest';
import { opensWithDefinedTerm } from '../../../engine/defined-term';
import { datelineEnd } from '../../../engine/sentence-facts';
import { tokenize } from '../../../engine/tokenize';
import { describeWordings } from './story-sentence';

const defined = (text: string) => opensWithDefinedTerm(tokenize(text), text);

describe('a term defined with its initials', () => {
  it('is read when the initials spell the words before the bracket', () => {
    expect(defined('Harbour Transit Board (HTB): the body that runs the ferries.')).toBe(true);
    expect(defined('Status of Ferries Agreement (SOFA): the pact on the crews.')).toBe(true);
    expect(defined('Status of Ferries Agreement (SFA): the pact on the crews.')).toBe(true);
  });

  it('is not read for a wire dateline, or initials that spell other words', () => {
    expect(defined('RIVERTON (Wire): The crews left on Friday.')).toBe(false);
    expect(defined('PORTSEA (AP): The ferries stopped.')).toBe(false);
    expect(defined('Harbour Transit Board (XYZ): the body that runs the ferries.')).toBe(false);
    expect(defined('Harbour Transit Board (HTB) said the ferries stop.')).toBe(false);
  });

  it('is no dateline, where a wire bracket after a place is one', () => {
    const term = 'Harbour Transit Board (HTB): the body that runs the ferries.';
    expect(datelineEnd(tokenize(term), term)).toBe(0);
    const wire = 'RIVERTON (Wire): The crews left on Friday.';
    expect(datelineEnd(tokenize(wire), wire)).toBeGreaterThan(0);
  });
});

describeWordings('a glossary entry is read as one statement about its term', [
  [
    'the commission named before the colon',
    "Higher Military Commission (HMC): the joint Iraqi–US forum in which the coalition's future was settled.",
    '2026-04-02',
    'military-commission-leads-talks',
  ],
  [
    "the definition's year dates the accord, not the entry",
    'Strategic Framework Agreement (SFA): the 2008 accord on which bilateral security ties rest after the mission.',
    '2026-04-02',
    'framework-agreement-governs-ties',
  ],
]);
