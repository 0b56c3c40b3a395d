/**
 * "Members will recall that …": "will" before a verb of memory bids the reader remember, and puts
 * nothing ahead (engine/will-recall.ts).
 */
import { describe, expect, it } from 'vitest';
import { future } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';
import { willRecall } from '../../../engine/will-recall';

const recallAt = (text: string) => {
  const tokens = tokenize(text);
  return willRecall(
    tokens,
    tokens.findIndex((t) => t.norm === 'will' || t.norm.endsWith("'ll")),
  );
};

describe('willRecall', () => {
  it('reads "will recall that", "will remember," and a closing "will know" as memory', () => {
    expect(recallAt('Members will recall that the pier closed in May.')).toBe(true);
    expect(recallAt('As readers will remember, the crews left the pier in May.')).toBe(true);
    expect(recallAt("You'll recall that the ferry stopped in March.")).toBe(true);
    expect(recallAt('The crews left the pier in May, as regular readers will know.')).toBe(true);
  });

  it('leaves "will" a plan before another verb or an object', () => {
    expect(recallAt('The council will recall its envoy in May.')).toBe(false);
    expect(recallAt('The crews will leave the pier in May.')).toBe(false);
    expect(recallAt('Riverton will remember the crews with a plaque.')).toBe(false);
  });

  it('keeps the recalled event in the past', () => {
    expect(future(tokenize('Members will recall that the pier closed in May.'))).toBe(false);
    expect(future(tokenize('The council will recall its envoy in May.'))).toBe(true);
  });
});
