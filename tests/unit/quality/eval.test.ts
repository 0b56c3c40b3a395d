/**
 * Match quality as a gate: the targets on the shared dev set and on our own fixtures,
 * scored exactly as `npm run eval` scores them: each article rendered as a news page with its
 * date only in the metadata, read through the CLI's path (HTML → page reader → engine), the
 * highlights mapped back to the set's sentences by overlap.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonl, scoreSet } from '../../../scripts/eval';

const root = path.resolve(__dirname, '../../..');
const dev = path.resolve(root, '../shared/eval/dev.jsonl');
const own = path.join(root, 'tests/fixtures/eval');
const sets = [
  ...(existsSync(dev) ? [dev] : []),
  ...readdirSync(own)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => path.join(own, f)),
];

describe.each(sets.map((file) => ({ name: path.relative(root, file), file })))(
  '$name',
  ({ name, file }) => {
    const score = scoreSet(name, readJsonl(file));
    const detail = score.confusion.join('\n');

    it('precision ≥ 0.95 and recall ≥ 0.85', () => {
      expect(score.precision, detail).toBeGreaterThanOrEqual(0.95);
      expect(score.recall, detail).toBeGreaterThanOrEqual(0.85);
    });

    it('no source on the wrong side', () => {
      expect(score.stanceErrors, detail).toBe(0);
    });

    it('no highlight in an article about another withdrawal', () => {
      expect(score.negativeHighlights, detail).toBe(0);
    });

    it('the page reader gives the engine every sentence, and nothing else is highlighted', () => {
      expect(score.unlocated, detail).toBe(0);
      expect(score.strayHighlights, detail).toBe(0);
    });
  },
);
