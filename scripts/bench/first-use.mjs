/**
 * What the browser charges the first time a page's isolated world uses each thing our scan uses,
 * measured apart from our code: a throwaway extension whose content script (at document_idle,
 * like ours) calls each of them once, in our scan's order, and times each call on the page's
 * main thread. Waits (a storage answer, a module's file, the background's reply) are left out,
 * as the scan's own clock leaves them out.
 *
 * The cold floor pays none of these: it reads the text in the page's own world and calls no
 * extension API. So their sum is a cost below which no scan that reads the settings, loads its
 * code on demand, asks a background to match and paints with the Highlight API can go, however
 * little work of its own it does; the report sets it beside the cold floor.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the probe leaves its step times (JSON), on <html>. */
export const FIRST_USE_ATTRIBUTE = 'data-claimlight-first-use';

/** The steps, in the order the probe makes them (and our scan meets them). */
export const FIRST_USE_STEPS = [
  ['runtime', 'first use of chrome.runtime (its bindings)'],
  ['listen', 'runtime.onMessage.addListener'],
  ['watch', 'first DOM access + MutationObserver.observe(body)'],
  ['import', 'import() of a module (the call)'],
  ['settings', 'storage.sync.get (the call)'],
  ['send', 'runtime.connect + postMessage(the page text)'],
  ['paint', 'first Range + new Highlight + CSS.highlights.set'],
  ['measure', 'performance.measure with a detail'],
];

/** Runs in the probe's isolated world; leaves the step times on <html> under `attribute`. */
async function probeFirstUse(attribute) {
  const times = {};
  let last = performance.now();
  const step = (name) => {
    const now = performance.now();
    times[name] = now - last;
    last = now;
  };
  /** Waits for `promise` off the clock. */
  const outside = async (promise) => {
    const value = await promise;
    last = performance.now();
    return value;
  };
  const runtime = chrome.runtime;
  void runtime.id;
  step('runtime');
  runtime.onMessage.addListener(() => false);
  step('listen');
  new MutationObserver(() => {}).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  step('watch');
  const module = import(runtime.getURL('module.js'));
  step('import');
  await outside(module);
  const settings = chrome.storage.sync.get('settings');
  step('settings');
  await outside(settings);
  const text = document.body.textContent;
  last = performance.now();
  const port = runtime.connect({ name: 'first-use' });
  const reply = new Promise((resolve) => port.onMessage.addListener(resolve));
  port.postMessage({ text });
  step('send');
  await outside(reply);
  const range = document.createRange();
  range.selectNodeContents(document.body.querySelector('p') ?? document.body);
  CSS.highlights.set('first-use', new Highlight(range));
  step('paint');
  performance.measure('first-use', { start: 0, detail: { steps: Object.keys(times).length } });
  step('measure');
  document.documentElement.setAttribute(attribute, JSON.stringify(times));
}

/** Writes the throwaway extension to a new folder and returns it. */
export function firstUseExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'claimlight-first-use-'));
  const local = ['http://127.0.0.1/*', 'http://localhost/*'];
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'claimlight bench first use',
      version: '0.0.1',
      permissions: ['storage'],
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: local, run_at: 'document_idle', js: ['probe.js'] }],
      web_accessible_resources: [{ resources: ['module.js'], matches: local }],
    }),
  );
  // The background answers the text at once: its matching is not what is measured here.
  writeFileSync(
    join(dir, 'background.js'),
    'chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener(() => port.postMessage({ matches: [] })));\n',
  );
  writeFileSync(join(dir, 'module.js'), 'export const loaded = true;\n');
  writeFileSync(
    join(dir, 'probe.js'),
    `(${probeFirstUse.toString()})(${JSON.stringify(FIRST_USE_ATTRIBUTE)});\n`,
  );
  return dir;
}
