/**
 * The reader's settings as plain data: their shape, the defaults, reading them back from storage
 * without trusting what is there, and which sites they pause. No extension API here, so the
 * content script, the popup, the options page and the unit tests share the same rules; the
 * storage itself is entrypoints/shared/settings-store.ts.
 */
import type { Verdict } from '../engine/types';

/** How highlights look: an underline, a soft background, or nothing until the pointer is on one. */
export type HighlightStyle = 'underline' | 'background' | 'hover';

export type Settings = {
  /** Match patterns of the default sites (news-sites.ts) the reader turned off. */
  pausedSites: string[];
  /** How statements are marked on the page. */
  style: HighlightStyle;
  /** The verdicts that are highlighted; the others are neither painted nor clickable. */
  verdicts: Verdict[];
  /** Whether a page's headline and headings are read as statements too. */
  headlines: boolean;
};

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'hover'];

const ALL_VERDICTS: readonly Verdict[] = [
  'corroborated',
  'disputed',
  'contradicted',
  'single-source',
];

export const DEFAULT_SETTINGS: Settings = {
  pausedSites: [],
  style: 'underline',
  verdicts: [...ALL_VERDICTS],
  headlines: true,
};

/** The storage.sync key all settings live under (one item, so a change arrives whole). */
export const SETTINGS_KEY = 'settings';

/**
 * Settings from whatever storage holds: a missing or malformed field takes its default, so an
 * older or hand-edited value can never stop the content script from starting.
 */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
  const paused = strings(r.pausedSites);
  const verdicts = strings(r.verdicts);
  return {
    pausedSites: paused ? [...new Set(paused)].sort() : DEFAULT_SETTINGS.pausedSites,
    style: HIGHLIGHT_STYLES.includes(r.style as HighlightStyle)
      ? (r.style as HighlightStyle)
      : DEFAULT_SETTINGS.style,
    verdicts: verdicts
      ? ALL_VERDICTS.filter((v) => verdicts.includes(v))
      : [...DEFAULT_SETTINGS.verdicts],
    headlines: typeof r.headlines === 'boolean' ? r.headlines : DEFAULT_SETTINGS.headlines,
  };
}

/**
 * Whether `url` falls under a WebExtension match pattern of the forms the manifest uses:
 * `https://*.example.com/*` (the domain and its subdomains), `http://127.0.0.1/*` (any port).
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
      : u.hostname === host);
  if (!hostOk) return false;
  const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(u.pathname + u.search);
}

/** The first of `patterns` that covers `url`: the default site a page belongs to, if any. */
export function siteOf(url: string, patterns: readonly string[]): string | undefined {
  return patterns.find((p) => matchesPattern(p, url));
}

/** Whether the reader paused the default site `url` is on. */
export function isPaused(url: string, settings: Settings): boolean {
  return settings.pausedSites.some((p) => matchesPattern(p, url));
}

/** Settings with the default site `pattern` paused or resumed. */
export function withSitePaused(settings: Settings, pattern: string, paused: boolean): Settings {
  const rest = settings.pausedSites.filter((p) => p !== pattern);
  return { ...settings, pausedSites: paused ? [...rest, pattern].sort() : rest };
}
