/**
 * The statements about the story that no claim covers, grouped across articles into candidate
 * claims, and candidate claims that differ only in their value into candidate questions (the
 * disagreements a question's positions hold). A statement is a sentence the topic gate lets
 * through that names one of the story's actors and something it does, and that the engine
 * matches to no claim. Its signature is what the engine found in it: actors, actions (every
 * other concept), places (the topic's anchors and regional places), the value it states, and
 * whether the action is negated. The value is the first date it states (not a "since"), else its
 * first figure of 100 or more.
 */
import type { CompiledStory } from '../engine/compile-story';
import { type Passage, passageOf } from './kb-existing';
import type { ReportCounter } from './kb-independence';
import type { KbArticle } from './kb-inputs';
import type { ReadArticle, ReadSentence } from './kb-read-article';

/** What a statement is about, as concept ids and a value. */
export type Signature = {
  actors: string[];
  actions: string[];
  places: string[];
  /** The first date it states (not a "since"), else its first figure; null when neither. */
  value: string | null;
  negated: boolean;
};

/** An uncovered statement with its signature. */
export type Statement = Passage & { signature: Signature };

/** Statements of several articles with one signature: a claim the knowledge base could add. */
export type CandidateClaim = Signature & {
  id: string;
  /** Independent reports carrying it: copies of one story count once (kb-independence.ts). */
  reports: number;
  outlets: string[];
  /** Publication dates of the passages, earliest first. */
  dates: string[];
  passages: Passage[];
};

/** Candidate claims about the same thing that state different values: a disputed question. */
export type CandidateQuestion = {
  id: string;
  actors: string[];
  actions: string[];
  places: string[];
  /** One position per value, with the candidate claims that state it. */
  positions: { value: string; candidates: string[]; reports: number }[];
};

/**
 * Smaller figures are mostly days, ordinals and counts of everything but troops ("the 7th
 * division", "Sept. 27"): as a statement's value they split groups for nothing.
 */
const MIN_FIGURE = 100;

/** Sentences shorter than this are headings or fragments, not statements. */
const MIN_WORDS = 6;
/** Share (Jaccard) of action concepts two statements must share to be about the same thing. */
const SAME_ACTION = 0.4;
/** Share (Jaccard) of action concepts two candidate claims must share to answer one question. */
const SAME_QUESTION_ACTION = 0.25;
/** Share (Jaccard) of actors they must share. */
const SAME_ACTORS = 0.5;

/** The uncovered statements of one read article. */
export function uncoveredStatements(
  article: KbArticle,
  read: ReadArticle,
  story: CompiledStory,
): Statement[] {
  if (read.offTopic) return [];
  const kinds = conceptKinds(story);
  const out: Statement[] = [];
  for (const s of read.sentences) {
    if (s.match || s.offTopic || s.text.split(/\s+/).length < MIN_WORDS) continue;
    const signature = signatureOf(s, kinds);
    if (!aboutTheStory(signature)) continue;
    const cues = s.hits.map((h) => h.text);
    out.push({ ...passageOf(article, read, s, cues), signature });
  }
  return out;
}

/**
 * An actor doing something: one actor and either two actions, or one action with a place or a
 * value ("Iraq" and "security" alone is background, not a statement to check).
 */
function aboutTheStory(s: Signature): boolean {
  if (s.actors.length === 0 || s.actions.length === 0) return false;
  return s.actions.length >= 2 || s.places.length > 0 || s.value !== null;
}

type Kinds = { actors: Set<string>; places: Set<string>; ignored: Set<string> };

function conceptKinds(story: CompiledStory): Kinds {
  const actors = new Set([...story.actors, ...story.entities.concepts]);
  const places = new Set([...story.topic.anchors, ...(story.topic.regional ?? [])]);
  // Place names that also act (a prime minister named as a topic anchor) stay actors.
  for (const a of story.actors) places.delete(a);
  for (const p of places) actors.delete(p);
  return { actors, places, ignored: new Set(['uncertain']) };
}

function signatureOf(s: ReadSentence, kinds: Kinds): Signature {
  const actors = new Set<string>();
  const actions = new Set<string>();
  const places = new Set<string>();
  let negated = false;
  for (const h of s.hits) {
    if (kinds.ignored.has(h.concept)) continue;
    if (kinds.places.has(h.concept)) places.add(h.concept);
    else if (kinds.actors.has(h.concept)) actors.add(h.concept);
    else {
      actions.add(h.concept);
      if (h.negated) negated = true;
    }
  }
  const date = s.dates.find((d) => d.role !== 'since');
  const figure = s.numbers.find((n) => n >= MIN_FIGURE);
  const value = date?.value ?? (figure !== undefined ? String(figure) : null);
  return {
    actors: [...actors].sort(),
    actions: [...actions].sort(),
    places: [...places].sort(),
    value,
    negated,
  };
}

/**
 * Groups statements into candidate claims, ordered by independent reports (then outlets), and
 * finds the candidate questions among them. Greedy: a statement joins the first group whose
 * first statement has its value, polarity and places, the same actors, and shares at least half
 * of the actions.
 */
export function groupStatements(
  statements: Statement[],
  countReports: ReportCounter,
): { claims: CandidateClaim[]; questions: CandidateQuestion[] } {
  const groups: { seed: Signature; members: Statement[] }[] = [];
  for (const st of statements) {
    const g = groups.find(
      (x) =>
        x.seed.value === st.signature.value &&
        x.seed.negated === st.signature.negated &&
        sameAbout(x.seed, st.signature),
    );
    if (g) g.members.push(st);
    else groups.push({ seed: st.signature, members: [st] });
  }
  const claims = groups
    .map(({ seed, members }) => ({
      ...seed,
      id: '',
      reports: countReports(members),
      outlets: [...new Set(members.map((m) => m.outlet))],
      dates: members
        .map((m) => m.published ?? '')
        .filter(Boolean)
        .sort(),
      // Oldest first: a candidate often runs from a plan to what came of it.
      passages: members
        .map(({ signature, ...passage }) => passage)
        .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '')),
    }))
    .sort((a, b) => b.reports - a.reports || b.outlets.length - a.outlets.length);
  claims.forEach((c, i) => {
    c.id = `candidate-${i + 1}`;
  });
  return { claims, questions: questionsOf(claims) };
}

/**
 * The same places, and most of the actors and actions: outlets name the same event with more or
 * fewer of the story's words ("US troops left Ain al-Asad" / "the coalition withdrew from Ain
 * al-Asad"), so identical sets would split one event into many candidates.
 */
function sameAbout(a: Signature, b: Signature): boolean {
  return (
    same(a.places, b.places) &&
    overlap(a.actors, b.actors) >= SAME_ACTORS &&
    overlap(a.actions, b.actions) >= SAME_ACTION
  );
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function overlap(a: string[], b: string[]): number {
  const all = new Set([...a, ...b]).size;
  return all === 0 ? 1 : a.filter((x) => b.includes(x)).length / all;
}

/**
 * Candidate claims with a value that name the same place and share some of their actions, with
 * two or more values between them, become a question: looser than a claim's grouping, because
 * outlets reporting different dates for one event ("left the base in September" / "handed the
 * base over in January") describe it differently too. Without a place, a date says too little.
 */
function questionsOf(claims: CandidateClaim[]): CandidateQuestion[] {
  const out: CandidateQuestion[] = [];
  const used = new Set<string>();
  const dated = claims.filter((c) => c.value !== null && c.places.length > 0);
  for (const c of dated) {
    if (used.has(c.id)) continue;
    const rivals = dated.filter(
      (o) =>
        !used.has(o.id) &&
        o.negated === c.negated &&
        same(o.places, c.places) &&
        overlap(o.actions, c.actions) >= SAME_QUESTION_ACTION,
    );
    const values = new Set(rivals.map((o) => o.value as string));
    if (disagreeing(values) < 2) continue;
    for (const o of rivals) used.add(o.id);
    out.push({
      id: `question-${out.length + 1}`,
      actors: [...new Set(rivals.flatMap((o) => o.actors))].sort(),
      actions: c.actions.filter((a) => rivals.every((o) => o.actions.includes(a))),
      places: c.places,
      positions: [...values].map((value) => {
        const on = rivals.filter((o) => o.value === value);
        return {
          value: value as string,
          candidates: on.map((o) => o.id),
          reports: on.reduce((n, o) => n + o.reports, 0),
        };
      }),
    });
  }
  return out;
}

/**
 * How many values disagree: a bare year agrees with a date in it ("2026" and "September 2026"
 * are one answer told at two precisions, as the engine's date check has it).
 */
function disagreeing(values: Set<string>): number {
  const all = [...values];
  return all.filter((v) => !(/^\d{4}$/.test(v) && all.some((w) => w !== v && w.endsWith(v))))
    .length;
}
