import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../page/find-article-root';
import { titledSibling } from '../../../page/story-stream';
import { DOMS } from './load-page';

const unit = (id: string, headline: string, heading = 'h1') =>
  `<article class="unit unit--${id}" id="${id}"><${heading}>${headline}</${heading}><div class="unit__body" id="${id}-body"><p>A paragraph of the story, long enough.</p></div></article>`;

/** n paragraphs of one speaker's words, told apart by their number. */
const said = (n: number, who = 'reporter') =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>The ${who} said the ferry to Portsea would sail again in spring, point ${i}, once the pier is repaired.</p>`,
  ).join('');

describe.each(DOMS)('titledSibling in %s', (_name, parse) => {
  const page = (head: string, body: string) =>
    parse(`<html><head>${head}</head><body><div class="stream">${body}</div></body></html>`);
  const all = () => true;

  it('gives the unit of one kind beside the chosen one whose headline the titles name', () => {
    const doc = page(
      '<title>The ferry to Portsea sails again | The Gazette</title>',
      unit('first', 'The ferry to Portsea sails again') +
        unit('next', 'The pier at Riverton reopens to walkers'),
    );
    const chosen = doc.getElementById('next-body') as Element;
    expect(titledSibling(doc, chosen, all)?.id).toBe('first');
    // The chosen unit named by the title, or a sibling without an article's prose: no change.
    expect(titledSibling(doc, doc.getElementById('first-body') as Element, all)).toBeNull();
    expect(titledSibling(doc, chosen, () => false)).toBeNull();
  });

  it('gives the parent of a story split in two units of one kind around an ad, the second untitled', () => {
    const rest = (id: string) =>
      `<article class="unit unit--${id}" id="${id}"><div class="unit__body" id="${id}-body"><p>The rest of the story, long enough.</p></div></article>`;
    const split = page(
      '<title>The ferry to Portsea sails again | The Gazette</title>',
      `${unit('first', 'The ferry to Portsea sails again')}<div class="ad"></div>${rest('rest')}`,
    );
    const prose = () => 100;
    expect(
      titledSibling(split, split.getElementById('rest-body') as Element, all, prose)?.className,
    ).toBe('stream');
    expect(
      titledSibling(split, split.getElementById('first-body') as Element, all, prose)?.className,
    ).toBe('stream');
    // A stream's next story opens with its own headline; a part far from the story is none.
    const stream = page(
      '<title>The ferry to Portsea sails again | The Gazette</title>',
      unit('first', 'The ferry to Portsea sails again') +
        unit('next', 'The pier at Riverton reopens to walkers'),
    );
    expect(
      titledSibling(stream, stream.getElementById('first-body') as Element, all, prose),
    ).toBeNull();
    const apart = page(
      '<title>The ferry to Portsea sails again | The Gazette</title>',
      `${unit('first', 'The ferry to Portsea sails again')}<div class="ad"></div><div class="ad"></div>${rest('rest')}`,
    );
    expect(
      titledSibling(apart, apart.getElementById('first-body') as Element, all, prose),
    ).toBeNull();
  });

  it("reads a unit's headline under a kicker set in a short <p> (its section's name)", () => {
    const kicked = (id: string, headline: string) =>
      `<article class="unit" id="${id}"><p class="kicker"><a href="/world">World</a></p><h1>${headline}</h1><div class="unit__body" id="${id}-body"><p>A paragraph of the story, long enough.</p></div></article>`;
    const doc = page(
      '<title>The ferry to Portsea sails again | The Gazette</title>',
      kicked('first', 'The ferry to Portsea sails again') +
        kicked('next', 'The pier at Riverton reopens to walkers'),
    );
    expect(titledSibling(doc, doc.getElementById('next-body') as Element, all)?.id).toBe('first');
  });

  it('reads the Open Graph and Twitter titles, and an <h2> headline opening its unit', () => {
    const doc = page(
      '<title>Portsea ferry explained</title><meta name="twitter:title" content="The ferry to Portsea sails again">',
      unit('first', 'The ferry to Portsea sails again', 'h2') +
        unit('next', 'The pier at Riverton reopens to walkers', 'h2'),
    );
    expect(titledSibling(doc, doc.getElementById('next-body') as Element, all)?.id).toBe('first');
  });

  it('compares only units of one kind, each opening with a long headline', () => {
    const other = page(
      '<title>The ferry to Portsea sails again</title>',
      `<div class="promo" id="first"><h1>The ferry to Portsea sails again</h1><p>Text of it, long enough.</p></div>${unit('next', 'The pier at Riverton reopens to walkers')}`,
    );
    expect(titledSibling(other, other.getElementById('next-body') as Element, all)).toBeNull();
    const late = page(
      '<title>The ferry to Portsea sails again</title>',
      `<article class="unit" id="first"><h1>The ferry to Portsea sails again</h1></article><article class="unit" id="next"><p>The body's lead comes first, long enough.</p><h2>A subheading of the body, long enough</h2></article>`,
    );
    expect(titledSibling(late, late.getElementById('next') as Element, all)).toBeNull();
  });
  it("gives the parent of a live blog's entries, parts of one article, none titled by the page", () => {
    const entry = (id: string, title: string) =>
      `<article class="entry" id="${id}"><time class="entry__time">10.10am</time>${title ? `<h2>${title}</h2>` : ''}<div class="entry__body" id="${id}-body"><p>An update on the ferry, long enough.</p></div></article>`;
    const doc = page(
      '<title>Portsea ferry: live updates | The Gazette</title>',
      entry('e1', 'The harbour master speaks') +
        entry('e2', '') +
        entry('e3', 'What the council said'),
    );
    const prose = (el: Element) => (el.localName === 'article' ? 200 : 0);
    const chosen = doc.getElementById('e2-body') as Element;
    expect(titledSibling(doc, chosen, () => false, prose)?.className).toBe('stream');
    // One entry beside it is a story and its box, not parts; entries holding less are teasers.
    expect(
      titledSibling(
        doc,
        chosen,
        () => false,
        (el) => (el.id === 'e1' ? 200 : 0),
      ),
    ).toBeNull();
    const less = (el: Element) => (el.id === 'e2' ? 1_000 : el.localName === 'article' ? 200 : 0);
    expect(titledSibling(doc, chosen, () => false, less)).toBeNull();
    // Columns of one class holding other boxes (notes beside the story) are not its parts.
    const column = (id: string, box: string) =>
      `<div class="col" id="${id}"><div class="${box}" id="${id}-body"><p>Text of it, long enough.</p></div></div>`;
    const columns = page(
      '<title>The Gazette</title>',
      column('c1', 'story') + column('c2', 'notes') + column('c3', 'notes'),
    );
    const story = columns.getElementById('c1-body') as Element;
    expect(
      titledSibling(
        columns,
        story,
        () => false,
        (el) => (el.id ? 200 : 0),
      ),
    ).toBeNull();
  });
  it("reads a sitting's speeches, each stamped with a time of day, as one record, the first the longest", () => {
    const speech = (id: string, stamp: string, n: number) =>
      `<div class="debate-item" id="${id}"><div class="time-code"><time>${stamp}</time></div><div class="contribution"><div class="speaker">Member ${id}</div><div class="content" id="${id}-text">${said(n, 'member')}</div></div></div>`;
    const sitting = (stamps: string[]) =>
      parse(
        `<html><head><title>Ferry services - Hansard</title></head><body><div class="debate"><h1>Ferry services</h1>${speech('s1', stamps[0] as string, 4)}${speech('s2', stamps[1] as string, 2)}${speech('s3', stamps[2] as string, 1)}</div></body></html>`,
      );
    const doc = sitting(['14:31', '14:38', '2:41 pm']);
    const root = findArticleRoot(doc);
    expect(root?.contains(doc.getElementById('s1-text'))).toBe(true);
    expect(root?.contains(doc.getElementById('s3-text'))).toBe(true);
    // Units that print their day are not read together on that share: the longest stands.
    const dated = sitting(['Oct 5, 2024', 'Oct 6, 2024', 'Oct 7, 2024']);
    expect(findArticleRoot(dated)?.contains(dated.getElementById('s3-text'))).toBe(false);
  });

  it("reads a live page's entries stamped with a time of day in a named zone ('18:12 BST') over a full datetime as moments of one record, not a forum's '10:14 AM'", () => {
    const entry = (id: string, stamp: string, at: string, n: number) =>
      `<li class="item"><article class="post" id="${id}"><header><time datetime="2024-10-09T${at}:00.000Z">${stamp}</time><h3>Entry ${id}</h3></header><div class="post-body" id="${id}-text">${said(n)}</div></article></li>`;
    const live = (stamps: string[], at: string[], sizes = [4, 2, 1]) =>
      parse(
        `<html><head><title>Ferry strike: live</title></head><body><main><h1>Ferry strike: live</h1><ol class="stream">${['s1', 's2', 's3'].map((id, i) => entry(id, stamps[i] as string, at[i] as string, sizes[i] as number)).join('')}</ol></main></body></html>`,
      );
    const rising = ['08:40', '09:02', '10:14'];
    const doc = live(['18:12 BST', '15:03 BST', '3:30 p.m. ET'], rising);
    const root = findArticleRoot(doc);
    expect(root?.contains(doc.getElementById('s1-text'))).toBe(true);
    expect(root?.contains(doc.getElementById('s3-text'))).toBe(true);
    const forum = live(['10:14 AM', '9:02 AM', '8:40 AM'], rising);
    expect(findArticleRoot(forum)?.contains(forum.getElementById('s3-text'))).toBe(false);
  });

  it("reads a live page's entries dated newest first, within a day or two, as one record though the summary entry on top holds more than those below; not posts whose dates rise", () => {
    const entry = (id: string, at: string, n: number) =>
      `<article class="post" id="${id}"><header><time datetime="2024-10-09T${at}:00Z">${at.startsWith('1') ? 'earlier' : 'later'}</time><h3>Entry ${id}</h3></header><div class="post-body" id="${id}-text">${said(n)}</div></article>`;
    const blog = (at: string[]) =>
      parse(
        `<html><head><title>Ferry strike: live</title></head><body><main><h1>Ferry strike: live</h1><div class="stream">${entry('s1', at[0] as string, 8)}${entry('s2', at[1] as string, 2)}${entry('s3', at[2] as string, 1)}</div></main></body></html>`,
      );
    const falling = blog(['17:12', '15:03', '11:41']);
    const root = findArticleRoot(falling);
    expect(root?.contains(falling.getElementById('s1-text'))).toBe(true);
    expect(root?.contains(falling.getElementById('s3-text'))).toBe(true);
    const rising = blog(['11:41', '15:03', '17:12']);
    expect(findArticleRoot(rising)?.contains(rising.getElementById('s3-text'))).toBe(false);
  });

  it("reads a closed live page's entries, stamped only with clock times falling down the page, as one record though its summary on top holds over four times the rest; not clocks that rise", () => {
    const entry = (id: string, stamp: string, n: number) =>
      `<article class="post" id="${id}"><p class="post__time">${stamp}</p><div class="post__body" id="${id}-text">${said(n)}</div></article>`;
    const blog = (stamps: string[]) =>
      parse(
        `<html><head><title>Ferry strike: as it happened</title></head><body><main><h1>Ferry strike: as it happened</h1><div class="stream">${['s1', 's2', 's3', 's4'].map((id, i) => entry(id, stamps[i] as string, i === 0 ? 14 : 1)).join('')}</div></main></body></html>`,
      );
    const falling = blog(['18:52 BST', '4.20 pm BST', '13:05 BST', '09:40 BST']);
    const root = findArticleRoot(falling);
    expect(root?.contains(falling.getElementById('s1-text'))).toBe(true);
    expect(root?.contains(falling.getElementById('s4-text'))).toBe(true);
    const rising = blog(['09:40 BST', '13:05 BST', '16:20 BST', '18:52 BST']);
    expect(findArticleRoot(rising)?.contains(rising.getElementById('s4-text'))).toBe(false);
  });

  it("reads a night's closed live page, its clock times falling through midnight (00:40, 00:05, 23:50), as one record; not times that rise through it, nor two passes of midnight", () => {
    const entry = (id: string, stamp: string, n: number) =>
      `<div class="update" id="${id}"><span class="update__time">${stamp}</span><div class="update__text" id="${id}-text">${said(n, 'harbour master')}</div></div>`;
    const blog = (stamps: string[]) =>
      parse(
        `<html><head><title>Storm on the coast: overnight</title></head><body><main><h1>Storm on the coast: overnight</h1><div class="updates">${['s1', 's2', 's3', 's4'].map((id, i) => entry(id, stamps[i] as string, i === 0 ? 14 : 1)).join('')}</div></main></body></html>`,
      );
    const night = blog(['00:40', '00:05', '23:50', '23:12']);
    const root = findArticleRoot(night);
    expect(root?.contains(night.getElementById('s1-text'))).toBe(true);
    expect(root?.contains(night.getElementById('s4-text'))).toBe(true);
    const evening = blog(['12:20 am', '11:58 pm', '11:30 pm', '10:02 pm']);
    expect(findArticleRoot(evening)?.contains(evening.getElementById('s4-text'))).toBe(true);
    for (const stamps of [
      ['23:12', '23:50', '00:05', '00:40'],
      ['23:50', '00:05', '00:40', '01:10'],
      ['00:40', '23:50', '00:10', '23:30'],
    ]) {
      const doc = blog(stamps);
      expect(findArticleRoot(doc)?.contains(doc.getElementById('s4-text'))).toBe(false);
    }
  });

  it("gives the parent of a document's pages numbered in series (pf1, pf2), one page beside another", () => {
    const pageOf = (id: string) =>
      `<div class="pf w0" id="${id}"><div class="pc" id="${id}-body"><div class="t">A line of the report, long enough.</div></div></div>`;
    const doc = page('<title>CRS Brief 24-17</title>', pageOf('pf1') + pageOf('pf2'));
    const prose = (el: Element) => (el.classList.contains('pf') ? 400 : 0);
    const chosen = doc.getElementById('pf2-body') as Element;
    expect(titledSibling(doc, chosen, () => false, prose)?.className).toBe('stream');
    // Named apart, or the page beside it too short to be one: a box beside a story.
    const boxes = page('<title>CRS Brief 24-17</title>', pageOf('main') + pageOf('pf2'));
    expect(
      titledSibling(boxes, boxes.getElementById('pf2-body') as Element, () => false, prose),
    ).toBeNull();
    const short = (el: Element) => (el.id === 'pf2' ? 400 : el.id === 'pf1' ? 100 : 0);
    expect(titledSibling(doc, chosen, () => false, short)).toBeNull();
  });
  it("reads an entry titled as the page as one of a live blog's entries when the page's <h1> stands above them", () => {
    const entry = (id: string, title: string) =>
      `<article class="entry" id="${id}"><h2>${title}</h2><div class="entry__body" id="${id}-body"><p>An update on the ferry, long enough.</p></div></article>`;
    const blog = (header: string) =>
      parse(
        `<html><head><title>Live: The ferry to Portsea sails again</title></head><body>${header}<div class="stream">${entry('e1', 'The harbour master speaks') + entry('e2', 'The ferry to Portsea sails again')}${entry('e3', 'What the council said')}</div></body></html>`,
      );
    const prose = (el: Element) => (el.localName === 'article' ? 300 : 0);
    const doc = blog('<h1>Live: The ferry to Portsea sails again</h1>');
    const chosen = doc.getElementById('e1-body') as Element;
    expect(titledSibling(doc, chosen, (el) => prose(el) >= 280, prose)?.className).toBe('stream');
    // Without a headline above them, the entry the title names is the page's story.
    const stream = blog('');
    const first = stream.getElementById('e1-body') as Element;
    expect(titledSibling(stream, first, (el) => prose(el) >= 280, prose)?.id).toBe('e2');
  });
});
