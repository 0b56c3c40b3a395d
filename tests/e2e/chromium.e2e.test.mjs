/**
 * The built Chrome extension (.output/chrome-mv3) in Debian's Chromium: painting, the card,
 * no DOM mutation, re-scan of late text, performance marks, and the popup.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  articleUnchanged,
  CHROME_EXT,
  CHROMIUM,
  chromiumSuite,
  cliHighlights,
  launchChromium,
  missing,
  newestTabId,
  outletOf,
  pointOnHighlight,
  ROOT,
  readCard,
  readHighlights,
  waitFor,
  waitForHighlights,
} from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;

// Sentences of tests/fixtures/pages/withdrawal-timetable.html and what the KB says about them.
const END_2025 =
  'An adviser to the Iraqi prime minister said all coalition forces would withdraw from Iraq by the end of 2025.';
const END_2026 =
  "According to a draft seen by the paper, the last of the coalition's troops are to pull out of Iraq by the end of 2026.";
const NOT_CLAIMS = [
  'The weather in Baghdad',
  'Great deals',
  'they will never leave',
  'leaves tomorrow',
];

describe('Chromium', { skip }, () => {
  const suite = chromiumSuite();

  const open = async (path) => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}${path}`);
    return page;
  };

  /**
   * A new tab answering a listed news site's address (Playwright fulfils the request): the story
   * page at …/story, `plain` (a page not about the story) anywhere else.
   */
  const openAsNewsSite = async (plain) => {
    const story = readFileSync(
      join(ROOT, 'tests/fixtures/pages/withdrawal-timetable.html'),
      'utf8',
    );
    const page = await suite.browser.context.newPage();
    await page.route('https://www.reuters.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: route.request().url().endsWith('/story') ? story : plain,
      }),
    );
    return page;
  };

  test('highlights the claim sentences, and nothing in ads, comments or editable fields', async () => {
    const page = await open('/pages/withdrawal-timetable.html');
    const count = await waitForHighlights(page, 1);
    const highlights = await page.evaluate(readHighlights);
    assert.equal(highlights.length, count);
    const texts = highlights.map((h) => h.text);
    assert.ok(texts.includes(END_2025), `2025 sentence highlighted; got ${JSON.stringify(texts)}`);
    assert.ok(texts.includes(END_2026), '2026 sentence highlighted');
    for (const junk of NOT_CLAIMS)
      assert.ok(!texts.some((t) => t.includes(junk)), `${junk} not highlighted`);
    // The two dates disagree, so neither may be painted as simply corroborated.
    for (const h of highlights.filter((x) => x.text === END_2025 || x.text === END_2026)) {
      assert.notEqual(h.name, 'claimlight-corroborated', h.text);
    }
    const cli = cliHighlights(join(ROOT, 'tests/fixtures/pages/withdrawal-timetable.html'));
    if (cli)
      assert.deepEqual(texts.slice().sort(), cli.map((h) => h.text.replace(/\s+/g, ' ')).sort());
    await page.close();
  });

  test('a click on a highlight opens the card with the sources on the right sides; Escape closes it', async () => {
    const page = await open('/pages/withdrawal-timetable.html');
    await waitForHighlights(page, 1);
    const rudaw = outletOf('rudaw');

    let point = await page.evaluate(pointOnHighlight, 'by the end of 2026');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() =>
      document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
    );
    let card = await page.evaluate(readCard);
    assert.equal(card.inLightDom, 0, 'card lives only in the shadow root');
    assert.ok(
      card.contradicting.includes(rudaw),
      `Rudaw contradicts 2026: ${JSON.stringify(card)}`,
    );
    assert.ok(!card.corroborating.includes(rudaw));
    assert.ok(card.corroborating.length >= 1);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('claimlight-card'));

    point = await page.evaluate(pointOnHighlight, 'by the end of 2025');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() =>
      document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
    );
    card = await page.evaluate(readCard);
    assert.ok(
      card.corroborating.includes(rudaw),
      `Rudaw corroborates 2025: ${JSON.stringify(card)}`,
    );
    assert.ok(card.contradicting.length >= 1);

    // A click on plain text outside any highlight closes the card (the byline: the headline
    // states the two-step timetable, and is highlighted itself).
    const blank = await page.evaluate(() => {
      const r = document.querySelector('.byline').getBoundingClientRect();
      return { x: r.left + 5, y: r.top + r.height / 2 };
    });
    await page.mouse.click(blank.x, blank.y);
    await page.waitForFunction(() => !document.querySelector('claimlight-card'));
    await page.close();
  });

  test('a question answered in a word: one highlight spans the subhead and its answer, and a click on either opens its card', async () => {
    // tests/fixtures/pages/explainer-questions.html: "Will … end by September 2026?" as a subhead,
    // "Yes, both governments say." as the paragraph under it. Neither is a statement alone.
    const page = await open('/pages/explainer-questions.html');
    await waitForHighlights(page, 1);
    const spans = (await page.evaluate(readHighlights)).filter((h) =>
      h.text.includes('Yes, both governments say.'),
    );
    assert.equal(spans.length, 1, JSON.stringify(spans));
    assert.match(
      spans[0].text,
      /^Will the coalition's military mission .* Yes, both governments say\.$/,
    );

    /** Runs in the page: the centre of the span's first line (the subhead) or last (the answer). */
    const lineOf = (which) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('claimlight-')) continue;
        for (const range of highlight) {
          if (!range.toString().includes('both governments say')) continue;
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 4);
          const rect = which === 'first' ? rects[0] : rects[rects.length - 1];
          return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    };
    const statements = [];
    for (const which of ['first', 'last']) {
      const point = await page.evaluate(lineOf, which);
      await page.mouse.click(point.x, point.y);
      await page.waitForFunction(() =>
        document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
      );
      statements.push((await page.evaluate(readCard)).statement);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('claimlight-card'));
    }
    const claims = JSON.parse(readFileSync(join(ROOT, 'data/claims.json'), 'utf8'));
    const septemberEnd = (claims.claims ?? claims).find((c) => c.id === 'mission-end-sept-2026');
    assert.deepEqual(statements, [septemberEnd.statement, septemberEnd.statement]);
    await page.close();
  });

  test('the article DOM is not mutated by scanning, painting or the card', async () => {
    const page = await open('/pages/withdrawal-timetable.html');
    await waitForHighlights(page, 1);
    assert.equal(await page.evaluate(articleUnchanged, 'article'), true);
    const point = await page.evaluate(pointOnHighlight, 'by the end of 2026');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('claimlight-card'));
    assert.equal(await page.evaluate(articleUnchanged, 'article'), true);
    assert.equal(
      await page.evaluate(
        () => document.querySelectorAll('article mark, article [class^="cl-"]').length,
      ),
      0,
    );
    await page.close();
  });

  test('each scan is recorded as a performance measure', async () => {
    const page = await open('/pages/withdrawal-timetable.html');
    const count = await waitForHighlights(page, 1);
    const entries = await page.evaluate(() =>
      performance
        .getEntriesByName('claimlight:scan')
        .map((e) => ({ duration: e.duration, detail: e.detail })),
    );
    assert.ok(entries.length >= 1, 'claimlight:scan measured');
    const last = entries.at(-1);
    assert.equal(last.detail.highlights, count);
    assert.ok(last.detail.sentences >= count);
    assert.ok(last.duration < 2000, `scan took ${last.duration} ms`);
    await page.close();
  });

  test('a paragraph added after load is highlighted too', async () => {
    const page = await open('/pages/late-paragraph.html');
    const first = await waitForHighlights(page, 1);
    await page.waitForSelector('#late', { state: 'attached' });
    const later = await waitForHighlights(page, first + 1);
    assert.ok(later > first);
    const texts = (await page.evaluate(readHighlights)).map((h) => h.text);
    assert.ok(
      texts.some((t) => t.includes('by the end of 2026')),
      JSON.stringify(texts),
    );
    await page.close();
  });

  test('an app that re-renders its article every 300 ms keeps its highlights on the live text', async () => {
    const page = await open('/pages/rerendering-app.html');
    await waitForHighlights(page, 1);
    // Let the app replace every text node many times over, then find the highlights anchored
    // to the text it shows now (they are re-anchored within the watcher's maximum wait).
    await page.waitForFunction(() => Number(document.documentElement.dataset.ticks) >= 8);
    await page.waitForFunction(
      () => {
        const ranges = [...CSS.highlights]
          .filter(([name]) => name.startsWith('claimlight-'))
          .flatMap(([, h]) => [...h]);
        return (
          ranges.length >= 1 &&
          ranges.every(
            (r) => !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected,
          )
        );
      },
      null,
      { timeout: 5_000 },
    );
    const texts = (await page.evaluate(readHighlights)).map((h) => h.text);
    assert.ok(
      texts.some((t) => t.includes('by the end of 2026')),
      JSON.stringify(texts),
    );
    // The app's own state keeps updating, and the re-scans stay few (at most one per wait).
    const before = await page.evaluate(() => Number(document.documentElement.dataset.ticks));
    await page.waitForTimeout(1_000);
    const after = await page.evaluate(() => Number(document.documentElement.dataset.ticks));
    assert.ok(after >= before + 2, `app ticks ${before} → ${after}`);
    const scans = await page.evaluate(() => performance.getEntriesByName('claimlight:scan').length);
    const seconds = await page.evaluate(() => performance.now() / 1000);
    assert.ok(scans <= Math.ceil(seconds / 1.5) + 2, `${scans} scans in ${seconds.toFixed(1)} s`);
    await page.close();
  });

  test('a long article shows highlights before its first scan has read everything', async () => {
    const page = await open('/pages/long-article.html');
    const count = await waitForHighlights(page, 1);
    assert.ok(count > 400, `${count} highlights`);
    assert.equal(await page.evaluate(() => window.paintedEarly), true);
    await page.close();
  });

  test('the toolbar badge shows how many statements the page has, per tab', async () => {
    const page = await open('/pages/withdrawal-timetable.html');
    const count = await waitForHighlights(page, 1);
    const tabId = await newestTabId(suite.browser.worker);
    const badge = () =>
      suite.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await waitFor(async () => (await badge()) === String(count), 15_000);
    // A page about something else in the same tab: the badge is cleared and stays empty.
    await page.goto(`${suite.server.origin}/pages/other-news.html`);
    await waitForHighlights(page, 0);
    await waitFor(async () => (await badge()) === '', 15_000);
    await page.close();
  });

  test('a page that knows our id can neither see the content script start nor turn it off', async () => {
    // WXT's own context announces itself with this DOM event and stops when it hears it.
    const started = `${suite.browser.extensionId}:content:wxt:content-script-started`;
    const page = await suite.browser.context.newPage();
    await page.addInitScript((type) => {
      window.__heard = 0;
      document.addEventListener(type, () => window.__heard++);
    }, started);
    await page.goto(`${suite.server.origin}/pages/withdrawal-timetable.html`);
    const count = await waitForHighlights(page, 1);
    assert.equal(await page.evaluate(() => window.__heard), 0);
    await page.evaluate((type) => {
      const detail = { contentScriptName: 'content', messageId: 'page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
    }, started);
    await page.waitForTimeout(1_000);
    assert.equal(
      await page.evaluate(() => document.documentElement.dataset.claimlight),
      `highlights:${count}`,
    );
    assert.equal((await page.evaluate(readHighlights)).length, count);
    await page.close();
  });

  test("a news site's scripts find no mark of Claimlight on its pages; its story pages are still highlighted", async () => {
    // Served as a listed news site's address (Playwright answers the request); the count on
    // <html> and the scan's measure are left on local hosts only (content/page-hooks.ts).
    const page = await openAsNewsSite(
      '<!doctype html><html><head><title>Parks</title></head><body><article><h1>Fountain' +
        ' repairs</h1><p>The park shuts on Tuesday while its fountain is mended, and opens again' +
        ' in spring.</p></article></body></html>',
    );
    const marks = () =>
      page.evaluate(() => ({
        attributes: [...document.documentElement.attributes]
          .map((a) => a.name)
          .filter((n) => n.startsWith('data-claimlight')),
        measures: performance.getEntriesByName('claimlight:scan').length,
      }));
    await page.goto('https://www.reuters.com/world/plain');
    await page.waitForTimeout(1_500);
    assert.deepEqual(await marks(), { attributes: [], measures: 0 });
    await page.goto('https://www.reuters.com/world/story');
    await waitFor(async () => (await page.evaluate(readHighlights)).length >= 2, 30_000);
    const texts = (await page.evaluate(readHighlights)).map((h) => h.text);
    assert.ok(texts.includes(END_2025) && texts.includes(END_2026), JSON.stringify(texts));
    assert.deepEqual(await marks(), { attributes: [], measures: 0 });
    await page.close();
  });

  test("a listed site's pages not about the story carry none of our rules; a story page has them all", async () => {
    // Our ::highlight() rules, the hover cursor and the style variants come into a document only
    // when the reader starts there (content/document-highlight-sheet.ts). Before, a script on any
    // page of a listed site could set our attribute and read a pointer cursor, or paint its own
    // ::highlight(claimlight-…) and find our underline, and so learn its reader runs Claimlight.
    const rules = readFileSync(join(ROOT, 'page/highlight-rules.css'), 'utf8');
    /** verdict name → the underline style and colour page/highlight-rules.css gives it. */
    const expected = Object.fromEntries(
      [
        ...rules.matchAll(
          /::highlight\((claimlight-[a-z-]+)\) \{[^}]*?text-decoration: underline (\w+) (rgb\([^)]*\))/g,
        ),
      ].map((m) => [m[1], { style: m[2], color: m[3] }]),
    );
    assert.equal(Object.keys(expected).length, 4, JSON.stringify(expected));
    const page = await openAsNewsSite(
      '<!doctype html><html><head><title>Markets</title></head><body><article><h1>Grain' +
        ' prices</h1><p>Wheat rose for a third week as dry weather held over the plains.</p>' +
        '<iframe srcdoc="<p>A frame of the same page.</p>"></iframe></article></body></html>',
    );
    /** What a page script can read of our rules, in the top document and in its frames. */
    const probe = (names) =>
      page.evaluate((names) => {
        const docs = [
          document,
          ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument),
        ];
        return docs.filter(Boolean).map((doc) => {
          const root = doc.documentElement;
          const p = doc.querySelector('p');
          root.setAttribute('data-claimlight-pointer', '');
          const cursor = getComputedStyle(p).cursor;
          root.removeAttribute('data-claimlight-pointer');
          const paint = {};
          for (const name of names) {
            // The page paints its own highlight under our name, as a probe would.
            const range = doc.createRange();
            range.selectNodeContents(p);
            CSS.highlights.set(`${name}-probe`, new Highlight(range));
            const style = doc.defaultView.getComputedStyle(p, `::highlight(${name})`);
            paint[name] =
              `${style.textDecorationLine} ${style.textDecorationColor} ${style.backgroundColor}`;
            root.setAttribute('data-claimlight-style', 'background');
            const tint = doc.defaultView.getComputedStyle(
              p,
              `::highlight(${name})`,
            ).backgroundColor;
            root.removeAttribute('data-claimlight-style');
            paint[name] += ` / ${tint}`;
            CSS.highlights.delete(`${name}-probe`);
          }
          return { cursor, paint };
        });
      }, names);
    const names = Object.keys(expected);
    await page.goto('https://www.reuters.com/markets/plain');
    // Long enough for the first look to finish, and for a reader that wrongly started to ask.
    await page.waitForTimeout(2_000);
    const none = 'none rgb(0, 0, 0) rgba(0, 0, 0, 0) / rgba(0, 0, 0, 0)';
    const seen = await probe(names);
    assert.equal(seen.length, 2, 'the top document and its frame');
    for (const frame of seen) {
      assert.notEqual(frame.cursor, 'pointer', JSON.stringify(seen));
      for (const name of names)
        assert.equal(frame.paint[name], none, `${name}: ${JSON.stringify(seen)}`);
    }
    // A story page of the same site: highlighted, in the colours of page/highlight-rules.css.
    await page.goto('https://www.reuters.com/world/story');
    await waitFor(async () => (await page.evaluate(readHighlights)).length >= 2, 30_000);
    const painted = await page.evaluate((names) => {
      const out = {};
      for (const name of names) {
        const s = getComputedStyle(document.body, `::highlight(${name})`);
        out[name] = {
          style: s.textDecorationStyle,
          color: s.textDecorationColor,
          line: s.textDecorationLine,
        };
      }
      document.documentElement.setAttribute('data-claimlight-pointer', '');
      out.cursor = getComputedStyle(document.querySelector('p')).cursor;
      document.documentElement.removeAttribute('data-claimlight-pointer');
      return out;
    }, names);
    for (const name of names)
      assert.deepEqual(painted[name], { ...expected[name], line: 'underline' }, name);
    assert.equal(painted.cursor, 'pointer');
    // A page that replaces its adoptedStyleSheets wholesale drops our sheet; it comes back.
    const underline = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.body, '::highlight(claimlight-disputed)').textDecorationLine,
      );
    await page.evaluate(() => {
      document.adoptedStyleSheets = [];
    });
    assert.equal(await underline(), 'none');
    await waitFor(async () => (await underline()) === 'underline', 3_000);
    await page.close();
  });

  test('loading pages does not wake a stopped background; a page naming the story does', async () => {
    // A browser of its own: this test stops the service worker the suite's tests talk to.
    const own = await launchChromium();
    try {
      const control = await own.context.newPage();
      const cdp = await own.context.newCDPSession(control);
      /** The background's running status, as DevTools reports each change. */
      const statuses = [];
      let activated = false;
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (!v.scriptURL.endsWith('/background.js')) continue;
          statuses.push(v.runningStatus);
          activated ||= v.status === 'activated';
        }
      });
      await cdp.send('ServiceWorker.enable');
      // Stopped while still installing, a worker is thrown away, not put to sleep.
      await waitFor(async () => activated, 10_000);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(async () => statuses.at(-1) === 'stopped', 10_000);
      const page = await own.context.newPage();
      // Off-topic pages: the first look says no, and nothing reaches the background.
      for (const query of ['', '?again']) {
        await page.goto(`${suite.server.origin}/pages/other-news.html${query}`);
        await waitForHighlights(page, 0);
      }
      await page.waitForTimeout(1_000);
      assert.equal(statuses.at(-1), 'stopped', `the background woke: ${statuses.join(' → ')}`);
      // A page about the story wakes it to match the article.
      await page.goto(`${suite.server.origin}/pages/withdrawal-timetable.html`);
      assert.ok((await waitForHighlights(page, 1)) > 0);
      assert.equal(statuses.at(-1), 'running');
    } finally {
      await own.close();
    }
  });

  test('a page not naming the story leaves the extension API alone until it does', async () => {
    const page = await open('/pages/other-news.html');
    await waitForHighlights(page, 0);
    /** What the popup's question gets from the page's top frame: an answer, or the failure. */
    const ask = async () => {
      const id = await newestTabId(suite.browser.worker);
      return suite.browser.worker.evaluate(async (id) => {
        try {
          await chrome.tabs.sendMessage(id, { type: 'claimlight:summary' }, { frameId: 0 });
          return 'answered';
        } catch (error) {
          return String(error.message ?? error);
        }
      }, id);
    };
    // Nobody listens: the content script never touched `runtime`, whose bindings cost ms.
    assert.match(await ask(), /Receiving end does not exist/);
    // The story arrives (an app's next article): the reader loads, highlights, and answers.
    await page.evaluate(() => {
      const article = document.querySelector('article');
      const [h1, p1, p2] = ['h1', 'p', 'p'].map((tag) => document.createElement(tag));
      h1.textContent = "Talks on the coalition's future in Iraq";
      p1.textContent =
        'An adviser to the Iraqi prime minister said every coalition soldier would leave Iraq by the end of 2025.';
      p2.textContent = "Iraq's parliament voted in January 2020 to expel foreign troops.";
      article.replaceChildren(h1, p1, p2);
    });
    assert.ok((await waitForHighlights(page, 1)) > 0);
    assert.equal(await ask(), 'answered');
    await page.close();
  });

  test('the popup lists the page statements, and picking one opens its card in the page', async () => {
    const page = await open('/pages/withdrawal-timetable.html');
    const count = await waitForHighlights(page, 1);
    // Without the "tabs" permission tabs carry no URL; the page just opened has the highest id.
    const tabId = await newestTabId(suite.browser.worker);
    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.cl-summary__item');
    const statements = await popup.locator('.cl-summary__statement').allTextContents();
    assert.equal(statements.length, count);
    assert.ok(
      statements.some((s) => /2026/.test(s)),
      JSON.stringify(statements),
    );
    const index = statements.findIndex((s) => /2026/.test(s));
    await popup.locator('.cl-summary__button').nth(index).click();
    await page.waitForFunction(() =>
      document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
    );
    const card = await page.evaluate(readCard);
    assert.equal(card.statement, statements[index]);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  test('a verdict hidden in the settings is neither painted, listed in the popup nor counted on the badge', async () => {
    const page = await open('/pages/withdrawal-timetable.html');
    await waitForHighlights(page, 1);
    const tabId = await newestTabId(suite.browser.worker);
    const all = await page.evaluate(readHighlights);
    const badge = () =>
      suite.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await waitFor(async () => (await badge()) === String(Math.min(all.length, 999)), 15_000);
    // The verdict of the fewest highlights is hidden: the others stay on the page.
    const byVerdict = new Map();
    for (const h of all) {
      const verdict = h.name.slice('claimlight-'.length);
      byVerdict.set(verdict, (byVerdict.get(verdict) ?? 0) + 1);
    }
    const [hidden] = [...byVerdict.entries()].sort((a, b) => a[1] - b[1])[0];
    const left = all.filter((h) => h.name !== `claimlight-${hidden}`);
    assert.ok(left.length > 0 && left.length < all.length, JSON.stringify([...byVerdict.keys()]));
    const verdicts = ['corroborated', 'disputed', 'contradicted', 'single-source'].filter(
      (v) => v !== hidden,
    );
    /** The popup on the tab: its count line, its hidden line, and each listed verdict. */
    const readPopup = async () => {
      const popup = await suite.browser.context.newPage();
      await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.cl-summary__item');
      const listed = await popup
        .locator('.cl-summary__button')
        .evaluateAll((buttons) =>
          buttons.map((b) => /cl-summary__button--([a-z-]+)/.exec(b.className)[1]),
        );
      const count = await popup.locator('.cl-summary__count').textContent();
      const note = await popup.locator('.cl-summary__hidden').allTextContents();
      const link = await popup
        .locator('.cl-summary__hidden a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      await popup.close();
      return { listed, count, note, link };
    };
    try {
      // What the options page saves when the reader unticks the verdict.
      await suite.browser.worker.evaluate(
        (shown) => chrome.storage.sync.set({ settings: { verdicts: shown } }),
        verdicts,
      );
      // The open page repaints without it and puts its new count on the badge.
      await waitFor(async () => (await page.evaluate(readHighlights)).length === left.length);
      await waitFor(async () => (await badge()) === String(Math.min(left.length, 999)), 15_000);
      // A fresh load: the background counts the pass under the settings.
      await page.reload();
      await waitForHighlights(page, 1);
      await waitFor(async () => (await page.evaluate(readHighlights)).length === left.length);
      assert.deepEqual(await page.evaluate(readHighlights), left);
      await waitFor(async () => (await badge()) === String(Math.min(left.length, 999)), 15_000);
      const popup = await readPopup();
      assert.equal(popup.listed.length, left.length);
      assert.ok(!popup.listed.includes(hidden), `${hidden} listed`);
      assert.equal(popup.count, `${left.length} statements from the knowledge base on this page`);
      const hiddenCount = all.length - left.length;
      assert.deepEqual(popup.note, [
        `${hiddenCount} more hidden by your settings. Choose which verdicts to show (opens in a new tab)`,
      ]);
      assert.deepEqual(popup.link, [
        `chrome-extension://${suite.browser.extensionId}/options.html`,
      ]);
      // Every verdict shown again: page, badge and popup have them all back.
      await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
      await waitFor(async () => (await page.evaluate(readHighlights)).length === all.length);
      await waitFor(async () => (await badge()) === String(Math.min(all.length, 999)), 15_000);
      const again = await readPopup();
      assert.equal(again.listed.length, all.length);
      assert.deepEqual(again.note, []);
    } finally {
      await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
      await page.close();
    }
  });

  test('the popup offers to enable Claimlight on a site it does not run on', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('data:text/html,<p>not a web origin</p>');
    const popup = await suite.browser.context.newPage();
    // The popup's own tab is an extension page: no content script, no web origin.
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    await popup.waitForSelector('.cl-popup__note');
    assert.match(
      await popup.locator('.cl-popup__note').first().textContent(),
      /web pages|not turned on/,
    );
    await popup.close();
    await page.close();
  });

  test('a hostile page: sabotaged DOM APIs, odd nodes, 1 MB of filler, editable copies of a claim', async () => {
    const page = await open('/pages/hostile.html');
    const count = await waitForHighlights(page, 1);
    const texts = (await page.evaluate(readHighlights)).map((h) => h.text);
    assert.deepEqual(texts, [
      'All coalition forces are due to withdraw from Iraq by the end of 2025, an adviser to the prime minister said.',
    ]);
    assert.equal(count, 1);
    const scans = await page.evaluate(() =>
      performance.getEntriesByName('claimlight:scan').map((e) => Math.round(e.duration)),
    );
    console.log(`hostile page: scans took ${scans.join(', ')} ms`);
    assert.ok(scans.length >= 1 && scans[0] < 3000, `scan durations ${scans}`);

    // Typing in the page's editor works, and the re-scan it triggers still leaves editors alone.
    await page.click('#editor');
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed.');
    await page.waitForTimeout(700);
    const state = await page.evaluate(() => ({
      ok: window.__pageOk,
      clicks: window.__clicks,
      editor: document.getElementById('editor').firstChild.data,
    }));
    assert.equal(state.ok, true);
    assert.equal(state.clicks, 1, 'the page still receives its clicks');
    assert.match(state.editor, /Typed\.$/);
    assert.equal((await page.evaluate(readHighlights)).length, 1);
    await page.close();
  });

  const demos = (() => {
    try {
      return readdirSync(join(ROOT, 'demo')).filter(
        (f) => f.endsWith('.html') && f !== 'index.html',
      );
    } catch {
      return [];
    }
  })();
  for (const file of demos) {
    test(`demo/${file}: the browser highlights what the CLI highlights`, async () => {
      const page = await open(`/demo/${file}`);
      await waitForHighlights(page, 0);
      const texts = (await page.evaluate(readHighlights)).map((h) => h.text).sort();
      const cli = cliHighlights(join(ROOT, 'demo', file));
      if (cli) assert.deepEqual(texts, cli.map((h) => h.text.replace(/\s+/g, ' ')).sort());
      await page.close();
    });
  }
});
