import { describe, expect, it, vi } from 'vitest';
import { tokenize } from '../../../engine/tokenize';
import { CLASS_BITS, classesOf, inClass, wordClass } from '../../../engine/word-class';

describe('word classes', () => {
  it('gives each token the classes of its folded word', () => {
    const PIER_WORDS = wordClass(['pier', 'jetty']);
    const [the, pier, jetty] = tokenize('The Pier, jetty');
    expect(inClass(the, PIER_WORDS)).toBe(false);
    expect(inClass(pier, PIER_WORDS)).toBe(true);
    expect(inClass(jetty, PIER_WORDS)).toBe(true);
    expect(inClass(undefined, PIER_WORDS)).toBe(false);
  });

  it('gives a word in two classes both bits', () => {
    const A = wordClass(['ferry', 'boat']);
    const B = wordClass(['ferry', 'quay']);
    expect(classesOf('ferry')).toBe(A | B);
    expect(classesOf('boat') & B).toBe(0);
    expect(classesOf('harbour')).toBe(0);
  });

  it('reaches words tokenized before the class was made', () => {
    expect(tokenize('Portsea ferries')[1]?.norm).toBe('ferries');
    const FERRIES = wordClass(['ferries']);
    expect(inClass(tokenize('Portsea ferries')[1], FERRIES)).toBe(true);
  });

  it('classes the two halves of words run together', () => {
    const MONTHS = wordClass(['september']);
    const [, month] = tokenize('inSeptember');
    expect(month?.raw).toBe('September');
    expect(inClass(month, MONTHS)).toBe(true);
  });

  it('keeps every mask a small integer', async () => {
    // A fresh copy of the module: the engine's own classes stay as they are.
    vi.resetModules();
    const fresh = await import('../../../engine/word-class');
    for (let i = 0; i < CLASS_BITS; i++) fresh.wordClass([`word${i}`]);
    expect(fresh.classesOf(`word${CLASS_BITS - 1}`)).toBe(2 ** (CLASS_BITS - 1));
    expect(() => fresh.wordClass(['one more'])).toThrow(/word classes/);
  });
});
