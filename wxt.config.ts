import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { OPTIONAL_HOSTS } from './entrypoints/content/news-sites';
import { buildTimeMatches } from './scripts/build-time-matches';
import { compileHints } from './scripts/compile-hints';
import { quietContentWrapper } from './scripts/quiet-content-wrapper';
import { startedBanner } from './scripts/started-banner';
import { storyPlugin } from './scripts/story-plugin';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Manifest and build wiring only; product code lives in engine/, page/ and components/.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for Firefox too (WXT builds Firefox as MV2 unless told): one manifest model,
  // service-worker-style background (an event page in Firefox) and MV3's host permissions.
  manifestVersion: 3,
  // `npm run zip`: the store packages, and for Firefox the sources a reviewer rebuilds from
  // (`npm ci && npm run build:store`); nothing installed, built or generated goes in. Both build
  // in the "store" mode, whose content script leaves out the local hosts our tests and demo
  // serve pages from (STORE_MODE in entrypoints/content/news-sites.ts); `npm run build` keeps
  // them. The mode names the build's folder (.output/chrome-mv3-store), not the zips.
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: [
      'node_modules/**',
      '.output/**',
      'dist/**',
      'demo-output/**',
      'eval-output/**',
      'bench-output/**',
      'stats.html',
      '**/*.log',
    ],
  },
  // The story pack is checked and compiled at build time (a broken entry fails the build).
  // CLAIMLIGHT_NO_MINIFY=1 keeps function names readable in a CPU profile.
  vite: () => ({
    plugins: [
      storyPlugin(),
      startedBanner(),
      compileHints(),
      buildTimeMatches(),
      quietContentWrapper(),
    ],
    resolve: {
      alias: [
        {
          find: /^webextension-polyfill$/,
          replacement: fileURLToPath(new URL('./scripts/browser-polyfill.mjs', import.meta.url)),
        },
        // The content script's context, without WXT's start-up event that any page could use to
        // detect Claimlight or turn it off (entrypoints/content/script-context.ts).
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(
            new URL('./entrypoints/content/script-context.ts', import.meta.url),
          ),
        },
      ],
    },
    ...(process.env.CLAIMLIGHT_NO_MINIFY && { build: { minify: false } }),
  }),
  manifest: ({ browser }) => ({
    // Words from public/_locales/en/messages.json, so the stores and the browser can translate them.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The reader's shortcuts (background/forward-command.ts hands them to the page). Alt+Shift
    // with J/K/H is taken by no browser default in Chrome or Firefox; Chrome suggests at most 4.
    commands: {
      'next-statement': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextStatement__',
      },
      'previous-statement': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousStatement__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleHighlights__',
      },
    },
    // scripting: register the content script on sites the reader opts into; storage: remember
    // them; activeTab: let the popup read the current tab's origin to offer that opt-in.
    permissions: ['scripting', 'storage', 'activeTab'],
    // The extension's own pages (popup, options, story view) and its background load nothing
    // that is not the extension's own: the browser refuses any other request (a fetch, an image,
    // a font, a frame) before it leaves, whatever code asks. MV3's default limits only scripts
    // and plugins, so "no network requests" would otherwise rest on our code alone.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    // Drawn by scripts/draw-icons.mjs; the toolbar shows the same mark as the store listing.
    icons: ICONS,
    action: { default_icon: ICONS, default_title: 'Claimlight' },
    optional_host_permissions: OPTIONAL_HOSTS,
    // Code the content script imports when it needs it (content/load-module.ts): the reader, once
    // a page names the story's place, and the card's UI on a first click. On opted-in sites
    // too, not only the defaults.
    web_accessible_resources: [
      {
        resources: ['reader.js', 'card-ui.js'],
        matches: OPTIONAL_HOSTS,
        // A per-session URL in Chromium, so pages cannot probe for the extension with it.
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
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
