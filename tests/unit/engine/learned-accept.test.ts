/**
 * The learned second look (engine/learned-accept.ts): which claim a sentence meets save for one
 * group, the claim read without that group, the features the model weighs, and the model in
 * data/ trained on the fixtures as they are now.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  candidateFeatures,
  type LearnedModel,
  learnedProbability,
  onlyMissingGroup,
  withoutGroup,
} from '../../../engine/learned-accept';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { MODEL_FILE, trainingHash } from '../../../scripts/learn-accept';
import { facts, story } from './bridge-story';

const claim = (id: string) => story.kb.claims.find((c) => c.id === id) as Claim;
const context = {
  headline: false,
  carriedSubject: false,
  namedBefore: () => false,
  namedNear: () => false,
  role: () => 'other' as const,
  flags: [],
};

describe('a claim met save for one group', () => {
  it('names the group the sentence leaves out, and none when two are missing or none', () => {
    const closed = claim('bridge-closed-for-repairs');
    // The bridge and its repairs, but no word for closing it.
    expect(onlyMissingGroup(closed, facts('Crews began repairing the bridge on Monday.'))).toBe(0);
    expect(onlyMissingGroup(closed, facts('Crews began work on Monday.'))).toBe(-1);
    expect(onlyMissingGroup(closed, facts('The bridge was closed on Monday for repairs.'))).toBe(
      -1,
    );
  });

  it('reads the claim without that group with every other rule of the claim', () => {
    const closed = claim('bridge-closed-for-repairs');
    const f = facts('Crews began repairing the bridge on Monday.');
    const relaxed = recognize(withoutGroup(closed, 0), f);
    expect(relaxed.ok).toBe(true);
    // A negation still turns it down.
    const denied = recognize(withoutGroup(closed, 0), facts('Crews have not repaired the bridge.'));
    expect(denied.ok).toBe(false);
  });

  it('weighs generic features: which slot is missing, the claim, the sentence', () => {
    const closed = claim('bridge-closed-for-repairs');
    const f = facts('Crews began repairing the bridge on Monday.');
    const relaxed = recognize(withoutGroup(closed, 0), f);
    if (!relaxed.ok) throw new Error('expected a reading');
    const features = candidateFeatures(closed, 0, relaxed, f, {
      ...context,
      namedBefore: (group) => group.includes('close'),
    });
    expect(features.get('missing:key')).toBe(1);
    expect(features.get('missing-concept:close')).toBe(1);
    expect(features.get('before:names-missing')).toBe(1);
    expect(features.get('claim:bridge-closed-for-repairs')).toBe(1);
    const model: LearnedModel = {
      trainedOn: '',
      bias: -1,
      weights: { 'before:names-missing': 3 },
      threshold: 0.8,
    };
    expect(learnedProbability(model, features)).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
  });
});

describe('the model in data/', () => {
  it('was trained on the fixtures, claims and vocabulary as they are (npm run learn-accept)', () => {
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as LearnedModel;
    expect(model.trainedOn).toBe(trainingHash());
    expect(path.basename(MODEL_FILE)).toBe('learned-accept.json');
  });
});
