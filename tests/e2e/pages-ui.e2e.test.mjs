/**
 * The extension's own pages in Debian's Chromium with the built extension: axe-core finds no
 * violation in the popup, options page and story view (light and dark); an options change
 * reaches an open article without a reload, and each highlight style looks as named; the story
 * view's deep link lands on its claim; pausing a default site (the test server's 127.0.0.1
 * pattern) stops the content script there.
 */
import assert from 'node:assert/strict';
import { afterEach, before, describe, test } from 'node:test';
import {
  CHROME_EXT,
  CHROMIUM,
  chromiumSuite,
  missing,
  newestTabId,
  readHighlights,
  waitFor,
  waitForHighlights,
} from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;
const ARTICLE = '/pages/withdrawal-timetable.html';

describe('extension pages', { skip }, () => {
  const suite = chromiumSuite();
  let base;
  before(async () => {
    base = `chrome-extension://${suite.browser.extensionId}`;
  });
  // Every test starts from the default settings.
  afterEach(async () => {
    await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
  });

  const open = async (url) => {
    const page = await suite.browser.context.newPage();
    await page.goto(url);
    return page;
  };
  /** Tab id of the page opened last (tabs carry no URL without the "tabs" permission). */
  const lastTabId = () => newestTabId(suite.browser.worker);

  const axeViolations = async (page) => {
    const { AxeBuilder } = await import('@axe-core/playwright');
    const result = await new AxeBuilder({ page }).analyze();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
  };

  /**
   * A highlighted article in a tab, and the extension's own pages, each with a selector that
   * shows it has rendered (the popup for that tab).
   */
  const articleAndExtensionPages = async () => {
    const article = await open(`${suite.server.origin}${ARTICLE}`);
    await waitForHighlights(article, 1);
    const tabId = await lastTabId();
    const pages = [
      [`popup.html?tab=${tabId}`, '.cl-summary__item'],
      ['options.html', '.cl-options'],
      ['story.html#claim=full-exit-end-2025', '.cl-story__claim--focus'],
    ];
    return { article, pages };
  };

  for (const scheme of ['light', 'dark']) {
    test(`axe finds no violation in the popup, options and story view (${scheme})`, async () => {
      const { article, pages } = await articleAndExtensionPages();
      for (const [path, ready] of pages) {
        const page = await suite.browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${base}/${path}`);
        await page.waitForSelector(ready);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', path);
        assert.deepEqual(await axeViolations(page), [], `${path} (${scheme})`);
        await page.close();
      }
      await article.close();
    });
  }

  test("the extension's pages ask for nothing outside the extension: no CSP report while they render, a request elsewhere refused", async () => {
    const { article, pages } = await articleAndExtensionPages();
    for (const [path, ready] of pages) {
      const page = await suite.browser.context.newPage();
      await page.addInitScript(() => {
        window.__refused = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__refused.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`${base}/${path}`);
      await page.waitForSelector(ready);
      assert.deepEqual(await page.evaluate(() => window.__refused), [], path);
      // The test server is listening; the page's own policy must stop the request first.
      const url = `${suite.server.origin}${ARTICLE}`;
      const outcome = await page.evaluate(
        (u) =>
          fetch(u).then(
            () => 'loaded',
            () => 'failed',
          ),
        url,
      );
      assert.equal(outcome, 'failed', path);
      await waitFor(() => page.evaluate(() => window.__refused.length > 0));
      assert.deepEqual(await page.evaluate(() => window.__refused), [`connect-src ${url}`], path);
      await page.close();
    }
    await article.close();
  });

  test("popup: each statement's accessible name is its statement alone, the rest its description", async () => {
    const article = await open(`${suite.server.origin}${ARTICLE}`);
    await waitForHighlights(article, 1);
    const tabId = await lastTabId();
    const popup = await suite.browser.context.newPage();
    await popup.goto(`${base}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.cl-summary__item');
    const items = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('.cl-summary__button'), (b) => ({
        statement: b.querySelector('.cl-summary__statement').textContent.trim(),
        tally: b.querySelector('.cl-summary__tally').textContent.trim(),
      })),
    );
    assert.ok(items.length > 0);
    // Chromium's own accessibility tree: each item a button named exactly its statement,
    // described by its tally and sentence.
    const cdp = await suite.browser.context.newCDPSession(popup);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const buttons = nodes
      .filter((n) => n.role?.value === 'button' && !n.ignored)
      .map((n) => ({ name: n.name?.value ?? '', description: n.description?.value ?? '' }));
    for (const { statement, tally } of items) {
      const button = buttons.find((b) => b.name === statement);
      assert.ok(button, `a button named "${statement}": ${JSON.stringify(buttons)}`);
      assert.ok(
        button.description.includes(tally),
        `described by its tally: ${button.description}`,
      );
    }
    await popup.close();
    await article.close();
  });

  for (const scheme of ['light', 'dark'])
    test(`popup (${scheme}): one background, and its title, list, links and search start at one left edge`, async () => {
      const article = await open(`${suite.server.origin}${ARTICLE}`);
      await waitForHighlights(article, 1);
      const tabId = await lastTabId();
      const popup = await suite.browser.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(`${base}/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.cl-summary__item');
      const { backgrounds, lefts } = await popup.evaluate(() => {
        const paint = (el) => {
          const bg = getComputedStyle(el).backgroundColor;
          return bg === 'rgba(0, 0, 0, 0)' ? null : bg;
        };
        const left = (selector) =>
          Math.round(document.querySelector(selector).getBoundingClientRect().left);
        return {
          backgrounds: [
            ...new Set(
              ['body', '.cl-popup', '.cl-summary', '.cl-search']
                .map((s) => paint(document.querySelector(s)))
                .filter(Boolean),
            ),
          ],
          lefts: Object.fromEntries(
            [
              '.cl-popup__title',
              '.cl-summary__count',
              '.cl-summary__button',
              '.cl-popup__links',
              '.cl-search__label',
              '.cl-search__input',
            ].map((s) => [s, left(s)]),
          ),
        };
      });
      assert.equal(backgrounds.length, 1, `one background: ${backgrounds.join(', ')}`);
      assert.equal(new Set(Object.values(lefts)).size, 1, JSON.stringify(lefts));
      await popup.close();
      await article.close();
    });

  test('options: an address refused on Enter is explained at its field, and the page stays accessible', async () => {
    const options = await open(`${base}/options.html`);
    await options.waitForSelector('.cl-options');
    const field = options.locator('input[type="url"]');
    await field.fill('not an address');
    await field.press('Enter');
    const error = options.locator('.cl-options__error');
    await error.waitFor();
    assert.match(await error.textContent(), /not a web address/);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await field.getAttribute('aria-describedby'), await error.getAttribute('id'));
    assert.deepEqual(await axeViolations(options), []);
    // "None yet." under the added sites is a state, not an error: it does not look like one.
    const look = (selector) =>
      options.locator(selector).evaluate((el) => {
        const style = getComputedStyle(el);
        return { color: style.color, weight: Number(style.fontWeight) };
      });
    const none = await look('.cl-options__none');
    const refused = await look('.cl-options__error');
    assert.notEqual(none.color, refused.color);
    assert.ok(none.weight < 600, JSON.stringify(none));
    await options.close();
  });

  test('at 320 CSS px (400 % zoom) the story view and options page never scroll sideways, the timelines stay legible, axe stays clean', async () => {
    for (const [path, ready] of [
      ['story.html', '.cl-timeline'],
      ['options.html', '.cl-options'],
    ]) {
      const page = await suite.browser.context.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${base}/${path}`);
      await page.waitForSelector(ready);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      assert.equal(sideways, false, `${path}: the page scrolls sideways at 320 px`);
      if (path === 'story.html') {
        // The timelines scroll in their box rather than shrink their words to a few pixels.
        const smallest = await page.evaluate(() =>
          Math.min(
            ...Array.from(document.querySelectorAll('.cl-timeline__point text'), (el) =>
              Math.round(el.getBoundingClientRect().height),
            ),
          ),
        );
        assert.ok(smallest >= 10, `timeline labels ${smallest} px high at 320 px`);
        // Each table's caption is read whole in its box, not cut at its edge.
        const cut = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.cl-story__scroll > table > caption'), (c) => ({
            caption: c.textContent,
            over:
              c.getBoundingClientRect().right -
              c.parentElement.parentElement.getBoundingClientRect().right,
          })).filter((c) => c.over > 1),
        );
        assert.deepEqual(cut, [], 'captions cut at 320 px');
      }
      assert.deepEqual(await axeViolations(page), [], `${path} at 320 px`);
      await page.close();
    }
  });

  test('story view: a scroll box is a Tab stop only while it scrolls (not at 1440 px; at 320 px, also after a resize)', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/story.html`);
    await page.waitForSelector('.cl-timeline');
    const boxes = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.cl-story__scroll'), (box) => ({
          name: box.getAttribute('aria-labelledby'),
          scrolls: box.scrollWidth > box.clientWidth,
          tabStop: box.tabIndex === 0,
        })),
      );
    const wide = await boxes();
    assert.ok(wide.length >= 4);
    assert.deepEqual(
      wide.filter((b) => b.tabStop),
      [],
      'nothing scrolls at 1440 px, so no box is a Tab stop',
    );
    // From the search field, Tab goes straight on to the sources' links.
    await page.focus('.cl-search__input');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'A');

    await page.setViewportSize({ width: 320, height: 640 });
    await waitFor(async () => (await boxes()).every((b) => b.tabStop === b.scrolls));
    const narrow = await boxes();
    assert.ok(
      narrow.every((b) => b.scrolls && b.tabStop),
      `every box scrolls and is a Tab stop at 320 px: ${JSON.stringify(narrow)}`,
    );
    await page.close();
  });

  for (const scheme of ['light', 'dark'])
    test(`story view (${scheme}): a line crossing a label stops at its letters (a halo in the colour behind it)`, async () => {
      const page = await suite.browser.context.newPage();
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${base}/story.html`);
      await page.waitForSelector('.cl-plans');
      const crossings = await page.evaluate(() => {
        const out = [];
        // Every vertical line of a picture (milestones, year ticks) against every label it crosses.
        for (const svg of document.querySelectorAll('svg.cl-timeline, svg.cl-plans')) {
          const lines = Array.from(svg.querySelectorAll('line'), (l) => l.getBoundingClientRect())
            .filter((r) => r.width < 3 && r.height > 20)
            .map((r) => r.left + r.width / 2);
          const labels = svg.querySelectorAll(
            svg.classList.contains('cl-plans') ? ':scope > g > text' : '.cl-timeline__point text',
          );
          for (const text of labels) {
            const box = text.getBoundingClientRect();
            if (!lines.some((x) => x > box.left && x < box.right)) continue;
            const style = getComputedStyle(text);
            // The colour behind the label: its band's fill on a timeline, the page on the plans.
            const band = text.closest('svg').classList.contains('cl-plans')
              ? getComputedStyle(document.querySelector('.cl-page')).backgroundColor
              : getComputedStyle(document.querySelector('.cl-timeline__row rect')).fill;
            out.push({
              label: text.textContent,
              paintOrder: style.paintOrder,
              stroke: style.stroke,
              behind: band,
              width: Number.parseFloat(style.strokeWidth),
            });
          }
        }
        return out;
      });
      // The story's pictures do have lines through labels: the test looks at something.
      assert.ok(crossings.length >= 5, JSON.stringify(crossings));
      for (const c of crossings) {
        assert.match(c.paintOrder, /^stroke/, c.label);
        assert.equal(c.stroke, c.behind, c.label);
        assert.ok(c.width >= 3, c.label);
      }
      await page.close();
    });

  test('story view tables: a date never breaks over two lines; in the plans table each event is set in under its plan', async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${base}/story.html`);
    await page.waitForSelector('.cl-plans');
    const { dates, plans, events } = await page.evaluate(() => {
      const lines = (el) => {
        const height = Number.parseFloat(getComputedStyle(el.parentElement).lineHeight);
        return Math.round(el.getBoundingClientRect().height / height);
      };
      const table = document.querySelector('.cl-plans')?.closest('section')?.querySelector('table');
      const textLeft = (cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return range.getClientRects()[0]?.left ?? Number.NaN;
      };
      return {
        dates: Array.from(document.querySelectorAll('.cl-story__table time'), (t) => ({
          text: t.textContent,
          lines: lines(t),
        })),
        plans: Array.from(table.querySelectorAll('tbody th[scope="row"]'), textLeft),
        events: Array.from(table.querySelectorAll('tbody tr > td:first-child'), textLeft),
      };
    });
    assert.ok(dates.length > 20);
    assert.deepEqual(
      dates.filter((d) => d.lines > 1),
      [],
      'dates wrapped over two lines',
    );
    assert.ok(plans.length > 3 && events.length > 3);
    assert.ok(
      Math.min(...events) >= Math.max(...plans) + 12,
      `events set in: ${JSON.stringify({ plans, events })}`,
    );
    await page.close();
  });

  test('hiding a verdict and changing the style on the options page reach an open article', async () => {
    const article = await open(`${suite.server.origin}${ARTICLE}`);
    await waitForHighlights(article, 1);
    const before = await article.evaluate(readHighlights);
    const verdicts = before.map((h) => h.name.slice('claimlight-'.length));
    const hidden = verdicts[0];
    const left = verdicts.filter((v) => v !== hidden).length;
    assert.ok(left < before.length, JSON.stringify(verdicts));
    // The default style is the plain rules: no attribute, so no page-wide restyle.
    assert.equal(
      await article.evaluate(() => document.documentElement.dataset.claimlightStyle),
      undefined,
    );

    const options = await open(`${base}/options.html`);
    await options.locator(`input[name="verdict"][value="${hidden}"]`).uncheck();
    await options.locator('input[name="style"][value="background"]').check();
    await options.waitForSelector('.cl-options__status:text("Saved.")');

    await waitFor(async () => (await article.evaluate(readHighlights)).length === left, 10_000);
    const after = await article.evaluate(readHighlights);
    assert.ok(after.every((h) => h.name !== `claimlight-${hidden}`));
    assert.equal(
      await article.evaluate(() => document.documentElement.dataset.claimlightStyle),
      'background',
    );

    await options.locator(`input[name="verdict"][value="${hidden}"]`).check();
    await waitFor(
      async () => (await article.evaluate(readHighlights)).length === before.length,
      10_000,
    );
    await options.close();
    await article.close();
  });

  test('the highlight styles: soft background drops the underline; hover shows only the paragraph under the pointer', async () => {
    const article = await open(`${suite.server.origin}${ARTICLE}`);
    await waitForHighlights(article, 1);
    // The computed ::highlight() style of the first highlight's paragraph, and where it is.
    const probe = () =>
      article.evaluate(() => {
        for (const [name, highlight] of CSS.highlights)
          for (const range of highlight) {
            const el = range.startContainer.parentElement;
            el.scrollIntoView({ block: 'center', behavior: 'instant' });
            const style = getComputedStyle(el, `::highlight(${name})`);
            const rect = range.getClientRects()[0];
            return {
              background: style.backgroundColor,
              underline: style.textDecorationLine,
              x: rect.left + 10,
              y: rect.top + rect.height / 2,
            };
          }
        return null;
      });
    const setStyle = async (style) => {
      await suite.browser.worker.evaluate(
        (style) => chrome.storage.sync.set({ settings: { style } }),
        style,
      );
      await article.waitForFunction(
        (style) => document.documentElement.dataset.claimlightStyle === style,
        style,
      );
    };
    const underline = await probe();
    assert.equal(underline.underline, 'underline');
    assert.notEqual(underline.background, 'rgba(0, 0, 0, 0)');

    await setStyle('background');
    const background = await probe();
    assert.equal(background.underline, 'none');
    assert.notEqual(background.background, 'rgba(0, 0, 0, 0)');

    await setStyle('hover');
    await article.mouse.move(1, 1);
    const away = await probe();
    assert.deepEqual([away.background, away.underline], ['rgba(0, 0, 0, 0)', 'none']);
    await article.mouse.move(away.x, away.y);
    const over = await probe();
    assert.equal(over.background, underline.background);
    await article.close();
  });

  test('story.html#claim=<id> scrolls to that claim, marks it and moves focus there', async () => {
    const page = await open(`${base}/story.html#claim=full-exit-2026`);
    await page.waitForSelector('.cl-story__claim--focus');
    const target = await page.evaluate(() => {
      const el = document.querySelector('.cl-story__claim--focus');
      const rect = el.getBoundingClientRect();
      return {
        id: el.id,
        focused: document.activeElement === el,
        inView: rect.top >= 0 && rect.top < innerHeight,
        scrolled: scrollY > 0,
      };
    });
    assert.deepEqual(target, {
      id: 'claim-full-exit-2026',
      focused: true,
      inView: true,
      scrolled: true,
    });
    // Every disputed question has its picture, named and described, with its table.
    const figures = await page.evaluate(() =>
      Array.from(document.querySelectorAll('svg.cl-timeline'), (svg) => ({
        title: svg.querySelector('title')?.textContent,
        desc: !!svg.querySelector('desc')?.textContent,
        rows: svg.closest('article')?.querySelectorAll('tbody tr').length,
      })),
    );
    assert.ok(figures.length >= 2, JSON.stringify(figures));
    for (const f of figures) assert.ok(f.title?.startsWith('Timeline: ') && f.desc && f.rows > 1);
    const milestones = await page
      .locator('#question-completion-date .cl-timeline__milestone text')
      .allTextContents();
    assert.equal(milestones.length, 4);
    await page.close();
  });

  test('pausing the 127.0.0.1 default site stops Claimlight there until it is turned back on', async () => {
    const options = await open(`${base}/options.html`);
    await options.locator('input[name="site"][value="http://127.0.0.1/*"]').uncheck();
    await options.waitForSelector('.cl-options__status:text("Saved.")');

    const paused = await open(`${suite.server.origin}${ARTICLE}`);
    await paused.waitForLoadState('load');
    // The content script stops after its first look, before reading the article: give it the
    // time a scan takes here.
    await paused.waitForTimeout(1500);
    assert.equal(
      await paused.evaluate(() => document.documentElement.dataset.claimlight),
      undefined,
    );
    assert.deepEqual(await paused.evaluate(readHighlights), []);

    await options.locator('input[name="site"][value="http://127.0.0.1/*"]').check();
    await waitFor(async () =>
      suite.browser.worker.evaluate(
        async () => (await chrome.storage.sync.get('settings')).settings?.pausedSites?.length === 0,
      ),
    );
    await paused.reload();
    assert.ok((await waitForHighlights(paused, 1)) > 0);
    await options.close();
    await paused.close();
  });
});
