/**
 * The learned reader measured on sets it never saw, per set and per threshold, against the
 * engine without it: `tsx scripts/learn-model/measure.ts SET…` (a .jsonl, or the library's
 * labels). Uses data/reader-model.json; reads each page once.
 */
import path from 'node:path';
import { pack } from '../../data/index';
import { labelledFor, readSet, setName } from '../eval';
import { figures, scoreAtThresholds } from './train';

const THRESHOLDS = [0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99];
const model = pack.readerModel;
if (!model) throw new Error('no data/reader-model.json: run npm run learn-model');
for (const file of process.argv.slice(2).map((f) => path.resolve(f))) {
  const [base] = scoreAtThresholds(
    [file],
    { ...pack, readerModel: undefined },
    [1],
    labelledFor,
    readSet,
  );
  const scores = scoreAtThresholds(
    [file],
    { ...pack, readerModel: { ...model, threshold: Math.min(...THRESHOLDS) } },
    THRESHOLDS,
    labelledFor,
    readSet,
  );
  console.log(setName(file));
  console.log(`  engine alone: ${figures(base as NonNullable<typeof base>)}`);
  scores.forEach((s, k) => {
    console.log(`  threshold ${THRESHOLDS[k]}: ${figures(s)}`);
  });
}
