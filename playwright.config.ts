import { defineConfig } from '@playwright/test';
import { e2eTarget } from './test/e2e/targets/target';

/**
 * e2e against browser mode in Debian's Chromium (Playwright's own browser download is
 * impossible here). Each test starts its own server with its own data folder.
 * BINOME_E2E_TARGET=electron runs the same specs against the desktop app instead
 * (test/e2e/targets/electron-target.ts; README, "Electron where it exists").
 */
const target = e2eTarget();

export default defineConfig({
  testDir: 'test/e2e',
  // Electron: fail once, before any test, when there is no runtime to drive.
  globalSetup: target === 'electron' ? './test/e2e/targets/electron-global-setup.ts' : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-extensions',
      ],
    },
    trace: 'off',
  },
});
