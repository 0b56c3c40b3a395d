import { describe, expect, it } from 'vitest';
import { attachDeclarativeShadowRoots } from '../../../cli/declarative-shadow';
import {
  isBlockLinkCard,
  isDivSignOffBio,
  isFurnitureBlock,
  isNamedFurniture,
  isPlayerCaption,
  isSignOffBio,
  isUnderAboutLabel,
} from '../../../page/furniture';
import { DOMS } from './load-page';

const LONG = 'x'.repeat(2_000);

describe.each(DOMS)('isFurnitureBlock in %s', (_name, parse) => {
  const block = (html: string) =>
    parse(`<html><body>${html}</body></html>`).body.firstElementChild as Element;

  it('knows furniture by its name while it is small', () => {
    expect(isFurnitureBlock(block('<div class="author-card"><p>Bio.</p></div>'), 2_000)).toBe(true);
    expect(isFurnitureBlock(block('<div id="footer_rdr"><p>Address.</p></div>'), 2_000)).toBe(true);
  });

  it('knows a custom element by the words of its tag, as a block by its class', () => {
    const promo =
      '<tw-promo href="/x"><span slot="title">Another story</span><span slot="dek">A sentence from another story.</span></tw-promo>';
    expect(isFurnitureBlock(block(promo), 2_000)).toBe(true);
    expect(isFurnitureBlock(block('<related-list><p>A teaser.</p></related-list>'), 2_000)).toBe(
      true,
    );
    // A web component's body is named as one.
    expect(isFurnitureBlock(block('<story-body><p>The story.</p></story-body>'), 2_000)).toBe(
      false,
    );
  });

  it("knows a box opening with a heading that names other stories ('More news', 'Most read'), whatever its headlines' length", () => {
    const item = (href: string) =>
      `<div class="item"><a href="${href}">Short headline</a><p>A summary of another story, in a sentence of its own.</p></div>`;
    expect(
      isFurnitureBlock(
        block(`<div class="more"><h3>More news</h3>${item('/a')}${item('/b')}</div>`),
        8_000,
      ),
    ).toBe(true);
    expect(
      isFurnitureBlock(
        block(`<section><h2>Most read</h2><ol><li>${item('/c')}</li></ol></section>`),
        8_000,
      ),
    ).toBe(true);
    // A section of the article opens with a subhead saying what it tells; a heading naming
    // other stories with no link to another page after it is no box of them.
    expect(
      isFurnitureBlock(
        block(
          `<div class="part"><h3>What the deal says</h3><p>The text, with <a href="/doc">the document</a> linked, goes on.</p></div>`,
        ),
        8_000,
      ),
    ).toBe(false);
    expect(
      isFurnitureBlock(
        block('<div class="more"><h3>More news</h3><p>None yet today.</p></div>'),
        8_000,
      ),
    ).toBe(false);
  });

  it("knows a list of cited sources (Wikipedia's .reflist, references, a bibliography) by its name", () => {
    const cite =
      '<ol class="references"><li><cite class="citation news">"A headline". <i>A paper</i>. <q>A sentence the source wrote, quoted.</q></cite></li></ol>';
    expect(
      isFurnitureBlock(block(`<div class="reflist reflist-columns">${cite}</div>`), 2_000),
    ).toBe(true);
    expect(isFurnitureBlock(block(cite), 2_000)).toBe(true);
    expect(isNamedFurniture(block('<div class="refbegin"><ul><li>A book</li></ul></div>'))).toBe(
      true,
    );
  });

  it("knows a list of links under a heading that labels it away from the text ('See also', 'External links'), the heading in a wrapper or not, however long its descriptions", () => {
    const described =
      '<li><a href="/wiki/Ferry">Ferry services of the harbour</a> – the boats that crossed to the island until the strike of the spring</li><li><a href="/wiki/Pier">The pier</a></li>';
    const list = (heading: string) => {
      const doc = parse(
        `<html><body><div id="text">${heading}<ul id="list">${described}</ul></div></body></html>`,
      );
      return doc.getElementById('list') as Element;
    };
    expect(
      isFurnitureBlock(
        list('<div class="mw-heading"><h2>See also</h2><span>[edit]</span></div>'),
        2_000,
      ),
    ).toBe(true);
    expect(isFurnitureBlock(list('<h3>External links</h3>'), 2_000)).toBe(true);
    // A list of the story's points under its own subhead is the story's.
    expect(isFurnitureBlock(list('<h2>What the council decided</h2>'), 2_000)).toBe(false);
    // Under the label, a list without links is not one of pages elsewhere.
    const plain = parse(
      '<html><body><div><h2>Notes</h2><ul id="plain"><li>The ferry ran every hour until the strike of the spring, and twice on Sundays.</li></ul></div></body></html>',
    ).getElementById('plain') as Element;
    expect(isFurnitureBlock(plain, 2_000)).toBe(false);
  });

  it('knows a teaser card without a heading: links on their own line (a picture, a headline), then a summary', () => {
    const card =
      '<div class="sc-rl1"><a href="/x"><img src="/x.jpg" alt=""></a><a href="/x">A headline of another story, long enough</a><p class="sc-rl3">A line of summary of another story, as a sentence.</p></div>';
    expect(isFurnitureBlock(block(card), 2_000)).toBe(true);
    // Prose whose sentence begins with a link, a short link (an account), two paragraphs after
    // a link: not a card.
    const prose =
      '<div><a href="/people/x">The foreign minister of the country</a> said on Tuesday that the talks had ended well.</div>';
    expect(isFurnitureBlock(block(prose), 2_000)).toBe(false);
    const embed =
      '<div><a href="/u">@agency</a><p>A post quoted by the article, a sentence.</p></div>';
    expect(isFurnitureBlock(block(embed), 2_000)).toBe(false);
    const two =
      '<div><a href="/x">A link on a line of its own, long enough</a><p>One paragraph of text.</p><p>Another paragraph of text.</p></div>';
    expect(isFurnitureBlock(block(two), 2_000)).toBe(false);
  });

  it('knows a thread titled as one (an <h2> saying "4 Comments") whatever share of the article it holds', () => {
    const thread = `<section class="css-c0"><h2>4 Comments</h2><div class="css-c2"><p>${'A reader writes at length. '.repeat(40)}</p></div></section>`;
    expect(isFurnitureBlock(block(thread), 1_200)).toBe(true);
    const section = `<section class="css-s0"><h2>Reactions</h2><p>${'Governments abroad reacted. '.repeat(40)}</p></section>`;
    expect(isFurnitureBlock(block(section), 1_200)).toBe(false);
  });

  it("knows a forum's reply ('Re: …') inside the article unless it holds half of it", () => {
    const reply = block(
      '<div class="post bg1"><h3><a href="#p2">Re: The ferry sails again</a></h3><div class="content">The ferry to Portsea sails again, and long may it run.</div></div>',
    );
    expect(isFurnitureBlock(reply, 2_000)).toBe(true);
    expect(isFurnitureBlock(reply, 80)).toBe(false);
  });

  it("keeps the replies of a thread's later page, where no post is the opening post", () => {
    const post = (id: number, subject: string) =>
      `<div class="post bg${id % 2}" id="p${id}"><div class="inner"><h3><a href="#p${id}">${subject}</a></h3><div class="content">The ferry to Portsea sails again, and long may it run, says post ${id}.</div></div></div>`;
    const page = (posts: string) =>
      parse(`<html><body><div id="page-body">${posts}</div></body></html>`);
    const later = page(
      post(11, 'Re: The ferry sails again') + post(12, 'Re: The ferry sails again'),
    );
    for (const id of ['p11', 'p12'])
      expect(isFurnitureBlock(later.getElementById(id) as Element, 2_000)).toBe(false);
    // Its inner block too: the post is looked for above it.
    const inner = later.querySelector('#p12 .inner') as Element;
    expect(isFurnitureBlock(inner, 2_000)).toBe(false);
    // With the opening post on the page, a reply is the readers'.
    const first = page(post(1, 'The ferry sails again') + post(2, 'Re: The ferry sails again'));
    expect(isFurnitureBlock(first.getElementById('p2') as Element, 2_000)).toBe(true);
  });

  it('knows an author card with no link: a headshot, a bold name opening a biography', () => {
    const card =
      '<div class="wp-block-group"><figure><img src="/jd.jpg" alt=""></figure><div><p><strong>Jane Doe</strong> covers the region from Amman. Last year she wrote a sentence about the story.</p></div></div>';
    expect(isFurnitureBlock(block(card), 2_000)).toBe(true);
    // A photo's caption naming who is pictured, a bold run that is not a name, no headshot.
    const caption =
      '<div><figure><img src="/m.jpg" alt=""><figcaption><strong>Mohammed Shia al-Sudani</strong> is greeted in Baghdad.</figcaption></figure></div>';
    expect(isFurnitureBlock(block(caption), 2_000)).toBe(false);
    const lead =
      '<div><img src="/x.jpg" alt=""><p><strong>BAGHDAD</strong> is quiet this week, officials said.</p></div>';
    expect(isFurnitureBlock(block(lead), 2_000)).toBe(false);
    const noPhoto =
      '<div><p><strong>Jane Doe</strong> covers the region from Amman, and wrote this.</p></div>';
    expect(isFurnitureBlock(block(noPhoto), 2_000)).toBe(false);
  });

  it('knows one unnamed teaser card between the paragraphs by its linked headline', () => {
    const teaser =
      '<div class="css-1l6fjq"><span>READ MORE</span><a href="/x"><h3>Another story</h3></a><p>A line of summary of another story, as a sentence.</p></div>';
    expect(isFurnitureBlock(block(teaser), 2_000)).toBe(true);
    const subhead =
      '<div class="css-2"><h3>What stays</h3><p>A paragraph of the article, with <a href="/y">a link</a> in it.</p></div>';
    expect(isFurnitureBlock(block(subhead), 2_000)).toBe(false);
  });

  it('knows a card under a label whose heading a link to another page fills, not an entry opening with its linked title', () => {
    const card =
      '<div class="inline-asset"><div><h4>Related to this story</h4></div><div class="card"><h3><a href="/news/another-story.html">A headline of another story here</a></h3><p>A line of summary of that other story, as a sentence.</p><time>Apr 3</time></div></div>';
    expect(isFurnitureBlock(block(card), 2_000)).toBe(true);
    // A live blog's entry: its time linked to the entry, then its linked title and its text.
    const entry =
      '<div class="entry"><a href="/live/entry-1">2:31 am</a><h4><a href="/live/entry-1">The title of this entry in full</a></h4><p>The entry says what happened, in a sentence of its own.</p></div>';
    expect(isFurnitureBlock(block(entry), 2_000)).toBe(false);
    // A section opening with its linked title: no label before it.
    const post =
      '<div class="section"><h3><a href="/guide/part-two">Part two: where the road goes next</a></h3><div class="content">The section goes on in a sentence or two of its own.</div></div>';
    expect(isFurnitureBlock(block(post), 2_000)).toBe(false);
    // A section whose subhead is a link filling it but points at the page itself.
    const doc = parse(
      '<html><head><link rel="canonical" href="https://blog.example/2025/09/a-post/"></head><body><div><span>Pinned</span><h2><a href="/2025/09/a-post/">The title of this very blog post</a></h2><p>The post itself, in a sentence or more.</p></div></body></html>',
    );
    expect(isFurnitureBlock(doc.body.firstElementChild as Element, 2_000)).toBe(false);
  });

  it('knows a card with no label by its picture and headline leading to one other page', () => {
    const card =
      '<div class="inline-asset"><div class="card"><div class="card-image"><a href="/news/other-story.html"><img src="/t.jpg" alt=""></a></div><div class="card-container"><h3><a href="/news/other-story.html">A headline of another story here</a></h3><p>A line of summary of that other story, as a sentence.</p></div></div></div>';
    expect(isFurnitureBlock(block(card), 2_000)).toBe(true);
    // The picture leads elsewhere than the headline: no card's pair.
    const apart =
      '<div class="section"><a href="/gallery/photos"><img src="/p.jpg" alt=""></a><h3><a href="/guide/part-two">Part two: where the road goes next</a></h3><p>The section goes on in a sentence or two of its own.</p></div>';
    expect(isFurnitureBlock(block(apart), 2_000)).toBe(false);
    // A post whose picture and title link to the post itself.
    const doc = parse(
      '<html><head><link rel="canonical" href="https://blog.example/2025/09/a-post/"></head><body><div><a href="/2025/09/a-post/"><img src="/p.jpg" alt=""></a><h2><a href="/2025/09/a-post/">The title of this very blog post</a></h2><p>The post itself, in a sentence or more.</p></div></body></html>',
    );
    expect(isFurnitureBlock(doc.body.firstElementChild as Element, 2_000)).toBe(false);
  });

  it("knows an unnamed author card by its writer's page link and a biography, not a byline", () => {
    const card =
      '<div class="css-x1"><img src="a.jpg" alt=""><div><p><a href="/by/jane-doe">Jane Doe</a> is a correspondent based in Beirut, and a sentence more.</p></div></div>';
    expect(isFurnitureBlock(block(card), 2_000)).toBe(true);
    const lede =
      '<div class="css-l"><div><a href="/author/jane-doe">Jane Doe</a>, Reuters</div><p>BAGHDAD — The lead paragraph of the article, a sentence of news.</p></div>';
    expect(isFurnitureBlock(block(lede), 2_000)).toBe(false);
    const prose =
      '<div class="text-block"><p><a href="/people/mohammed-shia-al-sudani">The prime minister</a> has said the talks would end this year, officials said.</p></div>';
    expect(isFurnitureBlock(block(prose), 2_000)).toBe(false);
    const about =
      '<div class="css-q"><h4>About the author</h4><p>Jane Doe has reported from the region since 2019.</p></div>';
    expect(isFurnitureBlock(block(about), 2_000)).toBe(true);
  });

  it("knows an author card that prints the writer's name as its title, then again opening the bio", () => {
    const card =
      '<div class="css-a9"><img src="a.jpg" alt=""><a href="/by/jane-doe">Jane Doe</a><p>Jane Doe is a correspondent based in Beirut, and a sentence more.</p><a href="https://social.example/janedoe">Follow</a></div>';
    expect(isFurnitureBlock(block(card), 2_000)).toBe(true);
    // The name twice in a byline and the lead paragraph's first words, far from the bio's verbs.
    const lede =
      '<div class="css-l"><div><a href="/author/jane-doe">Jane Doe</a>, Reuters</div><p>BAGHDAD — The lead paragraph, which names Jane Doe only at its end: Jane Doe said so.</p></div>';
    expect(isFurnitureBlock(block(lede), 2_000)).toBe(false);
  });

  it('knows a card with an unlinked heading, a summary and a bare "Read more" link to another page, not a section with a link in its prose', () => {
    const card = (link: string) =>
      `<div class="css-c4"><img src="c.jpg" alt=""><h3>The ferry that crossed the bay</h3><p>A line of summary of that other story, as a sentence.</p>${link}</div>`;
    expect(isFurnitureBlock(block(card('<a href="/2025/ferry">Read more »</a>')), 2_000)).toBe(
      true,
    );
    expect(isFurnitureBlock(block(card('<a href="/2025/ferry">Continue reading</a>')), 2_000)).toBe(
      true,
    );
    // A link to the page itself or to nowhere, or words that are no call to read on.
    expect(isFurnitureBlock(block(card('<a href="#top">Read more</a>')), 2_000)).toBe(false);
    expect(
      isFurnitureBlock(block(card('<a href="/2025/ferry">the ferry\'s owners</a>')), 2_000),
    ).toBe(false);
    const section =
      '<section><h3>The crossing</h3><p>The ferry crossed the bay at dawn, <a href="/report">the report</a> says, and the crew waved.</p></section>';
    expect(isFurnitureBlock(block(section), 2_000)).toBe(false);
  });

  it('knows a titled list whose items are a headline link with its summary block on the line below', () => {
    const item = (i: number) =>
      `<li><a href="/2025/story-${i}">Headline of another story number ${i}</a><p>A line of summary of that story, as a sentence.</p></li>`;
    const titled = parse(
      `<html><body><div><h2>More from the paper</h2><ul>${item(1)}${item(2)}</ul></div></body></html>`,
    ).querySelector('ul') as Element;
    expect(isFurnitureBlock(titled, 2_000)).toBe(true);
    // The article's own list: each item a sentence that goes on from a linked name.
    const own = parse(
      '<html><body><div><h2>What we know</h2><ul><li><a href="/people/a-minister">The minister</a> said the talks would resume, and gave a date.</li><li><a href="/people/an-envoy">The envoy</a> said the same, a day later, in a statement.</li></ul></div></body></html>',
    ).querySelector('ul') as Element;
    expect(isFurnitureBlock(own, 2_000)).toBe(false);
  });

  it("knows a podcast's or a video's card by its 'Listen now' or 'Watch' link, and a video card whose title follows the player", () => {
    const podcast =
      '<div class="css-p1"><span>Podcast</span><h3>The long crossing</h3><p>This week we ride the ferry and ask the crew what comes next.</p><a href="https://podcasts.example/show/ep-12">Listen now</a></div>';
    expect(isFurnitureBlock(block(podcast), 2_000)).toBe(true);
    const video =
      '<div class="css-v1"><div data-video-id="v1"><img src="t.jpg" alt=""></div><h3>Watch: the ferry leaves the pier</h3><p>The first crossing in a year, filmed from the deck.</p><span>2:14</span></div>';
    const prose = '<p>The ferry crossed the bay at dawn, officials said, and more.</p>';
    expect(isFurnitureBlock(block(`${video}${prose}`), 2_000)).toBe(true);
    // A section: its subhead first, then its prose and a clip.
    const section =
      '<div class="css-s1"><h3>The first crossing</h3><p>The ferry left the pier at dawn with a full deck, and the crew waved.</p><div data-video-id="v2"><img src="u.jpg" alt=""></div></div>';
    expect(isFurnitureBlock(block(`${section}${prose}`), 2_000)).toBe(false);
  });

  it('knows two cards under a label that is not a heading ("More coverage") as other stories', () => {
    const item = (i: number) =>
      `<div><a href="/${i}">Headline of another story ${i}</a><p>A line of summary of that story, as a sentence.</p></div>`;
    expect(
      isFurnitureBlock(block(`<div><span>More coverage</span>${item(1)}${item(2)}</div>`), 2_000),
    ).toBe(true);
    expect(isFurnitureBlock(block(`<div>${item(1)}${item(2)}</div>`), 2_000)).toBe(false);
    const bare = (i: number) =>
      `<div>Officials in <a href="/${i}">Baghdad</a> said on day ${i} that the talks went on.</div>`;
    expect(
      isFurnitureBlock(block(`<div><div>ERBIL</div>${bare(1)}${bare(2)}${bare(3)}</div>`), 2_000),
    ).toBe(false);
  });

  it("judges a block named only as a paywall by what it holds: the gate's box, or the text behind it", () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the story behind the paywall, which a subscriber reads in full, long enough.</p>`;
    expect(isFurnitureBlock(block(`<div class="paywall">${para(1)}${para(2)}</div>`), 9_000)).toBe(
      false,
    );
    const gate =
      '<div class="paywall" data-module="paywall"><h2>Subscribe to read the full article</h2><p>One month free, then £2 a week.</p><a href="/subscribe">Subscribe now</a></div>';
    expect(isFurnitureBlock(block(gate), 9_000)).toBe(true);
    const form = `<div class="paywall">${para(1)}${para(2)}<form><input type="email"><button>Go</button></form></div>`;
    expect(isFurnitureBlock(block(form), 9_000)).toBe(true);
    // Another furniture word beside it still names the block.
    expect(
      isFurnitureBlock(block(`<div class="paywall newsletter">${para(1)}${para(2)}</div>`), 9_000),
    ).toBe(true);
  });

  it("knows a writer's biography closing the article in italics or after a bold name, with no box, link or headshot", () => {
    const last = (html: string) => {
      const doc = parse(`<html><body><div>${html}</div></body></html>`);
      const ps = doc.body.getElementsByTagName('p');
      return ps[ps.length - 1] as Element;
    };
    const story = '<p>The story ends with its own last sentence, long enough to read.</p>';
    expect(
      isSignOffBio(
        last(`${story}<p><em>Jane Doe covers security for the Review from Amman.</em></p>`),
      ),
    ).toBe(true);
    expect(
      isSignOffBio(
        last(
          `${story}<hr><p><strong>Jane Doe</strong> is a correspondent based in the region.</p>`,
        ),
      ),
    ).toBe(true);
    // A bold name with no rule before it: a who's who of the story, whose last entry stays.
    expect(
      isSignOffBio(
        last(`${story}<p><strong>Jane Doe</strong> is the new harbour master of Riverton.</p>`),
      ),
    ).toBe(false);
    // Italics that run into plain text: a story's sentence with an italic title in it.
    expect(
      isSignOffBio(
        last(`${story}<p><em>Jane Doe</em> is the name of the new ferry, said the council.</p>`),
      ),
    ).toBe(false);
    // The article's own closing lines: a contributors' note, a quote's speaker, a plain sentence.
    expect(
      isSignOffBio(last(`${story}<p><em>The agency contributed to this report.</em></p>`)),
    ).toBe(false);
    expect(
      isSignOffBio(
        last(`${story}<p><strong>The Minister</strong> has said the talks will go on.</p>`),
      ),
    ).toBe(false);
    expect(
      isSignOffBio(last(`${story}<p>Jane Doe covers security for the Review from Amman.</p>`)),
    ).toBe(false);
    // Not the last paragraph: an italic aside in the middle of the story.
    const first = parse(
      `<html><body><div><p><em>Jane Doe is a correspondent based in the region.</em></p>${story}</div></body></html>`,
    ).body.getElementsByTagName('p')[0] as Element;
    expect(isSignOffBio(first)).toBe(false);
  });

  it("knows a writer's box longer than a small card by its heading naming the page's writer and a biography going on from it, not a profile's section about someone else", () => {
    const box = (name: string) =>
      `<div class="css-w2"><div><img src="w.jpg" alt=""></div><div><h3>${name}</h3><p>${name} is a contributing writer who has reported from the river towns for many years, for papers and for radio.</p><p>Her first book, about the ferries of the estuary and the families who ran them, won a prize and was translated twice.</p><p>She teaches a summer class on reporting, lives by the harbour with two dogs, and sails whenever the weather lets her.</p><p>Before all that she spent ten years on the night desk of a city paper, editing the late pages and writing the weather.</p><p>Her column on the estuary's boats, tides and harbour trades runs every other Saturday in the weekend pages.</p><p>She once wrote that the ferry would sail again by the spring of next year.</p></div></div>`;
    const page = (head: string, name: string) =>
      parse(`<html><head>${head}</head><body>${box(name)}</body></html>`).body
        .firstElementChild as Element;
    const author = '<meta name="author" content="Jane Doe">';
    const writers = page(author, 'Jane Doe');
    expect((writers.textContent ?? '').length).toBeGreaterThan(600);
    expect(isFurnitureBlock(writers, 4_000)).toBe(true);
    // A section of a profile headed by the person it is about, who is not the page's writer.
    expect(isFurnitureBlock(page(author, 'John Smith'), 4_000)).toBe(false);
    // No page naming its writer: not known so.
    expect(isFurnitureBlock(page('', 'Jane Doe'), 4_000)).toBe(false);
  });

  it("knows a writer's box whose name is a line, not a heading (a p.author-name, a span, a bold run), even holding half a short piece; not a block opened by a byline, nor a name line of someone else", () => {
    const bio = (name: string) =>
      `<p>${name} is a contributing writer who has reported from the river towns for many years, for papers and for radio.</p><p>Her first book, about the ferries of the estuary and the families who ran them, won a prize and was translated twice.</p><p>She once wrote that the ferry would sail again by the spring of next year.</p>`;
    const page = (nameLine: string, name: string) =>
      parse(
        `<html><head><meta name="author" content="Jane Doe"></head><body><div class="c9a1"><img src="w.jpg" alt=""><div>${nameLine}${bio(name)}</div></div></body></html>`,
      ).body.firstElementChild as Element;
    for (const line of [
      '<p class="author-name">Jane Doe</p>',
      '<span class="name">Jane Doe</span>',
      '<strong>Jane Doe</strong>',
      '<p><a href="/people/jane-doe">Jane Doe</a></p>',
    ]) {
      const box = page(line, 'Jane Doe');
      // Half of the article's text or more: still the writer's.
      expect(isFurnitureBlock(box, (box.textContent ?? '').length)).toBe(true);
    }
    // Someone the page does not name as its writer.
    expect(isFurnitureBlock(page('<p class="name">John Smith</p>', 'John Smith'), 4_000)).toBe(
      false,
    );
    // A byline line opening the story's own block: its text does not go on as a biography.
    const story = parse(
      `<html><head><meta name="author" content="Jane Doe"></head><body><div class="c9a1"><p class="byline">Jane Doe</p><p>The ferry to Portsea will sail again from the spring, the council said on Monday, once the pier is repaired.</p><p>Jane Doe has covered the harbour for the Review since the pier closed.</p></div></body></html>`,
    ).body.firstElementChild as Element;
    expect(isFurnitureBlock(story, (story.textContent ?? '').length)).toBe(false);
  });

  it("knows a plain closing paragraph opened by the page's writer's name as a biography", () => {
    const last = (head: string, byline: string, html: string) => {
      const doc = parse(
        `<html><head>${head}</head><body>${byline}<div><p>The story ends with its own last sentence, long enough to read.</p>${html}</div></body></html>`,
      );
      const ps = doc.body.getElementsByTagName('p');
      return ps[ps.length - 1] as Element;
    };
    const bio = '<p>Jane Doe covers the harbour for the Review and has reported from Portsea.</p>';
    // Named as the writer by JSON-LD, an author meta or a byline.
    const ld = '<script type="application/ld+json">{"author":{"name":"Jane Doe"}}</script>';
    expect(isSignOffBio(last(ld, '', bio))).toBe(true);
    expect(isSignOffBio(last('<meta name="author" content="Jane Doe">', '', bio))).toBe(true);
    expect(
      isSignOffBio(last('', '<span class="article-author">Portsea - Jane Doe</span>', bio)),
    ).toBe(true);
    // Someone else the story names, a writer not named anywhere, a paragraph not the last.
    expect(
      isSignOffBio(last(ld, '', '<p>John Smith is the new harbour master of Riverton.</p>')),
    ).toBe(false);
    expect(isSignOffBio(last('', 'By <a href="/author/jane-doe/">Jane Doe</a>', bio))).toBe(true);
    expect(isSignOffBio(last('', '', bio))).toBe(false);
    expect(isSignOffBio(last(ld, '', `${bio}<p>The ferry sails at noon on Sundays.</p>`))).toBe(
      false,
    );
  });

  it('knows a plain closing biography whose writer the page never names by the trade it gives', () => {
    const last = (html: string) => {
      const doc = parse(
        `<html><body><span class="byline">Special to the Review</span><div><p>The story ends with its own last sentence, long enough to read.</p>${html}</div></body></html>`,
      );
      const ps = doc.body.getElementsByTagName('p');
      return ps[ps.length - 1] as Element;
    };
    expect(
      isSignOffBio(
        last(
          '<p>Jane Doe is a freelance journalist based in Portsea who writes about ferries.</p>',
        ),
      ),
    ).toBe(true);
    expect(isSignOffBio(last('<p>Jane Doe writes about the harbour for the Review.</p>'))).toBe(
      true,
    );
    // Another trade, or a journalist the story is about in the past tense: the story's own.
    expect(isSignOffBio(last('<p>John Smith is a retired ferry captain from Riverton.</p>'))).toBe(
      false,
    );
    expect(
      isSignOffBio(last('<p>John Smith was a journalist at the Review for forty years.</p>')),
    ).toBe(false);
  });

  it('judges a custom element by what it holds, as a block', () => {
    const el = block(
      '<amp-story-grid-layer><h2>More stories</h2><a href="/a">The pier at Riverton reopens to walkers after repairs</a> <a href="/b">The ferry to Portsea sails again on Sundays</a></amp-story-grid-layer>',
    );
    expect(isFurnitureBlock(el, 2_000)).toBe(true);
    const prose = block(`<amp-story-grid-layer><p>${LONG}</p></amp-story-grid-layer>`);
    expect(isFurnitureBlock(prose, 2_000)).toBe(false);
  });

  it('never skips a block holding half the article, whatever its name', () => {
    const el = block(`<div class="l-sidebar-fixed l-article-body"><p>${LONG}</p></div>`);
    expect(isFurnitureBlock(el, 2_100)).toBe(false);
  });

  it('knows lists of links, sign-up boxes and rows of cards by what they hold', () => {
    expect(
      isFurnitureBlock(
        block('<ul><li><a href="/1">One story</a></li><li><a href="/2">Two</a></li></ul>'),
        2_000,
      ),
    ).toBe(true);
    expect(
      isFurnitureBlock(
        block('<div><h4>Briefing</h4><p>Every morning.</p><input><button>Go</button></div>'),
        2_000,
      ),
    ).toBe(true);
    const card = (i: number) =>
      `<div><a href="/${i}"><img alt=""></a><h4>Card ${i}</h4><p>A line.</p></div>`;
    expect(isFurnitureBlock(block(`<div>${card(1)}${card(2)}${card(3)}</div>`), 2_000)).toBe(true);
  });

  it("keeps a live blog's entry with its own Share and Like buttons; a box asking for more is furniture", () => {
    const entry = (buttons: string) =>
      `<div class="lb-entry"><time datetime="2024-09-27T10:22">10.22am</time><p>The briefing has ended, and the council said the ferry would sail again in spring.</p><div>${buttons}</div></div>`;
    expect(isFurnitureBlock(block(entry('<button>Share</button>')), 2_000)).toBe(false);
    expect(
      isFurnitureBlock(
        block(entry('<button aria-label="Share on X"></button><button>Like</button>')),
        2_000,
      ),
    ).toBe(false);
    expect(isFurnitureBlock(block(entry('<button></button>')), 2_000)).toBe(false);
    expect(isFurnitureBlock(block(entry('<button>Subscribe</button>')), 2_000)).toBe(true);
    expect(
      isFurnitureBlock(block(entry('<input type="email"><button>Share</button>')), 2_000),
    ).toBe(true);
  });

  it("keeps a social post with its counters ('14', labelled 'Reply (14 replies)'), Repost and Follow buttons", () => {
    const post = (buttons: string) =>
      `<div class="css-175oi2r"><div>Rena Ito</div><div>The ferry sails again from the spring, the council said, and the pier is repaired.</div><div>${buttons}</div></div>`;
    expect(
      isFurnitureBlock(
        block(
          post(
            '<button aria-label="Follow Rena Ito">Follow</button><button aria-label="Reply (14 replies)">14</button><button aria-label="Repost (41 reposts)">41</button><button aria-label="Like (133 likes)">2.1K</button>',
          ),
        ),
        2_000,
      ),
    ).toBe(false);
    // A count before a request is still the request.
    expect(isFurnitureBlock(block(post('<button>3 Sign up now</button>')), 2_000)).toBe(true);
  });

  it('takes a link drawn as a button for a button: a captioned "Subscribe now" box is furniture, a prose link or a Share link is not', () => {
    const box = (link: string) =>
      `<div class="captioned-wrap"><div class="preamble"><p class="caption">The harbour letter maps every ferry route each week, and readers pay for it.</p></div><p class="wrapper">${link}</p></div>`;
    expect(
      isFurnitureBlock(
        block(box('<a class="button primary" href="/subscribe"><span>Subscribe now</span></a>')),
        2_000,
      ),
    ).toBe(true);
    expect(
      isFurnitureBlock(
        block(box('<a class="kg-btn kg-btn-accent" href="/join">Join the letter</a>')),
        2_000,
      ),
    ).toBe(true);
    expect(isFurnitureBlock(block(box('<a role="button" href="/give">Give</a>')), 2_000)).toBe(
      true,
    );
    // A link of the prose is drawn as text; a post's own Share asks nothing new.
    expect(
      isFurnitureBlock(block(box('<a href="/ferry-timetable">the new timetable</a>')), 2_000),
    ).toBe(false);
    // A post's own Reply or Quote is never a box's call.
    expect(
      isFurnitureBlock(block(box('<a class="button" href="/reply?p=2">Reply</a>')), 2_000),
    ).toBe(false);
    // A post's own counters and votes run a script where they are, and say a number.
    expect(
      isFurnitureBlock(block(box('<a class="btn btn-ghost" href="#">1 reply</a>')), 2_000),
    ).toBe(false);
    expect(isFurnitureBlock(block(box('<a class="btn" href="/vote?p=2">3</a>')), 2_000)).toBe(
      false,
    );
    expect(isFurnitureBlock(block(box('<a class="btn" href="#">Subscribe now</a>')), 2_000)).toBe(
      false,
    );
    // A component's capitalised name in a CSS-in-JS class ('css-1x2y-InsetButton') draws one too.
    expect(
      isFurnitureBlock(
        block(box('<a class="css-1ww3mo1-InsetButton e1x2" href="/newsletters">Subscribe</a>')),
        2_000,
      ),
    ).toBe(true);
    expect(
      isFurnitureBlock(block(box('<a class="sc-CtaBtn" href="/join">Join us</a>')), 2_000),
    ).toBe(true);
    // A class merely holding the letters ("buttonless", "btnote") is no button's (a plain
    // link asking nothing of the reader).
    expect(
      isFurnitureBlock(block(box('<a class="buttonless" href="/a">Read the archive</a>')), 2_000),
    ).toBe(false);
    expect(
      isFurnitureBlock(
        block(box('<a class="css-9a-ButtonlessLink" href="/a">Read the archive</a>')),
        2_000,
      ),
    ).toBe(false);
    // A button's words are few: a headline-long link drawn so is judged as a link.
    expect(
      isFurnitureBlock(
        block(
          box(
            '<a class="btn" href="/a">How the ferry came back to the harbour after ten years away</a>',
          ),
        ),
        2_000,
      ),
    ).toBe(false);
  });

  it("takes a 'Share' button on a line of its own in an undated box for a call (a captioned Share box); a dated post's Share is its own", () => {
    const caption =
      '<div class="preamble"><p>The harbour letter is free to read; pass it on to a friend who rides the ferry.</p></div>';
    const share =
      '<p class="wrapper"><a class="button primary" href="/p/ferry?action=share"><span>Share</span></a></p>';
    expect(isFurnitureBlock(block(`<div class="wrap">${caption}${share}</div>`), 2_000)).toBe(true);
    // Dated, in the block or beside it: an entry's or a post's own Share.
    const entry = `<div class="entry"><time datetime="2024-10-10T10:00">10:00</time>${caption}${share}</div>`;
    expect(isFurnitureBlock(block(entry), 2_000)).toBe(false);
    const post = parse(
      `<html><body><div class="post"><div class="meta"><time datetime="2024-10-10">Oct 10</time></div><div class="wrap">${caption}${share}</div></div></body></html>`,
    ).querySelector('.wrap') as Element;
    expect(isFurnitureBlock(post, 2_000)).toBe(false);
    // Beside words on its line, a Share is a toolbar's.
    expect(
      isFurnitureBlock(
        block(
          `<div class="wrap">${caption}<p><a class="btn" href="/s">Share</a> 14 readers</p></div>`,
        ),
        2_000,
      ),
    ).toBe(false);
  });

  it("takes an undated entry's Share row for its own when the entries beside it, of its kind, carry theirs; a share box one of a kind stays a call", () => {
    const entry = (i: number) =>
      `<div class="entry"><h2>Update ${i}</h2><div class="text"><p>Update ${i} on the ferry strike, with the crew on the quay and the council at the town hall.</p></div><div class="row"><a class="share-btn" href="https://social.example/intent?u=%23entry-${i}">Share</a></div></div>`;
    const feed = parse(
      `<html><body><div class="feed">${entry(3)}${entry(2)}${entry(1)}</div></body></html>`,
    );
    for (const el of Array.from(feed.querySelectorAll('.entry')))
      expect(isFurnitureBlock(el, 2_000)).toBe(false);
    // One such block beside others of another kind: a box asking to share.
    const alone = parse(
      `<html><body><div class="text"><p>Prose.</p></div>${entry(1)}<div class="other"><a class="share-btn" href="/s">Share</a></div></body></html>`,
    ).querySelector('.entry') as Element;
    expect(isFurnitureBlock(alone, 2_000)).toBe(true);
  });

  it("takes a plain link asking to give or subscribe in French, Spanish or German for a plea ('Faire un don', 'Suscríbete', 'Jetzt spenden')", () => {
    const pitch = 'The harbour letter is free because readers pay for it, in every edition.';
    for (const ask of [
      'Faire un don',
      'Je m’abonne',
      'Suscríbete',
      'Hazte socio',
      'Jetzt spenden',
      'Mitglied werden',
    ])
      expect(
        isFurnitureBlock(block(`<div><p>${pitch} <a href="/ask">${ask}</a></p></div>`), 2_000),
      ).toBe(true);
    // A link whose words only begin as a plea's do, or another page's name: the prose's.
    for (const other of ['Donau ferries', 'Spendenbericht 2023', 'Horarios'])
      expect(
        isFurnitureBlock(block(`<div><p>${pitch} <a href="/x">${other}</a></p></div>`), 2_000),
      ).toBe(false);
  });

  it("reads a button link's words after the marks opening them: '→ Join' asks, '♥ 12' counts", () => {
    const box = (link: string) =>
      `<div class="box"><p>The harbour letter maps every ferry route each week, and readers pay for it.</p>${link}</div>`;
    expect(isFurnitureBlock(block(box('<a class="btn" href="/join">→ Join</a>')), 2_000)).toBe(
      true,
    );
    expect(
      isFurnitureBlock(block(box('<a class="btn" href="/members">▸ Become a member</a>')), 2_000),
    ).toBe(true);
    expect(isFurnitureBlock(block(box('<a class="btn" href="/like?e=4">♥ 12</a>')), 2_000)).toBe(
      false,
    );
    expect(isFurnitureBlock(block(box('<a class="btn" href="/r?e=4">(2)</a>')), 2_000)).toBe(false);
  });

  it('takes a plain link asking for money or members, standing after the last sentence of a short block, for a plea', () => {
    const pitch =
      'The harbour letter is free because readers pay for it, and the ferry beat costs money.';
    expect(
      isFurnitureBlock(block(`<div><p>${pitch} <a href="/donate/">Give</a></p></div>`), 2_000),
    ).toBe(true);
    expect(
      isFurnitureBlock(
        block(`<div><p>${pitch}</p><p><a href="/donate/?c=fall">Donate now</a></p></div>`),
        2_000,
      ),
    ).toBe(true);
    // Inside a sentence, or a link to another page that asks nothing: the prose's.
    expect(
      isFurnitureBlock(
        block(
          '<div><p>The crew asked the town to <a href="/give">give what it could</a>.</p></div>',
        ),
        2_000,
      ),
    ).toBe(false);
    expect(
      isFurnitureBlock(
        block(
          '<div><p>The council met on Tuesday. <a href="/join">join the ferry club</a> said the sign</p></div>',
        ),
        2_000,
      ),
    ).toBe(false);
    expect(
      isFurnitureBlock(block(`<div><p>${pitch} <a href="/ferry">Timetable</a></p></div>`), 2_000),
    ).toBe(false);
    expect(isFurnitureBlock(block(`<div><p>${pitch} <a href="#">Give</a></p></div>`), 2_000)).toBe(
      false,
    );
  });

  it("takes an events box's 'Register' or 'RSVP' after a talk's line for a plea", () => {
    const talk =
      '<strong>14 October, online:</strong> a briefing on how the ferry beat will run next winter.';
    expect(
      isFurnitureBlock(
        block(
          `<div><h3>Upcoming events</h3><p>${talk} <a href="/events/ferry">Register</a></p></div>`,
        ),
        2_000,
      ),
    ).toBe(true);
    expect(
      isFurnitureBlock(
        block(`<div><p>${talk}</p><p><a href="/events/ferry">RSVP</a></p></div>`),
        2_000,
      ),
    ).toBe(true);
    // Inside a sentence, the prose's: a register is also a list.
    expect(
      isFurnitureBlock(
        block(
          '<div><p>The harbour master keeps <a href="/register">a register of ferries</a> in the office.</p></div>',
        ),
        2_000,
      ),
    ).toBe(false);
  });

  it("knows a forum member's signature by its name", () => {
    expect(
      isFurnitureBlock(
        block('<div class="signature">My own reading of the news, nothing more.</div>'),
        2_000,
      ),
    ).toBe(true);
  });

  it("knows a mail archive's quote of the message replied to by its name, not a pull quote", () => {
    const quote = (name: string) =>
      isFurnitureBlock(
        block(`<div class="${name}">The ferry to Portsea sails again from the spring.</div>`),
        2_000,
      );
    expect(quote('quoted-text')).toBe(true);
    expect(quote('pull-quote')).toBe(false);
  });

  it("keeps the article's own lists and blocks", () => {
    expect(
      isFurnitureBlock(block('<ul><li>First point of the story.</li><li>Second.</li></ul>'), 2_000),
    ).toBe(false);
    expect(
      isFurnitureBlock(
        block('<div><p>A paragraph with <a href="/x">a link</a> in it, and more text.</p></div>'),
        2_000,
      ),
    ).toBe(false);
    expect(isFurnitureBlock(block('<p class="byline">By A. Reporter</p>'), 2_000)).toBe(false);
  });

  it('knows a titled list of two linked items with summaries, not an untitled pair', () => {
    const item = (i: number) =>
      `<div class="item"><a href="/${i}">Headline ${i}</a><p>A line of summary for story ${i}.</p></div>`;
    expect(
      isFurnitureBlock(
        block(`<div><h3>More from the writer</h3>${item(1)}${item(2)}</div>`),
        2_000,
      ),
    ).toBe(true);
    expect(isFurnitureBlock(block(`<div>${item(1)}${item(2)}</div>`), 2_000)).toBe(false);
    expect(
      isFurnitureBlock(
        block(
          '<ul><li>The ministry, <a href="/m">in a statement</a>, said so.</li><li>Second point.</li><li>Third.</li></ul>',
        ),
        2_000,
      ),
    ).toBe(false);
  });

  it('reads camelCase names as words', () => {
    expect(isNamedFurniture(block('<div class="nextArticle"></div>'))).toBe(true);
    expect(isNamedFurniture(block('<div class="contentWithSidebar"></div>'))).toBe(true);
    expect(isNamedFurniture(block('<div class="broadcast shadow-header"></div>'))).toBe(false);
  });

  it("reads a furniture word denied by the word before it ('wsite-not-footer', 'no-sidebar') as naming no furniture", () => {
    expect(isNamedFurniture(block('<div class="wsite-elements wsite-not-footer"></div>'))).toBe(
      false,
    );
    expect(isNamedFurniture(block('<div class="layout no-sidebar"></div>'))).toBe(false);
    // Another word of its own still names it, and a word only ending in 'no' denies nothing.
    expect(isNamedFurniture(block('<div class="not-footer site-footer"></div>'))).toBe(true);
    expect(isNamedFurniture(block('<div class="casino-footer"></div>'))).toBe(true);
    expect(isNamedFurniture(block('<div class="wsite-footer"></div>'))).toBe(true);
  });

  it('reads the name of a block with a hashed class in its data attributes', () => {
    expect(
      isFurnitureBlock(
        block('<div class="wpds-c-gEpxJt" data-qa="author-bios"><p>She covers defence.</p></div>'),
        2_000,
      ),
    ).toBe(true);
    expect(
      isFurnitureBlock(block('<div data-testid="related-topics"><p>Iraq</p></div>'), 2_000),
    ).toBe(true);
    expect(
      isFurnitureBlock(block('<div data-component="text-block"><p>Prose.</p></div>'), 2_000),
    ).toBe(false);
    expect(isFurnitureBlock(block(`<div data-qa="author-bio"><p>${LONG}</p></div>`), 2_100)).toBe(
      false,
    );
  });

  it("does not take an accordion's section for a form box: its button opens it (aria-expanded)", () => {
    const section = block(
      '<section class="accordion"><h2><button aria-expanded="false" aria-controls="p1">When did the talks start?</button></h2><div id="p1" hidden="until-found"><p>The talks on the ferry began in January, at the council\'s request.</p></div></section>',
    );
    expect(isFurnitureBlock(section, 2_000)).toBe(false);
    const signup = block(
      '<section class="box"><p>Get the harbour letter every week.</p><button>Subscribe</button></section>',
    );
    expect(isFurnitureBlock(signup, 2_000)).toBe(true);
  });

  it('takes a checkbox toggling a sidenote, its label a number or a glyph, for no form box; a poll for one', () => {
    const section = block(
      '<section><h2>Why now</h2><p>The ferry to Portsea sails again in spring.<label for="sn-2" class="margin-toggle sidenote-number"></label><input type="checkbox" id="sn-2" class="margin-toggle"><span class="sidenote">The council has not said which day.</span></p><p>The pier was repaired over the summer.<label for="mn-1" class="margin-toggle">&#8853;</label><input type="checkbox" id="mn-1" class="margin-toggle"><span class="marginnote">A photo of the pier.</span></p></section>',
    );
    expect(isFurnitureBlock(section, 2_000)).toBe(false);
    const poll = block(
      '<div class="box"><p>Will the ferry sail on time?</p><label><input type="checkbox" name="a"> Yes, in spring</label><label><input type="checkbox" name="b"> No, later</label></div>',
    );
    expect(isFurnitureBlock(poll, 2_000)).toBe(true);
    const consent = block(
      '<div class="box"><p>Get the harbour letter.</p><input type="checkbox" id="agree"><label for="agree">I agree to the terms</label></div>',
    );
    expect(isFurnitureBlock(consent, 2_000)).toBe(true);
  });

  it("takes a post's date line, permalink and name for no row of cards: a link to a place on the page leads nowhere else", () => {
    const post = block(
      '<div class="post-inner"><div class="post-time">10-08-2024, 11:02 AM</div><div class="post-count"><a href="#post42">#42</a></div><div class="post-user"><a href="/member/881-pier_fan">Pier_Fan</a></div><div class="post-text">The ferry to Portsea sails again in spring, once the pier is repaired and the council has signed the contract. The new piles arrive next month, and the harbour master says the work will take most of the winter, though nobody has said so in writing yet.</div></div>',
    );
    expect(isFurnitureBlock(post, 2_000)).toBe(false);
    const cards = block(
      '<div class="more"><div class="label">More stories</div><div><a href="/a">The pier reopens</a></div><div><a href="/b">A new harbour master</a></div></div>',
    );
    expect(isFurnitureBlock(cards, 2_000)).toBe(true);
    // An app's cards whose links are a bare '#' (a script opens the story) are still cards.
    expect(
      isFurnitureBlock(block(cards.outerHTML.replace(/href="\/[ab]"/g, 'href="#"')), 2_000),
    ).toBe(true);
  });

  it('knows two cards whose title links stand on lines of their own, under a title a few wrappers up', () => {
    const item = (title: string) =>
      `<div class="summary-item"><div class="summary-content"><div class="summary-title"><a href="/blog/${title.length}">${title}</a></div><div class="summary-excerpt"><p>An excerpt of that other post, a sentence or two long.</p></div><time datetime="2024-09-30">Sep 30, 2024</time></div></div>`;
    const doc = parse(
      `<html><body><div class="summary-block"><div class="summary-header"><h3>More from the road</h3></div><div class="summary-wrapper"><div class="summary-list-container"><div class="summary-list" id="list">${item('A Baghdad notebook')}${item('The lake at the dam')}</div></div></div></div></body></html>`,
    );
    expect(isFurnitureBlock(doc.getElementById('list') as Element, 2_000)).toBe(true);
    // A list whose items open with a linked name inside a sentence is no list of cards.
    const names = block(
      '<div><h3>Who is who</h3><ul id="who"><li><a href="/p/1">Jane Doe</a>, the harbour master, runs the pier.</li><li><a href="/p/2">John Roe</a>, the mayor, chairs the council.</li></ul></div>',
    );
    expect(isFurnitureBlock(names.querySelector('ul') as Element, 2_000)).toBe(false);
  });

  it("knows two items under a title, each a link then a sentence of its own (an archive's other issues), not names a sentence goes on from", () => {
    const issues = parse(
      '<html><body><pre>The harbour letter of the week.</pre><h2>Other issues</h2><ul id="issues"><li><a href="/letter/2024-09-30">30 September</a> The ferry to Portsea will sail again in spring, the board said.</li><li><a href="/letter/2024-09-23">23 September</a> \u2014 Rain closed the pier road for a day.</li></ul></body></html>',
    );
    expect(isFurnitureBlock(issues.getElementById('issues') as Element, 2_000)).toBe(true);
    // A name the sentence goes on from, after a space alone, is no headline.
    const named = parse(
      '<html><body><h3>Who spoke</h3><ul id="who"><li><a href="/p/1">Jane Doe</a> said the ferry would sail in spring.</li><li><a href="/p/2">John Roe</a> asked when the pier reopens.</li></ul></body></html>',
    );
    expect(isFurnitureBlock(named.getElementById('who') as Element, 2_000)).toBe(false);
    // Untitled after a plain-text document's <pre> (which keeps its own lists in its text),
    // the pair is the site's; untitled after a paragraph, it may be the article's own list.
    const untitled = (before: string) =>
      parse(
        `<html><body>${before}${issues.getElementById('issues')?.outerHTML}</body></html>`,
      ).querySelector('ul') as Element;
    const letter = 'The harbour letter of the week, with the news of the pier and the ferry.';
    expect(isFurnitureBlock(untitled(`<pre>${letter}</pre>`), 2_000)).toBe(true);
    // A document's footer line after the list leaves the <pre> a document.
    const footed = parse(
      `<html><body><pre>${letter}</pre>${issues.getElementById('issues')?.outerHTML}<p><a href="/letter/">Archive</a> | <a href="/stop">Unsubscribe</a></p></body></html>`,
    );
    expect(isFurnitureBlock(footed.querySelector('ul') as Element, 2_000)).toBe(true);
    expect(isFurnitureBlock(untitled(`<p>${letter}</p>`), 2_000)).toBe(false);
    // A code listing in an article's text is no such document: marked up as code, or set
    // among the article's paragraphs, the list after it is the article's own.
    const listing = 'timetable = load("harbour.csv")\nprint(timetable.head())';
    expect(isFurnitureBlock(untitled(`<pre><code>${listing}</code></pre>`), 2_000)).toBe(false);
    expect(isFurnitureBlock(untitled(`<p>${letter}</p><pre>${listing}</pre>`), 2_000)).toBe(false);
  });
});

describe.each(DOMS)('isUnderAboutLabel in %s', (_name, parse) => {
  const paragraphs = (html: string) =>
    Array.from(
      parse(`<html><body><div class="release">${html}</div></body></html>`).querySelectorAll('p'),
    );
  const STORY =
    '<p>RIVERTON, Sept. 30, 2024 -- The harbour board said on Monday that the ferry would sail again in spring.</p>';

  it("knows a press release's boilerplate under a bold 'About …' line or heading, to the end", () => {
    const ps = paragraphs(
      `${STORY}<p><b>About the Riverton Harbour Board</b></p><p>The board runs the pier and has argued since 2019 that the ferry should sail all year.</p><p><b>Media Contact:</b><br>Jane Doe</p>`,
    );
    expect(ps.map((p) => isUnderAboutLabel(p))).toEqual([false, false, true, true]);
    const heading = paragraphs(
      `${STORY}<h3>ABOUT PORTSEA FERRIES:</h3><p>Portsea Ferries has sailed the strait since 1921.</p>`,
    );
    expect(heading.map((p) => isUnderAboutLabel(p))).toEqual([false, true]);
    const us = paragraphs(`${STORY}<h2>About us</h2><p>We are a harbour newsletter.</p>`);
    expect(us.map((p) => isUnderAboutLabel(p))).toEqual([false, true]);
  });

  it("keeps the story's own subheads and sections ('About the deal', another heading after it)", () => {
    const subhead = paragraphs(
      `<h2>About the deal</h2>${STORY}<h2>What comes next</h2><p>The second boat is due in summer.</p>`,
    );
    expect(subhead.map((p) => isUnderAboutLabel(p))).toEqual([false, false]);
    const after = paragraphs(
      `<p><b>About the Riverton Harbour Board</b></p><p>The board runs the pier.</p><h2>The timetable</h2>${STORY}`,
    );
    expect(after.map((p) => isUnderAboutLabel(p))).toEqual([false, true, false]);
    // An "About <place>" subhead inside the story: prose before it, and a later subhead
    // followed by prose after its section.
    const place = paragraphs(
      `${STORY}<h3>About Riverton</h3><p>The town sits at the mouth of the estuary, and its pier has served the ferry for a century.</p><h3>What comes next</h3>${STORY}`,
    );
    expect(place.map((p) => isUnderAboutLabel(p))).toEqual([false, false, false]);
    // A release's boilerplate followed by its closing labels, or by another "About", stays so.
    const release = paragraphs(
      `${STORY}<p><b>About Riverton Ferries</b></p><p>The company has run the crossing since 1921 and carries two million passengers a year.</p><h3>Forward-looking statements</h3><p>This release contains statements about the future of the crossing that involve risks and uncertainties.</p>`,
    );
    expect(release.map((p) => isUnderAboutLabel(p))).toEqual([false, false, true, false]);
    const two = paragraphs(
      `${STORY}<p><b>About Riverton Ferries</b></p><p>The company has run the crossing since 1921 and carries two million passengers a year.</p><p><b>About Portsea Harbour</b></p><p>The harbour authority manages the port, its piers and the moorings along the whole estuary front.</p>`,
    );
    expect(two.map((p) => isUnderAboutLabel(p))).toEqual([false, false, true, true, true]);
  });

  it("keeps an 'About <place>' section that ends the story, unless it describes an organisation", () => {
    const place = paragraphs(
      `${STORY}<h4>About Portsea</h4><p>The town sits across the strait, and its pier was rebuilt after the storm of 2019 to take the larger ferries.</p><p>Fishermen on the quay say the crossing has not been this busy in years.</p>`,
    );
    expect(place.map((p) => isUnderAboutLabel(p))).toEqual([false, false, false]);
    const company = paragraphs(
      `${STORY}<h4>About Portsea Ferries</h4><p>Portsea Ferries is an independent ferry operator founded in 1921, with six boats on the strait. Learn more at portseaferries.example.</p>`,
    );
    expect(company.map((p) => isUnderAboutLabel(p))).toEqual([false, true]);
  });

  it("knows an 'About <the site's own name>' section ending the story as the site's boilerplate, whatever its prose says", () => {
    const site = (head: string, html: string) =>
      Array.from(
        parse(
          `<html><head>${head}</head><body><div class="entry">${html}</div></body></html>`,
        ).querySelectorAll('p'),
      );
    const section = `${STORY}<h3>About The Portsea Packet</h3><p>Six of us report from the quays and the pier every week, and our readers pay for all of it, from the tide tables to the council minutes.</p>`;
    expect(
      site('<meta property="og:site_name" content="The Portsea Packet">', section).map((p) =>
        isUnderAboutLabel(p),
      ),
    ).toEqual([false, true]);
    expect(
      site('<title>Ferry to sail again – Portsea Packet</title>', section).map((p) =>
        isUnderAboutLabel(p),
      ),
    ).toEqual([false, true]);
    // Another site's page: the section may be the story's last ('About Portsea').
    expect(
      site('<meta property="og:site_name" content="Riverton Review">', section).map((p) =>
        isUnderAboutLabel(p),
      ),
    ).toEqual([false, false]);
    // A newsroom describing itself in the first person plural is a self-description.
    const newsroom = `${STORY}<h3>About The Packet</h3><p>We are a small newsroom of six reporters on the quays, and the tide tables are the page our readers open first.</p>`;
    expect(site('', newsroom).map((p) => isUnderAboutLabel(p))).toEqual([false, true]);
  });

  it('answers the same when a reading keeps what each block holds', () => {
    const labelled = new Map<Node, boolean>();
    const pages = [
      `${STORY}<p><b>About the Riverton Harbour Board</b></p><p>The board runs the pier.</p>`,
      `${STORY}<h3>About Riverton</h3><p>The town sits at the mouth of the estuary, and its pier has served the ferry for a century.</p><h3>What comes next</h3>${STORY}`,
      `${STORY}<h2>What comes next</h2>${STORY}<p><b>The timetable</b></p>${STORY}`,
    ];
    for (const page of pages) {
      const ps = paragraphs(page);
      expect(ps.map((p) => isUnderAboutLabel(p, labelled))).toEqual(
        ps.map((p) => isUnderAboutLabel(p)),
      );
    }
    // The last page has no label at all: its block is known to hold none.
    expect([...labelled.values()]).toEqual([true, true, false]);
  });
});

describe.each(DOMS)('isPlayerCaption in %s', (_name, parse) => {
  const paragraphs = (html: string) =>
    Array.from(
      parse(`<html><body><div class="body">${html}</div></body></html>`).querySelectorAll('p'),
    );

  it("knows a player's caption line: a short paragraph opening with the player, or set as a caption right after a box holding a player alone", () => {
    const prose =
      '<p>The ferry crossed at dawn, with the crew on deck and the council watching from the quay.</p>';
    const [opening] = paragraphs(
      '<p><iframe title="player 1"></iframe><br><span>Watch: the first crossing since the strike.</span></p>',
    );
    expect(isPlayerCaption(opening as Element)).toBe(true);
    const box =
      '<div class="embed"><div class="ratio"><iframe title="player 2"></iframe></div></div>';
    const [italic] = paragraphs(`${box}<p><em>Video: the ferry leaves the quay at dawn.</em></p>`);
    expect(isPlayerCaption(italic as Element)).toBe(true);
    const [named] = paragraphs(
      `${box}<p class="video-caption">The ferry leaves the quay at dawn.</p>`,
    );
    expect(isPlayerCaption(named as Element)).toBe(true);
    // Prose after a video is set as the other paragraphs are; a box with text beside its
    // player is not a player alone; text before the player opens a paragraph of prose.
    expect(isPlayerCaption(paragraphs(`${box}${prose}`)[0] as Element)).toBe(false);
    const titled =
      '<div class="embed"><h3>The crossing</h3><iframe title="player 3"></iframe></div>';
    expect(
      isPlayerCaption(
        paragraphs(`${titled}<p><em>Video: the ferry at dawn.</em></p>`)[0] as Element,
      ),
    ).toBe(false);
    expect(
      isPlayerCaption(
        paragraphs('<p>The crew filmed it. <iframe title="player 4"></iframe></p>')[0] as Element,
      ),
    ).toBe(false);
    expect(isPlayerCaption(paragraphs(prose)[0] as Element)).toBe(false);
  });
});

describe.each(DOMS)('isBlockLinkCard and a "Written by" closing line in %s', (_name, parse) => {
  it("knows another story's card drawn as one link holding its lines, not a link in prose", () => {
    const doc = parse(
      '<html><body><p>Officials at <a href="/ministry">the ministry</a> said so.</p><a class="c1" href="/2025/other"><div>Headline of another story</div><div>A line of summary of that story, as a sentence.</div></a><a href="/2025/pic"><img src="p.jpg" alt=""></a><a href="#top"><div>Back to the top of the page</div><div>and more</div></a></body></html>',
    );
    const links = Array.from(doc.querySelectorAll('a'));
    expect(links.map((a) => isBlockLinkCard(a))).toEqual([false, true, false, false]);
  });

  it('knows the last paragraph opening "Written by" as the writer\'s line, not the article\'s', () => {
    const doc = parse(
      '<html><body><div><p>The ferry crossed the bay at dawn, officials said.</p><p>Written by <a href="/by/jdoe">Jane Doe</a>, who covers the harbour. She reported the first crossing.</p></div></body></html>',
    );
    const [prose, line] = Array.from(doc.querySelectorAll('p'));
    expect(isSignOffBio(line as Element)).toBe(true);
    expect(isSignOffBio(prose as Element)).toBe(false);
  });
});

describe.each(DOMS)('isDivSignOffBio in %s', (_name, parse) => {
  const lastDiv = (html: string) => {
    const doc = parse(`<html><body><section>${html}</section></body></html>`);
    return doc.body.firstElementChild?.lastElementChild as Element;
  };
  const story =
    '<div class="Text_x1">The river rose again overnight and <a href="/a">the ferry</a> stayed in port.</div>' +
    '<div class="Text_x1">Crews said the crossing would reopen once the water fell.</div>';

  it("knows a writer's italic biography closing paragraphs set as <div>s, on a page with no <p>", () => {
    expect(
      isDivSignOffBio(
        lastDiv(
          `${story}<div class="Text_x1"><em>Jane Doe is a reporter for the Valley Times. She wrote last year about the old bridge.</em></div>`,
        ),
      ),
    ).toBe(true);
  });

  it("leaves the story's own last paragraph, a closing box and a div that is no paragraph", () => {
    // The story's last paragraph in plain type, about someone else.
    expect(
      isDivSignOffBio(
        lastDiv(
          `${story}<div class="Text_x1">The harbour master said the port would stay shut.</div>`,
        ),
      ),
    ).toBe(false);
    // An italic paragraph that is not last among the paragraph divs.
    expect(
      isDivSignOffBio(
        lastDiv(
          `${story}<div><em>Jane Doe is a reporter for the Valley Times.</em></div><div class="Text_x1">The end.</div>`,
        ).previousElementSibling as Element,
      ),
    ).toBe(false);
    // A box holding blocks (a card), not a paragraph: left to the other rules.
    expect(
      isDivSignOffBio(
        lastDiv(
          `${story}<div><div><em>Jane Doe is a reporter for the Valley Times.</em></div></div>`,
        ),
      ),
    ).toBe(false);
    // After a wrapper, not after a paragraph of text.
    expect(
      isDivSignOffBio(
        lastDiv(
          `<div><div>A box.</div></div><div><em>Jane Doe is a reporter for the Valley Times.</em></div>`,
        ),
      ),
    ).toBe(false);
  });
});

describe.each(DOMS)(
  'a web component titling its slotted cards in its shadow root, in %s',
  (_name, parse) => {
    /** The first element of the body, its declarative shadow roots attached as a browser does. */
    const host = (html: string) => {
      const doc = parse(`<html><body>${html}</body></html>`);
      attachDeclarativeShadowRoots(doc);
      return doc.body.firstElementChild as Element;
    };
    const items =
      '<x-item><a href="/a">The bridge reopens</a><p>Crews finished the repairs a week early.</p></x-item>' +
      '<x-item><a href="/b">Ferry fares rise</a><p>The operator blamed the price of fuel.</p></x-item>';

    it('reads two slotted cards as other stories under a heading or label in the shadow root', () => {
      const heading = `<x-stack><template shadowrootmode="open"><style>:host{display:block}</style><h3>Also in the Review</h3><slot></slot></template>${items}</x-stack>`;
      expect(isFurnitureBlock(host(heading), 9_000)).toBe(true);
      const label = `<x-stack><template shadowrootmode="open"><div class="label">Most read</div><div><slot></slot></div></template>${items}</x-stack>`;
      expect(isFurnitureBlock(host(label), 9_000)).toBe(true);
    });

    it('leaves them where the shadow root titles nothing before its slot, or there is none', () => {
      const untitled = `<x-stack><template shadowrootmode="open"><slot></slot><h3>Ends here</h3></template>${items}</x-stack>`;
      expect(isFurnitureBlock(host(untitled), 9_000)).toBe(false);
      expect(isFurnitureBlock(host(`<x-stack>${items}</x-stack>`), 9_000)).toBe(false);
    });
  },
);
