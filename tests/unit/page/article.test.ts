import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../page/article';
import { setMarkup } from '../set-markup';
import { DOMS, liveDocument, readPage } from './load-page';

const TIMETABLE = [
  'Coalition sets out a two-step timetable for leaving Iraq',
  'By A. Reporter, 8 September 2024',
  "Baghdad and Washington have settled on a plan that winds down the US-led coalition's military mission in Iraq in two stages, officials told reporters on Tuesday.",
  'An adviser to the Iraqi prime minister said all coalition forces would withdraw from Iraq by the end of 2025.',
  "According to a draft seen by the paper, the last of the coalition's troops are to pull out of Iraq by the end of 2026.",
  'The weather in Baghdad stayed hot all week long.',
].join('\n\n');

/** Four paragraphs the reader takes for an article's prose. */
const PROSE = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the story, long enough to be read as prose, with a comma, and more.</p>`,
).join('');

describe.each(DOMS)('extractArticle in %s', (_name, parse) => {
  it('reads the headline and prose, and skips furniture, hidden and editable content', () => {
    const { text } = extractArticle(parse(readPage('withdrawal-timetable.html')));
    expect(text).toBe(TIMETABLE);
  });

  it("leaves out a note's reference mark after a full stop, so one sentence does not run into the next", () => {
    const doc = parse(
      `<body><article>${PROSE}<p>The plan was agreed in the spring.<a class="footnote-anchor" href="#footnote-1" id="footnote-anchor-1">1</a> Officials then set a date.<sup><a href="#cite_note-4">[4]</a></sup> Page <a href="/page/2">2</a> of the plan <a href="#part-two">goes on</a>.</p><div class="footnote"><a href="#footnote-anchor-1">1</a><div><p>The note's own text, which is read.</p></div></div></article></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).toContain(
      'The plan was agreed in the spring. Officials then set a date. Page 2 of the plan goes on.',
    );
    expect(text).toContain("The note's own text, which is read.");
    expect(text).not.toContain('[4]');
    // A number written in pieces, or after a space, is the sentence's own.
    const pieces = parse(
      `<body><article>${PROSE}<p>The troops leave by the end of <a href="#x">2</a>025, and section <a href="#s3">3</a> says how, in 2<a href="#y">026</a>, and in 2014<a href="#cite-2">[2]</a> too.</p></article></body>`,
    );
    expect(extractArticle(pieces).text).toContain(
      'by the end of 2025, and section 3 says how, in 2026, and in 2014 too.',
    );
  });

  it("leaves out a note's mark set after a space, where bracketed, raised or between two sentences, and the space before a stop with it", () => {
    const doc = parse(
      `<body><article>${PROSE}<p>The ships sail in June <a class="footnote-ref" href="#fn2">[2]</a>. They return in May <sup> <a href="#fn3">3</a> </sup>, before the rains. The crews were paid. <a href="#fn4">4</a> Nobody complained. See page <a href="#p7">7</a> for the list.</p></article></body>`,
    );
    expect(extractArticle(doc).text).toContain(
      'The ships sail in June. They return in May, before the rains. The crews were paid. Nobody complained. See page 7 for the list.',
    );
  });

  it("reads a hidden block of prose a 'Continue reading' control opens, not a hidden menu or an aria-hidden rest", () => {
    const rest = (attrs: string) =>
      `<div ${attrs}><p>The rest of the story, which the reader opens with the button above, goes on here at length.</p><p>A second paragraph of the rest, long enough to be prose that a reader reads, with a comma, and then a clause more.</p></div>`;
    const button =
      '<div class="readmore"><button aria-expanded="false">Continue reading</button></div>';
    const opened = parse(
      `<body><article>${PROSE}${button}${rest('style="display:none"')}</article></body>`,
    );
    expect(extractArticle(opened).text).toContain('The rest of the story');
    // Named by aria-controls from elsewhere, hidden by the attribute.
    const named = parse(
      `<body><article>${PROSE}${rest('id="more" hidden')}<p><button aria-controls="more">Read more</button></p></article></body>`,
    );
    expect(extractArticle(named).text).toContain('The rest of the story');
    // The control set right after the hidden rest it opens.
    const under = parse(
      `<body><article>${PROSE}${rest('style="display:none"')}<button type="button">Read more</button></article></body>`,
    );
    expect(extractArticle(under).text).toContain('The rest of the story');
    const menu = parse(
      `<body><article>${PROSE}<button aria-controls="menu">Show more</button><div id="menu" hidden><p><a href="/a">World news and more from the region</a> <a href="/b">Business news and markets today</a> <a href="/c">Opinion and analysis of the week</a> <a href="/d">Sport results and fixtures</a></p></div></article></body>`,
    );
    expect(extractArticle(menu).text).not.toContain('World news');
    const gated = parse(
      `<body><article>${PROSE}${button}${rest('aria-hidden="true" style="display:none"')}</article></body>`,
    );
    expect(extractArticle(gated).text).not.toContain('The rest of the story');
    const unasked = parse(
      `<body><article>${PROSE}<p>A plain closing line.</p>${rest('style="display:none"')}</article></body>`,
    );
    expect(extractArticle(unasked).text).not.toContain('The rest of the story');
  });

  it('reads the article behind an open cookie wall (aria-hidden on the page wrapper), not the wall', () => {
    const doc = parse(
      `<body><div id="app" aria-hidden="true"><main><div class="body">${PROSE}<div role="alertdialog"><p>Sign up to our newsletter to read on.</p></div></div></main></div><div role="alertdialog" aria-modal="true"><p>We use cookies on this site, and you can accept or reject them all, or choose.</p></div></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('cookies');
    expect(text).not.toContain('newsletter');
  });

  it("reads the headline inside a page wrapper named like furniture that holds the article too (Next.js's #__next)", () => {
    const doc = parse(
      `<body><div id="__next"><div class="Post_head__x1"><h1>The headline of the story</h1></div><div class="Post_body__x2"><div>${PROSE}</div></div></div><div class="next-up"><h1>Another story's headline</h1></div></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text.startsWith('The headline of the story\n\nParagraph 0')).toBe(true);
  });

  it('skips a comment marked in microdata (itemprop=comment, itemtype Comment) inside the article', () => {
    const doc = parse(
      `<body><div class="thread"><div class="post">${PROSE}</div><div itemprop="comment"><p>A reply about the ferry timetable, which is long enough to be read as prose.</p></div><div itemscope itemtype="https://schema.org/Comment"><p>Another reply about the pier at Riverton, long enough to be read as prose too.</p></div></div></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('ferry timetable');
    expect(text).not.toContain('Riverton');
  });

  it("reads posts inside a form with no control (a forum's moderation form), not a form box", () => {
    const doc = parse(
      `<body><div id="posts"><form id="quickModForm" action="/mod"><div class="post">${PROSE}</div></form><form class="reply"><p>Write a reply about the ferry, and keep it civil, please, everyone.</p><textarea></textarea><button>Post</button></form></div></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('keep it civil');
  });

  it('leaves the headline and headings out when the reader turned headlines off', () => {
    const { text } = extractArticle(parse(readPage('withdrawal-timetable.html')), {
      headlines: false,
    });
    expect(text).toBe(TIMETABLE.split('\n\n').slice(1).join('\n\n'));
    const doc = parse('<body><main><h2>A heading</h2><p>Prose stays.</p></main></body>');
    expect(extractArticle(doc, { headlines: false }).text).toBe('Prose stays.');
    expect(extractArticle(doc).text).toBe('A heading\n\nProse stays.');
  });

  it('keeps inline elements inside the sentence and breaks at blocks and <br>', () => {
    const doc = parse(
      '<body><main><p>Troops <a href="#">will <b>leave</b></a> Iraq.<br>Next line</p><ul><li>one</li><li>two</li></ul></main></body>',
    );
    expect(extractArticle(doc).text).toBe('Troops will leave Iraq.\n\nNext line\n\none\n\ntwo');
  });

  it('collapses whitespace across nodes and drops invisible characters inside words', () => {
    const doc = parse(
      '<body><article><p>  with\u00addrawal \n <i> from </i>  Iraq </p></article></body>',
    );
    expect(extractArticle(doc).text).toBe('withdrawal from Iraq');
  });

  it('prefers the article with most paragraph text over teaser cards', () => {
    const doc = parse(
      '<body><article><p>Teaser.</p></article><article><p>The long story is here, and it goes on.</p></article></body>',
    );
    expect(extractArticle(doc).text).toBe('The long story is here, and it goes on.');
  });

  it('falls back to itemprop=articleBody, then main, then body', () => {
    expect(
      extractArticle(
        parse('<body><div><p>Menu</p></div><div itemprop="articleBody"><p>Body.</p></div></body>'),
      ).text,
    ).toBe('Body.');
    expect(
      extractArticle(parse('<body><div>Menu</div><main><p>Main.</p></main></body>')).text,
    ).toBe('Main.');
    expect(extractArticle(parse('<body><p>Only body.</p></body>')).text).toBe('Only body.');
  });

  it('skips furniture by whole class/id words only', () => {
    const doc = parse(
      '<body><main><p class="shadow-header">Kept.</p><div class="adContainer">Ad.</div><div id="newsletter_signup">Sign up.</div><p class="broadcast">Also kept.</p></main></body>',
    );
    expect(extractArticle(doc).text).toBe('Kept.\n\nAlso kept.');
  });

  // happy-dom's own querySelector recurses, so its depth limit, not ours, caps this at ~1000.
  it('survives deep nesting and stops at maxChars', () => {
    const deep = `${'<div>'.repeat(1000)}deep text${'</div>'.repeat(1000)}`;
    expect(extractArticle(parse(`<body><main>${deep}</main></body>`)).text).toBe('deep text');
    const long = parse(`<body><main><p>${'word '.repeat(1000)}</p></main></body>`);
    expect(extractArticle(long, { maxChars: 100 }).text.length).toBe(100);
  });

  it('returns empty text for an empty document', () => {
    expect(extractArticle(parse('<html><body></body></html>')).text).toBe('');
  });

  it('maps every segment back onto its Text node', () => {
    const { text, segments } = extractArticle(parse(readPage('withdrawal-timetable.html')));
    for (const s of segments) {
      const fromNode = s.node.data
        .slice(s.offset, s.offset + (s.end - s.start))
        .replace(/[\s\u00a0]/g, ' ');
      expect(fromNode).toBe(text.slice(s.start, s.end));
    }
  });

  it('leaves out a paragraph that is a label and a link to another story, not prose running into a link', () => {
    const prose = (i: number) =>
      `<p>Paragraph ${i} of the story, long enough to count, with a comma, and then some more words.</p>`;
    const doc = parse(
      `<body><main><div class="body">${prose(1)}<p><strong>Read more:</strong> <a href="/x">Another story, whose headline is long enough to be one</a></p>${prose(2)}<p class="sc-x">READ MORE <a href="/y">A third story with a headline of some length as well</a></p><p><a href="/z">A link that is the whole paragraph and nothing else at all</a></p><p>Diplomats in <a href="#">Baghdad said the remaining troops would leave by the end of 2026</p>${prose(3)}</div></main></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('A third story');
    expect(text).not.toContain('the whole paragraph');
    expect(text).toContain(
      'Diplomats in Baghdad said the remaining troops would leave by the end of 2026',
    );
    expect(text).toContain('Paragraph 3');
  });

  it("leaves out a link to another story after a plain label ('Read more', 'See also'), and a copyright line", () => {
    const prose = (i: number) =>
      `<p>Paragraph ${i} of the story, long enough to count, with a comma, and then some more words.</p>`;
    const doc = parse(
      `<body><main><div class="body">${prose(1)}<p>Read more <a href="/x">Another story, whose headline is long enough to be one</a></p>${prose(2)}<p>See also <a href="/y">A third story with a headline of some length as well</a></p>${prose(3)}<p>Officials said <a href="/z">the remaining troops would leave by the end of 2026, and more</a></p><div class="copyright">© 2024 Example. A line of the site's own.</div></div></main></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('A third story');
    expect(text).not.toContain("the site's own");
    expect(text).toContain('Officials said the remaining troops would leave by the end of 2026');
  });

  it("leaves out a link to another story after a label and a tag in runs of their own ('Read more' 'Subscribers only'), not a sentence before a link", () => {
    const prose = (i: number) =>
      `<p>Paragraph ${i} of the story, long enough to count, with a comma, and then some more words.</p>`;
    const doc = parse(
      `<body><main><div class="body">${prose(1)}<p class="lf"><span class="also">Read more </span><span class="icon"></span><span class="tag">Subscribers only</span> <a href="/x">Another story, whose headline is long enough to be one</a></p>${prose(2)}<p>See also <span>Video</span> <a href="/y">A third story with a headline of some length as well</a></p>${prose(3)}<p>Related work ended. <a href="/z">The ferry would sail again by the end of 2026, the council said</a></p></div></main></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('A third story');
    expect(text).toContain('The ferry would sail again by the end of 2026');
  });

  it("leaves out a closing line saying where the article appeared in print, with the print headline; a story's own sentence about print is read", () => {
    const doc = parse(
      `<body><article><section class="body">${PROSE}</section><div class="end"><div><p>A version of this article appears in print on <!-- -->Jan. 5, 2025<!-- -->, Section A, Page 4 with the headline: <!-- -->Ferry Service Returns to the Harbour by Spring<!-- -->. <a href="/reprints">Order Reprints</a></p></div></div><div class="end2"><p>This article appeared in the Europe section of the print edition under the headline "Back on the water"</p></div></article></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).toContain('Paragraph 3');
    expect(text).not.toContain('Ferry Service Returns');
    expect(text).not.toContain('Back on the water');
    const story = parse(
      `<body><article>${PROSE}<p>The paper said this story ran in print before the ferry's owners had replied, with a comma.</p><p>The last paragraph of the story, long enough to read as prose, with a comma.</p></article></body>`,
    );
    expect(extractArticle(story).text).toContain('this story ran in print');
  });

  it("leaves out a video's caption between the paragraphs (a player beside a line or two), not the article's photo captions", () => {
    const video = (player: string) =>
      `<div class="media-ct"><div class="media">${player}</div><div class="info"><p>The channel's correspondent reports from the harbour on the ferry's first crossing in a year.</p></div></div>`;
    const doc = parse(
      `<body><article><div class="body">${PROSE}${video('<div class="player" data-video-id="6301"><img src="x.jpg" alt=""></div>')}${video('<video src="clip.mp4"></video>')}${video('<iframe title="A clip of the crossing"></iframe>')}<figure><img src="y.jpg" alt=""><figcaption>The ferry at its pier before the first crossing, in March.</figcaption></figure>${PROSE}</div></article></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).not.toContain("The channel's correspondent");
    expect(text).toContain('The ferry at its pier');
    // A section of the article with a video in it (its subhead, its paragraphs) is read.
    const section = parse(
      `<body><article><div class="body">${PROSE}<section><h2>The first crossing</h2><p>The ferry left the pier at dawn with a full deck, and the crew waved.</p><video src="clip.mp4"></video></section><div><p>The harbour master spoke to the crew before they left, with a comma.</p><p>Then the boat was loaded for the return.</p><video src="clip2.mp4"></video></div>${PROSE}</div></article></body>`,
    );
    const read = extractArticle(section).text;
    expect(read).toContain('The ferry left the pier at dawn');
    expect(read).toContain('The harbour master spoke');
  });

  it("leaves out a titled player's box between the paragraphs (a show's name, the episode's title, a line, a frame), not a section with its subhead", () => {
    const box = `<div class="embed"><div class="embed-head"><span>The Harbour Hour</span><h3>Will the ferry run all winter?</h3></div><p>This week we ride the first crossing and ask the crew what comes next.</p><div class="embed-player"><iframe title="The Harbour Hour"></iframe></div></div>`;
    const doc = parse(
      `<body><article><div class="body">${PROSE}${box}${PROSE}</div></article></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).not.toContain('This week we ride');
    expect(text).toContain('Paragraph 1');
    // The episode's title a paragraph, the player wrapped apart from the lines: the same box.
    const titled = box.replace('<h3>', '<p>').replace('</h3>', '</p>');
    expect(
      extractArticle(
        parse(`<body><article><div class="body">${PROSE}${titled}${PROSE}</div></article></body>`),
      ).text,
    ).not.toContain('This week we ride');
    // A section opening with its subhead as its own child, or a box as long as a section: the
    // article's.
    const own = `<section><h3>The first crossing</h3><p>The ferry left the pier at dawn with a full deck, and the crew waved from the rail.</p><iframe title="A clip"></iframe></section>`;
    const long = box.replace(
      'This week',
      `${'The crew spoke of the weather and the boat. '.repeat(6)}This week`,
    );
    for (const block of [own, long]) {
      const read = extractArticle(
        parse(`<body><article><div class="body">${PROSE}${block}${PROSE}</div></article></body>`),
      ).text;
      expect(read).toMatch(/The ferry left the pier|This week we ride/);
    }
  });

  it("leaves out a titled player's box where every paragraph and embed sits in a component of its own (Vox's body components), not a component holding a section", () => {
    const component = (inner: string) => `<div class="body-component">${inner}</div>`;
    const paragraphs = Array.from({ length: 3 }, (_, i) =>
      component(
        `<p>Paragraph ${i} of the story, long enough to be read as prose, with a comma, and more.</p>`,
      ),
    ).join('');
    const box = `<div class="audio-embed"><div class="audio-head"><span>The Harbour Hour</span><h3>The long crossing</h3><p>The ferry first sailed in 1990, and this week we ask what it changed.</p></div><iframe title="The Harbour Hour player"></iframe></div>`;
    const read = (block: string) =>
      extractArticle(
        parse(
          `<body><article><div class="body">${paragraphs}${component(block)}${paragraphs}</div></article></body>`,
        ),
      ).text;
    expect(read(box)).not.toContain('The ferry first sailed');
    expect(read(box)).toContain('Paragraph 2 of the story');
    // A component holding a section (its subhead a child of its own, then prose and a clip).
    const section = `<section><h3>The first crossing</h3><p>The ferry first sailed in 1990 with a full deck, and the crew waved.</p><iframe title="A clip"></iframe></section>`;
    expect(read(section)).toContain('The ferry first sailed');
  });

  it("reads the lead picture's caption standing between the headline and the body's block, not a promo's figure or one before the headline", () => {
    const body = `<div class="article-content"><div class="entry-content">${PROSE}${PROSE}</div></div>`;
    const figure = (inner: string) =>
      `<div class="lead-image"><figure><img src="a.jpg" alt="">${inner}</figure></div>`;
    const caption =
      '<figcaption><span>The ferry at its pier before the first crossing, in March.</span> <span>(Photo/A. Lens)</span></figcaption>';
    const page = (before: string, between: string) =>
      `<body>${before}<article><header><h1>The ferry sails again</h1><p>By A. Reporter</p></header>${between}${body}</article></body>`;
    const read = (html: string) => extractArticle(parse(html)).text;
    const text = read(page('', figure(caption)));
    expect(text).toContain('The ferry at its pier before the first crossing');
    expect(text.indexOf('The ferry sails again')).toBeLessThan(
      text.indexOf('The ferry at its pier'),
    );
    expect(text.indexOf('The ferry at its pier')).toBeLessThan(text.indexOf('Paragraph 0'));
    // A figure linking to another page is a promo's; one named as furniture or standing before
    // the headline is not the lead picture.
    const promo = `<div class="lead-image"><figure><a href="/other"><img src="b.jpg" alt=""></a>${caption}</figure></div>`;
    expect(read(page('', promo))).not.toContain('The ferry at its pier');
    expect(read(page('', `<div class="related">${figure(caption)}</div>`))).not.toContain(
      'The ferry at its pier',
    );
    expect(read(page(`<div class="masthead">${figure(caption)}</div>`, ''))).not.toContain(
      'The ferry at its pier',
    );
  });

  it("leaves out another story's card drawn as one link holding its lines, and reads a link in the prose", () => {
    const card =
      '<a href="/2025/other-story"><div>Headline of another story</div><div>The other story in a sentence of summary.</div></a>';
    const text = extractArticle(
      parse(
        `<body><article><div class="body">${PROSE}${card}<p>The ferry sailed, <a href="/ferry">the operator</a> said, with a comma.</p>${PROSE}</div></article></body>`,
      ),
    ).text;
    expect(text).not.toContain('The other story in a sentence');
    expect(text).toContain('the operator said');
  });

  it("leaves out another story's card drawn as a custom element that is its own link (href on the element)", () => {
    const card =
      '<ferry-card href="/2025/other-story" role="link"><h3 slot="title">Headline of another story</h3><p slot="dek">The other story in a sentence of summary.</p></ferry-card>';
    // A custom element holding prose, with no address of its own, is read.
    const prose =
      '<ferry-quote><p>The captain, who asked not to be named, said the crossing was calm.</p></ferry-quote>';
    const text = extractArticle(
      parse(
        `<body><article><div class="body">${PROSE}${card}${prose}${PROSE}</div></article></body>`,
      ),
    ).text;
    expect(text).not.toContain('The other story in a sentence');
    expect(text).toContain('the crossing was calm');
  });

  it("reads a <pre>'s blank lines as paragraph breaks and stops at a signature's '-- ' line", () => {
    const doc = parse(
      `<body><h1>[List] A note</h1><pre>Colleagues,\n\nThe first paragraph of the note, wrapped\nat seventy-two columns as plain mail is.\n  \nThe second paragraph, with a comma, and a few more words.\n\nBest,\nAnn\n\n-- \nAnn Lee | Fellow\nNew brief: a sentence of the signature.\n<a href="/a">attachment.html</a></pre></body>`,
    );
    const { text, segments } = extractArticle(doc);
    expect(text).toContain(
      'The first paragraph of the note, wrapped at seventy-two columns as plain mail is.\n\nThe second paragraph',
    );
    expect(text).toContain('Best, Ann');
    expect(text).not.toContain('Ann Lee');
    expect(text).not.toContain('attachment');
    for (const s of segments)
      expect(s.node.data.slice(s.offset, s.offset + (s.end - s.start)).replace(/\s/g, ' ')).toBe(
        text.slice(s.start, s.end),
      );
  });

  it("reads on past a bare '--' line ruling off a plain-text document's sections; a short closing one is a signature", () => {
    const section = (n: number) =>
      `${n}. HARBOUR\n\nThe ferry to Portsea sails again in spring, section ${n} says, once the pier is\nrepaired and the council has signed the contract for the new piles.\n`;
    const doc = parse(
      `<body><h1>Harbour digest</h1><pre>HARBOUR DIGEST\n\nThe week's news from the harbour, in plain text for slow connections.\n\n--\n\n${section(1)}\n--\n\n${section(2)}\n--\nAnn Lee, harbour desk\nLast digest: a sentence of the signature.\n</pre></body>`,
    );
    const { text } = extractArticle(doc);
    expect(text).toContain('section 1 says');
    expect(text).toContain('section 2 says');
    expect(text).not.toContain('Ann Lee');
    expect(text).not.toContain('Last digest');
  });

  it('reads an explainer whose sentences run through links, and not a list of links run together beside a story', () => {
    const a = (text: string) => `<a href="/x">${text}</a>`;
    const explainer = parse(
      `<body><div class="hero"><h1>The ferry is back. Sort of.</h1><p>The council's plan comes in two parts, and one is late.</p></div><div class="entry"><p>The ${a('Portsea ferry')} that ${a('stopped in the storms')} is finally getting a date to sail again. ${a('Under the plan')}, the boat would sail from the ${a('spring')} once the pier is ${a('repaired')}, the council said.</p><p>${a('That sounds like an ending')}. The harbour board has said the repairs will not mean a full timetable, and ${a('the reason is the winter')}.</p><p>So what changes? ${a('Fares')}, ${a('crossings')}, and ${a('berths')}, mostly.</p></div><div class="rail"><ol><li><p>A long read on the voters of the county, six weeks of driving between farm towns and new suburbs, asking the same five questions of everyone.</p></li><li><p>Why the grocery bill is still high though inflation has come down, and what economists expect over the winter months ahead.</p></li></ol></div></body>`,
    );
    expect(extractArticle(explainer).text).toContain('once the pier is repaired, the council said');
    expect(extractArticle(explainer).text).not.toContain('A long read');
    const links = Array.from({ length: 5 }, (_, i) =>
      a(`Another headline about the harbour, number ${i}`),
    );
    const story = parse(
      `<body><div class="wrap"><div class="story"><h1>Ferry to sail again</h1><p>The ferry to Portsea will sail again from the spring, the council said, once the pier is repaired.</p><p>Repairs to the pier began in March and are due to finish before the summer timetable starts in June.</p><p>The council has not said how much the work will cost, and the harbour board has asked it to publish the figures.</p></div><div class="more"><p>More: ${links.join(', ')}.</p><p>Also: ${links.join(', ')}.</p></div></div></body>`,
    );
    expect(extractArticle(story).text).not.toContain('Another headline');
  });

  it('leaves no link out of a page with no article of prose around it', () => {
    const doc = parse(
      '<body><article><h1>Exit plan</h1><p><a href="#x">Officials in Baghdad spoke on Tuesday.</a> <b>The talks go on.</b></p></article></body>',
    );
    expect(extractArticle(doc).text).toContain('Officials in Baghdad spoke on Tuesday.');
  });
});

describe('extractArticle and web components', () => {
  it('reads open shadow roots and slotted text, not closed roots or unslotted children', () => {
    const doc = liveDocument(
      '<body><main><p>Before.</p><x-story></x-story><x-closed></x-closed><p>After.</p></main></body>',
    );
    const story = doc.querySelector('x-story') as Element;
    setMarkup(story, '<span slot="by">By A. Writer</span><span>not slotted</span>');
    const open = story.attachShadow({ mode: 'open' });
    setMarkup(
      open,
      '<style>p { color: red }</style><p>Inside the component.</p><p><slot name="by">fallback</slot></p>',
    );
    const closed = (doc.querySelector('x-closed') as Element).attachShadow({ mode: 'closed' });
    setMarkup(closed, '<p>Closed away.</p>');
    const { text, segments } = extractArticle(doc);
    expect(text).toBe('Before.\n\nInside the component.\n\nBy A. Writer\n\nAfter.');
    // The offset map points into the shadow tree's own Text node.
    const inside = segments.find((s) => s.node.data === 'Inside the component.');
    expect(inside?.node.getRootNode()).toBe(open);
  });
});

describe('extractArticle: an article in a shadow root beside light-DOM prose', () => {
  // More than MIN_ARTICLE_CHARS of prose in the light DOM, none of it the article: the
  // component's shadow root holds the story, and it must be what is read.
  const FURNITURE =
    'The Riverside Courier has covered the city and the world since 1921, and its reporters have followed the coalition in Iraq for a decade. ' +
    'Our newsroom is funded by readers: every subscription pays for the reporting you see here, from council meetings to foreign desks.';
  const STORY = [
    'Officials met in Baghdad on Tuesday, for the third time this month, to go over the withdrawal plan once more.',
    'An adviser to the Iraqi prime minister said every coalition soldier would leave Iraq by the end of 2025.',
    'The first phase, he said, covers the bases in Baghdad and in Anbar, and the second the Kurdistan Region.',
    'A State Department spokesperson, asked about the timetable, said talks with the Iraqi government would go on.',
  ];

  it('scores the open shadow roots too, and reads the article there, not the light prose', () => {
    const doc = liveDocument(
      `<body><div class="about"><p>${FURNITURE}</p><p>${FURNITURE}</p></div><x-news></x-news></body>`,
    );
    expect(FURNITURE.length * 2).toBeGreaterThan(280);
    const shadow = (doc.querySelector('x-news') as Element).attachShadow({ mode: 'open' });
    setMarkup(
      shadow,
      `<article><h2>The plan</h2>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`,
    );
    const { text, shadowRoots } = extractArticle(doc, { headlines: false });
    expect(text).toBe(STORY.join('\n\n'));
    // The watcher observes the shadow root the article was read from.
    expect(shadowRoots).toContain(shadow);
  });

  it('chooses the shadow root by its content beside more than 2,000 characters of light prose', () => {
    // A site's about box, notices and footer text, in the light DOM, under names that say nothing.
    const box = (n: number) =>
      `<div class="box-${n}"><p>${FURNITURE}</p><p>${FURNITURE.slice(0, 180)}</p></div>`;
    const doc = liveDocument(
      `<body>${box(1)}${box(2)}${box(3)}<x-news></x-news>${box(4)}${box(5)}</body>`,
    );
    expect(doc.body.textContent?.length).toBeGreaterThan(2_000);
    const shadow = (doc.querySelector('x-news') as Element).attachShadow({ mode: 'open' });
    setMarkup(
      shadow,
      `<article><h2>The plan</h2>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`,
    );
    const { text, shadowRoots } = extractArticle(doc, { headlines: false });
    expect(text).toBe(STORY.join('\n\n'));
    expect(shadowRoots).toContain(shadow);
  });

  it('does not look for shadow roots beside a long light article', () => {
    const long = STORY.map((s) => `<p>${s} ${s} ${s}</p>`)
      .join('')
      .repeat(5);
    const doc = liveDocument(`<body><article>${long}</article><x-news></x-news></body>`);
    const shadow = (doc.querySelector('x-news') as Element).attachShadow({ mode: 'open' });
    setMarkup(
      shadow,
      `<article>${STORY.map((s) => `<p>${s}, ${s}, ${s}</p>`)
        .join('')
        .repeat(8)}</article>`,
    );
    const { shadowRoots } = extractArticle(doc, { headlines: false });
    expect(shadowRoots).toEqual([]);
  });

  it('still takes light prose that outweighs a shadow root of furniture', () => {
    const doc = liveDocument(
      `<body><article>${STORY.map((s) => `<p>${s} ${s}</p>`).join('')}</article><x-promo></x-promo></body>`,
    );
    const shadow = (doc.querySelector('x-promo') as Element).attachShadow({ mode: 'open' });
    setMarkup(shadow, `<div><p>${FURNITURE.slice(0, 120)}</p></div>`);
    const { text } = extractArticle(doc, { headlines: false });
    expect(text).toBe(STORY.map((s) => `${s} ${s}`).join('\n\n'));
  });
});

describe('extractArticle on any text in inline nodes', () => {
  // Characters each path of TextBuilder.addText treats differently: single and repeated spaces,
  // other whitespace, NBSP, invisible marks, and letters.
  const piece = fc.string({
    unit: fc.constantFrom(
      'a',
      'b',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u00ad',
      '\u200f',
      '\ufeff',
      '.',
    ),
    maxLength: 12,
  });
  const invisible = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff]/g;

  it('collapses whitespace as HTML does, drops invisibles, and maps every character back', () => {
    const [, parse] = DOMS[0] as (typeof DOMS)[number];
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const doc = parse('<!doctype html><html><body><article><p></p></article></body></html>');
        const p = doc.querySelector('p') as Element;
        pieces.forEach((text, i) => {
          const holder = i % 2 ? doc.createElement('em') : p;
          holder.appendChild(doc.createTextNode(text));
          if (holder !== p) p.appendChild(holder);
        });
        const { text, segments } = extractArticle(doc);
        const expected = pieces
          .join('')
          .replace(invisible, '')
          .replace(/[ \t\n\f\r]+/g, ' ')
          .replace(/^ | $/g, '')
          .replaceAll('\u00a0', ' ');
        expect(text).toBe(expected);
        for (const s of segments) {
          const fromNode = s.node.data
            .slice(s.offset, s.offset + (s.end - s.start))
            .replace(/[\s\u00a0]/g, ' ');
          expect(fromNode).toBe(text.slice(s.start, s.end));
        }
      }),
    );
  });
});
