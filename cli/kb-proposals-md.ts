/**
 * proposals.md: the proposals as an editor reads them. Existing claims first, each with the
 * passages that state it; then the candidate claims, most independent reports first, and the
 * candidate questions. Every entry shows its id, which a review file refers to.
 */
import type { Proposals } from './kb-propose';

/** "1 article", "2 articles": a count with its noun agreeing ("passage for existing claims"). */
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a run of `kb propose` found, in one sentence: the report's first line and the command's. */
export function foundSummary(p: Proposals): string {
  return [
    counted(p.existing.length, 'passage for existing claims', 'passages for existing claims'),
    counted(p.candidates.length, 'candidate claim', 'candidate claims'),
    counted(p.questions.length, 'candidate question', 'candidate questions'),
  ].join(', ');
}

/** The whole report as Markdown. */
export function proposalsMarkdown(p: Proposals): string {
  const lines: string[] = ['# Knowledge-base proposals', ''];
  const off = p.articles.filter((a) => a.offTopic).length;
  lines.push(
    `${counted(p.articles.length, 'article', 'articles')} read (${off} set aside as not about the story): ${foundSummary(p)}.`,
    '',
    'Each entry has an id (`article:sentence` or `candidate-N`); a review file refers to it. Anchors are proposals: check them against the page.',
    '',
    '## Existing claims',
  );
  const byClaim = new Map<string, Proposals['existing']>();
  for (const e of p.existing) byClaim.set(e.claim, [...(byClaim.get(e.claim) ?? []), e]);
  for (const [claim, entries] of [...byClaim].sort((a, b) => b[1].length - a[1].length)) {
    const first = entries[0] as Proposals['existing'][number];
    lines.push(
      '',
      `### ${claim} (${entries.length})`,
      '',
      `${first.statement}${first.question ? ` — question \`${first.question}\`, position \`${first.position}\`` : ''}`,
    );
    if (first.contradicts.length)
      lines.push(`Contradicts: ${first.contradicts.map((c) => `\`${c}\``).join(', ')}`);
    lines.push('');
    const stated = entries.filter((e) => !e.hinted);
    const hinted = entries.filter((e) => e.hinted);
    for (const [i, e] of [...stated, ...hinted].entries()) {
      if (i === stated.length)
        lines.push('', 'Hinted, not stated (do not cite these for the claim):', '');
      lines.push(
        `- \`${e.id}\` **${e.outlet}** (${e.published ?? 'undated'})${e.alreadyCited ? ' — already cited' : ''}${e.sameReportAs ? ` — same report as \`${e.sameReportAs}\`` : ''} · ${e.side}${e.value ? ` · value: ${e.value}${e.claimValue ? ` (claim: ${e.claimValue})` : ''}` : ''} · ${e.confidence.level} (${e.confidence.score}${e.confidence.reasons.length ? `: ${e.confidence.reasons.join('; ')}` : ''})`,
        `  > ${e.sentence}`,
        `  anchor: “${e.anchor}” — ${e.url}`,
      );
    }
  }
  lines.push('', '## Candidate claims (no claim covers them)', '');
  for (const c of p.candidates) {
    lines.push(
      `### ${c.id}: ${c.reports} independent report${c.reports === 1 ? '' : 's'}, ${c.outlets.length} outlet${c.outlets.length === 1 ? '' : 's'}`,
      '',
      `actors: ${c.actors.join(', ')} · actions: ${c.actions.join(', ')}${c.negated ? ' (negated)' : ''} · places: ${c.places.join(', ') || '—'} · value: ${c.value ?? '—'} · dates: ${[...new Set(c.dates)].join(', ') || '—'}`,
      '',
    );
    for (const s of c.passages)
      lines.push(
        `- \`${s.id}\` **${s.outlet}** (${s.published ?? 'undated'})`,
        `  > ${s.sentence}`,
        `  anchor: “${s.anchor}” — ${s.url}`,
      );
    lines.push('');
  }
  lines.push('## Candidate questions', '');
  if (p.questions.length === 0) lines.push('None: no two candidate claims differ only in value.');
  for (const q of p.questions)
    lines.push(
      `- \`${q.id}\`: ${q.actors.join(', ')} · ${q.actions.join(', ')} · ${q.places.join(', ') || '—'}: ${q.positions
        .map((x) => `${x.value} (${x.candidates.join(', ')}; ${x.reports} reports)`)
        .join(' vs ')}`,
    );
  return `${lines.join('\n')}\n`;
}
