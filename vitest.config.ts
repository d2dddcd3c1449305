import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/extension/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['tests/support/catalog.setup.ts'],
    testTimeout: 20_000,
  },
});
