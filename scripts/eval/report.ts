/** The eval's table: one row per set, then the totals under a rule. */
import type { SetScore } from './score';

const HEADER =
  'set                                      art  sent   TP  FP  FN  precision recall  F1     stance neg nocorr stray unloc';

/** Fixed-width rows for `scores`, then a rule and the `totals`. */
export function formatTable(scores: readonly SetScore[], totals: readonly SetScore[]): string {
  const lines = [HEADER, ...scores.map(row)];
  if (totals.length) lines.push('-'.repeat(HEADER.length), ...totals.map(row));
  return lines.join('\n');
}

function row(s: SetScore): string {
  const n = (x: number, width: number) => String(x).padStart(width);
  const rate = (x: number, width: number) => x.toFixed(3).padEnd(width);
  return [
    s.set.padEnd(40),
    n(s.articles, 3),
    n(s.sentences, 5),
    n(s.truePositives, 4),
    n(s.falsePositives, 3),
    n(s.falseNegatives, 3),
    ` ${rate(s.precision, 9)}`,
    rate(s.recall, 7),
    rate(s.f1, 6),
    n(s.stanceErrors, 6),
    n(s.negativeHighlights, 3),
    n(s.missingCorroboration, 6),
    n(s.strayHighlights, 5),
    n(s.unlocated, 5),
  ].join(' ');
}
