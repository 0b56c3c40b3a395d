/**
 * `npx tsx scripts/carry-reach.ts [--half develop|check|all] [--headline] [--list]`: how far back the
 * group a missed sentence lacks is named, and what carrying it from that far would cost.
 *
 * Hits side: each MISS of the last `npm run eval` (eval-output/eval.json, or --eval FILE) read
 * against the claim it states (as `npm run miss-groups` does); for a sentence one group short,
 * the group's kind (actor, place, event/action, value) and whether the sentence before, the two
 * before, the paragraph (or, with no paragraphs known, every sentence before) or the headline names
 * it, with the sign of reference the sentence shows (a pronoun, "the" + noun, neither).
 * Cost side: each sentence that must stay uncarded (a negative article's, a `false` one) that no
 * card reaches now and that is one group short of some claim, with no concept of the claim's
 * exclusions, counted by the same kinds and distances: the cards such a carry could add.
 * With --headline, only the rows whose group the headline names, counted by set and by kind,
 * and apart the lead (the sentence right under the headline): the question behind
 * engine/carry-headline-lead.ts.
 * The sets in UNSEEN are never read: see there.
 */
import { parseArgs } from 'node:util';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import { createWordReader, readWords } from '../engine/sentence-facts';
import type { ConceptId } from '../engine/types';
import type { EvalArticle } from './eval/eval-set';
import { articlesBySet, missAt, readLastEval, squash } from './eval/last-eval';
import { unmetGroups } from './eval/miss-groups';
import { storyPlaces } from './eval/story-places';

const { values } = parseArgs({
  options: {
    half: { type: 'string', default: 'all' },
    headline: { type: 'boolean' },
    list: { type: 'boolean' },
    articles: { type: 'boolean' },
    eval: { type: 'string' },
  },
});
/**
 * Sets held out as out-of-sample measures: a helper who fits the engine must not see their
 * sentences, and this tool prints sentences, so it skips them. The list is written by hand: a set
 * leaves it when a session hands it to a fit helper. Held out in session 50: articles-blind-46,
 * which its own helper fits (31, 32 and 33 have since been fitted).
 */
const UNSEEN = /articles-blind-46\./;
/** Develop half: odd-numbered blind sets and the banks; check half: every other set. */
const developHalf = (set: string) => {
  const blind = /articles-blind-(\d+)\./.exec(set);
  if (blind) return Number(blind[1]) % 2 === 1;
  return /bank-/.test(set);
};
/** With --articles, only whole real articles: the blind article sets, dev, dev2 and the library. */
const ARTICLE_SETS = /articles-blind|\/dev2?\.jsonl$|^library/;
const inHalf = (set: string) =>
  (!values.articles || ARTICLE_SETS.test(set)) &&
  (values.half === 'all' || (values.half === 'develop') === developHalf(set));

const scored = readLastEval(values.eval);
const articlesOf = articlesBySet(pack.claims);

const story = compileStory(pack);
const reader = createWordReader(story);
const claims = pack.claims;
const actors = new Set<string>(pack.vocabulary.actors);
const places = storyPlaces(pack.vocabulary);
const values_ = new Set<string>(['hundreds', 'two-years', 'headcount', 'at-most', 'all']);
const DATE =
  /\b(19|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const FIGURE = /\d|\b(hundreds?|thousands?|dozens?)\b/i;
const kindOf = (group: readonly string[]) =>
  group[0]?.startsWith('#')
    ? 'value'
    : group.some((c) => actors.has(c))
      ? 'actor'
      : group.some((c) => places.has(c))
        ? 'place'
        : group.some((c) => values_.has(c))
          ? 'value'
          : 'event';
const PRONOUN =
  /^(they|it|its|their|them|he|she|this|these|those|that|some|most|many|others|both)\b/i;
const ANY_PRONOUN = /\b(they|them|their|it|its)\b/i;
const DEFINITE = /^([Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose)\s+[a-z]/;
/** "such strikes", "these bases", "this move" past the first word. */
const DEMONSTRATIVE = /\b(such|these|those|this)\s+[a-z]/i;
/** "there" as a place ("left there", "stayed there"), not "there is/are/was/were/will". */
const THERE =
  /\bthere\b(?!\s+(is|are|was|were|will|would|has|have|had|had been|remain|remains)\b)/i;
const signOf = (text: string) =>
  PRONOUN.test(text.trim())
    ? 'pronoun1'
    : DEFINITE.test(text.trim())
      ? 'the+noun1'
      : ANY_PRONOUN.test(text)
        ? 'pronoun'
        : DEMONSTRATIVE.test(text)
          ? 'this+noun'
          : THERE.test(text)
            ? 'there'
            : 'none';

type Named = Set<ConceptId>;
/** Distances at which the article names the group before `at`: 1, 2, paragraph, headline. */
const reach = (group: readonly ConceptId[], a: EvalArticle, named: Named[], at: number) => {
  const has = (k: number) => k >= 0 && k < at && group.some((c) => named[k]?.has(c));
  let paraStart = 0;
  const knowsParagraphs = a.sentences.some((s) => s.paragraphEnd);
  if (knowsParagraphs)
    for (let k = at - 1; k >= 0; k--)
      if (a.sentences[k]?.paragraphEnd) {
        paraStart = k + 1;
        break;
      }
  let para = false;
  for (let k = paraStart; k < at; k++) if (k > 0 && has(k)) para = true;
  return {
    prev1: at > 1 && has(at - 1),
    prev2: (at > 1 && has(at - 1)) || (at > 2 && has(at - 2)),
    para,
    headline: at > 0 && has(0),
  };
};

type Row = {
  side: 'hit' | 'cost';
  set: string;
  kind: string;
  sign: string;
  text: string;
  at: number;
} & ReturnType<typeof reach>;
const rows: Row[] = [];
const FLAGGED = /^(?:FALSE ALARM|WRONG CLAIM|NEGATIVE)[^:]*? (\S+): "(.*?)(…?)"\n/;
let missesShort = 0;
let misses = 0;
for (const { set, confusion } of scored) {
  if (UNSEEN.test(set) || !inHalf(set)) continue;
  const articles = articlesOf.get(set) ?? [];
  const namedOf = new Map<EvalArticle, Named[]>();
  const read = (a: EvalArticle) => {
    let n = namedOf.get(a);
    if (!n) {
      n = a.sentences.map((s) => {
        const set = new Set(readWords(s.text, reader).hits.map((h) => h.concept));
        // A value as a pseudo-group: a date (a year or a month) or a figure.
        if (DATE.test(s.text)) set.add('#date');
        if (FIGURE.test(s.text)) set.add('#figure');
        return set;
      });
      namedOf.set(a, n);
    }
    return n;
  };
  const flagged = new Set<string>();
  for (const line of confusion) {
    const m = FLAGGED.exec(line);
    if (m) flagged.add(`${m[1]}\u0000${m[2]}`);
    const miss = missAt(line, articles);
    if (!miss) continue;
    const { article: a, at } = miss;
    misses++;
    const named = read(a);
    // The engine's own reason: "→ claim: no \"a | b\" in the sentence".
    const reason = /→ (\S+): no "([^"]+)" in the sentence/.exec(line);
    const value = /→ (\S+): states no (date|figure)/.exec(line);
    if (!reason && !value) continue;
    missesShort++;
    const group = reason
      ? ((reason[2] as string).split(' | ') as ConceptId[])
      : [`#${value?.[2]}` as ConceptId];
    const text = a.sentences[at]?.text ?? '';
    rows.push({
      side: 'hit',
      set,
      kind: kindOf(group),
      sign: signOf(text),
      text,
      at,
      ...reach(group, a, named, at),
    });
  }
  // The cost side: sentences that must stay uncarded and have no card now.
  for (const a of articles) {
    const named = read(a);
    a.sentences.forEach((s, at) => {
      if (at === 0) return;
      if (!(a.kind === 'negative' || s.highlight === false)) return;
      if (flagged.has(`${a.id}\u0000${squash(s.text).slice(0, 40)}`)) return;
      const own = named[at] as Named;
      const found = new Map<string, ReturnType<typeof reach>>();
      for (const c of claims) {
        const u = unmetGroups(c.recognize.require, own);
        if (u.length !== 1) continue;
        if ((c.recognize.exclude ?? []).some((x: string) => own.has(x))) continue;
        const group = u[0] as ConceptId[];
        const r = reach(group, a, named, at);
        const k = kindOf(group);
        const was = found.get(k);
        found.set(k, {
          prev1: r.prev1 || !!was?.prev1,
          prev2: r.prev2 || !!was?.prev2,
          para: r.para || !!was?.para,
          headline: r.headline || !!was?.headline,
        });
      }
      for (const [kind, r] of found)
        if (r.prev1 || r.prev2 || r.para || r.headline)
          rows.push({ side: 'cost', set, kind, sign: signOf(s.text), text: s.text, at, ...r });
    });
  }
}
if (values.headline) reportHeadline();
else reportAll();

function reportAll() {
  console.log(
    `${misses} misses of a known claim; ${missesShort} with a required group absent (half: ${values.half})`,
  );
  for (const side of ['hit', 'cost'] as const) {
    console.log(
      `\n${side === 'hit' ? 'misses one group short' : 'uncarded sentences one group short'}: named at`,
    );
    console.log('kind     sign       n   prev1 prev<=2 para head');
    const keys = new Map<string, Row[]>();
    for (const r of rows.filter((r) => r.side === side)) {
      for (const key of [`${r.kind} ${r.sign}`, `${r.kind} *`, `* *`]) {
        const list = keys.get(key) ?? [];
        list.push(r);
        keys.set(key, list);
      }
    }
    for (const [key, list] of [...keys].sort()) {
      const [kind, sign] = key.split(' ');
      const n = (p: (r: Row) => boolean) => String(list.filter(p).length).padStart(5);
      console.log(
        `${(kind as string).padEnd(8)} ${(sign as string).padEnd(9)} ${String(list.length).padStart(3)} ${n((r) => r.prev1)} ${n((r) => r.prev2)} ${n((r) => r.para)} ${n((r) => r.headline)}`,
      );
    }
  }
  if (values.list)
    for (const r of rows)
      console.log(
        `${r.side} ${r.set.replace(/.*\//, '')} ${r.kind} ${r.sign} p1=${+r.prev1} p2=${+r.prev2} para=${+r.para} head=${+r.headline}\n    ${r.text.slice(0, 150)}`,
      );
}

/** Only the rows whose group the headline names: by set, by kind, and the lead apart. */
function reportHeadline() {
  const headRows = rows.filter((r) => r.headline);
  console.log(
    `${misses} misses; ${missesShort} one group short; named in the headline: ${headRows.filter((r) => r.side === 'hit').length}`,
  );
  for (const side of ['hit', 'cost'] as const) {
    console.log(
      `\n${side}: by set (headline names the group; also in sentence before / paragraph)`,
    );
    const by = new Map<string, Row[]>();
    for (const r of headRows.filter((r) => r.side === side)) {
      const k = r.set.replace(/.*\//, '');
      by.set(k, [...(by.get(k) ?? []), r]);
    }
    for (const [k, list] of [...by].sort())
      console.log(
        `${k.padEnd(40)} ${String(list.length).padStart(3)}  prev1 ${list.filter((r) => r.prev1).length}  para ${list.filter((r) => r.para).length}`,
      );
    const lead = headRows.filter((r) => r.side === side && r.at === 1);
    console.log(
      `${side}: the lead (sentence right under the headline): ${lead.length}; by kind: ${['actor', 'place', 'event', 'value'].map((k) => `${k} ${lead.filter((r) => r.kind === k).length}`).join(', ')}`,
    );
    console.log(`${side}: by kind and sign`);
    const kinds = new Map<string, Row[]>();
    for (const r of headRows.filter((r) => r.side === side))
      for (const key of [`${r.kind} ${r.sign}`, `${r.kind} *`])
        kinds.set(key, [...(kinds.get(key) ?? []), r]);
    for (const [k, list] of [...kinds].sort())
      console.log(
        `${k.padEnd(20)} ${String(list.length).padStart(3)}  headline only ${list.filter((r) => !r.prev2 && !r.para).length}`,
      );
  }
  if (values.list)
    for (const r of headRows)
      console.log(
        `${r.side} ${r.set.replace(/.*\//, '')} at=${r.at} ${r.kind} ${r.sign} p1=${+r.prev1} para=${+r.para}\n    ${r.text.slice(0, 160)}`,
      );
}
