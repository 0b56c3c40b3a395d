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

/**
 * Tails of a headline that promise a format, not news ("…: What We Know", "…: Five Questions
 * for the Ferry", "…: Explained"), each as its first words (folded).
 */
const FORMAT_TAILS: readonly (readonly string[])[] = [
  'what we know',
  'what to know',
  'what you need',
  'what comes next',
  'what happens next',
  "what's next",
  'what it means',
  'what this means',
  'what that means',
  'explained',
  'an explainer',
  'a timeline',
  'timeline',
  'the options',
  'key questions',
  'questions and answers',
  'the facts',
  'key facts',
  'by the numbers',
  'in numbers',
  'live updates',
  'a primer',
  'the background',
  'in pictures',
  'in maps',
].map((tail) => tail.split(' '));

/** Counts that open a listicle tail ("Five Questions …", "3 Takeaways"). */
const COUNTS = new Set('two three four five six seven eight nine ten'.split(' '));
const LISTED = new Set(
  'questions things takeaways facts charts dates lessons answers scenarios'.split(' '),
);

/**
 * Whether a headline is a title with no verb, a colon and a tail that promises a format ("The
 * Ferry's Exit From Riverton: What We Know", "Pier Closure: Five Questions"): it names a topic
 * and reports no event. A title that may hold a verb keeps its news ("Crews Leave The Pier:
 * What We Know"): any word in -s or -ed, or an auxiliary, counts as one (so does a plural:
 * "Crews In Riverton: What We Know" is left alone, on the safe side).
 */
export function formatTitle(tokens: readonly Token[], text: string): boolean {
  let colon = -1;
  for (let k = 1; k < tokens.length; k++)
    if (/^\s*:\s/.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start + 1))) {
      colon = k;
      break;
    }
  if (colon < 1 || colon >= tokens.length) return false;
  for (let k = 0; k < colon; k++) if (mayBeVerb(tokens[k] as Token)) return false;
  const tail = tokens.slice(colon).map((t) => t.norm);
  if (COUNTS.has(tail[0] ?? '') || /^\d+$/.test(tail[0] ?? '')) return LISTED.has(tail[1] ?? '');
  return FORMAT_TAILS.some((words) => words.every((w, i) => tail[i] === w));
}

/** Last words of a headline that promise a format with no colon before them ("… In Pictures"). */
const TAIL_FORMATS = new Set('pictures photos images maps numbers charts graphics'.split(' '));

/**
 * Whether a headline with no colon names a topic in a format's words and reports nothing: a
 * title with no verb that ends "In Pictures", "In Maps", "In Numbers", or "Explained" ("The
 * Pier's Handover In Pictures"). Any word that may be a verb keeps its news. Not a title opening
 * "Inside": "Inside the depot, the last outpost" states what it names (measured: -1 hit on blind-2).
 */
export function formatEdges(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  if (n < 3) return false;
  let to = n;
  const last = (tokens[n - 1] as Token).norm;
  if ((tokens[n - 2] as Token).norm === 'in' && TAIL_FORMATS.has(last)) to = n - 2;
  else if (last === 'explained') to = n - 1;
  else return asksWhatItMeans(tokens);
  for (let k = 0; k < to; k++) if (mayBeVerb(tokens[k] as Token)) return false;
  return true;
}

/** "What … Means", "Why … Matters": the verb that closes an explainer's title. */
const EXPLAINER_VERBS: Readonly<Record<string, string>> = { what: 'means', why: 'matters' };

/**
 * "What The Pier's Closure Means For Riverton", "Why The Ferry Vote Matters": an explainer's
 * title names its topic and reports nothing, when no word before its closing verb may be a verb
 * itself ("What Crews Leaving Means" is left alone, on the safe side).
 */
function asksWhatItMeans(tokens: readonly Token[]): boolean {
  const verb = EXPLAINER_VERBS[(tokens[0] as Token).norm];
  if (verb === undefined) return false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.norm === verb) return k >= 2;
    // "US", "UN": an acronym in capitals is a name, whatever its last letter.
    if (mayBeVerb(t) && t.raw !== t.raw.toUpperCase()) return false;
  }
  return false;
}
