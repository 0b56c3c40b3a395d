/**
 * Turns a recognised claim into what the card shows: the claim's sources corroborate; the
 * sources of rival positions on the same question contradict, each with the reason when the
 * disagreement is a value ("Rudaw: end of 2025 — this statement: end of 2026").
 */
import { textFragmentLink } from './text-fragment';
import type {
  Claim,
  KnowledgeBase,
  Source,
  SourceStatement,
  SourceView,
  Stance,
  Verdict,
} from './types';

export type Sides = { corroborating: SourceView[]; contradicting: SourceView[] };

export function buildSides(
  claim: Claim,
  kb: KnowledgeBase,
  sentenceValue: string | undefined,
): Sides {
  const sources = new Map(kb.sources.map((s) => [s.id, s]));
  const corroborating = claim.sources.map((st) => view(st, 'corroborates', sources));
  const seen = new Set(claim.sources.map((s) => s.source));
  const contradicting: SourceView[] = [];
  if (claim.position) {
    const { question, position } = claim.position;
    // Claims stating the question's value ("end of 2026") speak for their sources before side claims.
    const sameQuestion = kb.claims
      .filter((c) => c.position?.question === question && c !== claim)
      .sort((a, b) => Number(!!b.value) - Number(!!a.value));
    // A position is backed by every source taking it, whichever of its claims they made.
    for (const sibling of sameQuestion) {
      if (sibling.position?.position !== position) continue;
      for (const st of sibling.sources) {
        if (seen.has(st.source)) continue;
        seen.add(st.source);
        corroborating.push(view(st, 'corroborates', sources));
      }
    }
    for (const rival of sameQuestion) {
      if (rival.position?.position === position) continue;
      for (const st of rival.sources) {
        if (seen.has(st.source)) continue;
        seen.add(st.source);
        const v = view(st, 'contradicts', sources);
        const theirs = st.value ?? rival.value;
        const ours = sentenceValue ?? claim.value;
        if (theirs && ours && theirs !== ours)
          v.why = `${v.outlet}: ${theirs} — this statement: ${ours}`;
        contradicting.push(v);
      }
    }
  }
  return { corroborating, contradicting };
}

function view(st: SourceStatement, stance: Stance, sources: Map<string, Source>): SourceView {
  const source = sources.get(st.source);
  return {
    ...st,
    stance,
    outlet: source?.outlet ?? st.source,
    published: source?.published ?? '',
    title: source?.title ?? '',
    link: source ? textFragmentLink(source.url, st.anchor) : '',
  };
}

export function verdictOf(corroborating: number, contradicting: number): Verdict {
  if (contradicting === 0) return corroborating > 1 ? 'corroborated' : 'single-source';
  return contradicting > corroborating ? 'contradicted' : 'disputed';
}

/** "3 sources corroborate · 1 contradicts" */
export function summaryOf(corroborating: number, contradicting: number): string {
  const pro = `${corroborating} source${corroborating === 1 ? ' corroborates' : 's corroborate'}`;
  if (contradicting === 0) return `${pro} · none contradicts`;
  return `${pro} · ${contradicting} contradict${contradicting === 1 ? 's' : ''}`;
}
