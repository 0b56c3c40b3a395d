/**
 * Checks the story's vocabulary (data/vocabulary.json): every phrasing must be one the engine can
 * compile and can ever match, no phrasing may be listed twice, and every concept the topic or an
 * inference names must exist. Messages name the file, the entry and the field, like check.ts.
 */
import { parsePhrasing } from '../engine/compile-phrases';
import { LANGUAGE_CONCEPTS } from '../engine/english';
import { tokenize } from '../engine/tokenize';
import { KEBAB } from './schema';

export type VocabularyCheck = {
  errors: string[];
  /** Every concept a recognizer may name (phrased concepts, names and the language's own). */
  known: Set<string>;
  /** False when the file's shape is broken: recognizers cannot be checked against it. */
  usable: boolean;
};

/** Names shorter than this are too ambiguous to look up (find-entities.ts skips them). */
export const MIN_SPELLING_LETTERS = 3;

const FIELDS = [
  'concepts',
  'entities',
  'topic',
  'inferences',
  'actors',
  'referringNouns',
  'actorNouns',
  'subjectLed',
  'barePlanNouns',
  'groupSubjects',
];
const TOPIC_FIELDS = [
  'anchors',
  'regional',
  'regionalAims',
  'otherTheatres',
  'years',
  'otherBodies',
  'ownActors',
  'placePointers',
  'placeMarks',
  'placesWithin',
];

/** Why a phrasing cannot be compiled or can never match, or null. */
export function phrasingProblem(text: string): string | null {
  if (text.trim() === '') return 'is empty; write the words, or remove the entry';
  const items = parsePhrasing(text);
  if (items[0]?.gap || items.at(-1)?.gap)
    return `"${text}" starts or ends with "~"; a gap only joins two words`;
  for (const item of items) {
    if (item.gap) continue;
    for (const word of item.alternatives) {
      const cased = word.startsWith('=');
      const bare = word.replace(/^=/, '').replace(/\*$/, '');
      if (bare === '' || /[*=|~]/.test(bare))
        return `"${text}" has an empty or malformed word ("${word}"); see the syntax in engine/types.ts (Vocabulary)`;
      if (cased && word.endsWith('*'))
        return `"${text}": "${word}" is both exact-case ("=") and a prefix ("*"), which the engine does not support; drop one of them`;
      if (word.endsWith('*') && bare.length < 3)
        return `"${text}": the prefix "${word}" is too short to mean anything; use at least three letters`;
      // Words are compared lower-cased and without accents (engine/tokenize.ts).
      if (!cased && bare !== bare.toLowerCase())
        return `"${text}": "${word}" has capital letters, but words are compared in lower case; write it in lower case, or put "=" before it to match exactly this casing`;
      const folded = bare.normalize('NFKD').replace(/\p{M}/gu, '');
      if (!cased && folded !== bare)
        return `"${text}": "${word}" has accents, but words are compared without them; write "${folded}"`;
    }
  }
  return deadPart(text, items);
}

/**
 * A part of a well-formed phrasing that can never match what it says, or null. The reader splits
 * hyphens and keeps only letters, digits and a few joining marks in a word (engine/tokenize.ts),
 * and "|" joins single words, not phrases: an alternative with a hyphen keeps only its first
 * word, a word the reader never produces matches nothing, and "onto|on to" reads "onto to".
 */
function deadPart(text: string, items: ReturnType<typeof parsePhrasing>): string | null {
  const parts = text.trim().split(/\s+/);
  const groups = parts.map((part) => (part === '~' ? [] : part.split('|')));
  // "onto|on to" is "onto" or "on", then "to": "onto to" or "on to", never "onto" alone; so is
  // "long-term|long term", whose "long-term" the hyphen already makes "long term".
  for (const [i, group] of groups.entries()) {
    if (group.length < 2) continue;
    const next = groups[i + 1] ?? [];
    const before = groups[i - 1] ?? [];
    for (const whole of group)
      for (const start of group) {
        if (whole === start) continue;
        for (const join of ['', '-']) {
          const end = next.find((w) => whole === start + join + w);
          if (end)
            return join
              ? `"${text}": alternative "${whole}" is read as "${start} ${end}", which "${start} ${end}" here already matches; drop "${whole}"`
              : `"${text}": "|" joins single words, so "${whole}" is read followed by "${end}" ("${whole} ${end}"), never alone; drop it here and write it in a phrasing of its own`;
          const head = before.find((w) => whole === w + join + start);
          if (head)
            return join
              ? `"${text}": alternative "${whole}" is read as "${head} ${start}", which "${head} ${start}" here already matches; drop "${whole}"`
              : `"${text}": "|" joins single words, so "${whole}" is read after "${head}" ("${head} ${whole}"), never alone; drop it here and write it in a phrasing of its own`;
        }
      }
  }
  for (const [p, part] of parts.entries()) {
    const alternatives = groups[p] as string[];
    if (alternatives.length === 1 && !part.startsWith('=')) continue;
    for (const word of alternatives) {
      if (!word.includes('-')) continue;
      if (word.startsWith('='))
        return `"${text}": the exact-case word "${word}" holds a hyphen, which the reader splits, so no one word matches it; write its parts as words ("${word.split('-').join(' ')}"), each with its own "=" if it needs one`;
      const own = parts.map((q, i) => (i === p ? word : q)).join(' ');
      return `"${text}": alternative "${word}" holds a hyphen, which the reader splits, so only "${word.split('-')[0]}" is matched here; drop it from "${part}" and write it as a phrasing of its own, "${own}"`;
    }
  }
  for (const item of items) {
    if (item.gap) continue;
    for (const word of item.alternatives) {
      const cased = word.startsWith('=');
      const bare = word.replace(/^=/, '').replace(/\*$/, '');
      const read = tokenize(bare);
      if (read.length === 1 && (cased ? read[0]?.raw : read[0]?.norm) === bare) continue;
      return read.length === 0
        ? `"${text}": the reader keeps only letters and digits and skips "${word}", so it never matches; drop it (the words on either side then meet)`
        : `"${text}": the reader reads "${bare}" as ${read.map((t) => `"${t.raw}"`).join(', ')}, so "${word}" never matches; write it as those words`;
    }
  }
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'string') return 'text';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function checkVocabulary(raw: unknown, file: string): VocabularyCheck {
  const errors: string[] = [];
  const known = new Set(Object.keys(LANGUAGE_CONCEPTS));
  const fail = (message: string) => errors.push(`${file}: ${message}`);

  if (!isObject(raw)) {
    fail(
      `must be an object {...} with "concepts", "entities" and "topic" (see engine/types.ts: Vocabulary), found ${describe(raw)}.`,
    );
    return { errors, known, usable: false };
  }
  for (const key of Object.keys(raw))
    if (!FIELDS.includes(key))
      fail(
        `unknown field "${key}"; remove or rename (check the spelling against engine/types.ts).`,
      );

  const tables = { concept: raw.concepts, entity: raw.entities } as const;
  for (const [kind, table] of Object.entries(tables)) {
    const field = kind === 'concept' ? 'concepts' : 'entities';
    const list = kind === 'concept' ? 'phrasings' : 'spellings';
    if (!isObject(table)) {
      fail(
        table === undefined
          ? `${field} → is missing; add it (an object {...} of ${kind} id → ${list}).`
          : `${field} → must be an object {...} of ${kind} id → ${list}, found ${describe(table)}.`,
      );
      continue;
    }
    for (const [id, entries] of Object.entries(table)) {
      const at = `${kind} "${id}"`;
      if (!KEBAB.test(id))
        fail(
          `${at} → id: must be kebab-case: lowercase letters and digits joined by single hyphens (e.g. "withdraw").`,
        );
      if (kind === 'concept' && id in LANGUAGE_CONCEPTS)
        fail(
          `${at} → id: "${id}" is one of the engine's own language concepts (engine/english.ts); choose another id.`,
        );
      known.add(id);
      if (!Array.isArray(entries) || entries.length === 0) {
        fail(
          Array.isArray(entries)
            ? `${at} → ${list}: is empty; list at least one, or remove the ${kind}.`
            : `${at} → ${list}: must be a list [...] of texts, found ${describe(entries)}.`,
        );
        continue;
      }
      const seen = new Map<string, number>();
      entries.forEach((text, i) => {
        const where = `${at} → ${list}[${i}]`;
        if (typeof text !== 'string') {
          fail(`${where}: must be text in quotes, found ${describe(text)}.`);
          return;
        }
        const problem =
          kind === 'concept'
            ? phrasingProblem(text)
            : text.trim() === ''
              ? 'is empty; write the name, or remove the entry'
              : text.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_SPELLING_LETTERS
                ? `"${text}" is shorter than ${MIN_SPELLING_LETTERS} letters, too ambiguous to look up as a name; spell it out, or add it as a case-sensitive phrasing ("=${text}") of a concept`
                : null;
        if (problem) {
          fail(`${where}: ${problem}.`);
          return;
        }
        // Case-sensitive phrasings ("=US", "=us") differ by case; the rest are compared lower-cased.
        const key = text.trim().startsWith('=') ? text.trim() : text.trim().toLowerCase();
        const first = seen.get(key);
        if (first !== undefined)
          fail(`${where}: "${text}" is already listed as ${list}[${first}]; remove the duplicate.`);
        else seen.set(key, i);
      });
    }
  }

  const topic = raw.topic;
  if (!isObject(topic)) {
    fail(
      topic === undefined
        ? 'topic → is missing; add it (an object {...} with "anchors", "otherTheatres" and "years").'
        : `topic → must be an object {...} with "anchors", "otherTheatres" and "years", found ${describe(topic)}.`,
    );
  } else {
    for (const key of Object.keys(topic))
      if (!TOPIC_FIELDS.includes(key))
        fail(
          `topic → unknown field "${key}"; remove or rename (check the spelling against engine/types.ts).`,
        );
    const idList = (
      field:
        | 'anchors'
        | 'regional'
        | 'regionalAims'
        | 'otherBodies'
        | 'ownActors'
        | 'placePointers'
        | 'placesWithin',
      required: boolean,
    ) => {
      const list = topic[field];
      if (list === undefined && !required) return;
      if (!Array.isArray(list) || (required && list.length === 0)) {
        fail(
          `topic → ${field}: must be a list [...] of concept ids${required ? ', at least one' : ''}, found ${describe(list)}.`,
        );
        return;
      }
      list.forEach((id, i) => {
        if (typeof id !== 'string' || !known.has(id))
          fail(
            `topic → ${field}[${i}]: ${JSON.stringify(id)} is not a concept of this vocabulary; define it under "concepts" or "entities", or fix the spelling.`,
          );
      });
    };
    idList('anchors', true);
    idList('regional', false);
    idList('regionalAims', false);
    idList('placePointers', false);
    idList('otherBodies', false);
    idList('ownActors', false);
    idList('placesWithin', false);
    const theatres = topic.otherTheatres;
    if (!Array.isArray(theatres))
      fail(`topic → otherTheatres: must be a list [...] of words, found ${describe(theatres)}.`);
    else
      theatres.forEach((word, i) => {
        if (typeof word !== 'string' || !/^[\p{Ll}\p{N}'-]+$/u.test(word))
          fail(
            `topic → otherTheatres[${i}]: ${JSON.stringify(word)} must be one lower-case word (sentences are compared word by word).`,
          );
      });
    const marks = topic.placeMarks;
    if (marks !== undefined && !Array.isArray(marks))
      fail(`topic → placeMarks: must be a list [...] of names, found ${describe(marks)}.`);
    else
      (marks ?? []).forEach((name, i) => {
        if (
          typeof name !== 'string' ||
          name.trim() !== name ||
          name === '' ||
          name !== name.toLowerCase()
        )
          fail(
            `topic → placeMarks[${i}]: ${JSON.stringify(name)} must be a lower-case name (the text is searched for it as written).`,
          );
      });
    const years = topic.years;
    if (!isObject(years) || !Number.isInteger(years.from) || !Number.isInteger(years.to))
      fail('topic → years: must be an object {"from": YYYY, "to": YYYY} with whole years.');
    else if ((years.from as number) > (years.to as number))
      fail(`topic → years: "from" (${years.from}) is after "to" (${years.to}); swap them.`);
  }

  const inferences = raw.inferences;
  if (inferences !== undefined) {
    if (!Array.isArray(inferences))
      fail(
        `inferences → must be a list [...] of {"negated", "implies"}, found ${describe(inferences)}.`,
      );
    else
      inferences.forEach((inf, i) => {
        for (const field of ['negated', 'implies'] as const) {
          const id = isObject(inf) ? inf[field] : undefined;
          if (typeof id !== 'string' || !known.has(id))
            fail(
              `inferences[${i}].${field}: ${JSON.stringify(id)} is not a concept of this vocabulary; define it under "concepts" or "entities", or fix the spelling.`,
            );
        }
      });
  }
  const actors = raw.actors;
  if (actors !== undefined) {
    if (!Array.isArray(actors))
      fail(`actors → must be a list [...] of concept ids, found ${describe(actors)}.`);
    else
      actors.forEach((id, i) => {
        if (typeof id !== 'string' || !known.has(id))
          fail(
            `actors[${i}]: ${JSON.stringify(id)} is not a concept of this vocabulary; define it under "concepts" or "entities", or fix the spelling.`,
          );
      });
  }
  for (const field of ['subjectLed', 'barePlanNouns'] as const) {
    const listed = raw[field];
    if (listed === undefined) continue;
    if (!Array.isArray(listed))
      fail(`${field} → must be a list [...] of concept ids, found ${describe(listed)}.`);
    else
      listed.forEach((id, i) => {
        if (typeof id !== 'string' || !known.has(id))
          fail(
            `${field}[${i}]: ${JSON.stringify(id)} is not a concept of this vocabulary; define it under "concepts", or fix the spelling.`,
          );
      });
  }
  // Both lists are compared with the sentence word by word, so each entry is lower-case words.
  const wordList = (field: string, items: string, pattern: RegExp, rule: string) => {
    const list = raw[field];
    if (list === undefined) return;
    if (!Array.isArray(list)) {
      fail(`${field} → must be a list [...] of ${items}, found ${describe(list)}.`);
      return;
    }
    list.forEach((entry, i) => {
      if (typeof entry !== 'string' || !pattern.test(entry))
        fail(
          `${field}[${i}]: ${JSON.stringify(entry)} ${rule} (sentences are compared word by word).`,
        );
    });
  };
  wordList('referringNouns', 'words', /^[\p{Ll}\p{N}'-]+$/u, 'must be one lower-case word');
  wordList(
    'groupSubjects',
    'phrases',
    /^[\p{Ll}\p{N}'-]+(?: [\p{Ll}\p{N}'-]+)*$/u,
    'must be lower-case words separated by single spaces',
  );
  const actorNouns = raw.actorNouns;
  if (actorNouns !== undefined) {
    if (!isObject(actorNouns))
      fail(`actorNouns → must be an object { actor: [words] }, found ${describe(actorNouns)}.`);
    else
      for (const [id, words] of Object.entries(actorNouns)) {
        if (!Array.isArray(actors) || !actors.includes(id))
          fail(`actorNouns.${id}: not one of "actors"; list the concept there first.`);
        if (!Array.isArray(words)) {
          fail(`actorNouns.${id} → must be a list [...] of words, found ${describe(words)}.`);
          continue;
        }
        words.forEach((word, i) => {
          if (typeof word !== 'string' || !/^[\p{Ll}\p{N}'-]+$/u.test(word))
            fail(
              `actorNouns.${id}[${i}]: ${JSON.stringify(word)} must be one lower-case word (sentences are compared word by word).`,
            );
        });
      }
  }
  // Without both tables the set of known concepts is not reliable enough to judge recognizers.
  return { errors, known, usable: isObject(raw.concepts) && isObject(raw.entities) };
}
