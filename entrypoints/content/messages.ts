/**
 * The messages between popup, background and content script, typed in one place so a renamed
 * field is a tsc error on both ends.
 */
import type { Match } from '../../engine/types';

/** Popup → content script: what did you highlight on this page? */
export type SummaryRequest = { type: 'claimlight:summary' };
export type SummaryResponse = {
  matches: Match[];
  sentences: number;
  /**
   * Indices into `matches` of the statements the page paints under the reader's settings (the
   * popup lists these and no other; page/apply-settings.ts shownBySettings).
   */
  shown: number[];
  /** How many statements the reader's settings hide (a verdict turned off in the options). */
  hidden: number;
};

/** Popup → content script: scroll to highlight `index` and open its card. */
export type OpenRequest = { type: 'claimlight:open'; index: number };

/** Popup → background: start or stop running on an origin the reader granted ("https://example.com"). */
export type SiteRequest = {
  type: 'claimlight:enable-site' | 'claimlight:disable-site';
  origin: string;
};
export type SiteResponse = { ok: true } | { ok: false; error: string };

/** Content script → background: how many statements this page shows, for the toolbar badge. */
export type CountReport = { type: 'claimlight:count'; count: number };

export function isCountReport(message: unknown): message is CountReport {
  const m = message as { type?: unknown; count?: unknown } | null;
  return (
    m?.type === 'claimlight:count' &&
    Number.isInteger(m.count) &&
    (m.count as number) >= 0 &&
    (m.count as number) < 100_000
  );
}

export type ContentRequest = SummaryRequest | OpenRequest;

export function isContentRequest(message: unknown): message is ContentRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'claimlight:summary' || type === 'claimlight:open';
}

export function isSiteRequest(message: unknown): message is SiteRequest {
  const m = message as { type?: unknown; origin?: unknown } | null;
  return (
    (m?.type === 'claimlight:enable-site' || m?.type === 'claimlight:disable-site') &&
    typeof m.origin === 'string'
  );
}

/** The keyboard commands declared in the manifest (wxt.config.ts `commands`). */
export const READER_COMMANDS = [
  'next-statement',
  'previous-statement',
  'toggle-highlights',
] as const;
export type ReaderCommand = (typeof READER_COMMANDS)[number];

/** Background → content script: the reader pressed one of our shortcuts in this tab. */
export type CommandRequest = { type: 'claimlight:command'; command: ReaderCommand };

export function isCommandRequest(message: unknown): message is CommandRequest {
  const m = message as { type?: unknown; command?: unknown } | null;
  return m?.type === 'claimlight:command' && READER_COMMANDS.includes(m.command as ReaderCommand);
}
