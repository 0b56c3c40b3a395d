/**
 * The demo's card for the end-2025 full exit, on the real pack: the knowledge base holds reports
 * from 2026 of forces still at Ain al-Asad and in Erbil, so a reader is told the plan was not
 * carried out, never that nothing came of its date.
 */
import fs from 'node:fs';
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../cli/declarative-shadow';
import { ClaimCard } from '../../../components/ClaimCard';
import { createMatcher } from '../../../engine/index';
import { extractArticle } from '../../../page/article';
import { readPublishedDate } from '../../../page/published-date';
import { mount, texts } from './render';
import { t } from './translate';

const repo = path.resolve(__dirname, '../../..');
const document = parsePage(
  fs.readFileSync(path.join(repo, 'demo/coalition-timeline.html'), 'utf8'),
);
const { text } = extractArticle(document, { maxChars: 2_000_000 });
const published = readPublishedDate(document)?.date ?? null;
const { matches } = createMatcher(story).match(text, { published });
const exit = matches.find((m) => m.claim === 'full-exit-end-2025');

describe('the demo: the card of the full exit due by the end of 2025', () => {
  it('tags the plan as not carried out', () => {
    if (!exit) throw new Error('the demo page should card the end-2025 exit');
    expect(exit.time?.outcome).toBe('not-done');
    const root = mount(
      <ClaimCard match={exit} onClose={() => {}} t={t} locale="en-GB" dir="ltr" />,
    );
    expect(root.querySelector('.cl-card__kind')?.textContent).toBe('Plan: not carried out');
    expect(root.querySelector('.cl-time__empty')).toBeNull();
  });

  // A step done after the plan's date ("completed their exit from Ain al-Asad", January 2026)
  // beside a bare "not done" read as a contradiction: the words say what the event tells.
  it('lists since then the 2026 reports of forces still in Iraq, each showing it still not done', () => {
    const since = exit?.time?.since ?? [];
    expect(since.map((s) => s.claim)).toEqual(
      expect.arrayContaining(['ain-al-asad-handed-over-jan-2026', 'partners-leave-erbil-feb-2026']),
    );
    for (const s of since) expect(s.happened > '2025-12').toBe(true);
    const root = mount(
      <ClaimCard
        match={exit as NonNullable<typeof exit>}
        onClose={() => {}}
        t={t}
        locale="en-GB"
        dir="ltr"
      />,
    );
    const outcomes = texts(root.querySelector('.cl-time') as HTMLElement, '.cl-time__outcome');
    expect(outcomes.length).toBe(since.length);
    for (const o of outcomes) expect(o).toBe('shows it was still not done');
  });
});
