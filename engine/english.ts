/**
 * The English the engine reads in every story: negation cues and the phrasings that report
 * something as unknown. Nothing here names a story; its vocabulary comes from the story pack.
 * Phrasing syntax as in types.ts (Vocabulary).
 */
import type { ConceptId } from './types';

/** The concepts compared-counts.ts names: a count fell, or rose, against the one compared with. */
export const COUNT_FELL: ConceptId = 'count-fell';
export const COUNT_ROSE: ConceptId = 'count-rose';

/** Concepts of the language itself, merged into every story's vocabulary by compile-story.ts. */
export const LANGUAGE_CONCEPTS: Record<ConceptId, string[]> = {
  /** Reports that something is unknown; what follows is asked, not asserted. */
  uncertain: [
    'unclear',
    'uncertain',
    'whether',
    'not ~ clear',
    "isn't|wasn't|aren't|weren't ~ clear",
    'remains to be seen',
    'declined|refused to say|specify|confirm|disclose|comment|elaborate',
    'declined|refused to provide|give|offer ~ details|figures|numbers',
    'would|did|does|do|has|have|had not say|said|specify|specified|confirm|confirmed|disclose|disclosed|reveal|revealed',
    "didn't|doesn't|don't|hasn't|haven't|hadn't|wouldn't say|said|specify|specified|confirm|confirmed|disclose|disclosed|reveal|revealed",
    // "The operators have not yet said when the ferries will stop": the answer is still to come.
    'would|did|does|do|has|have|had not yet say|said|specify|specified|confirm|confirmed|disclose|disclosed|reveal|revealed',
    "didn't|doesn't|don't|hasn't|haven't|hadn't|wouldn't yet say|said|specify|specified|confirm|confirmed|disclose|disclosed|reveal|revealed",
    'not ~ known',
    // "Officials have not commented on the timetable for crews based at the pier": no answer given.
    'would|did|does|do|has|have|had not comment|commented on',
    "didn't|doesn't|don't|hasn't|haven't|hadn't|wouldn't comment|commented on",
    // "The ministry does not discuss the crews' schedules": a press office's standing refusal to
    // tell, in the present tense only ("did not discuss a timetable" tells what the talks covered).
    'does|do not discuss',
    "doesn't|don't discuss",
    // "How fast the crews leave the pier depends on the tides": the pace is asked, not told.
    'how fast|soon|quickly|long',
    // "How many crews stay at the pier is still unknown": as "unclear".
    'unknown',
  ],
  /**
   * A count set beside a larger one, "4 in May, compared with 42 in April" (a fall), or beside a
   * smaller one (a rise): no phrasings, read by compared-counts.ts from the figures themselves.
   */
  'count-fell': [],
  'count-rose': [],
};

/** The concept recognize.ts checks for doubt before a claim's key concept. */
export const UNCERTAIN: ConceptId = 'uncertain';

/** Words that negate what follows them in the same clause. */
export const NEGATION_CUES: string[] = [
  'not',
  'cannot',
  'no',
  'never',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'deny',
  'denied',
  'denies',
  'denying',
  'rejected',
  'dismissed',
  'failed',
  'fails',
  'unable',
  'incapable',
];

/**
 * Verbs of saying that close a teller: "The crews said …" (attribution.ts, an opening subject),
 * "at no stage, he said, had …" (find-negations.ts, a teller set off by commas). One list, so
 * that a teller read in one place is read in the other.
 */
export const SAYING_VERBS: ReadonlySet<string> = new Set(
  'said says say told tells wrote writes write stated states added adds noted notes insisted insists warned warns argued argues maintained maintains stressed stresses indicated indicates'.split(
    ' ',
  ),
);
