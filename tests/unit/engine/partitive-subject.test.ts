import { describe, expect, it } from 'vitest';
import { carrySubject } from '../../../engine/carry-subject';
import { inSubject, partitiveSubject, wholeOfPart } from '../../../engine/partitive-subject';
import { tokenize } from '../../../engine/tokenize';
import { words } from './sentence-words';

const opens = (text: string) => partitiveSubject(tokenize(text), 0);

describe('partitiveSubject', () => {
  it('a bare part before a past verb or a direction', () => {
    expect(opens('Some headed north to Ashby, others west.')).toBe(true);
    expect(opens('Others drove on to the old quay.')).toBe(true);
    expect(opens('Most stayed at the pier.')).toBe(true);
    expect(opens('Some north, to the old quay.')).toBe(true);
  });

  it('not before a verb of saying, a noun, or a verb in the present', () => {
    expect(opens('Some said the crews should stay.')).toBe(false);
    expect(opens('Others warned of delays.')).toBe(false);
    expect(opens('Some crates went north.')).toBe(false);
    expect(opens('Others argue the move was late.')).toBe(false);
  });
});

describe('inSubject', () => {
  it('a hit before the first verb or relative pronoun of the sentence', () => {
    const lines = tokenize('Long lines of Lakeland lorries have been leaving the pier.');
    expect(inSubject({ from: 3 }, lines)).toBe(true);
    const students = tokenize('Students who had studied in Lakeland flew home.');
    expect(inSubject({ from: 5 }, students)).toBe(false);
  });
});

describe('carrySubject with a bare part', () => {
  const actors = new Set(['crews']);
  it("takes the actors of the sentence before's subject", () => {
    const before = words('The crews loaded the last lorries on Monday.', [['crews', 'crews']]);
    const out = carrySubject(
      words('Some headed north to Ashby.', [['relocate', 'headed']]),
      before,
      actors,
    );
    expect(out.hits.map((h) => h.concept)).toContain('crews');
  });

  it('not actors named only past the subject before', () => {
    const before = words('Students who had worked with the crews flew home.', [['crews', 'crews']]);
    const out = carrySubject(
      words('Most moved to Ashby.', [['relocate', 'moved']]),
      before,
      actors,
    );
    expect(out.hits.map((h) => h.concept)).not.toContain('crews');
  });
});

describe('wholeOfPart', () => {
  const whole = (text: string) => wholeOfPart(tokenize(text));
  it('the plural after "some of" in the sentence before, or its plural subject', () => {
    expect(whole('Pilots said some of the crates went by sea.')).toBe(5);
    expect(whole('The crates were headed two ways.')).toBe(1);
    expect(whole('The barges sailed at dawn.')).toBe(1);
  });
  it('not a singular, a noun with more words before the verb, or a sentence with neither', () => {
    expect(whole('The convoy was headed two ways.')).toBe(-1);
    expect(whole('The crates from the depot were loaded.')).toBe(-1);
    expect(whole('Crates left the depot.')).toBe(-1);
    expect(whole('Some of the press left early.')).toBe(-1);
  });
});
