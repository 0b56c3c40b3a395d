// `npm run build`: checks and compiles the story pack (scripts/story-plugin.ts), builds the
// extension for Chrome (MV3) and Firefox, and bundles the Node CLI into dist/claimlight.mjs
// with the same compiled story.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { storyEsbuildPlugin } from './story-plugin';

const run = (args: string[]) => execFileSync('npx', args, { stdio: 'inherit' });

run(['wxt', 'build']);
run(['wxt', 'build', '-b', 'firefox']);
await build({
  entryPoints: ['cli/claimlight.ts'],
  outfile: 'dist/claimlight.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [storyEsbuildPlugin()],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('built dist/claimlight.mjs');
