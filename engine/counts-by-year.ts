/**
 * "Attacks recorded: 42 in 2024, four in 2025", "sailings: 310 in 2023, 120 in 2024": a data line
 * lists a count for each year, in order, with no word of falling or rising. A later year's count
 * below the earlier one's tells a fall, above it a rise, as "compared with" does
 * (compared-counts.ts). Only a count right before "in" and a year, twice, the years rising and
 * the two items apart by a comma, semicolon or "and": "42 in 2024" alone compares nothing, and
 * "in 2024 and 2025" is no count.
 */
import type { ComparedCounts } from './compared-counts';
import { COUNT_FELL, COUNT_ROSE } from './english';
import { NUMBER_WORDS } from './spelled-numbers';
import type { Token } from './tokenize';

/** A year written as one ("2024"). */
function yearAt(tokens: readonly Token[], at: number): number | undefined {
  const token = tokens[at];
  return token && /^(19|20)\d\d$/.test(token.raw) ? token.value : undefined;
}

/** The count at `at` (digits that are no year, or a number word), or undefined. */
function countAt(tokens: readonly Token[], at: number): number | undefined {
  const token = tokens[at];
  if (!token || yearAt(tokens, at) !== undefined) return undefined;
  return token.value ?? NUMBER_WORDS[token.norm];
}

/** "N in YYYY" at `at`: the count and the year, or undefined. */
function countInYear(tokens: readonly Token[], at: number): [number, number] | undefined {
  const count = countAt(tokens, at);
  const year = yearAt(tokens, at + 2);
  if (count === undefined || year === undefined || tokens[at + 1]?.norm !== 'in') return undefined;
  return [count, year];
}

/** Every "N in Y1, M in Y2" of the sentence whose counts differ, Y2 after Y1. */
export function countsByYear(tokens: readonly Token[], text: string): ComparedCounts[] {
  const found: ComparedCounts[] = [];
  for (let k = 0; k + 5 < tokens.length; k++) {
    const first = countInYear(tokens, k);
    if (!first) continue;
    // The items apart by a comma or semicolon ("42 in 2024, four in 2025") or by "and".
    const between = text.slice((tokens[k + 2] as Token).end, (tokens[k + 3] as Token).start);
    const joined = tokens[k + 3]?.norm === 'and';
    const at = joined ? k + 4 : k + 3;
    if (!joined && !/^\s*[,;]\s*$/.test(between)) continue;
    const second = countInYear(tokens, at);
    if (!second || second[1] <= first[1] || second[0] === first[0]) continue;
    found.push({ from: at, to: at + 3, concept: second[0] < first[0] ? COUNT_FELL : COUNT_ROSE });
  }
  return found;
}
