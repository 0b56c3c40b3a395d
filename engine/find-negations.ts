/**
 * Negation and denial cues, and whether a concept falls in their scope, so that
 * "the ministry denied that a closure had been discussed" asserts the denial, not the
 * closure.
 */
import { answerWord } from './answer-word';
import { endsWithChars } from './char-class';
import { laterClause } from './clauses';
import { eitherWaySpans, inEitherWay } from './either-way';
import { NEGATION_CUES, SAYING_VERBS } from './english';
import { raisedNegation } from './negated-belief';
import { untilDateAfter } from './not-until';
import { monthOf } from './resolve-dates';
import { isUpper, type Token } from './tokenize';
import { inClass, wordClass } from './word-class';
import { gapHas } from './word-gaps';

export type Negation = {
  at: number;
  word: string;
  denial: boolean;
  /** "not necessarily", "not all": a partial statement, not a denial. */
  partial?: boolean;
  /** The last token this negation governs (a denial governs the rest of the sentence). */
  until: number;
  /** A token in that scope it leaves as named: the noun a partial "not every" quantifies. */
  spares?: number;
};

const CUES = new Set(NEGATION_CUES);
/** CUES as a word class: every word of a sentence is tested. */
const CUE = wordClass(CUES);
const DENIALS = new Set(['deny', 'denied', 'denies', 'denying', 'rejected', 'dismissed']);
/**
 * A plain "not" governs the next few content words ("at no point did we discuss the closure"
 * reaches "closure" as the second); a denial verb governs the rest of the sentence.
 */
const NEGATION_REACH = 3;
/** Words that do not count towards the reach. */
const FUNCTION_WORDS = new Set(
  'the a an of to be been being is are was were did do does have has had we they it he she i you point longer any at stage time way really in on that this there ever so'.split(
    ' ',
  ),
);
/** Forms of "be" before "finished as" ("is finished as a threat"). */
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been']);
/** "no secret", "no doubt": what follows is avowed, not denied. */
const AVOWALS = new Set(['secret', 'doubt']);
/**
 * "has never hidden that", "did not conceal its wish": a denied hiding is litotes for saying a
 * thing openly, as "made no secret of" is; what follows is avowed, not denied.
 */
const HIDINGS = new Set([
  'hide',
  'hides',
  'hid',
  'hidden',
  'hiding',
  'conceal',
  'conceals',
  'concealed',
  'concealing',
  'disguise',
  'disguises',
  'disguised',
  'disguising',
]);
/** "none of this", "none of that", "none of it": a matter, not a count of the things named. */
const NONE_OF_WHAT = new Set(['this', 'that', 'it', 'which']);
/** "cannot do without", "could not manage without": a double negative, so a need, not a denial. */
const DO_WITHOUT = new Set(['do', 'manage', 'cope', 'live']);
/** Words between "cannot" and "do without" ("cannot yet do without"): still a need. */
const DO_WITHOUT_DEGREE = new Set(['yet', 'still', 'really', 'easily', 'simply']);
/**
 * Whether "do without" ("manage without", "cope without") starts at `k`, a word of degree
 * allowed before it ("cannot yet do without", "could not really manage without").
 */
function doWithoutAt(tokens: readonly Token[], k: number): boolean {
  const at = DO_WITHOUT_DEGREE.has(tokens[k]?.norm ?? '') ? k + 1 : k;
  return DO_WITHOUT.has(tokens[at]?.norm ?? '') && tokens[at + 1]?.norm === 'without';
}
/** Modal negations that, with a later "without", tell a need: "cannot", "can't", "could not". */
const UNABLE = new Set(['cannot', "can't", "couldn't", 'can’t', 'couldn’t']);
/** How many words "cannot" and its "without" may stand apart ("cannot yet hold the town without"). */
const UNABLE_REACH = 8;

/** Words of being able that a negation before them makes a "cannot": "not ready to … without". */
const ABLE = new Set(['ready', 'able', 'prepared', 'equipped']);
/** Negations that, a few words before ABLE, say unable ("neither Portsea nor Riverton was ready"). */
const NOT_ABLE = new Set(['not', 'never', 'neither', 'nor']);
/** How many words a NOT_ABLE may stand before its ABLE ("neither the town nor Riverton was ready"). */
const NOT_ABLE_REACH = 5;
/**
 * Modals a negative subject makes a "cannot" ("neither Portsea nor Riverton can … without", "nobody
 * could … without"): the subject carries the negation, so the modal stands bare.
 */
const CAN = new Set(['can', 'could']);
/** Negative subjects before such a modal: "neither … nor", "nobody", "no one". */
const NO_SUBJECT = new Set(['neither', 'nor', 'nobody', 'noone']);
/** How many words a NO_SUBJECT may stand before its modal ("neither the town nor the rest of the coast can"). */
const NO_SUBJECT_REACH = 6;

/**
 * Whether the bare "can"/"could" at k has a negative subject a few words before it, in its clause:
 * "neither Portsea nor Riverton can yet hold the pier without the pilots" needs the pilots, as
 * "cannot hold the pier without" does. "No one" is read as its two words.
 */
function unableModal(tokens: readonly Token[], k: number): boolean {
  if (!CAN.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - NO_SUBJECT_REACH; j--) {
    const norm = (tokens[j] as Token).norm;
    if (NO_SUBJECT.has(norm)) return true;
    if (norm === 'one' && tokens[j - 1]?.norm === 'no') return true;
  }
  return false;
}

/**
 * Whether the token at k is "cannot", "can't", "couldn't", the "not" of "could not"/"can not",
 * a "can" whose subject is "neither … nor" or "nobody", or a negation of being able ("not ready",
 * "neither … was ready"): "not ready to hold the town without the ferry" needs the ferry, as
 * "cannot hold the town without" does.
 */
function unableAt(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]?.norm ?? '';
  if (UNABLE.has(norm) || unableModal(tokens, k)) return true;
  const before = tokens[k - 1]?.norm ?? '';
  if (norm === 'not' && (before === 'can' || before === 'could')) return true;
  if (!NOT_ABLE.has(norm)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + NOT_ABLE_REACH; j++)
    if (ABLE.has((tokens[j] as Token).norm)) return true;
  return false;
}

/**
 * The position of a "cannot" a few words before the "without" at `at`, in the same clause
 * (no break between), or -1: "cannot yet hold the town without the ferry".
 */
function unableBefore(tokens: readonly Token[], sentence: string, at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - UNABLE_REACH; k--) {
    if (gapHas(tokens, sentence, k + 1, ',;:()\u2014\u2013')) return -1;
    if (unableAt(tokens, k)) return k;
  }
  return -1;
}

/** The position of the "without" a few words after the "cannot" at `at`, in its clause, or -1. */
function neededAfter(tokens: readonly Token[], sentence: string, at: number): number {
  if (!unableAt(tokens, at)) return -1;
  for (let k = at + 1; k < tokens.length && k <= at + UNABLE_REACH; k++) {
    if (gapHas(tokens, sentence, k, ',;:()\u2014\u2013')) return -1;
    if ((tokens[k] as Token).norm === 'without') return k;
  }
  return -1;
}

/** Verbs of taking one thing for another ("mistake the pause for an end"). */
const MISTAKINGS = new Set(['mistake', 'mistakes', 'mistook', 'mistaking', 'confuse', 'confuses']);
/** Modals between the negation and such a verb ("nobody should mistake"). */
const MISTAKE_MODALS = new Set(['should', 'must', 'would', 'could', 'will', 'can', 'to']);
/**
 * "Nobody should mistake the reopening for a victory", "do not confuse the pause with an end": the
 * negation denies the mistaking, and the thing mistaken is told as so. The position of that
 * verb right after the negation (a modal or two between), or -1.
 */
function mistakingAfter(tokens: readonly Token[], at: number): number {
  let k = at + 1;
  while (k <= at + 3 && MISTAKE_MODALS.has(tokens[k]?.norm ?? '')) k++;
  return MISTAKINGS.has(tokens[k]?.norm ?? '') ? k : -1;
}

/** "not only", "not yet", "not immediately": these do not deny what follows. */
const HEDGES = new Set(['immediately', 'only', 'just', 'yet']);
/**
 * "not necessarily all staff out", "not fully closed", "not all lanes": the statement is
 * partial. It does not deny the event, but it does not assert the whole of it either, so the
 * rest of the clause counts as negated (and no denial claim is read from it).
 */
const PARTIAL = new Set(['necessarily', 'entirely', 'fully', 'completely', 'all', 'every']);
/** "not quite all crews", "not exactly every boat": as partial as "not all". */
const PARTIAL_SOFTENERS = new Set(['quite', 'exactly', 'absolutely']);

export function findNegations(tokens: Token[], sentence: string): Negation[] {
  const found: Negation[] = [];
  // An indexed loop, the cue read before the word after it: most words are no cue, and cost
  // one look-up.
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    // Most words can open no negation (none of the words tested below): one bit tested.
    if ((token.classes & NEGATION_START) === 0 && !endsWithChars(token.norm, "n't")) continue;
    const next = tokens[at + 1]?.norm ?? '';
    // "too weak to hold the town": the infinitive is not done; the word before "to" stands.
    if (token.norm === 'too') {
      const to = tooTo(tokens, sentence, at);
      if (to >= 0)
        found.push({ at: to, word: token.raw, denial: false, until: reach(tokens, sentence, to) });
      continue;
    }
    // "Nor has Ferrylink given up": the subject the auxiliary inverts with stays named.
    const named = invertedName(tokens, at);
    if (named >= 0) {
      found.push({
        at: named,
        word: token.raw,
        denial: false,
        until: reach(tokens, sentence, named),
      });
      continue;
    }
    // "have yet to agree" negates without a "not".
    const yetTo = token.norm === 'yet' && tokens[at + 1]?.norm === 'to';
    // "The company is finished as a carrier": it is a carrier no more.
    // "declared the group finished as a threat": a verb of calling before it says the same.
    const finishedAs =
      next === 'as' &&
      (token.norm === 'finished' || token.norm === 'done') &&
      (BE.has(tokens[at - 1]?.norm ?? '') || calledBefore(tokens, at));
    if (
      !(
        inClass(token, CUE) ||
        token.norm.endsWith("n't") ||
        yetTo ||
        finishedAs ||
        lacksTheMeans(tokens, at)
      )
    )
      continue;
    if (HEDGES.has(next)) continue;
    // "None of this means the danger has passed" weighs what was said ("this does not mean"),
    // where "none of its crews remain" counts the crews out.
    if (token.norm === 'none' && next === 'of' && NONE_OF_WHAT.has(tokens[at + 2]?.norm ?? ''))
      continue;
    // "made no secret of its aim", "there is no doubt that …": said openly, not denied.
    if (token.norm === 'no' && AVOWALS.has(next)) continue;
    // "Deal or no deal, the ferries sail": the sentence holds either way (either-way.ts).
    if (
      token.norm === 'no' &&
      tokens[at - 1]?.norm === 'or' &&
      inEitherWay(eitherWaySpans(tokens, sentence), at)
    )
      continue;
    // "has never hidden that it wants …", "did not conceal its aim": litotes, said openly.
    if (HIDINGS.has(next)) continue;
    // "nobody should mistake the reopening for …": only the mistaking is denied.
    const mistaking = mistakingAfter(tokens, at);
    if (mistaking >= 0) {
      found.push({ at, word: token.raw, denial: false, until: mistaking });
      continue;
    }
    // "urged residents not to believe that the gang is finished": the negation of a belief is
    // the clause's, after its subject, which stays named (negated-belief.ts).
    const raised = raisedNegation(tokens, at, (k) => gapHas(tokens, sentence, k, ';,:'));
    if (raised >= 0) {
      found.push({
        at: raised,
        word: token.raw,
        denial: false,
        until: reach(tokens, sentence, raised),
      });
      continue;
    }
    // "the town cannot do without the ferry": it needs the ferry; nothing is denied.
    if (doWithoutAt(tokens, at + 1)) continue;
    if (token.norm === 'without' && DO_WITHOUT.has(tokens[at - 1]?.norm ?? '')) {
      // "cannot yet do without", "could not really manage without": a word of degree between.
      const k = DO_WITHOUT_DEGREE.has(tokens[at - 2]?.norm ?? '') ? at - 3 : at - 2;
      const before = tokens[k]?.norm ?? '';
      if (CUES.has(before) || endsWithChars(before, "n't")) continue;
    }
    // "the town cannot keep the road open without the ferry": a double negative; what follows
    // "without" is needed, not denied (the doing before it stays negated).
    if (token.norm === 'without' && unableBefore(tokens, sentence, at) >= 0) continue;
    // "No — officials speak of a transition": the answer to the question before, not a denial.
    if (token.norm === 'no' && answerWord(tokens, sentence, at)) continue;
    // "dismissed the partial reopening as a gesture": a verb of calling, which judges its
    // object and denies nothing (unless the object is a report: see calledAs).
    if (DENIALS.has(token.norm) && calledAs(tokens, sentence, at)?.deniesObject === false) continue;
    if (!timesIt(tokens, sentence, at)) {
      // "no" in "no longer" still negates; "no" as in "No. 2" does not occur in prose we read.
      const denial = DENIALS.has(token.norm);
      const aside = contrastEnd(tokens, sentence, at);
      if (aside >= 0) {
        found.push({ at, word: token.raw, denial, partial: true, until: aside });
        continue;
      }
      const partial =
        PARTIAL.has(next) ||
        (PARTIAL_SOFTENERS.has(next) && PARTIAL.has(tokens[at + 2]?.norm ?? ''));
      if (partial && !denial) {
        found.push({
          at,
          ...spared(tokens, at),
          word: token.raw,
          denial,
          partial: true,
          until: clauseEnd(tokens, sentence, at),
        });
        continue;
      }
      const needed = denial ? -1 : neededAfter(tokens, sentence, at);
      const answered = denial ? -1 : answeredLater(tokens, sentence, at);
      if (answered >= 0) {
        found.push({ at, word: token.raw, denial, until: answered });
        continue;
      }
      found.push({
        at,
        word: token.raw,
        denial,
        until:
          needed >= 0
            ? needed - 1
            : denial
              ? denialEnd(tokens, sentence, at)
              : asksOpenly(tokens, at) ||
                  deniesMeaning(tokens, at) ||
                  frontedNegation(tokens, sentence, at)
                ? clauseEnd(tokens, sentence, at)
                : reach(tokens, sentence, at),
      });
    }
  }
  const askedNo = askedAnsweredNo(tokens, sentence);
  if (askedNo) found.push(askedNo);
  return found;
}

/** "Asked whether …" or "Asked if …": the question put in an opening clause. */
const ASKED_IF = new Set(['whether', 'if']);
/**
 * Verbs that give an answer word: "…, the mayor said no." (here), "…, said yes" (recognize.ts
 * askedOpening).
 */
export const ANSWERING = new Set(['said', 'says', 'replied', 'replies', 'answered', 'answers']);

/**
 * "Asked whether the pier had reopened, the mayor said no.": the answer denies what the opening
 * clause asked, so that clause is negated, up to its comma (a "yes" asserts it: recognize.ts
 * askedOpening). Undefined for any other sentence.
 */
function askedAnsweredNo(tokens: Token[], sentence: string): Negation | undefined {
  const last = tokens.length - 1;
  if (last < 5 || tokens[0]?.norm !== 'asked' || !ASKED_IF.has(tokens[1]?.norm ?? ''))
    return undefined;
  const answer = tokens[last] as Token;
  if (answer.norm !== 'no' || !ANSWERING.has((tokens[last - 1] as Token).norm)) return undefined;
  for (let k = 3; k < last - 1; k++)
    if (gapHas(tokens, sentence, k, ','))
      return { at: 1, word: answer.raw, denial: true, until: k - 1 };
  return undefined;
}

/** Verbs of denial that also judge: "dismissed the plan as a gesture", "rejected it as unfair". */
const JUDGING = new Set(['dismissed', 'rejected']);
/** How many words the object of a verb of calling may run to before its "as". */
const CALLED_OBJECT_WORDS = 6;
/** Words that open a clause or a phrase of its own inside the object: the "as" is then theirs. */
const CLAUSE_OPENERS = new Set(
  'that which who whom whose what when where while because'.split(' '),
);
/** Words that open the object of a verb: "portraying the move", "calling it". */
const OBJECT_STARTS = new Set('the a an its their his her this these those it them us'.split(' '));
/** "as" not opening a label: "as well", "as of May", "as soon as", "as long as". */
const AS_NOT_A_LABEL = new Set(['well', 'of', 'soon', 'long', 'far', 'much', 'many', 'part', 'if']);
/** Nouns of something said: dismissing one "as" something denies what it says. */
const REPORT_NOUNS = new Set(
  'talk report reports claim claims rumour rumours rumor rumors story stories suggestion suggestions speculation allegation allegations account accounts word'.split(
    ' ',
  ),
);

/**
 * "dismiss" or "reject" an object "as" something calls that object something; what follows "as"
 * the speaker asserts. The object is a short noun phrase with no clause break, no clause of its
 * own and no verb in "-ing" taking an object ("dismissed reports portraying the move as …" denies
 * the reports, whose own "as" is theirs). Whether the object is denied depends on what it is:
 * "dismissed the partial reopening as a token gesture" judges an act and denies nothing, while
 * "dismissed the talk of a closure as a rumour" denies what the talk says, up to the "as".
 * Undefined when the sentence has no such "as" ("dismissed as nonsense reports that …", "rejected
 * the offer as well as the rota": the denial stands whole).
 */
function calledAs(
  tokens: Token[],
  sentence: string,
  at: number,
): { as: number; deniesObject: boolean } | undefined {
  if (!JUDGING.has((tokens[at] as Token).norm)) return undefined;
  let report = false;
  for (let k = at + 1; k < tokens.length && k <= at + CALLED_OBJECT_WORDS + 1; k++) {
    if (gapHas(tokens, sentence, k, ',;:')) return undefined;
    const word = (tokens[k] as Token).norm;
    if (word === 'as') {
      if (k === at + 1 || AS_NOT_A_LABEL.has(tokens[k + 1]?.norm ?? '')) return undefined;
      return { as: k, deniesObject: report };
    }
    if (CLAUSE_OPENERS.has(word)) return undefined;
    // "reports portraying the move": a verb in "-ing" taking an object, not a noun ("the reopening").
    if (word.length > 4 && word.endsWith('ing') && OBJECT_STARTS.has(tokens[k + 1]?.norm ?? ''))
      return undefined;
    if (REPORT_NOUNS.has(word)) report = true;
  }
  return undefined;
}

/** Quantifiers a partial negation takes: "not every", "not all". */
const QUANTIFIERS = new Set(['every', 'all']);

/**
 * "Not quite every crew has left": a partial negation leaves the noun it quantifies named as it
 * is (some crews are still there) and governs what is said of it. The noun's position, right
 * after the quantifier (and "the", "of the"), when there is one.
 */
function spared(tokens: Token[], at: number): { spares?: number } {
  let k = at + 1;
  if (PARTIAL_SOFTENERS.has(tokens[k]?.norm ?? '')) k++;
  if (!QUANTIFIERS.has(tokens[k]?.norm ?? '')) return {};
  k++;
  if (tokens[k]?.norm === 'of') k++;
  if (tokens[k]?.norm === 'the') k++;
  return k < tokens.length ? { spares: k } : {};
}

/** Verbs that call their object something ("declared the board finished as an owner"). */
const CALLING = new Set(
  'declare declares declared declaring pronounce pronounces pronounced pronouncing deem deems deemed deeming consider considers considered considering call calls called calling'.split(
    ' ',
  ),
);
/** How many words before "finished as" a verb of calling may stand (the object between). */
const CALLED_REACH = 4;

/**
 * "The survey declared the old pier finished as a landing": a verb of calling with its object
 * before "finished as" says the object is that no more, as "is finished as" does.
 */
function calledBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - CALLED_REACH - 1); k--) {
    const word = (tokens[k] as Token).norm;
    // "called on the crew that finished as …": a clause of its own stands between.
    if (CALLED_CLAUSE_OPENERS.has(word)) return false;
    if (CALLING.has(word)) return k < at - 1 && !PARTICLES.has(tokens[k + 1]?.norm ?? '');
  }
  return false;
}
/** Words opening a clause between a verb of calling and "finished as". */
const CALLED_CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'and', 'but', 'when']);
/** "called on", "called for": another verb, which calls its object nothing. */
const PARTICLES = new Set(['on', 'for', 'off', 'up', 'in', 'out']);

/** "Lack" and its forms, which deny what they take when it is a capacity to act. */
const LACK = new Set(['lack', 'lacks', 'lacked', 'lacking']);
/**
 * Every word findNegations reads a negation from when it stands there: a cue, a verb of lacking
 * ("lacks the means to"), "yet" ("yet to"), "finished" and "done" ("is finished as"). A word that
 * adds a reading there is added here ("…n't" is tested apart).
 */
const NEGATION_START = wordClass([...CUES, ...LACK, 'yet', 'finished', 'done', 'too']);
/** Nouns of a capacity to act: "lacks the strength to …", "lacked any means to …". */
const CAPACITY = new Set(
  'strength means ability capacity capability power wherewithal resources muscle'.split(' '),
);

/**
 * "The rebels lack the strength to hold the town": lacking the capacity to do something says
 * it is not done, as "unable to" does. Only a noun of capacity (after "the", "any" or nothing)
 * followed by "to": "lacked fuel" or "lacks the support of" deny nothing.
 */
function lacksTheMeans(tokens: Token[], at: number): boolean {
  if (!LACK.has((tokens[at] as Token).norm)) return false;
  let k = at + 1;
  const det = tokens[k]?.norm;
  if (det === 'the' || det === 'any') k++;
  return CAPACITY.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'to';
}

/**
 * "The crews are too few to hold the pier", "too weak militarily to justify a garrison": "too",
 * a word or two of degree, and "to" with its verb say the verb's act is not done (as "unable
 * to" does), while what stands before "to" is told. The index of that "to", or -1 when no
 * "to" comes within two words with no break between ("too late, to be fair" is no such "to").
 */
function tooTo(tokens: Token[], sentence: string, at: number): number {
  for (let k = at + 2; k <= at + 3 && k < tokens.length - 1; k++) {
    if (gapHas(tokens, sentence, k, ';,:.')) return -1;
    if ((tokens[k] as Token).norm === 'to') return k;
  }
  return -1;
}

/** Negations that invert the auxiliary and the subject after them: "Nor has …", "Never did …". */
const INVERTING = new Set(['nor', 'neither', 'never']);
/** Determiners opening an inverted subject of one noun: "Nor is the group …". */
const DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that']);
/** How many capitalised words an inverted name may run to. */
const NAME_WORDS = 4;
/** Auxiliaries an inverted subject follows. */
const INVERTED_AUX = new Set(
  'has have had did does do is are was were will would can could'.split(' '),
);

/**
 * "Nor has Ferrylink given up", "Never did North Pier Ferries run a night boat", "Nor is the
 * board a spent force": a negation inverting its auxiliary and its subject (a name in capitals
 * of up to NAME_WORDS words, or a determiner and one noun) denies what is said of that subject,
 * not that it is there ("Nor have the crews left": the crews are named, their leaving denied).
 * The subject's last word (the negation starts after it), or -1.
 */
function invertedName(tokens: Token[], at: number): number {
  if (!INVERTING.has((tokens[at] as Token).norm)) return -1;
  if (!INVERTED_AUX.has(tokens[at + 1]?.norm ?? '')) return -1;
  let k = at + 2;
  // "Nor is the group a spent force": a determiner and its noun, named.
  if (DETERMINERS.has(tokens[k]?.norm ?? '') && k + 2 < tokens.length) return k + 1;
  while (k < tokens.length && isUpper((tokens[k] as Token).raw.charCodeAt(0))) k++;
  // A Title Case headline capitalises every word: no name is told apart there.
  return k > at + 2 && k <= at + 2 + NAME_WORDS && k < tokens.length ? k - 1 : -1;
}

/**
 * Auxiliaries a fronted negation inverts with: "Not once did …", "At no point have …", "At no
 * stage should …": those an inverted subject follows (invertedName), and "should".
 */
const AUX_AFTER_FRONTED: ReadonlySet<string> = new Set([...INVERTED_AUX, 'should']);
/** The word between a fronted "not"/"no" and its auxiliary: "not once", "at no point". */
const FRONTED = new Set(['once', 'point', 'time', 'stage', 'moment']);

/**
 * "Not once did the two crews talk about closing the pier", "At no point have they discussed
 * the closure": a negation put before the clause, its auxiliary inverted, governs the whole
 * clause and not only its next few words ("Never did …" is read by invertedName()). The clause
 * may open after a colon or a dash ("The mayor was blunt: at no stage had …"), and a teller may
 * stand between ("at no stage, he said, had …").
 */
function frontedNegation(tokens: Token[], sentence: string, at: number): boolean {
  const word = (tokens[at] as Token).norm;
  if (word !== 'not' && word !== 'no') return false;
  const start = at >= 1 && (tokens[at - 1] as Token).norm === 'at' ? at - 1 : at;
  if (start !== 0 && !gapHas(tokens, sentence, start, ':;\u2014\u2013')) return false;
  if (!FRONTED.has(tokens[at + 1]?.norm ?? '')) return false;
  return AUX_AFTER_FRONTED.has(tokens[pastTeller(tokens, sentence, at + 2)]?.norm ?? '');
}

/** How many words such a teller may have (", the ministry's spokesman said,"). */
const TELLER_WORDS = 5;

/**
 * The word after a teller set off by commas at `k` (", he said, had …"), or `k` itself when
 * none stands there.
 */
function pastTeller(tokens: Token[], sentence: string, k: number): number {
  if (!gapHas(tokens, sentence, k, ',')) return k;
  let told = false;
  for (let j = k; j < tokens.length && j < k + TELLER_WORDS; j++) {
    if (SAYING_VERBS.has((tokens[j] as Token).norm)) told = true;
    if (j > k && gapHas(tokens, sentence, j, ',')) return told ? j : k;
  }
  return k;
}

/** How many words a contrast set off by commas ("…, not any timetable, …") may run to. */
const CONTRAST_REACH = 6;

/**
 * "It is the charter, not any timetable, that sets the date": a "not" opening a phrase set off
 * by commas on both sides names the alternative the sentence sets aside. It neither denies that
 * thing nor asserts it, so it reads as a partial statement over the phrase (no denial claim is
 * read from it, and the phrase is not asserted). At the end of a sentence the contrast is the
 * predicate's own ("The talks were about the pier, not about closing it." denies the closing),
 * and reads as any "not" does. The last token of the phrase, or -1.
 */
function contrastEnd(tokens: Token[], sentence: string, at: number): number {
  if ((tokens[at] as Token).norm !== 'not' || at === 0) return -1;
  if (!gapHas(tokens, sentence, at, ',')) return -1;
  for (let k = at + 1; k < tokens.length && k <= at + CONTRAST_REACH + 1; k++) {
    if (gapHas(tokens, sentence, k, ',;:')) return k > at + 1 ? k - 1 : -1;
  }
  // "… working on a change of role, not an exit.": a noun set against the noun before it, to
  // the sentence's end, is the alternative set aside as well (an article after "not", a few
  // words to the end); "…, not about closing it." is the predicate's own and denies.
  const last = tokens.length - 1;
  if (INDEFINITE.has(tokens[at + 1]?.norm ?? '') && last > at + 1 && last <= at + NOUN_CONTRAST)
    return last;
  return -1;
}

/** Articles opening a noun set against the one before ("…, not an exit."). */
const INDEFINITE = new Set(['a', 'an']);
/** How many words after "not" a noun set against another at the sentence's end may run to. */
const NOUN_CONTRAST = 4;

/** Verbs that say what something amounts to: "does not mean the crews have left". */
const MEANING = new Set(
  'mean means meant imply implies signal signals indicate indicates'.split(' '),
);

/** Auxiliaries that mark the clause a verb of meaning takes ("… mean the crews have left"). */
const CLAUSE_VERBS = new Set('have has had will would is are was were'.split(' '));
/** How far after the verb of meaning its clause's auxiliary may stand. */
const MEANING_CLAUSE_REACH = 5;

/**
 * "The departure does not mean the crews have left the island": a negated verb of meaning
 * leaves the clause it takes untold, however many words it runs to ("does not mean a break
 * with the council" negates a noun, as any "not" does).
 */
function deniesMeaning(tokens: Token[], at: number): boolean {
  if (!MEANING.has(tokens[at + 1]?.norm ?? '')) return false;
  for (let k = at + 2; k < tokens.length && k <= at + 1 + MEANING_CLAUSE_REACH; k++)
    if (CLAUSE_VERBS.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Verbs of telling or knowing that a question word may follow ("has not said how many …"). */
const TELLING = new Set(
  'say said says disclose disclosed discloses reveal revealed reveals specify specified specifies confirm confirmed confirms know knew known explain explained explains detail detailed indicate indicated'.split(
    ' ',
  ),
);
/** Words that open an embedded question. */
const ASKING = new Set('how whether when where which what why who if'.split(' '));

/**
 * "The council has not said how many crews will stay", "did not disclose whether the pier
 * reopens": what follows the question word is left open, not told, to the end of the clause.
 */
function asksOpenly(tokens: Token[], at: number): boolean {
  return tellingAsked(tokens, at) >= 0;
}

/** The verb of telling a "not" at `at` governs before a question word ("not said how"), or -1. */
function tellingAsked(tokens: Token[], at: number): number {
  for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
    const word = (tokens[k] as Token).norm;
    if (TELLING.has(word)) return ASKING.has(tokens[k + 1]?.norm ?? '') ? k : -1;
    if (!FUNCTION_WORDS.has(word) && word !== 'yet') return -1;
  }
  return -1;
}

/** Verbs that give an estimate of a figure, "at" after them: "put it at", "estimated them at". */
const ESTIMATING = new Set(
  'estimated estimates estimate estimating put puts putting placed places reckoned reckons'.split(
    ' ',
  ),
);
/** How many words may stand between the verb of estimating and its "at" ("put the number at"). */
const ESTIMATE_AT_REACH = 3;

/**
 * "The council has not said how many crews remain, but a pilot put the number at a dozen": the
 * clause after "but" answers the question the "not" left open, so what the question asks (crews
 * remain) is taken as so, and only the telling is denied. Returns the verb of telling, or -1.
 */
function answeredLater(tokens: Token[], sentence: string, at: number): number {
  const telling = tellingAsked(tokens, at);
  if (telling < 0) return -1;
  // clauseEnd stops on the "but" itself.
  return estimatedAfterBut(tokens, sentence, clauseEnd(tokens, sentence, at)) ? telling : -1;
}

/**
 * Whether a "but" at `but` opens a clause that gives an estimate ("but a pilot put the number at
 * a dozen"), up to a semicolon or colon: the answer to a question a clause before left open.
 */
export function estimatedAfterBut(
  tokens: readonly Token[],
  sentence: string,
  but: number,
): boolean {
  if ((tokens[but]?.norm ?? '') !== 'but') return false;
  for (let k = but + 1; k < tokens.length; k++) {
    if (gapHas(tokens as Token[], sentence, k, ';:')) return false;
    if (!ESTIMATING.has((tokens[k] as Token).norm)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 1 + ESTIMATE_AT_REACH; j++)
      if ((tokens[j] as Token).norm === 'at') return true;
    return false;
  }
  return false;
}

/** How far after a "not" an "until" can still time what it negates. */
const UNTIL_REACH = 6;

/**
 * "Will not be complete until 2026", "won't leave until September": a "not … until" times the
 * event instead of denying it. Denial verbs are not cues for this ("denied … until" still denies).
 */
function timesIt(tokens: Token[], sentence: string, at: number): boolean {
  if (DENIALS.has((tokens[at] as Token).norm)) return false;
  for (let k = at + 1; k < tokens.length && k <= at + UNTIL_REACH; k++) {
    if (gapHas(tokens, sentence, k, ';,:')) return false;
    const word = (tokens[k] as Token).norm;
    if (word === 'until' || word === 'till') return true;
  }
  // "was not handed over to the army until January": further on in the clause, an "until"
  // naming a date times the event as well (not-until.ts).
  return untilDateAfter(tokens, sentence, at, namesDate) >= 0;
}

/** Whether a word opens a date: a month ("January") or a year ("2025"). */
function namesDate(token: Token | undefined): boolean {
  if (!token) return false;
  if (monthOf(token) !== undefined) return true;
  return token.value !== undefined && /^\d{4}$/.test(token.raw) && token.value >= 1900;
}

/** Negated subjects that may open a sentence and have a teller set off after them ("None, they say, …"). */
const QUANTIFIER_SUBJECTS = new Set(['none', 'no', 'nobody', 'neither']);

/**
 * The last token a plain negation at `at` governs: it stops before the third content word after
 * it, and at a clause break (";", ",", ":", "but" or "and that") between it and the word
 * (not at a teller set off by commas after a negated subject opening the sentence).
 */
function reach(tokens: Token[], sentence: string, at: number): number {
  let content = 0;
  for (let k = at + 1; k < tokens.length; k++) {
    const previous = tokens[k - 1] as Token;
    if (k > at + 1 && previous.norm === 'but') return k - 1;
    if (gapHas(tokens, sentence, k, ';,:')) {
      // "None of them, they write, expected a full closure": a teller set off by commas after a
      // negated subject opening the sentence stands inside the clause, which goes on after it
      // with its verb; any other comma ends the reach ("… are not enough, the envoy said, …").
      const past =
        at === 0 &&
        QUANTIFIER_SUBJECTS.has((tokens[at] as Token).norm) &&
        !gapHas(tokens, sentence, k, ';:')
          ? pastTeller(tokens, sentence, k)
          : k;
      if (past === k) return k - 1;
      k = past;
    }
    // "… will not be enough and that the handover must be complete": a second report.
    if ((tokens[k] as Token).norm === 'and' && tokens[k + 1]?.norm === 'that') return k - 1;
    // "no disarmament while the crews are here", "will not sail as long as the pier is shut": a
    // clause of time or condition is what the negated act waits on, told as so, not negated.
    if (k > at + 1 && opensTimeClause(tokens, k)) return k - 1;
    if (content >= NEGATION_REACH) return k - 1;
    if (!FUNCTION_WORDS.has((tokens[k] as Token).norm)) content++;
  }
  return tokens.length - 1;
}

/** Words before "while" that make it a noun ("for a while", "a short while"). */
const WHILE_AS_NOUN = new Set(['a', 'short', 'little', 'long', 'the']);

/**
 * Whether token `k` opens a clause of time or condition a negation before it does not reach:
 * "while" (not the noun: "for a while"), "as long as", "so long as".
 */
function opensTimeClause(tokens: readonly Token[], k: number): boolean {
  const word = (tokens[k] as Token).norm;
  if (word === 'while') return !WHILE_AS_NOUN.has(tokens[k - 1]?.norm ?? '');
  return (
    (word === 'as' || word === 'so') &&
    tokens[k + 1]?.norm === 'long' &&
    tokens[k + 2]?.norm === 'as' &&
    tokens[k - 1]?.norm !== 'for'
  );
}

/**
 * The last token a denial at `at` governs: the rest of the sentence, up to a later clause of
 * the denier's own ("rejected the demand, linking any such step to the vote", "…, adding that …").
 */
function denialEnd(tokens: Token[], sentence: string, at: number): number {
  const later = laterClause(tokens, sentence, at, tokens.length - 1);
  const end = later < 0 ? tokens.length - 1 : later - 1;
  // "denied reports that the board had shelved its plan to sell the pier": what is denied is the
  // stopping, so the act it would have stopped stands; the denial ends at the word of stopping.
  for (let k = at + 1; k <= end; k++) if (STOPPING.has((tokens[k] as Token).norm)) return k;
  // "dismissed the talk of a closure as a rumour": the talk is denied, the rumour asserted.
  const called = calledAs(tokens, sentence, at);
  return called && called.as - 1 <= end ? called.as - 1 : end;
}

/** Verbs of stopping a plan or an act: a denial of them affirms what they would stop. */
const STOPPING = new Set(
  'froze frozen freeze freezes freezing halted halt halts halting suspended suspend suspends suspending paused pause pauses pausing shelved shelve shelves shelving scrapped scrap scraps scrapping abandoned abandon abandons abandoning cancelled canceled cancel cancels dropped'.split(
    ' ',
  ),
);

/** The last token of the clause holding token `at`. */
function clauseEnd(tokens: Token[], sentence: string, at: number): number {
  for (let k = at + 1; k < tokens.length; k++) {
    const previous = tokens[k - 1] as Token;
    if (k > at + 1 && previous.norm === 'but') return k - 1;
    if (gapHas(tokens, sentence, k, ';:')) return k - 1;
  }
  return tokens.length - 1;
}

/** True when a negation governs the token at `at` (same clause, close enough, or a denial). */
export function isNegated(at: number, negations: Negation[]): boolean {
  for (const n of negations) if (n.at < at && at <= n.until && at !== n.spares) return true;
  return false;
}

/** Cues a phrase's gap may have stepped over: "not", "never", "no", "cannot", "-n't". */
const WITHIN_CUES = new Set(['not', 'never', 'no', 'cannot']);

/**
 * "The crews' job at the pier isn't finished" read by a phrasing "job ~ finished": the "isn't"
 * stood in the phrase's gap, and negates what the phrase says. A plain negation (no denial, no
 * partial "not all") strictly inside the hit whose reach comes to its last word; never for a
 * concept whose own phrasings spell a negation inside ("the fight is not over" is its meaning:
 * `spelled`, from CompiledStory.negationSpelled).
 */
export function negatedWithin(
  hit: { concept: string; from: number; to: number },
  negations: readonly Negation[],
  tokens: readonly Token[],
  spelled: ReadonlySet<string>,
): boolean {
  if (hit.to - hit.from < 3 || spelled.has(hit.concept)) return false;
  for (const n of negations) {
    if (n.denial || n.partial || n.at <= hit.from || n.at >= hit.to - 1 || n.until < hit.to - 1)
      continue;
    const word = (tokens[n.at] as Token).norm;
    if (WITHIN_CUES.has(word) || endsWithChars(word, "n't")) return true;
  }
  return false;
}

/** Words that may stand between a "not" and the verb it negates ("has not yet been shelved"). */
const NEGATED_VERB_GAP = new Set('be been being yet ever formally officially actually'.split(' '));

/**
 * "The plan to reopen the pier has not been shelved", "the crews never requested a transfer":
 * the phrase at tokens `from`…`to` (exclusive) is negated by a "not", "never" or "-n't" right
 * before it (past auxiliaries only), so what it names did not happen. Narrower than
 * `isNegated`: a word a few words after the "not" ("did not say the plan was shelved") is not
 * its verb. A phrase taking an infinitive ("is not expected to sail", "not due to") still
 * looks ahead: the "not" denies the expectation, not that the sentence speaks of what is to come.
 */
export function negatedRightBefore(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to - 1]?.norm === 'to' || tokens[to]?.norm === 'to') return false;
  let k = from - 1;
  while (k >= 0 && NEGATED_VERB_GAP.has((tokens[k] as Token).norm)) k--;
  if (k < 0) return false;
  const word = (tokens[k] as Token).norm;
  return word === 'not' || word === 'never' || word.endsWith("n't");
}
