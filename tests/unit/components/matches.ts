/**
 * Match fixtures for the component tests. The JSON files in tests/fixtures/matches/ are real
 * engine output (saved once, then frozen) so the views are tested against the shapes they get
 * in the extension; `withSays` derives hostile variants without copying a whole Match inline.
 */
import type { Match } from '../../../engine/types';
import singleSource from '../../fixtures/matches/coalition-2014-single-source.json';
import contradicted from '../../fixtures/matches/end-2025-contradicted.json';
import disputed from '../../fixtures/matches/end-2026-disputed.json';
import oneReport from '../../fixtures/matches/final-approval-one-report.json';

// Casts because JSON imports widen string unions ("verdict": string).
export const endOf2025 = contradicted as Match;
export const endOf2026 = disputed as Match;
export const formed2014 = singleSource as Match;
/** Two outlets that both relay the Reuters report: one source, however many outlets. */
export const finalApproval = oneReport as Match;

/** The same match with the first corroborating source's summary replaced. */
export function withSays(match: Match, says: string): Match {
  const [first, ...rest] = match.corroborating;
  if (!first) throw new Error('fixture has no corroborating source');
  return { ...match, corroborating: [{ ...first, says }, ...rest] };
}
