/**
 * "Few would have predicted how quickly the old pier would empty", "Nobody expected how fast the
 * crews left": a pace after a verb of foreseeing in the past is a surprise at what happened, not
 * a question of what will (english.ts reads "how fast|soon|quickly" as asking: "How fast the crews
 * leave depends on the tides"). Not "No one can predict how quickly the crews will leave", whose
 * verb looks ahead.
 */
import type { Token } from './tokenize';

/** Verbs of foreseeing in the past (or the participle after "would have", "had"). */
const FORESEEN = new Set([
  'predicted',
  'expected',
  'foresaw',
  'foreseen',
  'imagined',
  'anticipated',
  'guessed',
  'thought',
]);

/** How far after "how" a "will" still belongs to the pace's clause. */
const CLAUSE_REACH = 10;

/**
 * Whether the pace at token `at` ("how quickly") follows a verb of foreseeing in the past, and
 * its clause does not look ahead ("have not predicted how quickly the crews will leave" asks).
 */
export function foreseenPace(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'how' || !FORESEEN.has(tokens[at - 1]?.norm ?? '')) return false;
  for (let k = at + 1; k < tokens.length && k <= at + CLAUSE_REACH; k++) {
    const word = (tokens[k] as Token).norm;
    if (word === 'will' || word === 'shall' || word.endsWith("'ll")) return false;
  }
  return true;
}
