/**
 * A story pack as big as we like, to see how the engine scales with the knowledge base: the real
 * pack (its sources, questions, topic, claims and vocabulary) grown with synthetic claims and the
 * vocabulary they need, until it holds `claimCount` claims.
 *
 * The growth imitates how a real pack would grow, so the cost it shows is the cost a larger KB
 * would have, not that of a KB of invented words no page ever contains:
 * - new concepts (about one per two new claims) phrased in every syntax the engine reads: exact
 *   words, multi-word phrases, prefixes `word*`, alternatives `a|b`, gaps `~`, hyphenated words,
 *   case-sensitive acronyms `=ABC`; their words mix invented ones with common news words, so
 *   some of them fire on real articles;
 * - new names (about one per ten new claims), each with the spelling variants outlets print;
 * - new disputed questions (one per forty new claims) whose positions the claims take;
 * - when the real pack tracks origins (the reports its statements relay), new origins (one per
 *   twenty new claims), and every new statement names one of the old or new ones;
 * - claims with 1–4 require groups drawn from new and real concepts; a concept of the key group
 *   (the first, by which compile-story.ts indexes claims) is a real one one time in five, of the
 *   other groups one time in two, so sentences about the story meet more candidate claims as the
 *   KB grows, as they would with a real larger KB (the real claims' keys are mostly common
 *   concepts: withdraw, talks, agreement);
 * - dates (year or month, deadline or any role), figures, denials and exclusions in about the
 *   proportions of data/claims.json, and 1–3 statements from the real sources each.
 * Deterministic: the same seed and size give the same pack.
 */
import { pack as realPack } from '../../data/index';
import { MONTH_NAMES } from '../../engine/month-names';
import type {
  Claim,
  ClaimDate,
  Origin,
  Question,
  SourceStatement,
  StoryPack,
  Vocabulary,
} from '../../engine/types';

/** Mulberry32: small, fast and good enough to pick words; same seed, same sequence. */
export function createRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof createRng>;

/** How the synthetic part grows with the number of new claims. */
const CONCEPTS_PER_CLAIM = 0.5;
const ENTITIES_PER_CLAIM = 0.1;
const CLAIMS_PER_QUESTION = 40;
const CLAIMS_PER_ORIGIN = 20;
/** Share of key groups drawn from the real vocabulary (the rest are new concepts). */
const REAL_KEY_SHARE = 0.2;
/** Share of the other groups' concepts drawn from the real vocabulary. */
const REAL_OTHER_SHARE = 0.5;

/**
 * Words news about this story uses that the real vocabulary does not phrase: new concepts built
 * from them fire on real articles, as a larger KB's would. No word names another war (the topic
 * treats those specially).
 */
const NEWS_WORDS = `oil revenue pipeline border crossing militia militias election elections budget
  salaries province governor court ruling protest protests rocket rockets base bases airport
  embassy sanctions dollar bank electricity gas imports exports water dam drought refugees camp
  camps prison detainees reconstruction contract contracts investment tribal tribe sheikh faction
  factions cabinet ministry minister spokesman statement visit delegation summit commander
  commanders brigade division police checkpoint highway corridor port customs tariff smuggling
  corruption inquiry committee commission loan fund aid donor grant hospital flood heatwave power
  grid fuel refinery kurdish shiite sunni yazidi mosul basra najaf karbala anbar diyala nineveh
  sinjar tehran ankara turkey iran iranian turkish israel gaza lebanon jordan kuwait saudi joint
  operations command intelligence sovereignty government prime president week month deadline
  schedule phase stage convoy equipment weapons supplies logistics headquarters embassy`
  .split(/\s+/)
  .filter(Boolean);

const ONSETS = 'b c d f g h j k l m n p r s t v z br dr gr kr st th sh kh tr'.split(' ');
const VOWELS = 'a e i o u a e i o ai ei ou'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'sh', 'th'];

/** An invented word of 2–3 syllables ("tolvarek"): never in a real article. */
function inventedWord(rng: Rng): string {
  let word = '';
  for (let n = rng.int(2, 3); n > 0; n--) word += rng.pick(ONSETS) + rng.pick(VOWELS);
  return word + rng.pick(CODAS);
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A word of a phrasing: an invented word most of the time, a news word otherwise. */
function phraseWord(rng: Rng): string {
  return rng.chance(0.6) ? inventedWord(rng) : rng.pick(NEWS_WORDS);
}

/** One phrasing in one of the syntaxes of engine/types.ts (Vocabulary). */
function phrasing(rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.25) return phraseWord(rng);
  // A prefix needs three letters or more (data/check-vocabulary.ts).
  if (roll < 0.4) return `${phraseWord(rng).slice(0, rng.int(4, 6))}*`;
  if (roll < 0.6) return Array.from({ length: rng.int(2, 3) }, () => phraseWord(rng)).join(' ');
  if (roll < 0.75) {
    const alternatives = Array.from({ length: rng.int(2, 3) }, () => phraseWord(rng));
    return `${[...new Set(alternatives)].join('|')} ${phraseWord(rng)}`;
  }
  if (roll < 0.87) return `${phraseWord(rng)} ~ ${phraseWord(rng)}`;
  if (roll < 0.95) return `${phraseWord(rng)}-${phraseWord(rng)}`;
  return `=${inventedWord(rng).slice(0, rng.int(3, 4)).toUpperCase()}`;
}

/** Spellings of one invented name, as different outlets print it. */
function spellings(rng: Rng): string[] {
  const given = capitalise(inventedWord(rng));
  const family = capitalise(inventedWord(rng));
  // A one-letter change: the near spellings find-entities.ts tolerates or lists explicitly.
  const variant = family.replace(/[aeiou](?=[^aeiou]*$)/, (v) => (v === 'i' ? 'y' : 'i'));
  const names = [
    `${given} ${family}`,
    family,
    `al-${family}`,
    `${given} al-${family}`,
    variant,
    `${capitalise(inventedWord(rng))} ${family}`,
  ];
  const wanted = rng.int(2, 4);
  const out: string[] = [];
  for (const name of names)
    if (out.length < wanted && !out.some((n) => n.toLowerCase() === name.toLowerCase()))
      out.push(name);
  return out;
}

/** A sentence of `n` words from both pools, as filler prose for statements and summaries. */
function prose(rng: Rng, n: number, names: string[]): string {
  const words = Array.from({ length: n }, () =>
    rng.chance(0.15) && names.length ? rng.pick(names) : phraseWord(rng),
  );
  return `${capitalise(words.join(' '))}.`;
}

/** `claimCount` claims: the real pack's, then synthetic ones; every id sorted as check.ts wants. */
export function makeSyntheticPack(claimCount: number, seed: number): StoryPack {
  const real = realPack;
  const extra = claimCount - real.claims.length;
  if (extra < 0)
    throw new RangeError(
      `a synthetic pack grows the real one (${real.claims.length} claims); asked for ${claimCount}`,
    );
  const rng = createRng(seed);
  const used = new Set<string>([
    ...Object.keys(real.vocabulary.concepts),
    ...Object.keys(real.vocabulary.entities),
    ...real.claims.map((c) => c.id),
    ...real.questions.map((q) => q.id),
  ]);
  /** A kebab-case id not used yet, made of invented words. */
  const newId = (words: number) => {
    for (;;) {
      const id = Array.from({ length: words }, () => inventedWord(rng)).join('-');
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };

  const concepts: Record<string, string[]> = {};
  for (let i = Math.round(extra * CONCEPTS_PER_CLAIM); i > 0; i--) {
    const list = new Set<string>();
    for (let n = rng.int(1, 6); n > 0; n--) list.add(phrasing(rng));
    concepts[newId(rng.int(1, 2))] = [...list];
  }
  const entities: Record<string, string[]> = {};
  for (let i = Math.round(extra * ENTITIES_PER_CLAIM); i > 0; i--)
    entities[newId(2)] = spellings(rng);

  const questions: Question[] = [];
  for (let i = extra > 0 ? Math.ceil(extra / CLAIMS_PER_QUESTION) : 0; i > 0; i--)
    questions.push({
      id: newId(2),
      text: `${prose(rng, rng.int(6, 10), []).slice(0, -1)}?`,
      positions: Array.from({ length: rng.int(2, 4) }, (_, p) => ({
        id: `p${p + 1}`,
        label: prose(rng, rng.int(3, 7), []),
      })),
    });

  // A pack that tracks origins must name one on every statement (data/check.ts).
  const origins: Origin[] | undefined = real.origins && [...real.origins];
  if (origins)
    for (let i = Math.ceil(extra / CLAIMS_PER_ORIGIN); i > 0; i--)
      origins.push({
        id: newId(2),
        label: prose(rng, rng.int(4, 9), []).slice(0, -1),
        ...(rng.chance(0.3) && { source: rng.pick(real.sources).id }),
      });

  const realIds = [
    ...Object.keys(real.vocabulary.concepts),
    ...Object.keys(real.vocabulary.entities),
  ];
  const newConcepts = Object.keys(concepts);
  const newEntities = Object.keys(entities);
  const names = Object.values(entities).map((s) => s[0] as string);
  const conceptFor = (realShare: number) =>
    rng.chance(realShare) || newConcepts.length === 0
      ? rng.pick(realIds)
      : rng.chance(0.15) && newEntities.length
        ? rng.pick(newEntities)
        : rng.pick(newConcepts);
  const group = (size: number, realShare: number) => [
    ...new Set(Array.from({ length: size }, () => conceptFor(realShare))),
  ];

  const claims: Claim[] = [...real.claims];
  const tellsKinds = real.claims.some((c) => c.kind !== undefined);
  for (let i = 0; i < extra; i++) {
    const require = [group(rng.int(1, 2), REAL_KEY_SHARE)];
    for (let g = rng.int(0, 3); g > 0; g--) require.push(group(rng.int(1, 3), REAL_OTHER_SHARE));
    const inRequire = new Set(require.flat());
    let date: ClaimDate | undefined;
    let value: string | undefined;
    if (rng.chance(0.3)) {
      date = { year: rng.int(2014, 2027), ...(rng.chance(0.5) && { month: rng.int(1, 12) }) };
      value =
        date.month !== undefined
          ? `${MONTH_NAMES[date.month - 1]} ${date.year}`
          : rng.chance(0.5)
            ? `end of ${date.year}`
            : `${date.year}`;
    }
    const exclude = rng.chance(0.1) ? conceptFor(REAL_OTHER_SHARE) : undefined;
    const question = questions.length && rng.chance(0.3) ? rng.pick(questions) : undefined;
    const statements: SourceStatement[] = [];
    const sourceIds = new Set(
      Array.from({ length: rng.int(1, 3) }, () => rng.pick(real.sources).id),
    );
    for (const source of sourceIds)
      statements.push({
        source,
        says: prose(rng, rng.int(14, 26), names),
        attribution: prose(rng, rng.int(3, 8), names).slice(0, -1),
        anchor: Array.from({ length: rng.int(4, 8) }, () => phraseWord(rng)).join(' '),
        ...(value !== undefined && rng.chance(0.5) && { value }),
        ...(origins && { origin: rng.pick(origins).id }),
      });
    claims.push({
      id: newId(rng.int(2, 3)),
      statement: prose(rng, rng.int(9, 18), names),
      // A pack that tells plans from events must say which every claim is (data/check.ts); a
      // claim pinned to a month reads as a plan. No draw from rng: the rest of the pack is unchanged.
      ...(tellsKinds &&
        (date?.month !== undefined ? { kind: 'plan' as const } : { kind: 'event' as const })),
      ...(question && {
        position: { question: question.id, position: rng.pick(question.positions).id },
      }),
      ...(value !== undefined && { value }),
      recognize: {
        require,
        ...(exclude !== undefined && !inRequire.has(exclude) && { exclude: [exclude] }),
        ...(rng.chance(0.05) && { polarity: 'negate' as const }),
        ...(date && {
          date,
          dateRole: rng.chance(0.4) ? ('deadline' as const) : ('any' as const),
          ...(rng.chance(0.6) && { dateRequired: true }),
        }),
        ...(rng.chance(0.1) && { numbers: [rng.int(1, 50) * 100] }),
      },
      sources: statements,
    });
  }

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const vocabulary: Vocabulary = {
    ...real.vocabulary,
    concepts: { ...real.vocabulary.concepts, ...concepts },
    entities: { ...real.vocabulary.entities, ...entities },
  };
  return {
    sources: real.sources,
    questions: [...real.questions, ...questions].sort(byId),
    claims: claims.sort(byId),
    vocabulary,
    ...(origins && { origins: origins.sort(byId) }),
  };
}
