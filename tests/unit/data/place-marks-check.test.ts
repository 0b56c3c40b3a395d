/**
 * The knowledge-base check of topic.placeMarks (data/check-vocabulary.ts): names the first look
 * searches for as written, so lower-case and trimmed. The bridge story with one mark edited.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase } from '../../../data/check';
import type { Vocabulary } from '../../../engine/types';

const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
const read = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
const base = read('vocabulary') as Vocabulary;
const FILE = 'story-bridge/vocabulary.json';

const checkMarks = (placeMarks: unknown) => {
  const vocabulary = structuredClone(base) as unknown as { topic: Record<string, unknown> };
  vocabulary.topic.placeMarks = placeMarks;
  return checkKnowledgeBase(
    { sources: read('sources'), questions: read('questions'), claims: read('claims'), vocabulary },
    undefined,
    { dir: 'story-bridge' },
  );
};

describe('topic.placeMarks in the check', () => {
  it('accepts lower-case names of one or more words', () => {
    expect(checkMarks(['harbour board', 'ferrymen’s league'])).toEqual([]);
  });

  it('names a mark with capitals or spaces around it', () => {
    expect(checkMarks(['Harbour Board', ' league'])).toEqual(
      expect.arrayContaining([
        `${FILE}: topic → placeMarks[0]: "Harbour Board" must be a lower-case name (the text is searched for it as written).`,
        `${FILE}: topic → placeMarks[1]: " league" must be a lower-case name (the text is searched for it as written).`,
      ]),
    );
  });

  it('names a mark list that is no list', () => {
    expect(checkMarks('harbour board')).toEqual(
      expect.arrayContaining([
        `${FILE}: topic → placeMarks: must be a list [...] of names, found text.`,
      ]),
    );
  });
});
