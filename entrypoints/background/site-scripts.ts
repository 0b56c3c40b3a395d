/**
 * Sites the reader turned Claimlight on for, beyond the manifest's news sites. Each one is a
 * dynamically registered content script with a stable id, and the list is also kept in storage:
 * registrations can be lost (a browser that does not persist them, a profile reset), and the
 * stored list lets startup put them back.
 */
import { browser } from '#imports';

const STORAGE_KEY = 'enabledOrigins';
const JS = ['content-scripts/content.js'];

/** "https://example.com" → the content-script id for that origin. */
export function scriptId(origin: string): string {
  return `claimlight-site:${origin}`;
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Accepts only plain http(s) origins, so nothing else can be registered by a crafted message.
 * The host must be a name of letters, digits, hyphens and dots, or an IP address: Chromium's URL
 * parser takes "https://not an address" and gives the origin "https://not%20an%20address",
 * which no site has and no permission request should ask for.
 */
export function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const host = url.hostname;
    const ipv6 = /^\[[0-9a-f:.]+\]$/i.test(host);
    if (!ipv6 && !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/i.test(host)) return null;
    return url.origin;
  } catch {
    return null;
  }
}

export async function enabledOrigins(): Promise<string[]> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  const list = stored[STORAGE_KEY];
  return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string') : [];
}

async function saveOrigins(origins: string[]): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: [...new Set(origins)].sort() });
}

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id));
}

/**
 * The content script for one added site, run where the manifest's script runs on a listed site
 * (content/index.ts): every frame, and the about:blank and srcdoc frames the page's own scripts
 * fill. Registered scripts have no `matchAboutBlank` in Chromium or Firefox; `matchOriginAsFallback`
 * is their way to say it (it also lets the script into blob: and data: frames, where main() stops
 * unless the frame has the top page's origin).
 */
export function siteScript(origin: string) {
  return {
    id: scriptId(origin),
    matches: [originPattern(origin)],
    js: JS,
    runAt: 'document_idle' as const,
    allFrames: true,
    matchOriginAsFallback: true,
  };
}

async function register(origin: string): Promise<void> {
  await browser.scripting.registerContentScripts([siteScript(origin)]);
}

/** Registers the content script for `origin`; the host permission must already be granted. */
export async function enableSite(origin: string): Promise<void> {
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
  if (!granted) throw new Error(`no permission for ${origin}`);
  if (!(await registeredIds()).has(scriptId(origin))) await register(origin);
  await saveOrigins([...(await enabledOrigins()), origin]);
}

/** Unregisters, forgets, and gives the host permission back. */
export async function disableSite(origin: string): Promise<void> {
  if ((await registeredIds()).has(scriptId(origin))) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
  }
  await saveOrigins((await enabledOrigins()).filter((o) => o !== origin));
  await browser.permissions.remove({ origins: [originPattern(origin)] });
}

/**
 * Startup reconciliation: re-register stored sites whose permission still stands, and drop the
 * ones whose permission the reader revoked from the browser's own settings.
 */
export async function restoreSites(): Promise<void> {
  const ids = await registeredIds();
  const keep: string[] = [];
  for (const origin of await enabledOrigins()) {
    const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
    if (!granted) {
      if (ids.has(scriptId(origin))) {
        await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] });
      }
      continue;
    }
    keep.push(origin);
    // One kept from an earlier version may lack options added since (frames: siteScript).
    if (ids.has(scriptId(origin)))
      await browser.scripting.updateContentScripts([siteScript(origin)]);
    else await register(origin);
  }
  await saveOrigins(keep);
}
