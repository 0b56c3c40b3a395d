import { describe, expect, it } from 'vitest';
import { amongThem } from '../../../engine/carry-among';
import { restatesPrevious } from '../../../engine/carry-context';
import { tokenize } from '../../../engine/tokenize';

describe('amongThem', () => {
  const among = (text: string) => amongThem(tokenize(text));

  it('counts a subject among those the sentence before told of', () => {
    expect(among('The Ashby crew was among them, the harbour master said.')).toBe(true);
    expect(among('Portsea was also one of them.')).toBe(true);
    expect(among('Among them were the two Riverton ferries.')).toBe(true);
  });

  it('not when the subject is put apart, nor "among" with a place or a noun of its own', () => {
    expect(among('The Ashby crew was not among them.')).toBe(false);
    expect(among('The ferry was among the oldest on the river.')).toBe(false);
    expect(among('Talks among them went on until May.')).toBe(false);
    expect(among('The Ashby crew was among those that said they would stay.')).toBe(false);
    expect(among('The crews were moored among the piers of Riverton.')).toBe(false);
  });

  it('so the sentence states the card before again', () => {
    expect(restatesPrevious(tokenize('The Portsea crew was among them.'))).toBe(true);
  });
});
