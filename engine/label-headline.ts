/**
 * "Timeline: The Ferry's Long Road Out Of Riverton", "Opinion: The Quiet End Of The Pier": a
 * headline made of a section's label and a title with no verb names a topic; it reports no
 * event, however many of a claim's words the title holds. A label followed by a statement
 * ("Analysis: Riverton Closes Its Pier", "Explained: the plan to close the pier") still
 * reports what the statement says.
 */
import type { Token } from './tokenize';

/** Labels of a section or a format, not of a speaker ("Mayor: …" names who speaks). */
const LABELS = new Set(
  'timeline chronology factbox factfile background backgrounder explainer explained analysis opinion comment commentary editorial podcast video photos gallery transcript'.split(
    ' ',
  ),
);

/** Words that make a verb of what follows or stand for one. */
const VERB_WORDS = new Set(
  "is are was were be been being am has have had will would can could may might shall should must do does did to isn't aren't wasn't weren't won't".split(
    ' ',
  ),
);

/**
 * Whether a word may be a verb: an auxiliary, "to", or a form in -ed or -s ("closes",
 * "shrinks"). Generous on purpose: only a title with none of them is read as stating nothing.
 */
function mayBeVerb(t: Token): boolean {
  const w = t.norm;
  if (VERB_WORDS.has(w)) return true;
  if (w.endsWith('ed')) return true;
  return w.endsWith('s') && !w.endsWith("'s") && !w.endsWith('’s') && !w.endsWith('ss');
}

/** Whether a headline (the caller knows it has no closing mark) is a section label, a colon and a title with no verb. */
export function labelTitle(tokens: readonly Token[], text: string): boolean {
  if (tokens.length < 3) return false;
  const label = tokens[0] as Token;
  if (!LABELS.has(label.norm)) return false;
  if (!/^\s*:\s/.test(text.slice(label.end, (tokens[1] as Token).start + 1))) return false;
  for (let k = 1; k < tokens.length; k++) if (mayBeVerb(tokens[k] as Token)) return false;
  return true;
}
