/**
 * An exclusion reads what the sentence itself says (engine/recognize.ts `lentToName`): a name
 * that opens a sentence after one naming it lends the sentence before's other actors to it, and
 * those say nothing of what this sentence is about. A noun carried a referent ("the deal" → a
 * firm's deal) still says which thing it is, and excludes. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle, claimsOf } from './story-sentence';

describe('an exclusion reads the sentence in its own words', () => {
  it('keeps the agreement told after a UN envoy in the country was named', () => {
    const text = [
      'UN envoy backs a calm handover in Iraq',
      "The UN's special representative in Iraq on Monday asked both capitals to keep paying the army during the drawdown.",
      "Iraq and the United States agreed on an end to the coalition's military mission in two stages.",
    ].join('\n\n');
    expect(cardsOfArticle(text, '2024-10-14')).toContain('agreement-reached');
  });

  it('does not read an agreed end to the UN mission as the coalition agreement', () => {
    expect(
      claimsOf(
        'The Security Council agreed on an end to the UN political mission in Iraq after two decades.',
        '2025-12-22',
      ),
    ).not.toContain('agreement-reached');
  });

  it("still reads a deal named again as the other body's deal", () => {
    const text = [
      'Builder nears refinery deal in Iraq',
      "A foreign engineering firm has agreed terms with Iraq's oil ministry to rebuild a refinery.",
      'Engineers for both sides said the talks on output were over.',
      'The deal still needs the approval of the cabinet, an official said.',
    ].join('\n\n');
    expect(cardsOfArticle(text, '2025-11-04')).not.toContain('plan-awaits-final-approval');
  });
});
