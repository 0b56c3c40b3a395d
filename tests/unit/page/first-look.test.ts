/**
 * The first look at a page (page/first-look.ts): the body's text is searched for the words that
 * name the story's place, and only a page that names it has its publication date read.
 */
import path from 'node:path';
import { topic } from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory } from '../../../engine/compile-story';
import { notAboutStory } from '../../../page/first-look';
import { setMarkup } from '../set-markup';
import { DOMS } from './load-page';

const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>News</title>${head}</head><body>${body}</body></html>`;
const published = (date: string) => `<meta property="article:published_time" content="${date}">`;

const NEVER_NAMED = /^never names the story's place/;

describe.each(DOMS)('notAboutStory in %s', (_name, parse) => {
  it('turns away a page that never names the place, whatever else it says', () => {
    const doc = parse(
      page(
        '<h1>Troops to leave by the end of 2026</h1><p>The coalition said its forces would withdraw.</p>',
        published('2025-01-10'),
      ),
    );
    expect(notAboutStory(doc, topic)).toMatch(NEVER_NAMED);
  });

  it('turns away a page without a place name before reading its metadata', () => {
    // An old date would be its own reason; the place is checked first, so it is never reached.
    const doc = parse(
      page('<p>Ordinary local news about a school fete.</p>', published('2008-05-01')),
    );
    expect(notAboutStory(doc, topic)).toMatch(NEVER_NAMED);
  });

  it('lets through a page that names the place in its article', () => {
    const doc = parse(
      page('<article><p>US troops will leave Iraq by 2026.</p></article>', published('2024-09-08')),
    );
    expect(notAboutStory(doc, topic)).toBeUndefined();
  });

  it('lets through a page naming the place only in navigation or a script (textContent is a superset)', () => {
    const nav = parse(
      page('<nav><a href="/world/iraq">Iraq</a></nav><article><p>Markets fell.</p></article>'),
    );
    expect(notAboutStory(nav, topic)).toBeUndefined();
    const script = parse(
      page('<article><p>Markets fell.</p></article><script>var section = "Iraq";</script>'),
    );
    expect(notAboutStory(script, topic)).toBeUndefined();
  });

  it('counts "Iraqi" as naming Iraq (the term is a word prefix)', () => {
    const doc = parse(page('<p>The Iraqi government welcomed the plan.</p>'));
    expect(notAboutStory(doc, topic)).toBeUndefined();
  });

  it('does not count the place name inside another word', () => {
    // "iraq" must start a word: "Tiraqa" (made up) is not Iraq.
    const doc = parse(page('<p>Tiraqa Holdings reported higher profits.</p>'));
    expect(notAboutStory(doc, topic)).toMatch(NEVER_NAMED);
  });

  it.each([
    'Irbil',
    'Arbil',
    'Kurdistan Region',
    'KURDISTAN REGION',
    'Ain al-Asad',
    'Baghdad',
    'al-Sudani',
  ])('lets through a page naming only "%s"', (name) => {
    const doc = parse(page(`<p>Officials in ${name} said little on Tuesday.</p>`));
    expect(notAboutStory(doc, topic)).toBeUndefined();
  });

  it('turns away a page published before the story began, even though it names Iraq', () => {
    const doc = parse(
      page('<p>US forces in Iraq will withdraw by 2011.</p>', published('2008-05-01')),
    );
    const reason = notAboutStory(doc, topic);
    expect(reason).toMatch(/^published 2008\b/);
    expect(reason).toContain('before this story began');
  });

  it('lets through a page naming Iraq published in the story’s first year, or with no date', () => {
    const first = `${topic.years.from}-01-01`;
    expect(
      notAboutStory(parse(page('<p>Iraq news.</p>', published(first))), topic),
    ).toBeUndefined();
    expect(notAboutStory(parse(page('<p>Iraq news.</p>')), topic)).toBeUndefined();
  });
});

describe('names printed with accents (the bridge story pack)', () => {
  const dir = path.resolve(__dirname, '../../fixtures/story-bridge');
  const loaded = loadAndCheck(dir, path.join(dir, 'seeds'));
  if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
  const bridgeTopic = compileStory(loaded.kb).topic;

  it.each([
    'Die Orsabrücke bleibt gesperrt.',
    'DIE ORSABRÜCKE BLEIBT GESPERRT.',
    'Die Orsabrucke bleibt gesperrt.',
    'The Orsa Bridge stays shut.',
    'The Orsa-Bridge stays shut.',
  ])('lets through "%s"', (text) => {
    const [, parse] = DOMS[0];
    expect(notAboutStory(parse(page(`<p>${text}</p>`)), bridgeTopic)).toBeUndefined();
  });

  it('turns the Iraq story’s pages away and the bridge’s through, each with its own topic', () => {
    const [, parse] = DOMS[0];
    const iraqPage = parse(page('<p>US troops will leave Iraq.</p>'));
    expect(notAboutStory(iraqPage, bridgeTopic)).toMatch(NEVER_NAMED);
    const bridgePage = parse(page('<p>The Orsa Bridge reopens in Veldmark.</p>'));
    expect(notAboutStory(bridgePage, topic)).toMatch(NEVER_NAMED);
  });

  // Terms are NFC ("orsabrücke") or folded ("orsabrucke"); a page whose text is decomposed (NFD:
  // "u" + U+0308, as text pasted from some macOS tools arrives) is composed and searched again
  // when the story's names have accents, so "no name found" still means "not about the story".
  it('lets through a page printing the accented name in decomposed (NFD) form', () => {
    const [, parse] = DOMS[0];
    const nfd = 'Die Orsabrücke bleibt gesperrt.'.normalize('NFD');
    expect(nfd).not.toBe('Die Orsabrücke bleibt gesperrt.');
    expect(notAboutStory(parse(page(`<p>${nfd}</p>`)), bridgeTopic)).toBeUndefined();
  });
});

describe('notAboutStory on a page of web components', () => {
  it('reads open shadow roots when the light DOM holds almost no text', () => {
    const doc = new DOMParser().parseFromString(
      page('<news-app></news-app>', published('2024-09-10')),
      'text/html',
    );
    document.body.replaceChildren(document.importNode(doc.body, true).firstChild as Node);
    const app = document.querySelector('news-app') as Element;
    const outer = app.attachShadow({ mode: 'open' });
    setMarkup(outer, '<news-story></news-story>');
    const inner = (outer.querySelector('news-story') as Element).attachShadow({ mode: 'open' });
    expect(notAboutStory(document, topic)).toMatch(NEVER_NAMED);
    setMarkup(inner, '<p>Troops are due to leave Iraq by the end of 2025.</p>');
    expect(notAboutStory(document, topic)).toBeUndefined();
  });

  /** The test window's body: a menu and a footer of `furniture` characters, and `hosts` hosts. */
  const furnished = (furniture: number, hosts: number, extraElements = 0) => {
    const line = 'Home, Local news, Sport, Weather, Opinion, Puzzles, Subscribe, Sign in. ';
    const menu = line.repeat(Math.ceil(furniture / line.length));
    setMarkup(
      document.body,
      `<nav>${menu}</nav>${'<story-part></story-part>'.repeat(hosts)}${'<span></span>'.repeat(extraElements)}<footer>Contact us.</footer>`,
    );
    return [...document.querySelectorAll('story-part')].map((h) =>
      h.attachShadow({ mode: 'open' }),
    );
  };

  it('reads open shadow roots beside more than 2,000 characters of light furniture', () => {
    const [shadow] = furnished(3_000, 1) as [ShadowRoot];
    expect((document.body.textContent ?? '').length).toBeGreaterThan(2_000);
    setMarkup(shadow, '<p>Ferries will keep running on the lake all winter.</p>');
    expect(notAboutStory(document, topic)).toMatch(NEVER_NAMED);
    setMarkup(shadow, '<p>Troops are due to leave Iraq by the end of 2025.</p>');
    expect(notAboutStory(document, topic)).toBeUndefined();
  });

  it('stops at the first shadow root that names the place', () => {
    const [first, second] = furnished(3_000, 2) as [ShadowRoot, ShadowRoot];
    setMarkup(first, '<p>Troops are due to leave Iraq by the end of 2025.</p>');
    setMarkup(second, '<p>More on the ferries.</p>');
    let read = 0;
    Object.defineProperty(second, 'textContent', {
      get: () => {
        read++;
        return '';
      },
    });
    expect(notAboutStory(document, topic)).toBeUndefined();
    expect(read).toBe(0);
  });

  it('beside long light text, looks in custom elements only (an app renders its article in its own)', () => {
    furnished(3_000, 0);
    const host = document.createElement('div');
    document.body.append(host);
    setMarkup(host.attachShadow({ mode: 'open' }), '<p>Troops are due to leave Iraq by 2025.</p>');
    expect(notAboutStory(document, topic)).toMatch(NEVER_NAMED);
  });

  it('does not search the shadow roots of a big page whose light DOM has text (bounded cost)', () => {
    const [shadow] = furnished(3_000, 1, 6_000) as [ShadowRoot];
    setMarkup(shadow, '<p>Troops are due to leave Iraq by the end of 2025.</p>');
    expect(notAboutStory(document, topic)).toMatch(NEVER_NAMED);
  }, 30_000); // builds 9,000 elements: slow on a loaded machine, not a timed test
});
