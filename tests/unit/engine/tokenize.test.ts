/**
 * The hand-written tokenizer gives exactly the words the regular expression it replaced gave,
 * on every text we have: the seeds, the eval sets, our fixtures and awkward cases.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold, type Token, tokenize } from '../../../engine/tokenize';
import { classesOf, wordClass } from '../../../engine/word-class';

// A class of common words, so that the comparisons below hold each word's classes too.
wordClass(['the', 'and', 'said', 'in', 'september', "isn't", 'u.s.']);

/** A token as the reference gives it: everything but the lexicon's number for the word. */
type Written = Omit<Token, 'id'>;

/** The token without its lexicon number (asked of below on its own: same spelling, same id). */
function written(token: Token): Written {
  const { id: _, ...rest } = token;
  return rest;
}

/** The previous implementation, kept here as the reference (with the run-together split added). */
function reference(sentence: string): Written[] {
  const WORD =
    /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:[.'’][\p{L}\p{M}]+)*\.?/gu;
  const tokens: Written[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let raw = m[0];
    if (raw.endsWith('.') && !/\.[\p{L}]/u.test(raw.slice(0, -1))) raw = raw.slice(0, -1);
    const start = m.index ?? 0;
    // Since then: a lower-case word running into a capitalised one is two words ("bySeptember").
    const joint = /^[a-z][a-zA-Z]*?[a-z](?=[A-Z])/.exec(raw);
    if (joint && !raw.includes('.') && joint[0].length < raw.length - 1) {
      const head = joint[0];
      const tail = raw.slice(head.length);
      tokens.push({ raw: head, norm: fold(head), start, end: start + head.length, classes: 0 });
      tokens.push({
        raw: tail,
        norm: fold(tail),
        start: start + head.length,
        end: start + raw.length,
        classes: 0,
      });
      continue;
    }
    const token: Written = { raw, norm: fold(raw), start, end: start + raw.length, classes: 0 };
    if (/^\d/.test(raw)) token.value = Number(raw.replace(/,/g, ''));
    tokens.push(token);
  }
  // Each word with the classes of its folded form (word-class.ts).
  for (const token of tokens) token.classes = classesOf(token.norm);
  return tokens;
}

const here = path.dirname(new URL(import.meta.url).pathname);
const shared = path.resolve(here, '../../../../shared');
const texts: string[] = [];
for (const dir of [path.join(shared, 'seeds')])
  if (existsSync(dir))
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')))
      texts.push(...readFileSync(path.join(dir, f), 'utf8').split('\n'));
for (const file of [
  path.join(shared, 'eval/dev.jsonl'),
  path.join(shared, 'eval/dev2.jsonl'),
  ...readdirSync(path.resolve(here, '../../fixtures/eval'))
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => path.resolve(here, '../../fixtures/eval', f)),
])
  if (existsSync(file))
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean))
      for (const s of (JSON.parse(line) as { sentences: { text: string }[] }).sentences)
        texts.push(s.text);

describe('tokenize', () => {
  it('reads the corpus', () => expect(texts.length).toBeGreaterThan(300));

  // Every text we have grows with each eval set: about 4 s on a quiet machine, so the default 5 s
  // limit failed it on a loaded one. The time is the texts', not a hang.
  it('gives the same words as the regular expression on every text we have', () => {
    for (const t of texts) expect(tokenize(t).map(written), t).toEqual(reference(t));
  }, 30_000);

  it.each([
    'The U.S. said 2,500 troops, or 2,5000, stay; 3.5% left in 2024.',
    'Al-Sudani’s aide met U.N. envoys at 10.30 p.m. in Irbīl… “Daesh” (ISIS) isn’t gone.',
    'Ayn al-Asad — 1,234,567.89 — ended. Mid-2025 to late-2026.',
    'Éric Müller, naïve café-owner, said 𝐈𝐫𝐚𝐪 and عراق and 伊拉克.',
    'trailing dot.',
    "...start 'quoted' word's end.",
  ])('gives the same words on %s', (t) => {
    expect(tokenize(t).map(written)).toEqual(reference(t));
  });

  it('numbers every token of a spelling alike, and no two spellings alike', () => {
    const byId = new Map<number, string>();
    const bySpelling = new Map<string, number>();
    for (const t of texts.slice(0, 400))
      for (const token of tokenize(t)) {
        expect(byId.get(token.id) ?? token.raw).toBe(token.raw);
        expect(bySpelling.get(token.raw) ?? token.id).toBe(token.id);
        byId.set(token.id, token.raw);
        bySpelling.set(token.raw, token.id);
      }
    // The parts of a run-together word and figures are words of the lexicon too.
    const [the, inPart, september, year, again] = tokenize('the inSeptember 2026 the');
    expect(inPart?.id).not.toBe(september?.id);
    expect(year?.id).toBe(tokenize('in 2026')[1]?.id);
    expect(again?.id).toBe(the?.id);
    expect(inPart?.id).toBe(tokenize('in')[0]?.id);
  });
});

describe('words run together by the page', () => {
  it('splits a lower-case word running into a capitalised one', () => {
    expect(tokenize('leave inSeptember 2026').map((t) => t.raw)).toEqual([
      'leave',
      'in',
      'September',
      '2026',
    ]);
  });
  it('keeps names and abbreviations whole', () => {
    expect(tokenize('McDonald met al-Sudani in the U.S.').map((t) => t.raw)).toEqual([
      'McDonald',
      'met',
      'al',
      'Sudani',
      'in',
      'the',
      'U.S.',
    ]);
  });
});
