import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The person whose open session the timed page shows. */
export const PERSON = 'Hélène Martin';

export const launchChromium = () =>
  chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'] });

/**
 * Loads `url` once in a fresh browser context (empty cache, like a fresh launch) and returns the
 * time from the navigation's start to the step panel being ready, timed inside the page.
 */
export async function readyMs(browser: Browser, url: string | (() => Promise<string>)): Promise<number> {
  // Browser mode's address opens once: each fresh context gets its own (the redirect that trades it is timed too).
  const target = typeof url === 'string' ? url : await url();
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  try {
    // The first DOM change after which the panel is ready, in ms since the navigation started
    // (performance.timeOrigin). Polling from Playwright would add its own delay.
    await context.addInitScript(readyProbe(PERSON));
    const page = await context.newPage();
    await page.goto(target);
    const handle = await page.waitForFunction(() => (window as unknown as { __binomeReadyAt?: number }).__binomeReadyAt, null, { timeout: 30_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page before its own scripts: records when the session panel first shows the stored
 * person and step with its "next step" button visible and enabled. A string, not a function: tsx
 * would decorate a function with helpers that do not exist in the page.
 */
const readyProbe = (name: string) => `(() => {
  const name = ${JSON.stringify(name)};
  const ready = () => {
    const title = document.getElementById('session-title');
    const step = document.getElementById('step-title');
    const next = document.querySelector('.step-nav button.primary');
    return !!title && title.textContent.includes(name) && !!step && step.textContent.trim() !== ''
      && !!next && !next.disabled && next.offsetParent !== null;
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    window.__binomeReadyAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;
