import type { Page } from 'puppeteer-core';
import type { WorldServer } from '../server/server.mjs';
import { launchFirefox } from './firefox.mjs';
import type { BrowserDriver, PageDriver } from './driver';

export async function startFirefoxDriver(server: WorldServer, userDataDir: string): Promise<BrowserDriver> {
  let firefox = await launchFirefox({ server, userDataDir });
  return {
    name: 'firefox',
    async open(url) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openPopup() {
      return wrap(await firefox.openPopup());
    },
    async restart() {
      await firefox.close();
      firefox = await launchFirefox({ server, userDataDir });
    },
    close: () => firefox.close(),
  };
}

function wrap(page: Page): PageDriver {
  return {
    evaluate: (fn) => page.evaluate(fn) as never,
    async waitFor(fn, timeoutMs = 10_000) {
      await page.waitForFunction(fn, { timeout: timeoutMs });
    },
    async reload() {
      await page.reload();
    },
    async goto(url) {
      await page.goto(url);
    },
    async goBack() {
      await page.goBack();
    },
    async clickByName(name) {
      // Found through the DOM: a switch's name is its label's text, a button's its own.
      const control = await page.waitForFunction(
        (wanted: string) =>
          [...document.querySelectorAll<HTMLElement>('[role="switch"], button')].find(
            (element) => (element.closest('label') ?? element).textContent?.trim() === wanted,
          ),
        {},
        name,
      );
      await (control as unknown as { click(): Promise<void> }).click();
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}
