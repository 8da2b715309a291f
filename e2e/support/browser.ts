import { chromium, type Browser } from 'playwright-core';
import { watchAccessibility } from './accessibility';

/**
 * Debian's Chromium, driven by playwright-core (no browser is downloaded). Every context it opens
 * runs axe-core on each page after each navigation (see ./accessibility).
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // playwright starts each browser on a fresh, empty user-data-dir of its own.
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    watchAccessibility(context);
    return context;
  };
  return browser;
}
