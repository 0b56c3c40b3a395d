import { defineConfig } from 'wxt';
import { loadAndCheck } from './data/load-kb';

// Manifest and build wiring only; product code lives in engine/, page/ and components/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Refuse to build with a broken knowledge base; every message names file, entry and field.
    'build:before': (wxt) => {
      const { errors, warnings } = loadAndCheck(`${wxt.config.root}/data`);
      for (const w of warnings) console.warn(`[claimlight] ${w}`);
      if (errors.length)
        throw new Error(
          `Knowledge base check failed (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n- ${errors.join('\n- ')}`,
        );
    },
  },
  manifest: ({ browser }) => ({
    name: 'Claimlight',
    description:
      'Highlights statements about the US-led coalition withdrawal from Iraq and shows which sources corroborate or contradict them. Runs entirely in your browser.',
    permissions: [],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'claimlight@claimlight.example',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
