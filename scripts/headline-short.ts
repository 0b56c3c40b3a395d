/**
 * `npx tsx scripts/headline-short.ts [--list]`: the misses one claim group short whose group the
 * article already named (in the headline, a dek, or the sentence just before), parted by the
 * group's kind and by where it was named, with distinct sets per part; and why the headline's
 * part is not carried today (the headline has no card, a card of another claim, or the same
 * claim's card, which engine/carry-headline.ts and carry-headline-lead.ts lend only who or where,
 * and only under their tests). The cost side: uncarded sentences that must stay uncarded (labelled
 * false, or in a negative article) one group short of some claim whose group is named there, which
 * the same carry applied blindly would card.
 *
 * Unlike carry-reach.ts (which reads the engine's reasons from the last eval), it reads every
 * article afresh with the annotator, so it knows the headline's own card. The halves are the
 * design/check split of session 48: the odd-numbered articles-blind-N sets are the check half and
 * only counted (their sentences are never printed); everything else is the design half. The sets
 * in UNSEEN are skipped altogether.
 */
import { parseArgs } from 'node:util';
import { createAnnotator } from '../cli/annotate';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import { createWordReader, readWords } from '../engine/sentence-facts';
import { defaultSets, readSet, setName } from './eval';
import { isMostlyCovered, locateSentences, overlap } from './eval/locate';
import { unmetGroups } from './eval/miss-groups';
import { renderPage } from './eval/render-page';
import { storyPlaces } from './eval/story-places';

const { values } = parseArgs({ options: { list: { type: 'boolean' } } });

/** Held out from every helper but their fitter or writer (session 48): never read. */
const UNSEEN = /articles-blind-(40|41|42|43)\./;
const halfOf = (set: string) => {
  const blind = /articles-blind-(\d+)\./.exec(set);
  return blind && Number(blind[1]) % 2 === 1 ? 'check' : 'design';
};

const story = compileStory(pack);
const annotate = createAnnotator(story);
const reader = createWordReader(story);
const actors = new Set<string>(pack.vocabulary.actors);
const places = storyPlaces(pack.vocabulary);
/** Concepts naming a thing the claim is about (a deal, a plan, a body, a stage), not an act. */
const OBJECTS = new Set([
  'agreement',
  'plan',
  'both-sides',
  'framework-agreement',
  'intervene',
  'military-commission',
  'talks',
  'second-phase',
]);
const kindOf = (group: readonly string[]) =>
  group.some((c) => actors.has(c))
    ? 'actor'
    : group.some((c) => places.has(c))
      ? 'place'
      : group.every((c) => OBJECTS.has(c))
        ? 'object'
        : 'action';
const claimOf = new Map(pack.claims.map((c) => [c.id, c]));

type Row = {
  side: 'miss' | 'cost';
  set: string;
  half: string;
  where: string;
  kind: string;
  why: string;
  key: string;
  text: string;
};
const rows: Row[] = [];

for (const file of defaultSets()) {
  const set = setName(file);
  if (UNSEEN.test(set)) continue;
  const half = halfOf(set);
  for (const a of readSet(file)) {
    const ann = annotate(renderPage(a), { text: true });
    const located = locateSentences(
      ann.text ?? '',
      a.sentences.map((s) => s.text),
    );
    const by = overlap(located, ann.highlights);
    const cards = a.sentences.map((_, i) =>
      isMostlyCovered(by.covered[i] ?? 0)
        ? (by.touching[i] ?? []).map((k) => ann.highlights[k]?.claim as string)
        : [],
    );
    const named = a.sentences.map(
      (s) => new Set<string>(readWords(s.text, reader).hits.map((h) => h.concept)),
    );
    // A dek: a second line with no closing mark under the headline.
    const dek = a.sentences.length > 2 && !/[.!?…"”]$/.test(a.sentences[1]?.text.trim() ?? '');
    const whereNamed = (group: readonly string[], i: number) => {
      const has = (k: number) => k >= 0 && k < i && group.some((c) => named[k]?.has(c));
      if (has(0)) return i === 1 ? 'headline (lead)' : 'headline';
      if (dek && i > 1 && has(1)) return 'dek';
      if (i > 1 && has(i - 1)) return 'sentence before';
      return undefined;
    };
    const headCard = cards[0] ?? [];
    a.sentences.forEach((s, i) => {
      if (i === 0) return;
      const own = named[i] as Set<string>;
      const base = { set, half, key: `${set}\u0000${a.id}\u0000${i}`, text: s.text };
      if (s.highlight === true && s.claims?.length) {
        if ((cards[i] ?? []).some((c) => s.claims?.includes(c))) return;
        for (const id of s.claims) {
          const c = claimOf.get(id);
          if (!c || (c.recognize.exclude ?? []).some((x: string) => own.has(x))) continue;
          const unmet = unmetGroups(c.recognize.require, own);
          if (unmet.length !== 1) continue;
          const where = whereNamed(unmet[0] as string[], i);
          if (!where) break;
          const why =
            headCard.length === 0
              ? 'headline has no card'
              : headCard.includes(id)
                ? "headline has the claim's card"
                : 'headline has another card';
          rows.push({ ...base, side: 'miss', where, kind: kindOf(unmet[0] as string[]), why });
          break;
        }
      } else if ((a.kind === 'negative' || s.highlight === false) && !cards[i]?.length) {
        const seen = new Set<string>();
        for (const c of pack.claims) {
          if ((c.recognize.exclude ?? []).some((x: string) => own.has(x))) continue;
          const unmet = unmetGroups(c.recognize.require, own);
          if (unmet.length !== 1) continue;
          const where = whereNamed(unmet[0] as string[], i);
          const kind = kindOf(unmet[0] as string[]);
          if (!where || seen.has(`${where}/${kind}`)) continue;
          seen.add(`${where}/${kind}`);
          const why = headCard.includes(c.id) ? "headline has the claim's card" : '';
          rows.push({ ...base, side: 'cost', where, kind, why });
        }
      }
    });
  }
}

/** "n (sets)": distinct sentences and distinct sets of the rows. */
const count = (list: readonly Row[]) =>
  `${new Set(list.map((r) => r.key)).size} (${new Set(list.map((r) => r.set)).size})`;
const parts = [...new Set(rows.map((r) => `${r.where}|${r.kind}`))].sort();
console.log(
  '| named in | group | misses, design (sets) | misses, check (sets) | cost, design (sets) | cost, check (sets) |',
);
console.log('|---|---|---|---|---|---|');
for (const p of parts) {
  const [where, kind] = p.split('|');
  const of = (side: string, half: string) =>
    count(
      rows.filter(
        (r) => r.side === side && r.half === half && r.where === where && r.kind === kind,
      ),
    );
  console.log(
    `| ${where} | ${kind} | ${of('miss', 'design')} | ${of('miss', 'check')} | ${of('cost', 'design')} | ${of('cost', 'check')} |`,
  );
}
console.log('\nWhy a headline-named miss is not carried (misses, design / check):');
const head = rows.filter((r) => r.side === 'miss' && r.where.startsWith('headline'));
for (const why of [...new Set(head.map((r) => r.why))].sort())
  for (const kind of ['actor', 'place', 'action', 'object']) {
    const of = (half: string) =>
      count(head.filter((r) => r.half === half && r.why === why && r.kind === kind));
    console.log(`  ${why}, ${kind}: ${of('design')} / ${of('check')}`);
  }
const sameCost = rows.filter((r) => r.side === 'cost' && r.why !== '');
console.log(
  `\nCost of a carry kept to the headline's own card (sentences, design / check): ${count(sameCost.filter((r) => r.half === 'design'))} / ${count(sameCost.filter((r) => r.half === 'check'))}`,
);
if (values.list)
  for (const r of rows)
    if (r.half === 'design' && r.side === 'miss')
      console.log(
        `${r.set.replace(/.*\//, '')} ${r.where} ${r.kind} (${r.why})\n    ${r.text.slice(0, 160)}`,
      );
