/**
 * The eval scores the engine in explain mode (it prints why a sentence missed), but the reader's
 * extension runs without it, and the engine skips work in that mode (a sentence with no candidate
 * claim is not read further). A rule that only runs when explaining would pass the quality gate
 * and never reach a reader: so every article of every eval set must get the same highlights, on
 * the same claims, both ways.
 */
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../cli/annotate';
import { pack } from '../../../data/index';
import { compileStory } from '../../../engine/compile-story';
import { defaultSets, readSet, setName } from '../../../scripts/eval';
import { renderPage } from '../../../scripts/eval/render-page';

const annotate = createAnnotator(compileStory(pack));

type Highlight = { start: number; end: number; claim: string };
const cardsOf = (html: string, explain: boolean): string[] =>
  (annotate(html, { explain, text: true }) as { highlights: Highlight[] }).highlights.map(
    (h) => `${h.start}-${h.end} ${h.claim}`,
  );

describe.each(defaultSets().map((file) => ({ name: setName(file), file })))('$name', ({ file }) => {
  it('gets the same highlights with and without explain mode', () => {
    const differing: string[] = [];
    for (const article of readSet(file)) {
      const html = renderPage(article);
      const explained = cardsOf(html, true).join(', ');
      const read = cardsOf(html, false).join(', ');
      if (explained !== read)
        differing.push(`${article.id}:\n  explain ${explained}\n  reader  ${read}`);
    }
    expect(differing.join('\n')).toBe('');
  }, 120_000); // a whole set annotated twice: seconds on a loaded machine
});
