import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { storyPlugin } from './scripts/story-plugin';

export default defineConfig({
  plugins: [WxtVitest(), storyPlugin()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
