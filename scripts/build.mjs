// `npm run build`: validates the knowledge base (wxt's build:before hook), builds the extension
// for Chrome (MV3) and Firefox, and bundles the Node CLI into dist/claimlight.mjs.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const run = (args) => execFileSync('npx', args, { stdio: 'inherit' });

run(['wxt', 'build']);
run(['wxt', 'build', '-b', 'firefox']);
await build({
  entryPoints: ['cli/claimlight.ts'],
  outfile: 'dist/claimlight.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
console.log('built dist/claimlight.mjs');
