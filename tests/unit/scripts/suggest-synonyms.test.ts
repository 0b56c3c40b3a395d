/**
 * The editor's synonym finder (scripts/synonyms/suggest.ts), on a small lexicon of our own: which
 * phrasings count as head words, which senses count as the concept's, and what is left out (what
 * the concept already finds, names, rejected words and senses).
 */
import { describe, expect, it } from 'vitest';
import {
  framesOf,
  headSequences,
  type Inflector,
  type Lexicon,
  type PartOfSpeech,
  proposable,
  type Synset,
  suggest,
} from '../../../scripts/synonyms/suggest';
import { inflectEnglish } from '../../../scripts/synonyms/wordnet';

const set = (id: string, pos: PartOfSpeech, words: string[], gloss: string): Synset => ({
  id,
  pos,
  words,
  gloss,
});

// Senses most frequent first, as a dictionary lists them.
const SENSES: Record<string, Synset[]> = {
  'verb:depart': [
    set('v1', 'verb', ['depart', 'go away', 'leave', 'exit'], 'go from a place'),
    set('v2', 'verb', ['depart', 'deviate'], 'be unlike what was usual'),
  ],
  'verb:go away': [set('v1', 'verb', ['depart', 'go away', 'leave', 'exit'], 'go from a place')],
  'verb:quit': [
    set('v3', 'verb', ['quit', 'stop', 'cease'], 'stop doing something'),
    set('v1', 'verb', ['depart', 'go away', 'leave', 'exit'], 'go from a place'),
  ],
  'noun:departure': [set('n1', 'noun', ['departure', 'Exodus', 'going'], 'the act of going')],
  'noun:leave': [set('n2', 'noun', ['leave', 'furlough'], 'time away from one’s work')],
  'verb:end': [set('v4', 'verb', ['end', 'close', 'finish', 'wind up'], 'bring to a stop')],
  'verb:close': [
    set('v5', 'verb', ['close', 'shut'], 'move a door so it blocks the way'),
    set('v4', 'verb', ['end', 'close', 'finish', 'wind up'], 'bring to a stop'),
  ],
};

const lexicon: Lexicon = {
  senses: (lemma, pos) => SENSES[`${pos}:${lemma}`] ?? [],
  lemmasStarting: (prefix, pos) =>
    Object.keys(SENSES)
      .filter((k) => k.startsWith(`${pos}:${prefix}`))
      .map((k) => k.slice(pos.length + 1)),
  // The finder checks the lemma it builds from a base form ("go" + " away"), not the base form.
  baseForms: (word) =>
    [word, word.replace(/(s|ed|ing)$/, ''), word.replace(/(s|d|ing)$/, '')].filter(
      (w, i, all) => all.indexOf(w) === i,
    ),
};

// Regular endings only ("leaveed"): enough to see which forms are kept.
const inflect: Inflector = (lemma, pos) => {
  const [first = '', ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  if (pos === 'verb')
    return [first, `${first}s`, `${first}ed`, `${first}ing`, `${first}ed`].map((f) => f + tail);
  if (pos === 'noun') return [lemma, `${lemma}s`];
  return [lemma];
};

const lemmas = (phrasings: string[], options = {}) =>
  suggest(phrasings, lexicon, inflect, options).map((s) => `${s.pos}:${s.lemma}`);

describe('headSequences', () => {
  it('reads a word, a stem, or a verb and its particles as head words', () => {
    expect(headSequences('depart*')).toEqual(['depart*']);
    expect(headSequences('pull* out|back')).toEqual(['pull* out', 'pull* back']);
    expect(headSequences('quit|quits')).toEqual(['quit', 'quits']);
  });

  it('leaves out gaps, exact-case names, longer phrasings and stems after the first word', () => {
    expect(headSequences('leave ~ base')).toEqual([]);
    expect(headSequences('=UN')).toEqual([]);
    expect(headSequences('left the country')).toEqual([]);
    expect(headSequences('the last*')).toEqual([]);
  });
});

describe('suggest', () => {
  it('proposes the other words of a sense two head words share, in every form', () => {
    const found = suggest(['depart*', 'go away'], lexicon, inflect);
    const leave = found.find((s) => s.lemma === 'leave' && s.pos === 'verb');
    expect(leave?.support).toBe(2);
    expect(leave?.phrasing).toBe('leave|leaves|leaveed|leaveing');
    expect(lemmas(['depart*', 'go away'])).toContain('verb:exit');
  });

  it('takes a head word’s first sense, not its later ones, unless asked for more', () => {
    expect(lemmas(['quit'])).toEqual(expect.arrayContaining(['verb:stop', 'verb:cease']));
    expect(lemmas(['quit'])).not.toContain('verb:exit');
    expect(lemmas(['quit'], { firstSenses: 2 })).toContain('verb:exit');
    expect(lemmas(['depart*'])).not.toContain('verb:deviate');
  });

  it('leaves out what the concept already finds, and names', () => {
    const found = lemmas(['depart*', 'go away', 'leav*', 'exit*']);
    expect(found).not.toContain('verb:leave');
    expect(found).not.toContain('verb:exit');
    expect(found).not.toContain('noun:exodus');
    expect(found).toContain('noun:going');
  });

  it('leaves out the words and senses the editor rejected', () => {
    expect(lemmas(['depart*', 'go away'], { rejected: new Set(['exit']) })).not.toContain(
      'verb:exit',
    );
    const senses = lemmas(['departure', 'leave'], { parts: ['noun'] });
    expect(senses).toContain('noun:furlough');
    expect(
      lemmas(['departure', 'leave'], { parts: ['noun'], rejectedSenses: ['time away from'] }),
    ).not.toContain('noun:furlough');
  });

  it('with slots, puts a shared synonym in the pattern, in the forms the slot uses', () => {
    const phrasings = ['ended|closed ~ the mission'];
    expect(suggest(phrasings, lexicon, inflect)).toEqual([]);
    const found = suggest(phrasings, lexicon, inflect, { slots: true }).map((s) => s.phrasing);
    expect(found).toContain('finished ~ the mission');
    expect(found).toContain('winded up ~ the mission'); // this test's inflector is regular
    // "close" alone (its first sense is a door's) is no sense of the slot: "shut" is not proposed.
    expect(found.some((p) => p.startsWith('shut'))).toBe(false);
  });
});

describe('framesOf and proposable', () => {
  it('finds a slot in each plain word of a pattern, none in the gaps', () => {
    const frames = framesOf('end|close ~ mission', true);
    expect(frames.map((f) => f.words)).toEqual([['end', 'close'], ['mission']]);
    expect(framesOf('end|close ~ mission', false)).toEqual([]);
  });

  it('refuses names, single letters and long phrases', () => {
    expect(proposable('pull up stakes')).toBe(true);
    expect(proposable('Exodus')).toBe(false);
    expect(proposable('go')).toBe(false);
    expect(proposable('put one over on them')).toBe(false);
  });
});

describe('inflectEnglish (the forms the tool writes)', () => {
  it('gives a verb its five forms in fixed places, irregular ones included', () => {
    expect(inflectEnglish('withdraw', 'verb')).toEqual([
      'withdraw',
      'withdraws',
      'withdrew',
      'withdrawing',
      'withdrawn',
    ]);
    expect(inflectEnglish('pull out', 'verb')).toEqual([
      'pull out',
      'pulls out',
      'pulled out',
      'pulling out',
      'pulled out',
    ]);
  });

  it('drops a silent e before -ing and keeps the word it was asked about', () => {
    expect(inflectEnglish('tone', 'verb')[3]).toBe('toning');
    expect(inflectEnglish('scold', 'verb')).toEqual([
      'scold',
      'scolds',
      'scolded',
      'scolding',
      'scolded',
    ]);
  });

  it('gives a noun its plural unless it is plural already', () => {
    expect(inflectEnglish('treaty', 'noun')).toEqual(['treaty', 'treaties']);
    expect(inflectEnglish('talks', 'noun')).toEqual(['talks']);
    expect(inflectEnglish('wholly', 'adv')).toEqual(['wholly']);
  });
});
