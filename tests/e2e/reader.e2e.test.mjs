/**
 * The reader's experience with the built Chrome extension in Debian's Chromium: the open card
 * passes axe (inside its shadow root, label-in-name on) in light and dark; a keyboard-only walk
 * (command → card with focus inside → Tab stays inside → Escape gives focus back to the sentence);
 * the card stays on screen at 1280×900, 360 px and 400 % zoom and follows its sentence; double-
 * and triple-click select text without a card; the show/hide command and the hover cue.
 *
 * Commands: a headless Chromium does not route a key press sent to the page (CDP Input events)
 * through the browser's extension-shortcut handling, so pressing Alt+Shift+J here never reaches
 * `chrome.commands.onCommand` (checked below, not assumed). The tests send the message the
 * background's onCommand handler sends (background/forward-command.ts), from the service worker,
 * to the tab; everything after that is the real path.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import {
  CHROME_EXT,
  CHROMIUM,
  chromiumSuite,
  missing,
  newestTabId,
  pointOnHighlight,
  readHighlights,
  waitFor,
  waitForHighlights,
} from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGE = '/pages/withdrawal-timetable.html';
const END_2026 = 'last of the coalition';

/** Runs in the page: the open card's box, the viewport, and whether the page scrolls sideways. */
function cardGeometry() {
  const card = document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  const vv = window.visualViewport;
  return {
    left: r.left,
    top: r.top,
    right: r.right,
    bottom: r.bottom,
    width: vv?.width ?? window.innerWidth,
    height: vv?.height ?? window.innerHeight,
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
}

/** Runs in the page: where keyboard focus is, through our shadow root. */
function focusInfo() {
  const host = document.querySelector('claimlight-card');
  const inner = host?.shadowRoot?.activeElement;
  const active = document.activeElement;
  return {
    inCard: !!host && active === host && !!inner,
    inner: inner ? inner.className || inner.tagName : null,
    outer: active === document.body ? 'BODY' : (active?.textContent?.trim().slice(0, 40) ?? null),
  };
}

/** Runs in the page: the live region's words. */
function liveText() {
  const host = document.querySelector('claimlight-status');
  return host?.shadowRoot?.querySelector('[aria-live]')?.textContent ?? null;
}

const cardOpen = () =>
  !!document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card');

function assertOnScreen(g, label) {
  assert.ok(g, `${label}: card open`);
  assert.ok(g.left >= 0 && g.top >= 0, `${label}: top-left on screen ${JSON.stringify(g)}`);
  assert.ok(
    g.right <= g.width + 0.5 && g.bottom <= g.height + 0.5,
    `${label}: bottom-right on screen ${JSON.stringify(g)}`,
  );
  assert.equal(g.sideways, false, `${label}: no horizontal scrollbar`);
}

describe('Chromium: the reader', { skip }, () => {
  const suite = chromiumSuite();

  /** Opens a fixture page and returns it with its tab id (the newest tab: no "tabs" permission). */
  const open = async (path = PAGE) => {
    const page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.origin}${path}`);
    const count = await waitForHighlights(page, 1);
    const tabId = await newestTabId(suite.browser.worker);
    await page.bringToFront();
    return { page, count, tabId };
  };

  /** What background/forward-command.ts sends when the reader presses a shortcut. */
  const command = (tabId, name) =>
    suite.browser.worker.evaluate(
      ({ tabId, name }) =>
        chrome.tabs.sendMessage(
          tabId,
          { type: 'claimlight:command', command: name },
          { frameId: 0 },
        ),
      { tabId, name },
    );

  const clickHighlight = async (page, needle) => {
    const point = await page.evaluate(pointOnHighlight, needle);
    assert.ok(point, `a highlight containing ${needle}`);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(cardOpen);
  };

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation in the open card (${colorScheme}), label-in-name on`, async () => {
      const { page } = await open();
      await page.emulateMedia({ colorScheme });
      await page.addScriptTag({ path: AXE });
      await clickHighlight(page, END_2026);
      /** Runs axe on the card inside its shadow root; `only` limits it to some rules. */
      const audit = (only) =>
        page.evaluate(async (only) => {
          const r = await window.axe.run(
            { fromShadowDom: ['claimlight-card', '.cl-card'] },
            only
              ? { runOnly: { type: 'rule', values: only } }
              : { rules: { 'label-content-name-mismatch': { enabled: true } } },
          );
          return {
            violations: r.violations.map((v) => ({
              id: v.id,
              nodes: v.nodes.map((n) => n.failureSummary),
            })),
            passes: r.passes.map((p) => p.id),
            inapplicable: r.inapplicable.map((p) => p.id),
            // Undecided checks, with axe's reason ("shortTextContent" for the aria-hidden ×).
            incomplete: r.incomplete.flatMap((p) =>
              p.nodes.map((n) => `${p.id}: ${n.any?.[0]?.data?.messageKey ?? n.any?.[0]?.message}`),
            ),
          };
        }, only);
      const result = await audit();
      assert.deepEqual(result.violations, []);
      // The card says which language its words are in (the messages' own), and their direction.
      assert.deepEqual(
        await page.evaluate(() => {
          const card = document
            .querySelector('claimlight-card')
            .shadowRoot.querySelector('[role="dialog"]');
          return [
            card.getAttribute('lang'),
            card.getAttribute('dir'),
            card.getAttribute('aria-modal'),
          ];
        }),
        ['en', 'ltr', 'true'],
      );
      // The rules that matter here ran on the card. Label-in-name applies only to elements named
      // by aria-label: the links take their name from their words, the × from its hidden word,
      // so it is inapplicable, and nothing is left undecided.
      for (const rule of ['aria-dialog-name', 'link-name', 'button-name'])
        assert.ok(result.passes.includes(rule), `${rule} ran: ${result.passes.join(', ')}`);
      assert.ok(
        [...result.passes, ...result.inapplicable].includes('label-content-name-mismatch'),
        'label-in-name was on',
      );
      assert.deepEqual(
        result.incomplete.filter((i) => !i.startsWith('color-contrast:')),
        [],
      );
      // axe cannot find the background of text whose host sits under <html> outside <body>
      // (where the card lives, so a page's transformed body cannot move it): contrast is checked
      // once more with the host moved into <body>. The card paints its own background, so its
      // colours are the same there, and there axe decides every node.
      await page.evaluate(() => document.body.append(document.querySelector('claimlight-card')));
      const contrast = await audit(['color-contrast']);
      assert.deepEqual(contrast.violations, []);
      assert.ok(contrast.passes.includes('color-contrast'), JSON.stringify(contrast));
      assert.deepEqual(contrast.incomplete, []);
      await page.close();
    });
  }

  test('a pressed shortcut does not reach the extension in headless Chromium (why the tests message)', async () => {
    const { page } = await open();
    await page.locator('body').press('Alt+Shift+J');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // If this ever opens a card, the tests below can press the real keys instead.
    assert.equal(await page.evaluate(cardOpen), false);
    await page.close();
  });

  test('keyboard only: next statement opens its card with focus inside, Tab stays inside, Escape gives focus back at the sentence', async () => {
    const { page, count, tabId } = await open();
    await command(tabId, 'next-statement');
    await page.waitForFunction(cardOpen);
    await waitFor(async () => (await page.evaluate(focusInfo)).inCard);
    await waitFor(async () => /^Statement 1 of \d+: /.test((await page.evaluate(liveText)) ?? ''));
    assert.match(await page.evaluate(liveText), new RegExp(`^Statement 1 of ${count}: \\w`));
    // Every Tab and Shift+Tab keeps focus in the card, through all its controls and around.
    const controls = await page.evaluate(
      () =>
        document
          .querySelector('claimlight-card')
          .shadowRoot.querySelectorAll('.cl-card button, .cl-card a[href]').length,
    );
    assert.ok(controls >= 2, `card has controls: ${controls}`);
    const seen = new Set();
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(focusInfo);
      assert.ok(f.inCard, `Tab ${i + 1} stays in the card: ${JSON.stringify(f)}`);
      seen.add(f.inner);
    }
    assert.ok(seen.has('cl-card__close') && seen.has('cl-source__link'), [...seen].join());
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      assert.ok((await page.evaluate(focusInfo)).inCard, `Shift+Tab ${i + 1} stays in the card`);
    }
    // Previous from the first wraps to the last statement (the 2026 sentence), announced.
    await command(tabId, 'previous-statement');
    await waitFor(async () =>
      new RegExp(`^Statement ${count} of ${count}: `).test((await page.evaluate(liveText)) ?? ''),
    );
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('claimlight-card'));
    assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'scroll kept');
    // The next Tab continues after the sentence (the 2026 paragraph is followed by "Share"),
    // not from the top of the page.
    await page.keyboard.press('Tab');
    const after = await page.evaluate(focusInfo);
    assert.equal(after.outer, 'Share', JSON.stringify(after));
    await page.close();
  });

  test("the card's header: the plan tag sits just after the verdict badge, on one line, at 1000 and at 320 px; × stays top right", async () => {
    const { page } = await open('/demo/coalition-timeline.html');
    for (const width of [1000, 320]) {
      await page.setViewportSize({ width, height: 700 });
      await clickHighlight(page, 'every coalition soldier');
      const h = await page.evaluate(() => {
        const root = document.querySelector('claimlight-card').shadowRoot;
        const box = (s) => root.querySelector(s).getBoundingClientRect();
        const [badge, tag, close, card] = [
          '.cl-badge',
          '.cl-card__kind',
          '.cl-card__close',
          '.cl-card',
        ].map(box);
        const line = Number.parseFloat(
          getComputedStyle(root.querySelector('.cl-card__kind')).lineHeight,
        );
        return { badge, tag, close, card, line };
      });
      const label = `${width} px: ${JSON.stringify(h)}`;
      assert.ok(h.tag.height <= h.line + 4, `tag on one line, ${label}`);
      if (Math.abs(h.tag.top - h.badge.top) < 2)
        assert.ok(h.tag.left - h.badge.right <= 8, `tag beside the badge, ${label}`);
      else assert.ok(Math.abs(h.tag.left - h.badge.left) < 1, `tag under the badge, ${label}`);
      assert.ok(h.close.top - h.card.top < 24 && h.card.right - h.close.right < 40, label);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('claimlight-card'));
    }
    await page.close();
  });

  test('every control of a card shows the same focus ring (the "Since then" links and "See the whole story" too)', async () => {
    // A plan's card: its "Since then" list has links of its own.
    const { page } = await open('/demo/coalition-timeline.html');
    await clickHighlight(page, 'every coalition soldier');
    // The card opens at once and its sources and "Since then" arrive from the background after:
    // count its controls once they are there, or a Tab lands while the list is being drawn.
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('claimlight-card')
          ?.shadowRoot?.querySelector('.cl-card .cl-time a[href]'),
    );
    const controls = await page.evaluate(
      () =>
        document
          .querySelector('claimlight-card')
          .shadowRoot.querySelectorAll('.cl-card button, .cl-card a[href]').length,
    );
    const rings = new Map();
    for (let i = 0; i < controls; i++) {
      await page.keyboard.press('Tab');
      const [kind, ring] = await page.evaluate(() => {
        const el = document.querySelector('claimlight-card').shadowRoot.activeElement;
        const style = getComputedStyle(el);
        const kind = el.closest('.cl-time') ? 'since link' : el.className || el.tagName;
        return [kind, `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`];
      });
      rings.set(kind, ring);
    }
    assert.ok(rings.has('since link') && rings.has('cl-card__story'), [...rings.keys()].join());
    const close = rings.get('cl-card__close');
    assert.match(close, /^solid 2px /);
    for (const [kind, ring] of rings) assert.equal(ring, close, kind);
    await page.close();
  });

  test('× closes the card and gives focus back to the control the reader was on', async () => {
    const { page, tabId } = await open();
    // The reader had tabbed to the "reporters" link, then pressed the next-statement shortcut.
    await page.locator('a[href="/tag/reporters"]').focus();
    await command(tabId, 'next-statement');
    await page.waitForFunction(cardOpen);
    await waitFor(async () => (await page.evaluate(focusInfo)).inCard);
    const close = await page.evaluateHandle(() =>
      document.querySelector('claimlight-card').shadowRoot.querySelector('.cl-card__close'),
    );
    await close.asElement().click();
    await page.waitForFunction(() => !document.querySelector('claimlight-card'));
    assert.equal((await page.evaluate(focusInfo)).outer, 'reporters');
    await page.close();
  });

  test('"See the whole story" opens the story view at the card\'s claim, in a new tab', async () => {
    const { page } = await open();
    await clickHighlight(page, END_2026);
    const opened = suite.browser.context.waitForEvent('page', { timeout: 15_000 });
    const button = await page.evaluateHandle(() =>
      document.querySelector('claimlight-card').shadowRoot.querySelector('.cl-card__story'),
    );
    await button.asElement().click();
    const story = await opened;
    await story.waitForLoadState();
    const url = new URL(story.url());
    assert.equal(url.protocol, 'chrome-extension:');
    assert.equal(url.pathname, '/story.html');
    assert.match(url.hash, /^#claim=[a-z0-9-]+$/);
    await story.close();
    await page.close();
  });

  test('show / hide highlights is a command, announced', async () => {
    const { page, count, tabId } = await open();
    await command(tabId, 'toggle-highlights');
    await waitFor(async () => (await page.evaluate(liveText)) === 'Highlights hidden');
    assert.deepEqual(await page.evaluate(readHighlights), []);
    // Hidden highlights open no card on click where they were.
    await page.mouse.click(5, 5);
    await command(tabId, 'toggle-highlights');
    await waitFor(
      async () => (await page.evaluate(liveText)) === `Highlights shown: ${count} statements`,
    );
    assert.equal((await page.evaluate(readHighlights)).length, count);
    await page.close();
  });

  test('with a verdict hidden in the settings, show / hide paints it not, and the walk skips it', async () => {
    const { page, tabId } = await open();
    const before = await page.evaluate(readHighlights);
    const hidden = before[0].name;
    const left = before.filter((h) => h.name !== hidden);
    assert.ok(left.length > 0, JSON.stringify(before));
    const shown = ['corroborated', 'disputed', 'contradicted', 'single-source'].filter(
      (v) => `claimlight-${v}` !== hidden,
    );
    try {
      // What the options page saves when the reader unticks the verdict.
      await suite.browser.worker.evaluate(
        (verdicts) => chrome.storage.sync.set({ settings: { verdicts } }),
        shown,
      );
      await waitFor(async () => (await page.evaluate(readHighlights)).length === left.length);
      await command(tabId, 'toggle-highlights');
      await waitFor(async () => (await page.evaluate(liveText)) === 'Highlights hidden');
      assert.deepEqual(await page.evaluate(readHighlights), []);
      await command(tabId, 'toggle-highlights');
      await waitFor(
        async () =>
          (await page.evaluate(liveText)) === `Highlights shown: ${left.length} statements`,
      );
      // Exactly what the scan painted under these settings: the hidden verdict stays unpainted.
      assert.deepEqual(await page.evaluate(readHighlights), left);
      // The walk counts and opens the shown statements only, and wraps after the last of them.
      for (let i = 1; i <= left.length + 1; i++) {
        const n = ((i - 1) % left.length) + 1;
        await command(tabId, 'next-statement');
        await waitFor(async () =>
          new RegExp(`^Statement ${n} of ${left.length}: `).test(
            (await page.evaluate(liveText)) ?? '',
          ),
        );
      }
    } finally {
      await suite.browser.worker.evaluate(() => chrome.storage.sync.clear());
      await page.close();
    }
  });

  test('placement: opened from the popup at 1280×900 the card is fully on screen', async () => {
    const { page, count, tabId } = await open();
    await page.setViewportSize({ width: 1280, height: 900 });
    for (let index = 0; index < count; index++) {
      await suite.browser.worker.evaluate(
        ({ tabId, index }) =>
          chrome.tabs.sendMessage(tabId, { type: 'claimlight:open', index }, { frameId: 0 }),
        { tabId, index },
      );
      await page.waitForFunction(cardOpen);
      await new Promise((resolve) => setTimeout(resolve, 100));
      assertOnScreen(await page.evaluate(cardGeometry), `statement ${index + 1}`);
    }
    await page.close();
  });

  test('placement: at 360 px the card fits, with no horizontal scrollbar, and follows its sentence', async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 360, height: 640 });
    // The sentence near the top, so the card sits below it with room to spare.
    await page.evaluate(
      ({ needle }) => {
        for (const [name, h] of CSS.highlights)
          for (const r of h)
            if (name.startsWith('claimlight-') && r.toString().includes(needle))
              window.scrollBy(0, r.getClientRects()[0].top - 120);
      },
      { needle: END_2026 },
    );
    await clickHighlight(page, END_2026);
    const g = await page.evaluate(cardGeometry);
    assertOnScreen(g, '360 px');
    // The reader scrolls inside the card; following the sentence must not lose that place.
    const cardScroll = (top) =>
      page.evaluate((top) => {
        const card = document.querySelector('claimlight-card').shadowRoot.querySelector('.cl-card');
        if (top !== undefined) card.scrollTop = top;
        return card.scrollTop;
      }, top);
    assert.equal(await cardScroll(60), 60, 'the card scrolls inside at 360 px');
    assert.ok(g.right - g.left <= 360 - 16 + 0.5, `narrowed to the screen: ${g.right - g.left}`);
    // Scrolling the page moves the card with its sentence (while the sentence is on screen).
    const sentenceTop = () => page.evaluate(pointOnHighlight, END_2026).then((p) => p.y);
    const before = { card: g.top, sentence: await sentenceTop() };
    const step = await page.evaluate(() => {
      const by = window.scrollY >= 40 ? -40 : 40;
      window.scrollBy(0, by);
      return by;
    });
    await waitFor(async () => (await page.evaluate(cardGeometry)).top !== before.card);
    const moved = (await page.evaluate(cardGeometry)).top - before.card;
    const sentenceMoved = (await sentenceTop()) - before.sentence;
    assert.equal(Math.round(sentenceMoved), -step);
    assert.ok(Math.abs(moved - sentenceMoved) <= 1, `card ${moved}, sentence ${sentenceMoved}`);
    assertOnScreen(await page.evaluate(cardGeometry), '360 px after scrolling');
    assert.equal(await cardScroll(), 60, 'the card kept its own scroll position');
    await page.close();
  });

  test('placement: at 400 % zoom (320×225 CSS px at 4× scale) the card is fully on screen', async () => {
    const { page } = await open();
    const cdp = await suite.browser.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 320,
      height: 225,
      deviceScaleFactor: 4,
      mobile: false,
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate((needle) => {
      for (const [name, h] of CSS.highlights)
        for (const r of h)
          if (name.startsWith('claimlight-') && r.toString().includes(needle))
            r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    }, END_2026);
    await clickHighlight(page, END_2026);
    assertOnScreen(await page.evaluate(cardGeometry), '400 % zoom');
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.close();
  });

  for (const [width, height, scale] of [
    [500, 350, 2],
    [1280, 800, 1],
  ]) {
    test(`placement: at ${width}×${height} CSS px (${scale * 100} % zoom) the card does not cover its sentence; Escape scrolls back`, async () => {
      const { page } = await open();
      const cdp = await suite.browser.context.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        deviceScaleFactor: scale,
        mobile: false,
      });
      // The sentence's first line in the middle of the screen: no side has room for the whole card.
      await page.evaluate(
        ({ needle }) => {
          for (const [name, h] of CSS.highlights)
            for (const r of h)
              if (name.startsWith('claimlight-') && r.toString().includes(needle))
                window.scrollBy(0, r.getClientRects()[0].top - window.innerHeight / 2);
        },
        { needle: END_2026 },
      );
      const scrollBefore = await page.evaluate(() => window.scrollY);
      await clickHighlight(page, END_2026);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const g = await page.evaluate(cardGeometry);
      assertOnScreen(g, `${width}×${height}`);
      const lines = await page.evaluate((needle) => {
        for (const [name, h] of CSS.highlights)
          for (const r of h)
            if (name.startsWith('claimlight-') && r.toString().includes(needle))
              return Array.from(r.getClientRects(), ({ left, top, right, bottom }) => ({
                left,
                top,
                right,
                bottom,
              }));
        return [];
      }, END_2026);
      assert.ok(lines.length > 0, 'the sentence has line boxes');
      for (const line of lines) {
        const apart =
          line.right <= g.left ||
          line.left >= g.right ||
          line.bottom <= g.top ||
          line.top >= g.bottom;
        assert.ok(apart, `card ${JSON.stringify(g)} overlaps line ${JSON.stringify(line)}`);
        assert.ok(
          line.top >= 0 && line.bottom <= g.height,
          `line on screen ${JSON.stringify(line)}`,
        );
      }
      if (scale === 1)
        assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'no scroll at 1280');
      await waitFor(async () => (await page.evaluate(focusInfo)).inCard);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('claimlight-card'));
      assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'scrolled back');
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await page.close();
    });
  }

  test('placement: inside a scrolling box the card follows its sentence', async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 1000, height: 700 });
    // The page's article becomes a short scrolling box, as on sites with a fixed layout.
    await page.addStyleTag({ content: 'article { height: 300px; overflow: auto; }' });
    // The sentence at the top of the box, so the card is below it, and the box scrolled a little.
    await page.evaluate(() => {
      const box = document.querySelector('article');
      for (const [name, h] of CSS.highlights)
        for (const r of h)
          if (name.startsWith('claimlight-') && r.toString().includes('last of the coalition'))
            box.scrollTop += r.getClientRects()[0].top - box.getBoundingClientRect().top - 10;
    });
    await clickHighlight(page, END_2026);
    const sentenceTop = () => page.evaluate(pointOnHighlight, END_2026).then((p) => p.y);
    const before = { card: (await page.evaluate(cardGeometry)).top, sentence: await sentenceTop() };
    await page.evaluate(() => {
      document.querySelector('article').scrollTop -= 30;
    });
    await waitFor(async () => (await page.evaluate(cardGeometry)).top !== before.card);
    const moved = (await page.evaluate(cardGeometry)).top - before.card;
    const sentenceMoved = (await sentenceTop()) - before.sentence;
    assert.equal(Math.round(sentenceMoved), 30);
    assert.ok(Math.abs(moved - sentenceMoved) <= 1, `card ${moved}, sentence ${sentenceMoved}`);
    assertOnScreen(await page.evaluate(cardGeometry), 'scrolling box');
    await page.close();
  });

  test('double- and triple-click inside a highlight select text and open no card', async () => {
    const { page } = await open();
    const point = await page.evaluate(pointOnHighlight, END_2026);
    for (const clickCount of [2, 3]) {
      await page.mouse.click(5, 5);
      await page.mouse.click(point.x, point.y, { clickCount });
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(await page.evaluate(cardOpen), false, `${clickCount} clicks: no card`);
      const selected = await page.evaluate(() => document.getSelection().toString().trim());
      assert.ok(selected.length > 0, `${clickCount} clicks select text`);
    }
    // A single click still opens the card.
    await page.mouse.click(5, 5);
    await page.waitForTimeout(600);
    await clickHighlight(page, END_2026);
    await page.close();
  });

  test('the pointer shows a hand over a highlight, and not beside it', async () => {
    const { page } = await open();
    const point = await page.evaluate(pointOnHighlight, END_2026);
    const cursorAt = (x, y) =>
      page.evaluate(({ x, y }) => getComputedStyle(document.elementFromPoint(x, y)).cursor, {
        x,
        y,
      });
    await page.mouse.move(point.x, point.y);
    await waitFor(async () => (await cursorAt(point.x, point.y)) === 'pointer');
    await page.mouse.move(5, 5);
    await waitFor(async () => (await cursorAt(5, 5)) !== 'pointer');
    await page.close();
  });
});
