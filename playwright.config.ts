import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/profile-template.setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Each test has its own browser and profile; two at a time took the tier from 14.3 to 11.3 min on the 2-core CI machine (three were slower).
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: { trace: 'off' },
});
