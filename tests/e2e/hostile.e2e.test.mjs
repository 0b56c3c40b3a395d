/**
 * The hostile-page corpus (tests/pages/) in Debian's Chromium with the built extension. For every
 * page: no error from the extension (console, exceptions, browser log), the page's own behaviour
 * intact (its script sets window.__pageOk, and __pageCheck() re-checks it at the end), the right
 * sentences highlighted, and no network request made by the extension while a card is open.
 *
 * Page state is read over CDP (Runtime.evaluate in the page's main world) rather than with
 * page.evaluate(): one corpus page replaces Array.prototype.map and friends, which Playwright's
 * own injected helpers would trip over. Results print as a table at the end.
 */
// Lets Playwright report the service worker's requests too (the background must make none).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CHROME_EXT, CHROMIUM, chromiumSuite, missing, newestTabId } from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;

// The corpus's claim sentences (paraphrases of the demo pages) and what the engine makes of them.
const END_2025 =
  'An adviser to the Iraqi prime minister said every coalition soldier would leave Iraq by the end of 2025.';
const VOTE_2020 = "Iraq's parliament voted in January 2020 to expel foreign troops.";
const FORMED_2014 = 'The coalition was formed in 2014 to fight the Islamic State group.';
const NEVER_DISCUSSED =
  'A State Department spokesperson said Washington had never discussed pulling US forces out of Iraq.';
const END_2026 =
  'The last coalition troops will pull out of Iraq by the end of 2026, according to a draft agreement.';

/** In the page: every claimlight range as { name, text, live }; `CSS` may have been replaced. */
const READ_HIGHLIGHTS = `(() => {
  const registry = (window.__originalCSS || CSS).highlights;
  const out = [];
  for (const [name, highlight] of registry) {
    if (!name.startsWith('claimlight-')) continue;
    for (const range of highlight)
      out.push({
        name,
        text: range.toString().replace(/\\s+/g, ' ').trim(),
        live: !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected,
      });
  }
  return out;
})()`;

/** In the page: a point on the first line of the highlight containing `needle`. */
const pointOn = (needle) => `(() => {
  const registry = (window.__originalCSS || CSS).highlights;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('claimlight-')) continue;
    for (const range of highlight) {
      if (!range.toString().replace(/\\s+/g, ' ').includes(${JSON.stringify(needle)})) continue;
      const rect = range.getClientRects()[0];
      if (!rect) return null;
      return { x: rect.left + Math.min(30, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  return null;
})()`;

/** In the page: the open card's box and how its statement is drawn, or null. */
const READ_CARD = `(() => {
  const host = document.querySelector('claimlight-card');
  const card = host && host.shadowRoot && host.shadowRoot.querySelector('.cl-card');
  if (!card) return null;
  const box = card.getBoundingClientRect();
  const statement = card.querySelector('.cl-card__statement');
  const style = getComputedStyle(statement || card);
  return {
    left: box.left, top: box.top, right: box.right, bottom: box.bottom,
    width: innerWidth, height: innerHeight,
    color: style.color, fontSize: parseFloat(style.fontSize), opacity: style.opacity,
    statement: statement && statement.textContent.trim(),
  };
})()`;

const PAGE_STATE = `({
  hook: document.documentElement.getAttribute('data-claimlight'),
  ok: window.__pageOk,
  check: typeof window.__pageCheck === 'function' ? window.__pageCheck() : true,
  error: window.__pageError,
})`;

describe('hostile pages in Chromium', { skip }, () => {
  const suite = chromiumSuite();
  /** Every request the browser context saw since the current page opened. */
  let requests = [];
  const table = [];

  before(async () => {
    suite.browser.context.on('request', (request) => {
      let frameUrl = '';
      try {
        frameUrl = request.frame().url();
      } catch {
        // A service worker's request has no frame.
      }
      requests.push({
        url: request.url(),
        fromWorker: !!request.serviceWorker(),
        frameUrl,
      });
    });
  });
  after(async () => {
    const rows = table.map(
      (r) =>
        `| ${r.page} | ${r.errors} | ${r.intact ? 'yes' : 'NO'} | ${r.highlights} | ${r.requests} |`,
    );
    console.log(
      [
        '| page | extension errors | page intact | highlights | extension requests |',
        '|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  });

  /**
   * Opens `path` with CDP listeners for errors and request initiators. `errors` collects what
   * the extension reported or threw; `pageErrors` everything the page threw.
   */
  const open = async (path) => {
    requests = [];
    const page = await suite.browser.context.newPage();
    const cdp = await suite.browser.context.newCDPSession(page);
    const seen = { errors: [], pageErrors: [], initiatedByExtension: [], isolated: new Map() };
    const fromExtension = (frames = []) =>
      frames.some((f) => f.url?.startsWith('chrome-extension://'));
    cdp.on('Runtime.consoleAPICalled', (e) => {
      const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
      const ours = text.includes('[claimlight]') || fromExtension(e.stackTrace?.callFrames);
      if (ours && ['error', 'warning', 'assert'].includes(e.type)) seen.errors.push(text);
      else if (e.type === 'error') seen.pageErrors.push(text);
    });
    cdp.on('Runtime.exceptionThrown', (e) => {
      const d = e.exceptionDetails;
      const text = `${d.text} ${d.exception?.description ?? ''}`;
      if (d.url?.startsWith('chrome-extension://') || fromExtension(d.stackTrace?.callFrames))
        seen.errors.push(text);
      else seen.pageErrors.push(text);
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level === 'error' && `${entry.url ?? ''}${entry.text}`.includes('chrome-extension'))
        seen.errors.push(entry.text);
    });
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url.startsWith('chrome-extension://')) return;
      const stack = [];
      for (let s = e.initiator?.stack; s; s = s.parent) stack.push(...s.callFrames);
      if (fromExtension(stack) || e.initiator?.url?.startsWith('chrome-extension://'))
        seen.initiatedByExtension.push(e.request.url);
    });
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated' && context.name === 'Claimlight')
        seen.isolated.set(context.auxData.frameId, context.id);
    });
    await Promise.all([
      cdp.send('Runtime.enable'),
      cdp.send('Log.enable'),
      cdp.send('Network.enable'),
    ]);
    const evaluate = async (expression) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description);
      return result.value;
    };
    const until = async (expression, timeoutMs = 10_000) => {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate(expression);
        if (value) return value;
        if (Date.now() > end) throw new Error(`not true within ${timeoutMs} ms: ${expression}`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    };
    await page.goto(`${suite.server.origin}${path}`);
    return { page, cdp, seen, evaluate, until };
  };

  /** Requests the extension made: from its service worker, its pages, its scripts, or off-site. */
  const extensionRequests = (seen) => {
    const local = [suite.server.origin, suite.server.origin.replace('127.0.0.1', 'localhost')];
    const offSite = requests.filter(
      (r) => !r.url.startsWith('chrome-extension://') && !local.some((o) => r.url.startsWith(o)),
    );
    return [
      ...requests.filter((r) => r.fromWorker || r.frameUrl.startsWith('chrome-extension://')),
      ...offSite,
      ...seen.initiatedByExtension.map((url) => ({ url })),
    ].map((r) => r.url);
  };

  /** Clicks the highlight containing `needle` and waits for its card; returns what it shows. */
  const openCard = async (view, needle) => {
    const point = await view.evaluate(pointOn(needle));
    assert.ok(point, `a highlight contains ${needle}`);
    await view.page.mouse.click(point.x, point.y);
    return view.until(READ_CARD);
  };

  /**
   * The checks every page gets: no extension error, page intact, no extension request (after a
   * card was open for a moment), and a row in the table.
   */
  const finish = async (name, view, highlights, pageOwnCheck = PAGE_STATE) => {
    await view.page.waitForTimeout(300);
    const state = await view.evaluate(pageOwnCheck);
    const sent = extensionRequests(view.seen);
    table.push({
      page: name,
      errors: view.seen.errors.length,
      intact: state.ok === true && state.check === true && view.seen.pageErrors.length === 0,
      highlights,
      requests: sent.length,
    });
    assert.deepEqual(view.seen.errors, [], 'no error from the extension');
    assert.deepEqual(view.seen.pageErrors, [], 'no error in the page');
    assert.equal(state.ok, true, `the page's own script worked (${state.error ?? ''})`);
    assert.equal(state.check, true, "the page's own end check passed");
    assert.deepEqual(sent, [], 'no request made by the extension');
    await view.page.close();
  };

  const texts = (list) => list.map((h) => h.text).sort();

  /** A page whose highlights are exactly `expected` (sentences), with a card opened on one. */
  const simple = (name, path, expected, { cardOn, act, cardStyled } = {}) =>
    test(`${name}: highlights exactly its claims, and nothing breaks`, async () => {
      const view = await open(path);
      await view.until(`document.documentElement.getAttribute('data-claimlight') !== null`);
      if (act) await act(view);
      await view.until(
        `${READ_HIGHLIGHTS}.length === ${expected.length} && ${READ_HIGHLIGHTS}.every((h) => h.live)`,
      );
      const found = await view.evaluate(READ_HIGHLIGHTS);
      assert.deepEqual(texts(found), expected.slice().sort());
      if (cardOn) {
        const card = await openCard(view, cardOn);
        assert.ok(card.statement, 'the card shows a statement');
        if (cardStyled) {
          // Our styles reached the shadow root: the card is a bounded box on screen, not raw text.
          assert.ok(card.bottom <= card.height && card.right <= card.width, JSON.stringify(card));
          assert.ok(card.bottom - card.top <= 560, `card height ${card.bottom - card.top}`);
        }
      }
      await finish(name, view, `${found.length}/${expected.length}`);
    });

  simple('plain article', '/corpus/article.html', [END_2025, VOTE_2020], { cardOn: VOTE_2020 });

  // Not about the story when the content script looks first; the page then shows an article
  // that is: the watcher looks again, loads the reader and highlights it.
  simple(
    'a single-page app that turns to the story later',
    '/corpus/late-story.html',
    [END_2025, VOTE_2020],
    { cardOn: VOTE_2020 },
  );

  // The card's code is imported from the extension on the first click (content/load-module.ts):
  // a page's own Content-Security-Policy must not stop it, nor our styles, nor report a violation.
  simple('strict Content-Security-Policy', '/corpus/csp-strict.html', [END_2025, VOTE_2020], {
    cardOn: END_2025,
    cardStyled: true,
  });

  test('open shadow roots (nested web components): highlighted and styled, page styles kept', async () => {
    const view = await open('/corpus/shadow-root.html');
    await view.until(`${READ_HIGHLIGHTS}.length === 2`);
    const found = await view.evaluate(READ_HIGHLIGHTS);
    assert.deepEqual(texts(found), [END_2025, VOTE_2020.replace("'", '\u2019')].sort());
    // Our ::highlight rules reach both shadow roots, alongside the component's own sheet.
    const sheets = await view.evaluate(`(() => {
      const outer = document.querySelector('news-story').shadowRoot;
      const inner = outer.querySelector('inner-quote').shadowRoot;
      const ours = (root) => root.adoptedStyleSheets.some((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('::highlight(claimlight-')));
      return { outer: ours(outer), inner: ours(inner), outerCount: outer.adoptedStyleSheets.length };
    })()`);
    assert.deepEqual(sheets, { outer: true, inner: true, outerCount: 2 });
    const card = await openCard(view, 'end of 2025');
    assert.ok(card.statement);
    await finish('open shadow roots', view, `${found.length}/2`);
  });

  simple(
    'a page that is one web component (no light-DOM text)',
    '/corpus/shadow-app.html',
    [NEVER_DISCUSSED],
    { cardOn: 'never discussed' },
  );

  // The article in a shadow root, beside more than 280 characters of the site's own light-DOM
  // prose (one of its sentences a claim): the article is found by scoring the shadow root too,
  // and the site's box is left out.
  simple(
    'an article in a shadow root beside light-DOM furniture prose',
    '/corpus/shadow-beside-furniture.html',
    [END_2025, NEVER_DISCUSSED],
    { cardOn: 'never discussed' },
  );

  // The same beside more than 2,000 characters of light-DOM prose in boxes no furniture word
  // names (a claim sentence among them): the content decides, and the article is the shadow
  // root's.
  simple(
    'an article in a shadow root beside more than 2,000 characters of light-DOM prose',
    '/corpus/shadow-beside-long-furniture.html',
    [END_2025, NEVER_DISCUSSED],
    { cardOn: 'never discussed' },
  );

  test('same-origin iframes (src and srcdoc): each frame highlights its own article', async () => {
    const view = await open('/corpus/iframe-same-origin.html');
    await view.until('window.__pageOk === true');
    const frameTexts = async (selector) => {
      const frame = await (await view.page.$(selector)).contentFrame();
      await frame.waitForFunction(
        () => document.documentElement.getAttribute('data-claimlight') !== null,
      );
      return frame.evaluate(() => {
        const out = [];
        for (const [name, h] of CSS.highlights)
          if (name.startsWith('claimlight-'))
            for (const r of h) out.push(r.toString().replace(/\s+/g, ' ').trim());
        return out.sort();
      });
    };
    const framed = await frameTexts('#framed');
    const inline = await frameTexts('#inline');
    assert.deepEqual(framed, [END_2025, END_2026].sort());
    assert.deepEqual(inline, [VOTE_2020]);
    // The top page has no claim of its own; a click in the frame opens the card there.
    assert.deepEqual(await view.evaluate(READ_HIGHLIGHTS), []);
    const frame = await (await view.page.$('#framed')).contentFrame();
    const point = await frame.evaluate((needle) => {
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('claimlight-'))
          for (const r of h)
            if (r.toString().includes(needle)) {
              const rect = r.getClientRects()[0];
              return { x: rect.left + 20, y: rect.top + rect.height / 2 };
            }
      return null;
    }, 'end of 2026');
    await frame.locator('html').click({ position: point });
    await frame.waitForFunction(() =>
      document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
    );
    // The badge adds the frames' counts up.
    const tabId = await newestTabId(suite.browser.worker);
    const badge = () =>
      suite.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const deadline = Date.now() + 10_000;
    while ((await badge()) !== '3' && Date.now() < deadline)
      await new Promise((ok) => setTimeout(ok, 100));
    assert.equal(await badge(), '3');
    await finish('same-origin iframes', view, `${framed.length + inline.length}/3 (badge 3)`);
  });

  test('a cross-origin iframe is left alone; the page around it is highlighted', async () => {
    const view = await open('/corpus/iframe-cross-origin.html');
    await view.until(`${READ_HIGHLIGHTS}.length === 1`);
    assert.deepEqual(texts(await view.evaluate(READ_HIGHLIGHTS)), [FORMED_2014]);
    await view.until('window.__pageOk === true');
    const frame = await (await view.page.$('#embed')).contentFrame();
    await frame.waitForLoadState('load');
    await view.page.waitForTimeout(1_500);
    const inFrame = await frame.evaluate(() => ({
      hook: document.documentElement.getAttribute('data-claimlight'),
      names: [...CSS.highlights.keys()].filter((n) => n.startsWith('claimlight-')),
    }));
    assert.deepEqual(inFrame, { hook: null, names: [] });
    await openCard(view, '2014');
    await finish('cross-origin iframe', view, '1/1, frame 0/0');
  });

  simple('RTL page with English passages, mixed scripts, vertical text', '/corpus/rtl-mixed.html', [
    `«${END_2025}»`,
    VOTE_2020,
    FORMED_2014,
  ]);

  test('SPA navigation with pushState: old highlights and card cleared, 20 navigations, nothing piles up', async () => {
    const view = await open('/corpus/spa.html?story=a');
    const settle = async (expected) => {
      await view.until(
        `document.documentElement.getAttribute('data-claimlight') === 'highlights:${expected.length}' && ${READ_HIGHLIGHTS}.length === ${expected.length}`,
      );
      assert.deepEqual(texts(await view.evaluate(READ_HIGHLIGHTS)), expected);
    };
    await settle([END_2025]);
    await openCard(view, 'end of 2025');
    const order = ['b', 'c', 'a'];
    const listeners = async () => {
      // Listeners on window and document, read through the content script's world (reading
      // them through the main world's wrappers shows only the page's own).
      const contextId = view.seen.isolated.values().next().value;
      let total = 0;
      for (const target of ['window', 'document']) {
        const { result } = await view.cdp.send('Runtime.evaluate', {
          expression: target,
          contextId,
        });
        const { listeners: l } = await view.cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId,
        });
        total += l.length;
      }
      return total;
    };
    const observers = async () => {
      // Live MutationObservers in the content script's world, after a garbage collection.
      const contextId = view.seen.isolated.values().next().value;
      const { result: proto } = await view.cdp.send('Runtime.evaluate', {
        expression: 'MutationObserver.prototype',
        contextId,
      });
      await view.cdp.send('HeapProfiler.collectGarbage');
      const { objects } = await view.cdp.send('Runtime.queryObjects', {
        prototypeObjectId: proto.objectId,
      });
      const { result } = await view.cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      return result.value;
    };
    let afterFirst;
    for (let i = 1; i <= 20; i++) {
      const id = order[(i - 1) % 3];
      // The app's own link, handled by its own router.
      await view.page.click(`#menu a[data-story="${id}"]`);
      // The card of the article that left is closed at once.
      await view.until(`!document.querySelector('claimlight-card')`);
      await settle(id === 'a' ? [END_2025] : id === 'b' ? [VOTE_2020] : []);
      assert.equal(await view.evaluate('location.search'), `?story=${id}`);
      if (i === 1) afterFirst = { listeners: await listeners(), observers: await observers() };
    }
    const afterLast = { listeners: await listeners(), observers: await observers() };
    assert.deepEqual(afterLast, afterFirst, 'no listeners or observers added by navigating');
    const scans = await view.evaluate(`performance.getEntriesByName('claimlight:scan').length`);
    assert.ok(scans <= 2 * 21 + 2, `${scans} scans for 21 articles`);
    console.log(
      `spa: ${scans} scans for 21 articles; listeners ${afterLast.listeners}, observers ${afterLast.observers}`,
    );
    // Back (popstate, the page's own handler) to the article before.
    await view.evaluate('history.back()');
    await settle([VOTE_2020]);
    await openCard(view, '2020');
    await finish(
      'SPA pushState ×20',
      view,
      `right after each of 20 (listeners ${afterFirst.listeners}→${afterLast.listeners}, observers ${afterFirst.observers}→${afterLast.observers}, ${scans} scans)`,
    );
  });

  simple(
    'server-rendered markup hydrated late',
    '/corpus/hydration.html',
    [VOTE_2020, NEVER_DISCUSSED],
    {
      cardOn: 'never discussed',
      act: async (view) => {
        await view.until('window.__pageOk !== undefined', 5_000);
        await view.page.click('#like');
        await view.page.click('#like');
        assert.equal(await view.evaluate(`document.getElementById('likes').textContent`), '2');
      },
    },
  );

  simple(
    'live blog appending entries',
    '/corpus/live-blog.html',
    [`09:40 — ${END_2025}`, `10:20 — ${END_2026}`],
    {
      cardOn: 'end of 2026',
      act: (view) => view.until('window.__pageOk === true'),
    },
  );

  test('infinite scroll: the part loaded on scrolling is highlighted too', async () => {
    const view = await open('/corpus/infinite-scroll.html');
    await view.until(`${READ_HIGHLIGHTS}.length === 1`);
    await view.page.mouse.wheel(0, 3_000);
    await view.until('window.__pageOk === true');
    await view.until(`${READ_HIGHLIGHTS}.length === 2`);
    assert.deepEqual(texts(await view.evaluate(READ_HIGHLIGHTS)), [FORMED_2014, VOTE_2020].sort());
    await openCard(view, '2014');
    await finish('infinite scroll', view, '2/2');
  });

  test('contenteditable editor and textarea: never highlighted, typing works', async () => {
    const view = await open('/corpus/editable.html');
    await view.until(`${READ_HIGHLIGHTS}.length === 1`);
    await view.page.click('#editor p');
    await view.page.keyboard.press('End');
    await view.page.keyboard.type(' Typed here.');
    await view.page.click('#notes');
    await view.page.keyboard.press('End');
    await view.page.keyboard.type(' And here.');
    await view.page.waitForTimeout(2_000);
    const typed = await view.evaluate(
      `[document.getElementById('editor').textContent.trim(), document.getElementById('notes').value]`,
    );
    assert.ok(typed[0].endsWith('Typed here.'), typed[0]);
    assert.ok(typed[1].endsWith('And here.'), typed[1]);
    assert.deepEqual(texts(await view.evaluate(READ_HIGHLIGHTS)), [VOTE_2020]);
    await openCard(view, '2020');
    await finish('contenteditable + textarea', view, '1/1 (editor and textarea 0)');
  });

  test('a 1 MB text page: the claim is highlighted and the scan stays short', async () => {
    const view = await open('/corpus/large-text.html');
    await view.until(`${READ_HIGHLIGHTS}.length === 1`, 20_000);
    assert.deepEqual(texts(await view.evaluate(READ_HIGHLIGHTS)), [END_2025]);
    const measure = await view.evaluate(
      `performance.getEntriesByName('claimlight:scan').map((e) => e.detail).at(-1)`,
    );
    console.log(`1 MB page: ${JSON.stringify(measure)}`);
    // Read up to scan.ts's MAX_CHARS, in slices; the engine works in the background. Measured
    // here: about 320 ms of page time, the longest slice about 75 ms (220 ms before matching
    // moved to the background). The bound catches a scan that stops slicing on a busy machine.
    assert.ok(measure.longestSliceMs < 200, `longest slice ${measure.longestSliceMs} ms`);
    await openCard(view, '2025');
    await finish('1 MB text', view, `1/1 (busy ${measure.busyMs} ms)`);
  });

  test('200 repeated claims: all highlighted', async () => {
    const view = await open('/corpus/repeated-claims.html');
    await view.until(`${READ_HIGHLIGHTS}.length === 200`, 20_000);
    const found = await view.evaluate(READ_HIGHLIGHTS);
    assert.ok(found.every((h) => h.text === VOTE_2020 && h.live));
    await openCard(view, '2020');
    await finish('200 repeated claims', view, '200/200');
  });

  test('50k nodes of navigation and no article: nothing highlighted, scan stays short', async () => {
    const view = await open('/corpus/nav-50k.html');
    await view.until(`document.documentElement.getAttribute('data-claimlight') !== null`, 20_000);
    assert.deepEqual(await view.evaluate(READ_HIGHLIGHTS), []);
    const measure = await view.evaluate(
      `performance.getEntriesByName('claimlight:scan').map((e) => e.detail).at(-1)`,
    );
    console.log(`50k-node page: ${JSON.stringify(measure)}`);
    assert.ok(measure.longestSliceMs < 100, `longest slice ${measure.longestSliceMs} ms`);
    await finish('50k nav nodes, no article', view, `0/0 (busy ${measure.busyMs} ms)`);
  });

  test('hostile CSS: the card stays readable and on screen; the page keeps its own highlight', async () => {
    const view = await open('/corpus/hostile-css.html');
    await view.until(`${READ_HIGHLIGHTS}.length === 2`);
    assert.deepEqual(
      texts(await view.evaluate(READ_HIGHLIGHTS)),
      [NEVER_DISCUSSED, VOTE_2020].sort(),
    );
    const card = await openCard(view, 'never discussed');
    assert.ok(card.left >= 0 && card.top >= 0, JSON.stringify(card));
    assert.ok(card.right <= card.width && card.bottom <= card.height, JSON.stringify(card));
    assert.ok(card.fontSize >= 12, `font size ${card.fontSize}`);
    assert.notEqual(card.color, 'rgba(0, 0, 0, 0)');
    assert.equal(card.opacity, '1');
    // Nothing of the page's sits above the card where it is drawn.
    const onTop = await view.evaluate(`(() => {
      const host = document.querySelector('claimlight-card');
      const box = host.shadowRoot.querySelector('.cl-card').getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit === host;
    })()`);
    assert.equal(onTop, true, 'the card is the topmost element where it is drawn');
    await finish('hostile CSS', view, '2/2 (card on screen)');
  });

  simple(
    'markup-like and script-like text',
    '/corpus/markup-text.html',
    [`${END_2025.slice(0, -1)} <b onmouseover="window.__injected=3">.`, VOTE_2020],
    { cardOn: 'end of 2025' },
  );

  simple(
    'page replaces built-ins in its own world',
    '/corpus/builtins.html',
    [END_2025, VOTE_2020],
    {
      cardOn: '2020',
    },
  );

  simple(
    'claims only in navigation, sidebars, comments, footers',
    '/corpus/furniture-only.html',
    [],
  );

  test('client-rendered app re-rendering every 300 ms: highlights stay on the live text', async () => {
    const view = await open('/pages/rerendering-app.html');
    await view.until('Number(document.documentElement.dataset.ticks) >= 8');
    await view.until(
      `(() => { const h = ${READ_HIGHLIGHTS}; return h.length === 1 && h[0].live; })()`,
    );
    const found = await view.evaluate(READ_HIGHLIGHTS);
    assert.ok(found[0].text.includes('by the end of 2026'), JSON.stringify(found));
    // The app predates the corpus and has no __pageOk: its own state must keep ticking.
    const before = await view.evaluate('Number(document.documentElement.dataset.ticks)');
    await view.page.waitForTimeout(1_000);
    await finish(
      're-rendering app',
      view,
      '1/1 (live)',
      `({
      ok: Number(document.documentElement.dataset.ticks) >= ${before + 2},
      check: document.querySelectorAll('#app article p').length === 3,
    })`,
    );
  });
});
