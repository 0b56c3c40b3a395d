/**
 * Two claims kept to what they say (data/claims.json excludes): a first stage finished is not
 * the full exit of 2026; a passed deadline for ending the mission, with troops still in the
 * Kurdish north, is not the advisers kept at Ain al-Asad. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('claims kept to what they say', () => {
  it('does not read calling it the end of the mission as calling it no withdrawal', () => {
    const said = (text: string) => claimsOf(text, '2026-09-10');
    expect(
      said(
        'A US spokesman said this is the end of the coalition mission, not the end of our ties with Baghdad.',
      ),
    ).not.toContain('us-calls-it-transition');
    expect(
      said('A US spokesman said this is not a withdrawal but a change in how the coalition works.'),
    ).toContain('us-calls-it-transition');
  });

  it('does not read a first stage finished early as the full exit', () => {
    expect(
      claimsOf(
        'The general says the first stage was finished early, with most soldiers out of Anbar in August.',
        '2026-09-29',
      ),
    ).not.toContain('full-exit-2026');
  });

  it('does not read a passed deadline for ending the mission as advisers kept at Ain al-Asad', () => {
    expect(
      claimsOf(
        "The deadline for ending the coalition's mission in the north came and went, with US soldiers still at Harir.",
        '2026-10-06',
      ),
    ).not.toContain('advisers-kept-at-ain-al-asad');
  });

  it('does not read where troops were stationed as their relocation to the north', () => {
    expect(
      claimsOf(
        'Before the pull-out, American troops were stationed at Ain al-Asad and at Harir in the north.',
        '2026-04-20',
      ),
    ).not.toContain('coalition-relocated-to-kurdistan');
  });

  it('does not read the last convoy driving away as the exit only beginning', () => {
    const cards = claimsOf(
      'The colonel has run the desert base since spring, when the final American column rolled out of it.',
      '2026-06-02',
    );
    expect(cards).not.toContain('ain-al-asad-exit-began-aug-2025');
  });

  it('reads the desert base left by US forces in January as the base handed over', () => {
    expect(
      claimsOf('US forces pulled out of the sprawling desert base in January.', '2026-03-01'),
    ).toContain('ain-al-asad-handed-over-jan-2026');
  });

  it('does not read displaced families moving to relatives near Erbil as troops relocating', () => {
    expect(
      claimsOf(
        'After the American drones flew over, around 200 displaced families moved to relatives near Erbil.',
        '2026-04-02',
      ),
    ).not.toContain('coalition-relocated-to-kurdistan');
  });
});

describe('an exclusion in a reported clause without "that"', () => {
  it('keeps diplomats staying in the north from reading as the coalition relocated there', () => {
    for (const sentence of [
      'US travellers are told the embassy staff remain in Erbil.',
      'US travellers are told that the embassy staff remain in Erbil.',
      'American visitors have been told the embassy staff remain in Erbil.',
      "US travellers are told the consulate's reach beyond Erbil remains thin.",
      "US travellers are told that the consulate's reach beyond Erbil remains thin.",
    ])
      expect(claimsOf(sentence, '2026-10-01')).not.toContain('coalition-relocated-to-kurdistan');
  });
});
