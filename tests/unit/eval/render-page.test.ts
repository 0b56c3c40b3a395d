/**
 * The eval's page renderer: a realistic news page whose article text, once read by page/article.ts,
 * holds every sentence of the set in order, with the headline in <h1> and the date only in the
 * page's metadata.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article';
import { findPublishedDate } from '../../../page/published-date';
import { type EvalArticle, readJsonl } from '../../../scripts/eval/eval-set';
import { locateSentences } from '../../../scripts/eval/locate';
import { endsSentence, opensPost, renderFlat, renderPage } from '../../../scripts/eval/render-page';

const root = path.resolve(__dirname, '../../..');
const own = path.join(root, 'tests/fixtures/eval');
const shared = ['dev.jsonl', 'dev2.jsonl']
  .map((f) => path.resolve(root, '../shared/eval', f))
  .filter((f) => existsSync(f));
const ARTICLES: EvalArticle[] = [
  ...readdirSync(own)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => path.join(own, f)),
  ...shared,
].flatMap((file) => readJsonl(file));

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** A made-up article that exercises escaping, subheads, cut-off sentences and inline markup. */
const SAMPLE: EvalArticle = {
  id: 'sample-01',
  outlet: 'The Sample Courier & <Co>',
  published: '2024-09',
  kind: 'on-topic',
  sentences: [
    { text: 'Town council & "friends" <agree> a new river path', highlight: null },
    {
      text: 'The council voted on Tuesday to build a path along the river by next spring.',
      highlight: null,
    },
    {
      text: 'Work is due to start in March, the mayor’s office said in a statement.',
      highlight: null,
    },
    {
      text: 'Residents had asked for a safer route to the school for many years.',
      highlight: null,
    },
    { text: 'Cost and timing', highlight: null },
    {
      text: 'The path will cost about two million, paid for by the regional fund.',
      highlight: null,
    },
    {
      text: 'Officials said the money was set aside in the budget that was approved last',
      highlight: null,
    },
    {
      text: 'A second phase would extend the path to the old mill if funds allow.',
      highlight: null,
    },
    {
      text: 'Cyclists welcomed the plan, though some asked for lighting along the way.',
      highlight: null,
    },
    {
      text: 'The mayor said the lights would come in the second phase, with benches.',
      highlight: null,
    },
    {
      text: 'Critics said the council should first repair the bridge by the station.',
      highlight: null,
    },
    {
      text: 'A public meeting on the design is planned for the end of the month.',
      highlight: null,
    },
  ],
};

describe('renderPage', () => {
  const doc = parse(renderPage(SAMPLE));

  it('puts the first sentence in the <h1>, escaped', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('article h1')?.textContent).toBe(SAMPLE.sentences[0]?.text);
  });

  it('gives the publication date only in the metadata, exactly as the set does', () => {
    expect(
      doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    ).toBe('2024-09');
    expect(doc.querySelectorAll('time, script, [itemprop]')).toHaveLength(0);
    expect(doc.body.textContent).not.toContain('2024-09');
    expect(findPublishedDate(doc)).toBe('2024-09');
  });

  it('has the furniture of a news site, which the page reader leaves out', () => {
    for (const selector of ['nav', 'aside.sidebar', 'footer', '.ad-slot'])
      expect(doc.querySelector(selector), selector).not.toBeNull();
    const { text } = extractArticle(doc);
    for (const furniture of ['Advertisement', 'Most read', 'About us', 'Politics'])
      expect(text).not.toContain(furniture);
  });

  it('groups the body into paragraphs of at most five sentences, subheads on their own', () => {
    const blocks = Array.from(doc.querySelectorAll('.article-body > p, .article-body > h2'));
    const located = locateSentences(
      blocks.map((b) => b.textContent).join('\n\n'),
      SAMPLE.sentences.slice(1).map((s) => s.text),
    );
    expect(located.spans.every(Boolean)).toBe(true);
    const subhead = blocks.find((b) => b.textContent === 'Cost and timing');
    expect(subhead?.localName === 'h2' || subhead?.querySelector('strong') !== null).toBe(true);
    for (const p of blocks.filter((b) => b.localName === 'p')) {
      const sentences = SAMPLE.sentences.filter((s) => p.textContent?.includes(s.text));
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(5);
      // A sentence without final punctuation ends its paragraph.
      sentences.slice(0, -1).forEach((s) => {
        expect(endsSentence(s.text), s.text).toBe(true);
      });
    }
  });

  it("ends a paragraph where the article's own paragraph ends", () => {
    const sentences = SAMPLE.sentences.map((s, i) => (i === 1 ? { ...s, paragraphEnd: true } : s));
    const page = parse(renderPage({ ...SAMPLE, sentences }));
    const first = Array.from(page.querySelectorAll('.article-body > p'))[0];
    expect(first?.textContent?.trim()).toBe(SAMPLE.sentences[1]?.text);
  });

  it('gives each comment, reply, entry, numbered post and signature a block of its own', () => {
    const lines = [
      'Readers react to the new river path',
      'river_fan88: about time they built it.',
      'jb_in_ohio: my kids will use it every day.',
      'Reply from doc_h: The bridge still needs fixing first.',
      'MaryK: Agreed. The lights matter more.',
      '(03:15) The mayor on the cost of the lights.',
      '2/ The second phase waits for the regional fund.',
      'I hope they add benches too.',
      '— Dilan R., Ankawa',
      'Correction: An earlier version gave the wrong cost.',
    ];
    const article = { ...SAMPLE, sentences: lines.map((text) => ({ text, highlight: null })) };
    const blocks = Array.from(parse(renderPage(article)).querySelectorAll('.article-body > p'));
    const texts = blocks.map((p) => p.textContent?.replace(/\s+/g, ' ').trim());
    for (const opener of lines.slice(1, 7))
      expect(texts.some((t) => t?.startsWith(opener))).toBe(true);
    // A post goes on with its own sentences; a signature stands alone; "Correction:" is prose.
    expect(texts).toContain(
      '2/ The second phase waits for the regional fund. I hope they add benches too.',
    );
    expect(texts).toContain('— Dilan R., Ankawa');
    expect(opensPost('Correction: An earlier version gave the wrong cost.')).toBeNull();
    expect(opensPost('Q: Have the crews left?')).toBeNull();
    expect(opensPost('@IraqMoD: Our forces now hold the base.')).toBe('post');
  });

  it('is the same page for the same article, and another page for another id', () => {
    expect(renderPage(SAMPLE)).toBe(renderPage(structuredClone(SAMPLE)));
    const others = ['sample-02', 'sample-03', 'sample-04'].map((id) =>
      renderPage({ ...SAMPLE, id }),
    );
    expect(others.some((html) => html !== renderPage(SAMPLE))).toBe(true);
  });

  it('splits some sentences into several text nodes with inline links or emphasis', () => {
    const inline = ARTICLES.flatMap((a) =>
      Array.from(
        parse(renderPage(a)).querySelectorAll('.article-body p > a, .article-body p > em'),
      ),
    );
    expect(inline.length).toBeGreaterThan(10);
    for (const el of inline) {
      // Mid-sentence: text before and after the element, inside the same paragraph.
      expect(el.previousSibling?.nodeType).toBe(3);
      expect(el.nextSibling?.nodeType).toBe(3);
    }
    // It renders and parses every fixture article: its cost grows with each set added.
  }, 30_000);

  it.each(ARTICLES.map((a) => ({ id: a.id, article: a })))(
    '$id: every sentence is in the extracted text, in order, and the date is read back',
    ({ article }) => {
      const page = parse(renderPage(article));
      const { text } = extractArticle(page);
      const { spans } = locateSentences(
        text,
        article.sentences.map((s) => s.text),
      );
      expect(spans.every(Boolean), text).toBe(true);
      for (let i = 1; i < spans.length; i++)
        expect((spans[i]?.start as number) >= (spans[i - 1]?.end as number)).toBe(true);
      expect(spans[0]?.start).toBe(0); // the headline comes first
      expect(findPublishedDate(page)).toBe(article.published);
    },
  );
});

describe('renderFlat (the old layout, --flat)', () => {
  it('is one paragraph per sentence with no date on the page', () => {
    const doc = parse(renderFlat(SAMPLE));
    expect(doc.querySelectorAll('article p')).toHaveLength(SAMPLE.sentences.length);
    expect(findPublishedDate(doc)).toBeNull();
  });
});
