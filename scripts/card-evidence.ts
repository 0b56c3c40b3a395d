/**
 * `npx tsx scripts/card-evidence.ts OUT.jsonl [--set file.jsonl ...]`: every card the eval sees
 * (a highlighted sentence × the claim of each highlight touching it), one JSON line each, with
 * its judgement by the set's labels (right, hint, wrong, unlabelled-miss, false-alarm) and the
 * engine's reasons (`evidence`: concepts and their words, carries "(→ …)", dates, rivals, clause
 * notes). Without --set: the eval's default sets. For tables of which evidence goes with wrong
 * cards (session 43, gate25: docs/tried-and-dropped.md). Run it in a checkout of an older commit
 * to see a blind set's first cards.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAnnotator } from '../cli/annotate';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import { defaultSets, labelledFor, readSet, setName } from './eval';
import { isMostlyCovered, locateSentences, overlap } from './eval/locate';
import { renderPage } from './eval/render-page';
import { judge, type ScoredHighlight } from './eval/score';

const args = process.argv.slice(2);
const out = args[0] ?? 'eval-output/cards.jsonl';
const files = args.flatMap((a, i) => (args[i - 1] === '--set' ? [path.resolve(a)] : []));
const annotate = createAnnotator(compileStory(pack));
const lines: string[] = [];

for (const file of files.length ? files : defaultSets()) {
  const labelled = labelledFor(file);
  for (const a of readSet(file)) {
    const ann = annotate(renderPage(a), { explain: true, text: true });
    const located = locateSentences(
      ann.text ?? '',
      a.sentences.map((s) => s.text),
    );
    const byHighlight = overlap(located, ann.highlights);
    a.sentences.forEach((s, i) => {
      if (!isMostlyCovered(byHighlight.covered[i] ?? 0)) return;
      for (const k of byHighlight.touching[i] ?? []) {
        const h = ann.highlights[k] as ScoredHighlight;
        const alarm = s.highlight === false || a.kind === 'negative';
        const j = alarm ? 'false-alarm' : judge(h, s, labelled === null || labelled.has(h.claim));
        const card = { set: setName(file), article: a.id, i, claim: h.claim, j, text: s.text };
        lines.push(JSON.stringify({ ...card, evidence: h.evidence }));
      }
    });
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} cards to ${out}`);
