/**
 * issueMessage() words zod's issues for an editor: a field that may take only some values says
 * which when it is absent ("is missing"), not "found undefined", like every other missing field.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueMessage } from '../../../data/check';

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
