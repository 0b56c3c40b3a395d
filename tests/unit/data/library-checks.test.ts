/**
 * The KB check against library articles (../shared/library/): a source citing one by URL must
 * anchor in its text and must not copy eight words of it. The texts here are our own words,
 * standing in for the library; a real library beside the checkout is read the same way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkKnowledgeBase } from '../../../data/check';
import { loadAndCheck } from '../../../data/load-kb';
import { parseLibrary, readLibraryTexts } from '../../../data/read-library';

const repo = path.resolve(__dirname, '../../..');
const dataDir = path.join(repo, 'data');
const readJson = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));

const url = 'https://example.org/news/base-handover';
const article =
  'The defence ministry said on Saturday that the last foreign soldiers had driven out of the desert base at dawn.';

/** The real pack with one more source, citing the library article at `url`, and one claim. */
function packWith(statement: { says: string; anchor: string }) {
  const sources = readJson('sources.json') as { id: string }[];
  const origins = readJson('origins.json') as { id: string }[];
  return {
    sources: [
      ...sources,
      {
        id: 'zz-wire',
        outlet: 'Example Wire',
        title: 't',
        url,
        published: '2026-01',
        seedFile: 'zz-none.txt',
      },
    ],
    questions: readJson('questions.json'),
    claims: [
      ...(readJson('claims.json') as unknown[]),
      {
        id: 'zz-base-handed-over',
        statement: 'The base is handed over.',
        kind: 'event',
        happened: '2026-01',
        recognize: { require: [['withdraw']] },
        sources: [
          {
            source: 'zz-wire',
            attribution: 'the ministry',
            origin: (origins[0] as { id: string }).id,
            ...statement,
          },
        ],
      },
    ],
    vocabulary: readJson('vocabulary.json'),
    origins,
  };
}

const at = 'data/claims.json: claim "zz-base-handed-over" → sources[0]';
const seeds = new Map<string, string>();

describe('checks against a cited library article', () => {
  const library = new Map([[url, article]]);

  it('passes a summary in our own words with an anchor from the article', () => {
    const errors = checkKnowledgeBase(
      packWith({
        says: 'The wire reports the base empty of foreign troops.',
        anchor: 'driven out of the desert base',
      }),
      seeds,
      { library },
    );
    expect(errors.filter((e) => e.includes('zz-'))).toEqual([]);
  });

  it('refuses a summary that copies eight words, and an anchor not in the article', () => {
    const errors = checkKnowledgeBase(
      packWith({
        says: 'It said the last foreign soldiers had driven out of the desert base.',
        anchor: 'left the base',
      }),
      seeds,
      { library },
    );
    expect(errors.filter((e) => e.includes('zz-'))).toEqual([
      `${at}.says: copies "the last foreign soldiers had driven out of" word for word from the Example Wire article in the library (${url}). Summarise in our own words (no run of 8 or more words taken from the article).`,
      `${at}.anchor: "left the base" does not occur in the Example Wire article in the library (${url}). Copy a phrase of up to 8 words exactly as it appears.`,
    ]);
  });

  it('holds claims to the library article as to a seed: one copy check for both', () => {
    const pack = packWith({ says: 'The wire reports the base empty.', anchor: 'desert base' });
    const claim = pack.claims.at(-1) as { statement: string };
    claim.statement = 'The last foreign soldiers had driven out of the desert base.';
    const errors = checkKnowledgeBase(pack, seeds, { library });
    expect(errors.filter((e) => e.includes('zz-'))).toEqual([
      `data/claims.json: claim "zz-base-handed-over" → statement: copies "The last foreign soldiers had driven out of" word for word from the Example Wire article in the library (${url}). Summarise in our own words (no run of 8 or more words taken from the article).`,
    ]);
  });

  it('does not ask for a seed file of a source the library holds', () => {
    const errors = checkKnowledgeBase(
      packWith({ says: 'The wire reports the base empty.', anchor: 'desert base' }),
      seeds,
      { library },
    );
    expect(errors.some((e) => e.includes('zz-none.txt'))).toBe(false);
  });

  it('holds a library source to its record: URL, outlet, title and date exactly', () => {
    const pack = packWith({ says: 'The wire reports the base empty.', anchor: 'desert base' });
    const source = pack.sources.at(-1) as Record<string, unknown>;
    delete source.seedFile;
    source.library = 'lib-90';
    const record = { url, outlet: 'Example Wire', title: 't', published: '2026-01' };
    const records = new Map([['lib-90', record]]);
    const ok = checkKnowledgeBase(pack, seeds, { library, libraryRecords: records });
    expect(ok.filter((e) => e.includes('zz-'))).toEqual([]);
    // A trailing slash and a day the record does not give: one line each, naming the field.
    source.url = `${url}/`;
    source.published = '2026-01-03';
    const errors = checkKnowledgeBase(pack, seeds, { library, libraryRecords: records });
    expect(errors.filter((e) => e.includes('zz-'))).toEqual([
      `data/sources.json: source "zz-wire" → url: "${url}/" is not the library record's (lib-90); use "${url}" exactly.`,
      'data/sources.json: source "zz-wire" → published: "2026-01-03" is not the library record\'s (lib-90); use "2026-01" exactly.',
    ]);
  });

  it("shows readers the outlet's name without the note its record adds, given an outletNote", () => {
    const pack = packWith({ says: 'The wire reports the base empty.', anchor: 'desert base' });
    const source = pack.sources.at(-1) as Record<string, unknown>;
    delete source.seedFile;
    source.library = 'lib-90';
    const whole = 'Example Wire, served from its mirror host';
    const records = new Map([['lib-90', { url, outlet: whole, title: 't', published: '2026-01' }]]);
    const check = () =>
      checkKnowledgeBase(pack, seeds, { library, libraryRecords: records }).filter((e) =>
        e.includes('zz-'),
      );
    source.outlet = 'Example Wire';
    // Without the note for editors, the name alone is not the record's.
    expect(check()).toEqual([
      `data/sources.json: source "zz-wire" → outlet: "Example Wire" is not the library record's (lib-90); use "${whole}" exactly.`,
    ]);
    source.outletNote = 'the record names the mirror the link is served from';
    expect(check()).toEqual([]);
    // The name a reader sees is the record's, only the note after it cut: never another name.
    source.outlet = 'Example News';
    expect(check()).toEqual([
      `data/sources.json: source "zz-wire" → outlet: "Example News" is not the name that starts the library record's outlet (lib-90: "${whole}"); with an outletNote, give that name as the record has it, only the note after it left out.`,
    ]);
    source.outlet = 'Example Wir';
    expect(check().length).toBe(1);
    source.outlet = whole;
    expect(check().length).toBe(1);
  });

  it('skips them without the library', () => {
    const errors = checkKnowledgeBase(
      packWith({ says: 'x y', anchor: 'not in it' }),
      undefined,
      {},
    );
    expect(errors.filter((e) => e.includes('zz-'))).toEqual([]);
  });
});

describe('reading the library', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'library-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keys each article’s headline and paragraphs by URL', () => {
    fs.writeFileSync(
      path.join(dir, 'articles.jsonl'),
      `${JSON.stringify({ id: 'lib-01', url, outlet: 'W', published: '2026-01', title: 'Headline', paragraphs: ['One.', 'Two.'] })}\n`,
    );
    expect(readLibraryTexts(dir)?.get(url)).toBe('Headline\n\nOne.\n\nTwo.');
  });

  it('is absent, not an error, when the folder is missing', () => {
    expect(readLibraryTexts(path.join(dir, 'nope'))).toBeNull();
    const result = loadAndCheck(dataDir, undefined, path.join(dir, 'nope'));
    expect(result.errors).toEqual([]);
    expect(result.library).toBeNull();
  });

  it('names the line and field of a bad record', () => {
    expect(() =>
      parseLibrary('{"id":"lib-01","url":"u","outlet":"o","published":"p"}\n', 'a.jsonl'),
    ).toThrow('a.jsonl: line 1 (lib-01) → title: must be text');
    expect(() => parseLibrary('{', 'a.jsonl')).toThrow(/a\.jsonl: line 1: not valid JSON/);
  });
});
