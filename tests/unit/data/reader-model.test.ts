/**
 * The learned reader's weights (data/reader-model.json) are data made by `npm run learn-model`
 * from our labelled fixtures: this fails when they are stale (a fixture, the training options or
 * the features changed since), so adding a claim and its sentences means training again.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pack } from '../../../data/index';
import { NO_CLASS, READER_MODEL_VERSION, type ReaderModel } from '../../../engine/linear-model';
import { trainingFiles, trainingHash } from '../../../scripts/learn-model/sentences';
import { DEFAULTS, hashExtra } from '../../../scripts/learn-model/train';

const file = path.resolve(__dirname, '../../../data/reader-model.json');

describe.runIf(existsSync(file))('data/reader-model.json', () => {
  const model = JSON.parse(readFileSync(file, 'utf8')) as ReaderModel;
  it('was trained on the fixtures as they are, with the default options (npm run learn-model)', () => {
    const expected = trainingHash(
      trainingFiles(),
      hashExtra({ ...DEFAULTS, threshold: model.threshold }),
    );
    expect(model.trainedOn, 'stale: run npm run learn-model').toBe(expected);
    expect(model.version).toBe(READER_MODEL_VERSION);
  });
  it('names only claims of the pack, and the no-card class', () => {
    const ids = new Set(pack.claims.map((c) => c.id));
    for (const c of model.classes) if (c !== NO_CLASS) expect(ids.has(c), c).toBe(true);
    expect(model.classes).toContain(NO_CLASS);
  });
  it('is what the pack loads', () => {
    expect(pack.readerModel?.trainedOn).toBe(model.trainedOn);
  });
});
