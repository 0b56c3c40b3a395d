/**
 * A "who" clause on the subject of a clause is taken for granted (engine/who-relative.ts): "The
 * pier has a café, where crews who left the old quay settled in".
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../engine/tokenize';
import { whoRelatives } from '../../../engine/who-relative';

const found = (text: string) => {
  const tokens = tokenize(text);
  return whoRelatives(tokens, text).map(([from, to]) =>
    tokens
      .slice(from, to)
      .map((t) => t.raw)
      .join(' '),
  );
};

describe('whoRelatives', () => {
  it('a "who" clause on the subject of a "where" clause, or of the sentence, up to its verb', () => {
    expect(
      found('Portsea is known for its pier, where crews who left Ashby and Lowford settled in.'),
    ).toEqual(['who left Ashby and Lowford']);
    expect(found('The crews who stayed were given new boats.')).toEqual(['who stayed']);
    expect(found('Pilots who had sailed the route for years retired in May.')).toEqual([
      'who had sailed the route for years',
    ]);
    expect(
      found('Most came home after the crews who were posted there handed back the keys.'),
    ).toEqual(['who were posted there']);
  });

  it('nothing when the clause has no verb after it, or is an aside or a report', () => {
    // "left … and settled": both are the "who" clause's; no verb of the clause follows.
    expect(found('Crews who left Ashby and settled in Portsea.')).toEqual([]);
    expect(found('The captain, who left in May, has retired.')).toEqual([]);
    expect(found('Officials who said the crews had left were wrong.')).toEqual([]);
    // The object of a verb, not the subject of a clause.
    expect(found('The board thanked the crews who left the pier in May.')).toEqual([]);
  });
});
