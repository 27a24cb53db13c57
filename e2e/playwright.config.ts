import { defineConfig } from '@playwright/test';

/**
 * Browser tests with Debian's Chromium (`apt-get install chromium`); Playwright never downloads
 * a browser here. E2E_BASE_URL is the running system's gateway (bin/run prints it), or the SPA's
 * `vite preview` server for the `spa` project alone.
 */
import { BASE_URL as baseURL } from './tests/support/env';

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Two cores and one Keycloak: journeys run one at a time.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    headless: true,
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // The SPA alone, its API answered by the test (page.route): runs against any server that
    // serves the built SPA, the gateway or `vite preview`.
    { name: 'spa', testDir: './tests/spa' },
    // Real users against the whole running system: Keycloak, gateway, services.
    { name: 'system', testDir: './tests/system' },
    // The fault and abuse suite: hostile input to every operation of the OpenAPI document,
    // cross-user reads and gateway path attacks, through the gateway with Keycloak tokens. It
    // writes junk into the system it tests, so it runs on its own, last (`npm run test:abuse`).
    { name: 'abuse', testDir: './tests/abuse', retries: 0 },
  ],
});
