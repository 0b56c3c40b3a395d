import { describe, expect, it } from 'vitest';
import { timeClauseAt } from '../../../engine/time-clause';
import { tokenize } from '../../../engine/tokenize';

const at = (text: string) => timeClauseAt(tokenize(text), text);

describe('timeClauseAt: a clause of time telling another event beside the one before it', () => {
  it('finds ", as" and "after"', () => {
    expect(at('Ferry fares rose, as the council closed the old pier.')).toEqual([3, 4]);
    expect(at('The mayor spoke a week after the crews reopened the bridge.')).toEqual([5, 6]);
  });

  it('finds no ", as" that is not a clause of time, nor "as" without its comma', () => {
    expect(at('The crews, as well as the council, closed the pier.')).toBeNull();
    expect(at('The pier closed, as part of the harbour plan.')).toBeNull();
    expect(at('The pier closed as the council had planned.')).toBeNull();
    expect(at('After the storm the pier closed.')).toBeNull();
  });

  it('finds no "after" before a noun: the talks may be those of the main clause\'s subject', () => {
    expect(
      at('The guild moved its boats after talks with the council that began in May.'),
    ).toBeNull();
    expect(at('The guild moved its boats after talks, which began in May.')).toBeNull();
    expect(at('The guild moved its boats after the council left the pier.')).toEqual([5, 6]);
  });
});
