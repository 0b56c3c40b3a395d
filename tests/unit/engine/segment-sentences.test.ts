import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../engine/segment-sentences';

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not split after U.S., Gen. or initials', () => {
    expect(split('Gen. Ray said U.S. forces will go. Lt. Col. J. Doe agreed.')).toEqual([
      'Gen. Ray said U.S. forces will go.',
      'Lt. Col. J. Doe agreed.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('"We are done here." The envoy left! Was it "final?" Nobody knows.')).toEqual([
      '"We are done here."',
      'The envoy left!',
      'Was it "final?"',
      'Nobody knows.',
    ]);
  });

  it('treats blank lines (block boundaries) as sentence ends, headline included', () => {
    expect(split('Troops to leave by 2026\n\nThe plan was agreed. Details follow')).toEqual([
      'Troops to leave by 2026',
      'The plan was agreed.',
      'Details follow',
    ]);
  });

  it('does not split decimals or lower-case continuations', () => {
    expect(split('About 2.5 thousand troops remain. e.g. advisers stay.')).toEqual([
      'About 2.5 thousand troops remain. e.g. advisers stay.',
    ]);
  });

  it('ends a sentence on U.S. when a new sentence clearly starts', () => {
    expect(split('The deal was signed in the U.S. The talks ended.')).toEqual([
      'The deal was signed in the U.S.',
      'The talks ended.',
    ]);
  });

  it('ends a sentence on U.S. when a name and a verb of saying follow, not a name going on', () => {
    expect(split('The pact binds the U.K. Harlow said it holds.')).toEqual([
      'The pact binds the U.K.',
      'Harlow said it holds.',
    ]);
    expect(split('Ties with the U.S. Embassy said to improve.')).toEqual([
      'Ties with the U.S. Embassy said to improve.',
    ]);
    // A title goes on with a name.
    expect(split('Gen. Harlow said it holds.')).toEqual(['Gen. Harlow said it holds.']);
  });

  it('ends a sentence on a single letter when a new sentence clearly starts', () => {
    expect(
      split('The mayor posted on X. He named no ferry. It was signed by Ann B. Cole.'),
    ).toEqual(['The mayor posted on X.', 'He named no ferry.', 'It was signed by Ann B. Cole.']);
    // "A" after an initial may be another initial.
    expect(split('Signed by J. A. Smith today.')).toEqual(['Signed by J. A. Smith today.']);
  });

  it('ends a sentence on "no." unless a number follows it', () => {
    expect(split('The crews said no. Ferry numbers fell. Pier No. 4 stays open.')).toEqual([
      'The crews said no.',
      'Ferry numbers fell.',
      'Pier No. 4 stays open.',
    ]);
  });

  it('reports offsets into the original text', () => {
    const text = '  First one.  Second one.  ';
    expect(segmentSentences(text)).toEqual([
      { start: 2, end: 12 },
      { start: 14, end: 25 },
    ]);
  });
});

describe('the matcher segments long pages in steps', () => {
  it('finds the same sentences block by block as in one pass', async () => {
    const { default: story } = await import('virtual:claimlight-story');
    const { createMatcher } = await import('../../../engine/index');
    const block = 'The US said troops leave. Iraq agreed "on Monday." U.S. officials disagreed!';
    const text = Array.from({ length: 400 }, (_, i) => `${block} Paragraph ${i}.`).join('\n\n');
    const result = createMatcher(story).match(`Iraq and the coalition\n\n${text}`, {
      explain: true,
    });
    expect(result.sentences).toBe(segmentSentences(`Iraq and the coalition\n\n${text}`).length);
  }, 30_000);
  it('ends a sentence before Arabic text and at the Arabic question mark', () => {
    const text =
      'قال المستشار: «The troops will leave Iraq by the end of 2025.» وأضاف أن الموعد ثابت؟ The vote came in 2020.';
    expect(split(text)).toEqual([
      'قال المستشار: «The troops will leave Iraq by the end of 2025.»',
      'وأضاف أن الموعد ثابت؟',
      'The vote came in 2020.',
    ]);
  });

  it('ends a sentence at the CJK full stop, before and after an English one', () => {
    expect(split('縦書きの段落です。The coalition was formed in 2014. 以上です。')).toEqual([
      '縦書きの段落です。',
      'The coalition was formed in 2014.',
      '以上です。',
    ]);
  });

  it('starts a sentence at each bullet of a list a page flattened into one block', () => {
    expect(split('Key points • The ferry left at noon. • The pier closed • Boats wait.')).toEqual([
      'Key points',
      '• The ferry left at noon.',
      '• The pier closed',
      '• Boats wait.',
    ]);
  });

  it('starts a line at an asterisk and a space after a full stop, a plain-text list', () => {
    expect(split('Pier facts * Built: 1908. * Length: 300 metres. * Owner: the town.')).toEqual([
      'Pier facts * Built: 1908.',
      '* Length: 300 metres.',
      '* Owner: the town.',
    ]);
    // A footnote's star sits against its word and opens nothing.
    expect(split('Crews fell to 200.* the figure is rounded.')).toEqual([
      'Crews fell to 200.* the figure is rounded.',
    ]);
  });

  it('does not split at a bullet inside a word or a figure', () => {
    expect(split('The code reads 3•4 on the pier.')).toEqual(['The code reads 3•4 on the pier.']);
  });

  it('keeps a page reference with its number, and starts a line at one after a full stop', () => {
    expect(split('The pier was shut (Hale 2021, p. 211). Boats waited.')).toEqual([
      'The pier was shut (Hale 2021, p. 211).',
      'Boats waited.',
    ]);
    expect(
      split('p. 12, line 3: for “1998” read “1989”. pp. 40–41: the ferry sailed in May, not June.'),
    ).toEqual([
      'p. 12, line 3: for “1998” read “1989”.',
      'pp. 40–41: the ferry sailed in May, not June.',
    ]);
    // A word ending in "p" is no page: "… the top. 5 boats" is not joined.
    expect(split('They climbed to the top. 5 boats waited.')).toEqual([
      'They climbed to the top.',
      '5 boats waited.',
    ]);
  });

  it('keeps a chronology heading "2019 (March)." with the entry it dates', () => {
    expect(split('2019 (March). Cracks found in the pier. 2020 (4 May). Pier shut.')).toEqual([
      '2019 (March). Cracks found in the pier.',
      '2020 (4 May). Pier shut.',
    ]);
    // Only as the opening of a sentence: "… reopened in 2019 (March). Then …" ends there.
    expect(split('The pier reopened in 2019 (March). Then it closed.')).toEqual([
      'The pier reopened in 2019 (March).',
      'Then it closed.',
    ]);
  });
});
