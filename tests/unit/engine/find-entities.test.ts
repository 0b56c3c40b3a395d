/**
 * Names outlets spell differently: the spellings a story lists, and near spellings within a
 * small edit distance for their length (compile-entities.ts, find-entities.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  compileEntities,
  deletions,
  foldName,
  formHash,
  formHashDropping,
  isFormDroppingOf,
  isFormOf,
} from '../../../engine/compile-entities';
import { createEntityFinder } from '../../../engine/find-entities';
import { tokenize } from '../../../engine/tokenize';
import type { ConceptId } from '../../../engine/types';

const finder = (entities: Record<ConceptId, string[]>) => {
  const find = createEntityFinder(compileEntities(entities));
  return (sentence: string) => find(tokenize(sentence), sentence);
};
const texts = (entities: Record<ConceptId, string[]>, sentence: string) =>
  finder(entities)(sentence).map((h) => [h.concept, h.text]);

describe('spellings as listed', () => {
  it('finds a name with its token span and text', () => {
    expect(finder({ erbil: ['Erbil'] })('Troops stay in Erbil for now.')).toEqual([
      { concept: 'erbil', from: 3, to: 4, text: 'Erbil' },
    ]);
  });

  it('a name of several words, hyphens read as spaces', () => {
    const asad = { 'ain-al-asad': ['Ain al-Asad'] };
    expect(texts(asad, 'At Ain al-Asad base.')).toEqual([['ain-al-asad', 'Ain al-Asad']]);
    expect(texts(asad, 'At Ain Al Asad base.')).toEqual([['ain-al-asad', 'Ain Al Asad']]);
    expect(foldName('Ain  al-Asad')).toBe('ain al asad');
  });

  it('a name may start on its Arabic article written small ("al-Marsa")', () => {
    const marsa = { 'ras-marsa': ['Al-Marsa'] };
    expect(texts(marsa, 'Ferries left al-Marsa pier.')).toEqual([['ras-marsa', 'al-Marsa']]);
    // The article alone, or before a small word, starts nothing.
    expect(texts(marsa, 'Ferries left al marsa pier.')).toEqual([]);
  });

  it('accents and case do not matter', () => {
    const bridge = { 'orsa-bridge': ['Orsabrücke'] };
    expect(texts(bridge, 'Die Orsabrücke ist zu.')).toEqual([['orsa-bridge', 'Orsabrücke']]);
    expect(texts(bridge, 'The ORSABRUCKE is shut.')).toEqual([['orsa-bridge', 'ORSABRUCKE']]);
  });

  it('the longest listed spelling wins', () => {
    const kurdistan = { kurdistan: ['Kurdistan', 'Kurdistan Region'] };
    expect(finder(kurdistan)('The Kurdistan Region said so.')).toEqual([
      { concept: 'kurdistan', from: 1, to: 3, text: 'Kurdistan Region' },
    ]);
  });
});

describe('near spellings', () => {
  const soleimani = { soleimani: ['Soleimani'] };

  it('one edit is accepted in a name of five letters or more', () => {
    expect(texts(soleimani, 'Qassem Suleimani was killed.')).toEqual([['soleimani', 'Suleimani']]);
    expect(texts({ erbil: ['Erbil'] }, 'Troops in Erbel.')).toEqual([['erbil', 'Erbel']]);
    // A swapped pair of letters is one edit too.
    expect(texts(soleimani, 'Soleiamni was killed.')).toEqual([['soleimani', 'Soleiamni']]);
  });

  it('no edit is accepted in a four-letter word', () => {
    expect(texts({ orsa: ['Orsa'] }, 'Orsi and Orsa.')).toEqual([['orsa', 'Orsa']]);
    // "Erbl" is one letter off the five-letter "Erbil", but has only four itself.
    expect(texts({ erbil: ['Erbil'] }, 'Troops in Erbl.')).toEqual([]);
  });

  it('two edits are accepted from ten letters, not below', () => {
    // One letter dropped and another added: two edits.
    expect(texts({ town: ['Halvarsund'] }, 'Ferries in Halvasunde.')).toEqual([
      ['town', 'Halvasunde'],
    ]);
    expect(texts({ town: ['Tarnsberg'] }, 'Ferries in Tarsbergx.')).toEqual([]);
    expect(texts({ town: ['Tarnsberg'] }, 'Ferries in Tarnsburg.')).toEqual([
      ['town', 'Tarnsburg'],
    ]);
  });

  it('a different first letter is a different name unless listed', () => {
    // Only words starting like a listed spelling are looked up: list "Irbil" to accept it.
    expect(texts({ erbil: ['Erbil'] }, 'Troops in Irbil.')).toEqual([]);
    expect(texts({ erbil: ['Erbil', 'Irbil'] }, 'Troops in Irbil.')).toEqual([['erbil', 'Irbil']]);
  });

  it('the folded forms of a spelling and its one-letter deletions are precomputed', () => {
    expect(deletions('abc')).toEqual(['bc', 'ac', 'ab']);
    const index = compileEntities({ erbil: ['Erbil'] });
    expect(index.spellings).toEqual(['erbil']);
    expect(index.concepts).toEqual(['erbil']);
    const forms = ['erbil', 'rbil', 'ebil', 'eril', 'erbl', 'erbi'];
    expect(index.formHashes).toEqual(forms.map(formHash).sort((a, b) => a - b));
    expect(index.formSpelling).toEqual([0, 0, 0, 0, 0, 0]);
    for (const form of forms) expect(isFormOf(form, 'erbil'), form).toBe(true);
  });

  it('a form with a letter dropped is hashed and matched in place as if it were built', () => {
    const spellings = [
      'halvarsund',
      'halvasund',
      'alvarsund',
      'halvarsun',
      'mossul',
      'mosul',
      'erbil',
    ];
    for (const word of ['halvarsund', 'mossul', 'erbils', 'erbil']) {
      for (let skip = -1; skip < word.length; skip++) {
        const built = skip < 0 ? word : word.slice(0, skip) + word.slice(skip + 1);
        expect(formHashDropping(word, skip), built).toBe(formHash(built));
        for (const spelling of spellings)
          expect(isFormDroppingOf(word, skip, spelling), `${built} ${spelling}`).toBe(
            isFormOf(built, spelling),
          );
      }
    }
  });

  it('a form belongs to a spelling only as the spelling or with one letter dropped', () => {
    expect(isFormOf('erbil', 'erbil')).toBe(true);
    expect(isFormOf('ebil', 'erbil')).toBe(true);
    expect(isFormOf('erbi', 'erbil')).toBe(true);
    // A run of equal letters: dropping any one of them is the same form.
    expect(isFormOf('halvasund', 'halvarsund')).toBe(true);
    expect(isFormOf('tarsberg', 'tarnsberg')).toBe(true);
    expect(isFormOf('mosul', 'mossul')).toBe(true);
    expect(isFormOf('ebli', 'erbil')).toBe(false);
    expect(isFormOf('erbi', 'erbils')).toBe(false);
    expect(isFormOf('erbils', 'erbil')).toBe(false);
  });

  it("a spelling found under a form's hash counts only if the form is one of its forms", () => {
    const index = compileEntities({ town: ['Halvarsund'] });
    // Two letters changed: two edits, but no form in common with the spelling.
    const text = 'Ferries in Halvbrsunx.';
    expect(createEntityFinder(index)(tokenize(text), text)).toEqual([]);
    // As if "halvbrsunx" had the hash of one of the spelling's forms.
    const pairs = index.formHashes.map((hash, k) => [hash, index.formSpelling[k] as number]);
    pairs.push([formHash('halvbrsunx'), 0]);
    pairs.sort((a, b) => (a[0] as number) - (b[0] as number));
    const collided = {
      ...index,
      formHashes: pairs.map(([hash]) => hash as number),
      formSpelling: pairs.map(([, id]) => id as number),
    };
    expect(createEntityFinder(collided)(tokenize(text), text)).toEqual([]);
  });
});

describe('what is not a name', () => {
  it('runs starting with a lower-case word are not looked up', () => {
    const sudani = { sudani: ['Sudani', 'al-Sudani'] };
    expect(texts(sudani, 'the word sudani in lower case.')).toEqual([]);
    // "al-Sudani" and "Al-Sudani" are found as a whole: the small article starts a name too.
    expect(finder(sudani)('He met al-Sudani and Al-Sudani.')).toEqual([
      { concept: 'sudani', from: 2, to: 4, text: 'al-Sudani' },
      { concept: 'sudani', from: 5, to: 7, text: 'Al-Sudani' },
    ]);
  });

  it('a small "al" as the last word of a sentence starts no name (no word follows it to read)', () => {
    const marsa = { 'ras-marsa': ['Al-Marsa'] };
    expect(texts(marsa, 'The ferry crews spoke to al')).toEqual([]);
  });

  it('a name followed by a figure is a brand ("Kurdistan 24"), but not when it is a year', () => {
    const kurdistan = { kurdistan: ['Kurdistan'] };
    expect(texts(kurdistan, 'WASHINGTON (Kurdistan 24) – talks went on.')).toEqual([]);
    expect(texts(kurdistan, 'Kurdistan 2024 was calm.')).toEqual([['kurdistan', 'Kurdistan']]);
  });

  it('a much longer or shorter run is not a near spelling', () => {
    expect(texts({ town: ['Halvarsund'] }, 'Halvarsundbergen is far.')).toEqual([]);
  });
});
