import { describe, expect, it } from 'vitest';
import { claimElementId, disputedQuestions, StoryView } from '../../../components/StoryView';
import { kb } from '../../../data/index';
import { mount, texts } from './render';
import { t } from './translate';

describe('StoryView', () => {
  it('pictures every question the sources answer differently, each with its table', () => {
    const root = mount(<StoryView kb={kb} search={null} t={t} locale="en-GB" />);
    const disputed = disputedQuestions(kb).map((d) => d.question.text);
    expect(disputed.length).toBeGreaterThanOrEqual(2);
    expect(texts(root, '.cl-story__question h3')).toEqual(disputed);
    for (const article of Array.from(root.querySelectorAll('.cl-story__question'))) {
      expect(article.querySelector('svg.cl-timeline')).not.toBeNull();
      const caption = article.querySelector('table caption')?.textContent ?? '';
      expect(caption).toBe(`Who says what, and when: ${article.querySelector('h3')?.textContent}`);
      expect(article.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(1);
    }
  });

  it('lists every claim with what each source says, and every source with its link', () => {
    const root = mount(<StoryView kb={kb} search={null} t={t} />);
    expect(texts(root, '.cl-story__statement')).toEqual(kb.claims.map((c) => c.statement));
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('.cl-story__sources a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(kb.sources.map((s) => s.url));
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      // The accessible name contains the visible text (axe label-in-name).
      expect(a.getAttribute('aria-label')).toContain(a.textContent ?? '');
    }
  });

  it('marks the deep-linked claim, and says so when the id is unknown', () => {
    const id = kb.claims[1]?.id as string;
    const root = mount(<StoryView kb={kb} focus={id} search={null} t={t} />);
    const marked = root.querySelectorAll('.cl-story__claim--focus');
    expect(marked).toHaveLength(1);
    expect(marked[0]?.id).toBe(claimElementId(id));
    expect(marked[0]?.getAttribute('tabindex')).toBe('-1');
    expect(root.querySelector('[role="alert"]')).toBeNull();

    const missing = mount(<StoryView kb={kb} focus="no-such-claim" search={null} t={t} />);
    expect(missing.querySelector('[role="alert"]')?.textContent).toBe(
      'There is no claim “no-such-claim” in the knowledge base.',
    );
  });
});
