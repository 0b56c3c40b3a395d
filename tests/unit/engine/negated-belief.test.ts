/**
 * "not to believe that the gang is finished": a negated verb of belief negates its clause's
 * predicate, and leaves its subject named (engine/negated-belief.ts, read by find-negations.ts).
 */
import { describe, expect, it } from 'vitest';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';

const negated = (text: string, word: string) => {
  const tokens = tokenize(text);
  return isNegated(
    tokens.findIndex((t) => t.norm === word),
    findNegations(tokens, text),
  );
};

describe('a negated belief', () => {
  it("leaves the clause's subject named and negates its predicate", () => {
    const urged = 'The mayor urged drivers not to believe that the ferry is finished.';
    expect(negated(urged, 'ferry')).toBe(false);
    expect(negated(urged, 'finished')).toBe(true);
    const think = 'Engineers do not think the old bridge is safe, the council said.';
    expect(negated(think, 'bridge')).toBe(false);
    expect(negated(think, 'safe')).toBe(true);
    const nobody = 'Nobody should assume that the strike at the port is over.';
    expect(negated(nobody, 'strike')).toBe(false);
    expect(negated(nobody, 'port')).toBe(false);
    expect(negated(nobody, 'over')).toBe(true);
    expect(negated("Don't imagine the repairs were done.", 'repairs')).toBe(false);
    expect(negated("Don't imagine the repairs were done.", 'done')).toBe(true);
    expect(negated('Crews never thought the bridge would reopen.', 'bridge')).toBe(false);
    expect(negated('Crews never thought the bridge would reopen.', 'reopen')).toBe(true);
  });

  it('raises nothing from a disbelief of surprise or a belief with no clause', () => {
    // "can't believe" is surprise that it is so; the plain reach stands.
    expect(negated("Drivers can't believe the bridge is open.", 'bridge')).toBe(true);
    expect(negated('The council does not believe in tolls for the bridge.', 'tolls')).toBe(true);
    expect(negated('The mayor did not say the bridge was closed.', 'bridge')).toBe(true);
  });
});
