/**
 * The check's words for an editor. issueMessage(): a field that may take only some values says
 * which when it is absent ("is missing"), not "found undefined", like every other missing field.
 * A statement naming a source when sources.json lists none says to add one, not "use one of .".
 * An empty list is "an empty list" where a list with items is asked for, not "found a list".
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkKnowledgeBase, issueMessage } from '../../../data/check';

const schema = z.object({ kind: z.enum(['plan', 'event']), format: z.literal(1) });
const messages = (entry: unknown) =>
  (schema.safeParse(entry).error?.issues ?? []).map((i) => issueMessage(i, entry));

describe('issueMessage on a field with fixed values', () => {
  it('says a missing one is missing and what it may be', () => {
    expect(messages({})).toEqual([
      'kind: is missing; add it (one of "plan", "event").',
      'format: is missing; add it (1).',
    ]);
  });

  it('says what a wrong one may be and what the file has', () => {
    expect(messages({ kind: 'forecast', format: 2 })).toEqual([
      'kind: must be one of "plan", "event", found "forecast".',
      'format: must be 1, found 2.',
    ]);
  });
});

describe('a source named when sources.json lists none', () => {
  it('says to add it there instead of offering an empty list', () => {
    const errors = checkKnowledgeBase({
      sources: [],
      questions: [],
      claims: [
        {
          id: 'pier-closes',
          statement: 'The pier closes in May.',
          recognize: { require: [['close']] },
          sources: [
            {
              source: 'harbour-news',
              says: 'The paper reports the closure.',
              attribution: 'the council',
              anchor: 'pier closes',
            },
          ],
        },
      ],
      vocabulary: {
        concepts: { close: ['closes'] },
        entities: {},
        topic: { anchors: ['close'], otherTheatres: [], years: { from: 2014, to: 2027 } },
      },
    });
    expect(errors).toContain(
      'data/claims.json: claim "pier-closes" → sources[0].source: "harbour-news" is not a source in data/sources.json; add it to data/sources.json (it lists no valid source yet).',
    );
    expect(errors.join('\n')).not.toMatch(/use one of \./);
  });
});

describe('an empty list where items are needed', () => {
  it('is named as empty', () => {
    const errors = checkKnowledgeBase({
      sources: [],
      questions: [],
      claims: [],
      vocabulary: {
        concepts: { close: ['closes'] },
        entities: {},
        topic: { anchors: [], otherTheatres: [], years: { from: 2014, to: 2027 } },
      },
    });
    expect(errors).toEqual([
      'data/vocabulary.json: topic → anchors: must be a list [...] of concept ids, at least one, found an empty list.',
    ]);
  });
});
