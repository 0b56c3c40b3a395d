/**
 * A factbox ("Factbox: Ferry Crews At The Old Pier") lists its title's subject line by line, each
 * line a label and a colon before what it gives ("Crews: about 200, most at the north quay",
 * "Since May: a smaller, seasonal service"): the line is about the title's actors, named or not.
 */
import { inferred, withHits } from './carry-context';
import type { ConceptHit } from './find-concepts';
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Labels of a headline that make the article a list of facts about its title. */
const FACT_LABELS = new Set(['factbox', 'factfile', 'fact', 'facts', 'explainer', 'backgrounder']);
/** How many words a line's label may run to before its colon. */
const LINE_LABEL_WORDS = 4;

/** Whether the headline opens with a factbox's label and a colon ("Factbox: …"). */
export function factboxTitle(headline: SentenceWords | undefined): boolean {
  const first = headline?.tokens[0];
  if (!headline || !first || !FACT_LABELS.has(first.norm)) return false;
  let k = 0;
  // "Fact file:", "Fact box:".
  if (first.norm === 'fact' && headline.tokens[1]) k = 1;
  const label = headline.tokens[k] as Token;
  return headline.text.charCodeAt(label.end) === 58;
}

/**
 * The line read with the title's actors it does not name itself, at its first word; undefined
 * when it is no "Label: …" line or takes nothing.
 */
export function factboxLine(
  current: SentenceWords,
  headline: SentenceWords,
  actors: ReadonlySet<ConceptId>,
): SentenceWords | undefined {
  const { tokens, text } = current;
  let colon = -1;
  for (let k = 0; k < tokens.length - 1 && k < LINE_LABEL_WORDS; k++)
    if (text.charCodeAt((tokens[k] as Token).end) === 58) {
      colon = k;
      break;
    }
  if (colon < 0) return undefined;
  const by = tokens[0] as Token;
  const carried: ConceptHit[] = [];
  for (let k = 0; k < headline.hits.length; k++) {
    const h = headline.hits[k] as ConceptHit;
    if (!actors.has(h.concept) || carried.some((c) => c.concept === h.concept)) continue;
    if (current.hits.some((c) => c.concept === h.concept)) continue;
    carried.push(inferred(h, 0, by));
  }
  return carried.length > 0 ? withHits(current, carried) : undefined;
}
