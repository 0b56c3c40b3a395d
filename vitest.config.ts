import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { storyPlugin } from './scripts/story-plugin';

// Node 20 has no Map.groupBy, which vitest 5's reporter calls to print a failed test: without it
// a failure's summary is a TypeError instead of the assertion (the run fails either way).
const maps = Map as unknown as {
  groupBy?: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
};
maps.groupBy ??= <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

export default defineConfig({
  plugins: [WxtVitest(), storyPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Unit tests check results, not time (timing is the benchmarks' job, scripts/bench). On a
    // shared two-core machine a heavy test (a whole pack compiled and checked, a page corpus read)
    // took 5-6 s under load and failed vitest's default 5 s limit while passing alone.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
