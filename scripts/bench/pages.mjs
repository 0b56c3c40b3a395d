/**
 * Pages for the browser benchmark, laid out like real news pages (site header and nav, an
 * article with headline, byline, subheads, inline links, ad slots, a sidebar, a footer), so the
 * content script pays for the same DOM walk it pays for on a news site.
 *
 * Story pages are made only of our own text: the paragraphs of demo/*.html and the sentences of
 * tests/fixtures/eval/*.jsonl, repeated in a seeded shuffle until the page is long enough.
 * Off-topic pages come from ./offtopic-text.mjs. Same output on every run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  assertOfftopic,
  createOfftopicWriter,
  createRng,
  OFFTOPIC_TOPICS,
} from './offtopic-text.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** What the benchmark generates: [name, kind, target words]. */
const SPECS = [
  ['story-1.5k', 'story', 1_500],
  ['story-10k', 'story', 10_000],
  ['story-50k', 'story', 50_000],
  ['offtopic-1.5k', 'offtopic', 1_500],
  ['offtopic-10k', 'offtopic', 10_000],
];

/**
 * @returns {{ name: string, kind: 'story' | 'offtopic', words: number, html: string }[]}
 *   `words` counts the editorial text of the article (headline, byline, subheads, paragraphs),
 *   not the nav, ads, sidebar or footer around it.
 */
export function generatePages() {
  const corpus = storyCorpus();
  return SPECS.map(([name, kind, target], i) => {
    const seed = 0x5eed + i;
    const article =
      kind === 'story' ? storyArticle(corpus, target, seed) : offtopicArticle(target, seed);
    const html = renderPage(article, kind, seed);
    // The whole page, site furniture included, must stay off the story.
    if (kind === 'offtopic') assertOfftopic(html.replace(/<[^>]+>/g, ' '));
    return { name, kind, words: article.words, html };
  });
}

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

const decode = (s) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Good enough for our own prose: a sentence ends at . ! or ? (optionally followed by a closing
 * quote or bracket) before whitespace and an uppercase letter, digit or opening quote.
 */
const splitSentences = (paragraph) =>
  paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/).filter((s) => s.trim());

/**
 * Our own on-topic text as documents (lists of sentences in their original order): one per demo
 * article (plain <p>s only: no standfirst, no index page) and one per eval fixture.
 */
function storyCorpus() {
  const docs = [];
  const demo = join(ROOT, 'demo');
  for (const file of readdirSync(demo).sort()) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(demo, file), 'utf8');
    if (!html.includes('<article')) continue;
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) =>
      decode(m[1].replace(/<[^>]+>/g, ''))
        .replace(/\s+/g, ' ')
        .trim(),
    );
    docs.push(paragraphs.flatMap(splitSentences));
  }
  const evalDir = join(ROOT, 'tests/fixtures/eval');
  for (const file of readdirSync(evalDir).sort()) {
    if (!file.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      docs.push(JSON.parse(line).sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()));
    }
  }
  const sentences = docs.flat().length;
  if (sentences < 50) throw new Error(`story corpus too small (${sentences} sentences)`);
  return docs.filter((d) => d.length > 0);
}

/**
 * Documents in a seeded order, reshuffled on every pass, each kept in its own order so that
 * sentences keep the context they were written in; grouped into paragraphs of 3–6 sentences.
 */
function storyArticle(corpus, target, seed) {
  const rng = createRng(seed);
  let stream = [];
  const nextSentence = () => {
    if (stream.length === 0) stream = rng.shuffle(corpus).flat().reverse();
    return stream.pop();
  };
  const headlines = [
    'Coalition drawdown: what has been agreed, and what has not',
    'Two timetables for the departure of foreign forces',
    'The long goodbye: a guide to the coalition’s exit plans',
  ];
  const subheads = [
    'What officials said',
    'The timetable',
    'A different account',
    'How we got here',
    'What stays behind',
    'The view from the bases',
    'Reaction',
    'What happens next',
  ];
  return buildArticle({
    rng,
    target,
    headline: headlines[seed % headlines.length],
    subhead: () => rng.pick(subheads),
    paragraph: (n) => Array.from({ length: n }, nextSentence),
  });
}

/** A local-news roundup: each subhead starts a new story on the next topic. */
function offtopicArticle(target, seed) {
  const writer = createOfftopicWriter(seed);
  const topics = writer.rng.shuffle(OFFTOPIC_TOPICS);
  let section = 0;
  writer.section(topics[0]);
  const headline = writer.headline();
  return buildArticle({
    rng: writer.rng,
    target,
    headline,
    subhead: () => {
      section += 1;
      writer.section(topics[section % topics.length]);
      return writer.subhead();
    },
    paragraph: (n) => writer.paragraph(n),
  });
}

/**
 * The article as blocks: paragraphs of 3–6 sentences, a subhead every 7–9 paragraphs, an ad
 * every 4–6, until the editorial text reaches `target` words.
 */
function buildArticle({ rng, target, headline, subhead, paragraph }) {
  const byline = `By ${rng.pick(['Sara Whitcombe', 'Daniel Okoro', 'Mina Hartley', 'Tom Ferris'])}, staff reporter`;
  const blocks = [];
  let words = countWords(headline) + countWords(byline);
  let sinceHead = 0;
  let untilHead = rng.int(7, 9);
  let untilAd = rng.int(4, 6);
  let ads = 0;
  while (words < target) {
    if (sinceHead === untilHead) {
      const text = subhead();
      blocks.push({ type: 'h2', text });
      words += countWords(text);
      sinceHead = 0;
      untilHead = rng.int(7, 9);
    }
    const sentences = paragraph(rng.int(3, 6));
    blocks.push({ type: 'p', sentences });
    words += countWords(sentences.join(' '));
    sinceHead += 1;
    untilAd -= 1;
    if (untilAd === 0 && words < target) {
      blocks.push({ type: 'ad', index: ads++ });
      untilAd = rng.int(4, 6);
    }
  }
  return { headline, byline, blocks, words, rng };
}

const ADS = [
  'Spring sale on garden furniture: up to 40% off this week',
  'Switch your broadband and get three months free',
  'New kitchens fitted in a week. Book a free design visit',
  'Weekend breaks by the sea from £89 per night',
  'Learn a language in ten minutes a day',
];

/**
 * A sentence as HTML; about one in five gets an inline link or emphasis around a few words in
 * its middle, so text nodes are split mid-sentence as they are on real pages.
 */
function inlineHtml(rng, sentence) {
  const words = sentence.split(' ');
  const roll = rng.next();
  if (words.length < 8 || roll > 0.2) return escapeHtml(sentence);
  const start = rng.int(1, words.length - 5);
  const end = start + rng.int(2, 4);
  const inner = escapeHtml(words.slice(start, end).join(' '));
  const slug = inner
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const wrapped = roll < 0.12 ? `<a href="/topics/${slug}/">${inner}</a>` : `<em>${inner}</em>`;
  return [
    escapeHtml(words.slice(0, start).join(' ')),
    wrapped,
    escapeHtml(words.slice(end).join(' ')),
  ]
    .filter(Boolean)
    .join(' ');
}

function renderPage(article, kind, seed) {
  const { rng } = article;
  const site =
    kind === 'story'
      ? { name: 'The Riverside Courier', section: 'World', date: '2024-09-10' }
      : { name: 'The Millbrook Gazette', section: 'Local', date: '2024-05-21' };
  const nav = ['Home', 'World', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather'];
  const body = article.blocks
    .map((block) => {
      if (block.type === 'h2') return `        <h2>${escapeHtml(block.text)}</h2>`;
      if (block.type === 'ad')
        return `        <div class="ad-slot">Advertisement · ${escapeHtml(ADS[block.index % ADS.length])}</div>`;
      return `        <p>${block.sentences.map((s) => inlineHtml(rng, s)).join(' ')}</p>`;
    })
    .join('\n');
  const related =
    kind === 'story'
      ? [
          'Parliament debates the future of foreign advisers',
          'Explainer: the joint commission and its timetable',
          'Opinion: a date on paper is not an empty base',
          'Electricity imports and the summer grid',
        ]
      : [
          'Five walks for a dry afternoon',
          'Letters: the bypass, the bins and the bandstand',
          'School places: what parents need to know',
          'Recipe: a quick tomato and bean stew',
        ];
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(article.headline)} | ${site.name}</title>
  <meta property="article:published_time" content="${site.date}">
  <meta property="og:site_name" content="${site.name}">
  <style>
    body { font: 17px/1.55 Georgia, serif; margin: 0; color: #222; }
    .site-header, footer { background: #f3f1ec; padding: 12px 24px; }
    nav a { margin-right: 14px; color: #333; }
    .layout { display: flex; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 0 24px; }
    main { flex: 1; max-width: 680px; }
    .sidebar { width: 260px; font-size: 15px; }
    .ad-slot { background: #eee; color: #666; font: 13px sans-serif; padding: 24px; margin: 20px 0; }
  </style>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">${site.name}</a>
    <nav aria-label="Sections">
      ${nav.map((n) => `<a href="/${n.toLowerCase()}/">${n}</a>`).join('\n      ')}
    </nav>
  </header>
  <div class="layout">
    <main>
      <article>
        <div class="kicker">${site.section}</div>
        <h1>${escapeHtml(article.headline)}</h1>
        <div class="byline">${escapeHtml(article.byline)}</div>
${body}
      </article>
    </main>
    <aside class="sidebar">
      <h3>Related</h3>
      <ul>
        ${related.map((r, i) => `<li><a href="/related/${seed}-${i}/">${escapeHtml(r)}</a></li>`).join('\n        ')}
      </ul>
      <div class="ad-slot">Advertisement · ${escapeHtml(ADS[seed % ADS.length])}</div>
    </aside>
  </div>
  <footer>
    <a href="/about/">About us</a> · <a href="/contact/">Contact</a> · <a href="/privacy/">Privacy</a>
    <p>© ${site.name}. All rights reserved.</p>
  </footer>
</body>
</html>
`;
}
