/**
 * The learned reader (engine/linear-model.ts, engine/model-step.ts): features by generic names, a
 * softmax over the classes with a threshold, and the matcher's step that cards a sentence the
 * rules left alone only when the model is sure. Made-up weights on the made-up bridge story.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { compileStory } from '../../../engine/compile-story';
import { createMatcher } from '../../../engine/index';
import {
  bucketOf,
  featuresOf,
  propose,
  READER_MODEL_VERSION,
  type ReaderModel,
  scoreFeatures,
} from '../../../engine/linear-model';

const bridgeDir = path.resolve(__dirname, '../../fixtures/story-bridge');
const loaded = loadAndCheck(bridgeDir, path.join(bridgeDir, 'seeds'));
if (!loaded.kb) throw new Error(`story-bridge does not load: ${loaded.errors.join('; ')}`);
const pack = loaded.kb;

const BITS = 16;
/** A model where each listed feature adds `weight` (in units of 1/10) to one class. */
function model(
  classes: string[],
  pushes: [feature: string, cls: string, weight: number][],
  threshold = 0.9,
): ReaderModel {
  const byBucket = new Map<number, number[]>();
  for (const [feature, cls, weight] of pushes) {
    const b = bucketOf(feature, BITS);
    byBucket.set(b, [...(byBucket.get(b) ?? []), classes.indexOf(cls), weight]);
  }
  const rows: number[] = [];
  let last = 0;
  for (const [b, row] of [...byBucket].sort((x, y) => x[0] - y[0])) {
    rows.push(b - last, row.length / 2, ...row);
    last = b;
  }
  return {
    version: READER_MODEL_VERSION,
    classes,
    bits: BITS,
    scale: 10,
    bias: classes.map((c) => (c === 'none' ? 30 : 0)),
    rows,
    threshold,
    trainedOn: 'test',
  };
}

const tokens = (s: string) => s.split(' ').map((norm) => ({ norm }));

describe('featuresOf', () => {
  it('names words, word pairs, concepts here and before, dates and figures, once each', () => {
    const f = featuresOf({
      tokens: tokens('the crews left in 2025 with 300 trucks the crews'),
      concepts: ['crews', 'leave'],
      conceptsBefore: ['harbour'],
      headline: false,
      dates: ['2025-'],
      denial: false,
      future: true,
    });
    expect(f).toEqual(
      expect.arrayContaining([
        'w:crews',
        'b:crews_left',
        'year:2025',
        'num',
        'c:leave',
        'p:harbour',
        'future',
        'd:2025-',
        'dy:2025',
      ]),
    );
    expect(f.filter((x) => x === 'w:crews')).toHaveLength(1);
    expect(f).not.toContain('nodate');
    expect(f).not.toContain('denial');
  });
});

describe('scoreFeatures and propose', () => {
  const m = model(
    ['none', 'ferry-runs', 'span-shut'],
    [
      ['w:gridlock', 'span-shut', 60],
      ['w:ferry', 'ferry-runs', 25],
    ],
  );
  it('gives the class the weights favour, with its softmax probability', () => {
    const s = scoreFeatures(m, ['w:gridlock', 'w:unknown']);
    expect(s.label).toBe('span-shut');
    expect(s.probability).toBeGreaterThan(0.9);
    expect(s.probability).toBeLessThan(1);
  });
  it('proposes nothing when "none" wins or the best class is below the threshold', () => {
    expect(propose(m, ['w:unknown'])).toBeUndefined();
    // ferry-runs 2.5 against none 3.0: none wins.
    expect(propose(m, ['w:ferry'])).toBeUndefined();
    expect(propose(m, ['w:gridlock'])?.label).toBe('span-shut');
    expect(propose({ ...m, threshold: 0.9999 }, ['w:gridlock'])).toBeUndefined();
  });
});

describe("the matcher's learned step", () => {
  const text = [
    'Orsa Bridge repairs drag on.',
    'The Orsa Bridge has been closed for repairs since September, the council said.',
    'Drivers on the Orsa Bridge road face gridlock every morning.',
  ].join(' ');
  const sure = model(
    ['none', 'daily-crossings-14000'],
    [['w:gridlock', 'daily-crossings-14000', 80]],
  );
  const matchWith = (readerModel?: ReaderModel) =>
    createMatcher(compileStory({ ...pack, ...(readerModel && { readerModel }) })).match(text, {
      published: '2025-02-10',
      explain: true,
    });
  it('cards a sentence the rules leave alone when the model is sure, and says so', () => {
    const without = matchWith();
    const gridlock = (r: ReturnType<typeof matchWith>) =>
      r.matches.find((m) => m.text.includes('gridlock'));
    expect(gridlock(without)).toBeUndefined();
    const card = gridlock(matchWith(sure));
    expect(card?.claim).toBe('daily-crossings-14000');
    expect(card?.evidence[0]).toMatchObject({ kind: 'model' });
    expect(card?.evidence[0]?.detail).toMatch(/learned reader: daily-crossings-14000 at 0\.9\d\d/);
  });
  it('cards nothing on a page where the rules carded nothing', () => {
    const alone = [
      'Orsa Bridge traffic news.',
      'Drivers on the Orsa Bridge road face gridlock every morning.',
      'The Orsa Bridge is busy.',
    ].join(' ');
    const read = createMatcher(compileStory({ ...pack, readerModel: sure })).match(alone, {
      published: '2025-02-10',
    });
    expect(read.matches).toEqual([]);
  });
  it("leaves the rules' cards as they are and cards nothing when unsure", () => {
    const base = matchWith().matches.map((m) => [m.start, m.claim]);
    expect(
      matchWith({ ...sure, threshold: 0.99999 }).matches.map((m) => [m.start, m.claim]),
    ).toEqual(base);
    const withModel = matchWith(sure).matches.map((m) => [m.start, m.claim]);
    for (const card of base) expect(withModel).toContainEqual(card);
  });
});
