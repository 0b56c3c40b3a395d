/**
 * Every link a card can show, for every claim of the knowledge base: https only, opened in a new
 * tab without handing the page a window.opener or a referrer. The sides come from the engine's
 * own buildSides, so a source added to the KB is covered without touching this test.
 */
import { describe, expect, it } from 'vitest';
import { ClaimCard } from '../../../components/ClaimCard';
import { kb } from '../../../data/index';
import { buildSides } from '../../../engine/build-verdict';
import { endOf2025 } from './matches';
import { mount } from './render';
import { t } from './translate';

describe('the links in a card', () => {
  it.each(kb.claims.map((c) => [c.id, c] as const))('claim %s', (_id, claim) => {
    const sides = buildSides(claim, kb, claim.value);
    const root = mount(
      <ClaimCard
        match={{ ...endOf2025, ...sides }}
        onClose={() => {}}
        t={t}
        locale="en-GB"
        dir="ltr"
      />,
    );
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.length).toBe(sides.corroborating.length + sides.contradicting.length);
    for (const a of links) {
      const href = a.getAttribute('href') ?? '';
      expect(new URL(href).protocol, href).toBe('https:');
      expect(a.getAttribute('rel')?.split(/\s+/).sort()).toEqual(['noopener', 'noreferrer']);
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });
});
