/**
 * The messages between popup, background and content script, typed in one place so a renamed
 * field is a tsc error on both ends.
 */
import type { Match } from '../../engine/types';

/** Popup → content script: what did you highlight on this page? */
export type SummaryRequest = { type: 'claimlight:summary' };
export type SummaryResponse = { matches: Match[]; sentences: number };

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
