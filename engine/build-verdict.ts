/**
 * Turns a recognised claim into what the card shows: the claim's sources corroborate; the
 * sources of rival positions on the same question contradict, each with the reason when the
 * disagreement is a value ("Courier: March 2025 — this statement: end of 2025"). Outlets that relay
 * the same original report (an origin) are listed one by one but count once as independent reports.
 * Each side is listed in time order (see inTimeOrder), so card, popup, CLI and export agree.
 */
import { textFragmentLink } from './text-fragment';
import type {
  Claim,
  KnowledgeBase,
  Origin,
  OriginCounts,
  QuestionId,
  Source,
  SourceStatement,
  SourceView,
  Stance,
  Verdict,
} from './types';

export type Sides = { corroborating: SourceView[]; contradicting: SourceView[] };

/** The sides of a card for any claim of one knowledge base, as buildSides() gives them. */
export type SideBuilder = (claim: Claim, sentenceValue: string | undefined) => Sides;

/**
 * The claims on a question, in knowledge-base order. The matcher passes the compiled story's
 * table (compile-claims.ts), so a card never reads every claim of a big pack.
 */
export type ClaimsOnQuestion = (question: QuestionId) => readonly Claim[];

export function buildSides(
  claim: Claim,
  kb: KnowledgeBase,
  sentenceValue: string | undefined,
): Sides {
  return createSideBuilder(kb, (question) =>
    kb.claims.filter((c) => c.position?.question === question),
  )(claim, sentenceValue);
}

/** Looks up the sources and origins once, for every card built with it. */
export function createSideBuilder(kb: KnowledgeBase, claimsOn: ClaimsOnQuestion): SideBuilder {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const origins = new Map((kb.origins ?? []).map((o) => [o.id, o]));
  const view = (st: SourceStatement, stance: Stance) => viewOf(st, stance, sources, origins);
  return (claim, sentenceValue) => {
    const statements = sideStatements(claim, claimsOn);
    const corroborating = statements.corroborating.map((st) => view(st, 'corroborates'));
    const contradicting = statements.contradicting.map(({ st, rival }) => {
      const v = view(st, 'contradicts');
      const theirs = st.value ?? rival.value;
      const ours = sentenceValue ?? claim.value;
      if (theirs && ours && theirs !== ours) {
        v.why = `${v.outlet}: ${theirs} — this statement: ${ours}`;
        v.disagreement = { theirs, ours };
      }
      return v;
    });
    return { corroborating: inTimeOrder(corroborating), contradicting: inTimeOrder(contradicting) };
  };
}

/** The verdict, summary and origin counts of any claim's card, as tally() of its sides gives them. */
export type Tallier = (claim: Claim) => Tally;

/**
 * What a card's tally needs without the card: the statements of each side, counted, with no
 * view built (no outlet looked up, no link written, nothing sorted). The counts do not depend on
 * the value a sentence states, nor on the order of a side. The background's pass sends no source
 * lists to the page (content/match-port.ts), so it asks for this alone.
 */
export function createTallier(claimsOn: ClaimsOnQuestion): Tallier {
  return (claim) => {
    const { corroborating, contradicting } = sideStatements(claim, claimsOn);
    return tally(
      corroborating,
      contradicting.map(({ st }) => st),
    );
  };
}

/**
 * The statements each side of the card lists, in the knowledge base's order: the claim's own,
 * then those of the claims taking its position, then a rival position's (each source once).
 */
function sideStatements(
  claim: Claim,
  claimsOn: ClaimsOnQuestion,
): {
  corroborating: SourceStatement[];
  contradicting: { st: SourceStatement; rival: Claim }[];
} {
  const corroborating = claim.sources.slice();
  const seen = new Set(claim.sources.map((s) => s.source));
  const contradicting: { st: SourceStatement; rival: Claim }[] = [];
  if (claim.position) {
    const { question, position } = claim.position;
    // Claims stating the question's value ("end of 2026") speak for their sources before side claims.
    const sameQuestion = claimsOn(question)
      .filter((c) => c !== claim)
      .sort((a, b) => Number(!!b.value) - Number(!!a.value));
    // A position is backed by every source taking it, whichever of its claims they made.
    for (const sibling of sameQuestion) {
      if (sibling.position?.position !== position) continue;
      for (const st of sibling.sources) {
        if (seen.has(st.source)) continue;
        seen.add(st.source);
        corroborating.push(st);
      }
    }
    for (const rival of sameQuestion) {
      if (rival.position?.position === position) continue;
      for (const st of rival.sources) {
        if (seen.has(st.source)) continue;
        seen.add(st.source);
        contradicting.push({ st, rival });
      }
    }
  }
  return { corroborating, contradicting };
}

/**
 * One side in the order a reader follows: oldest article first, and on the same date the knowledge
 * base's order. A month-only date ("2024-09") goes before the days of that month; an unknown date last.
 */
export function inTimeOrder(views: SourceView[]): SourceView[] {
  const key = (v: SourceView) => v.published || '\uffff';
  return views
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (key(a.v) < key(b.v) ? -1 : key(a.v) > key(b.v) ? 1 : a.i - b.i))
    .map(({ v }) => v);
}

/** One statement as the card lists it: the source's outlet, date, link and, for a relayed report, its origin. */
export function viewOf(
  st: SourceStatement,
  stance: Stance,
  sources: Map<string, Source>,
  origins: Map<string, Origin>,
): SourceView {
  const source = sources.get(st.source);
  const origin = st.origin === undefined ? undefined : origins.get(st.origin);
  // An outlet's own reporting or interview needs no "via"; a relayed report does.
  const relayed = origin && origin.source !== st.source;
  return {
    ...st,
    stance,
    outlet: source?.outlet ?? st.source,
    published: source?.published ?? '',
    title: source?.title ?? '',
    link: source ? textFragmentLink(source.url, st.anchor) : '',
    ...(relayed && { via: origin.label }),
  };
}

/** Independent reports among `views`: statements with the same origin count once; one without an origin is its own. */
export function countOrigins(views: readonly Pick<SourceStatement, 'source' | 'origin'>[]): number {
  return new Set(views.map((v) => (v.origin === undefined ? `source:${v.source}` : v.origin))).size;
}

/**
 * Outlets decide between disputed and contradicted, but corroboration means independent
 * confirmation: outlets that all relay one report are a single source, however many they are.
 * `corroboratingOrigins` defaults to the outlet count, for callers that do not track origins.
 */
export function verdictOf(
  corroborating: number,
  contradicting: number,
  corroboratingOrigins: number = corroborating,
): Verdict {
  if (contradicting === 0) return corroboratingOrigins > 1 ? 'corroborated' : 'single-source';
  return contradicting > corroborating ? 'contradicted' : 'disputed';
}

/**
 * "3 outlets corroborate (2 independent reports) · 1 contradicts". The count of reports is given
 * only when it differs from the count of outlets.
 */
export function summaryOf(
  corroborating: number,
  contradicting: number,
  origins?: OriginCounts,
): string {
  const pro = `${corroborating} outlet${corroborating === 1 ? ' corroborates' : 's corroborate'}${reports(corroborating, origins?.corroborating)}`;
  if (contradicting === 0) return `${pro} · none contradicts`;
  return `${pro} · ${contradicting} contradict${contradicting === 1 ? 's' : ''}${reports(contradicting, origins?.contradicting)}`;
}

function reports(outlets: number, origins: number | undefined): string {
  if (origins === undefined || origins >= outlets) return '';
  if (origins === 1)
    return outlets === 2 ? ' (both relay one report)' : ` (all ${outlets} relay one report)`;
  return ` (${origins} independent reports)`;
}

/** Verdict, summary line and origin counts of a card. */
export type Tally = { verdict: Verdict; summary: string; origins: OriginCounts };

/** The tally of a card's two sides (its views, or the statements they are made of). */
export function tally(
  corroborating: readonly Pick<SourceStatement, 'source' | 'origin'>[],
  contradicting: readonly Pick<SourceStatement, 'source' | 'origin'>[],
): Tally {
  const origins = {
    corroborating: countOrigins(corroborating),
    contradicting: countOrigins(contradicting),
  };
  return {
    verdict: verdictOf(corroborating.length, contradicting.length, origins.corroborating),
    summary: summaryOf(corroborating.length, contradicting.length, origins),
    origins,
  };
}
