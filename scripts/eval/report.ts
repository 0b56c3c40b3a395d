/**
 * The eval's tables: one row per set, then the totals under a rule, for the claims the labels
 * know; the same for the events they did not know yet and for every `true` sentence; then the
 * claims by how often they are found.
 */
import type { ClaimCounts, SetScore } from './score';

const n = (x: number, width: number) => String(x).padStart(width);
const r = (x: number, width: number) => x.toFixed(3).padEnd(width);

const KNOWN =
  'set                                      art  sent known hits  FP wrong hint precision recall  F1     stance neg nocorr stray unloc';

/** Fixed-width rows for `scores`, then a rule and the `totals`: the claims the labels know. */
export function formatTable(scores: readonly SetScore[], totals: readonly SetScore[]): string {
  const lines = [KNOWN, ...scores.map(knownRow)];
  if (totals.length) lines.push('-'.repeat(KNOWN.length), ...totals.map(knownRow));
  return lines.join('\n');
}

function knownRow(s: SetScore): string {
  return [
    s.set.padEnd(40),
    n(s.articles, 3),
    n(s.sentences, 5),
    n(s.knownSentences, 5),
    n(s.knownHits, 4),
    n(s.falseAlarms, 3),
    n(s.wrongClaimsKnown, 5),
    n(s.hintOnly, 4),
    ` ${r(s.precision, 9)}`,
    r(s.recall, 7),
    r(s.f1, 6),
    n(s.stanceErrors, 6),
    n(s.negativeHighlights, 3),
    n(s.missingCorroboration, 6),
    n(s.strayHighlights, 5),
    n(s.unlocated, 5),
  ].join(' ');
}

const EVENTS =
  'set                                      events hits recall | every true sentence: sent hits  FP wrong precision recall  wrong/carded';

/**
 * Events the knowledge base does not know yet (true sentences without `claims`), and every true
 * sentence together: kept apart so they neither hide nor swamp the known claims' figures.
 */
export function formatEventsTable(rows: readonly SetScore[]): string {
  const lines = [EVENTS];
  for (const s of rows)
    lines.push(
      [
        s.set.padEnd(40),
        n(s.eventSentences, 6),
        n(s.eventHits, 4),
        r(s.eventRecall, 6),
        ' '.repeat(22),
        n(s.knownSentences + s.eventSentences, 4),
        n(s.knownHits + s.eventHits, 4),
        n(s.falseAlarms, 3),
        n(s.wrongClaims, 5),
        ` ${r(s.allPrecision, 9)}`,
        r(s.allRecall, 7),
        `${s.wrongClaims}/${s.carded} (${(s.wrongClaimRate * 100).toFixed(1)}%)`,
      ].join(' '),
    );
  return lines.join('\n');
}

/** The claims of one score, weakest recall first (then least precise): `limit` rows. */
export function formatClaimTable(score: SetScore, limit = Number.POSITIVE_INFINITY): string {
  const rows = Object.entries(score.perClaim)
    .map(([id, c]) => ({ id, ...c, recall: claimRecall(c), precision: claimPrecision(c) }))
    .sort((a, b) => a.recall - b.recall || a.precision - b.precision || b.expected - a.expected)
    .slice(0, limit);
  const head = `${'claim'.padEnd(40)} expected hits recall | cards right wrong precision`;
  return [
    head,
    ...rows.map((c) =>
      [
        c.id.padEnd(40),
        n(c.expected, 8),
        n(c.hits, 4),
        r(c.recall, 6),
        ` | ${n(c.cards, 4)}`,
        n(c.right, 5),
        n(c.wrong, 5),
        r(c.precision, 9),
      ].join(' '),
    ),
  ].join('\n');
}

/** Hits over the sentences that name the claim (1 when none does). */
export const claimRecall = (c: ClaimCounts) => (c.expected ? c.hits / c.expected : 1);
/** Right cards over right and wrong ones (1 when it carded nothing). */
export const claimPrecision = (c: ClaimCounts) =>
  c.right + c.wrong ? c.right / (c.right + c.wrong) : 1;
