import { defineConfig } from 'wxt';

// Manifest and build wiring only; product code lives in engine/, page/ and components/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
