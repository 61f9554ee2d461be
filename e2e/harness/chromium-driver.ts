import type { Page } from 'playwright-core';
import type { WorldServer } from '../server/server.mjs';
import { launchChromium } from './chromium.mjs';
import type { BrowserDriver, PageDriver } from './driver';

export async function startChromiumDriver(server: WorldServer, userDataDir: string): Promise<BrowserDriver> {
  let browser = await launchChromium({ server, userDataDir });
  return {
    name: 'chromium',
    async open(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openPopup() {
      return wrap(await browser.openPopup());
    },
    async restart() {
      await browser.close();
      browser = await launchChromium({ server, userDataDir });
    },
    close: () => browser.close(),
  };
}

function wrap(page: Page): PageDriver {
  return {
    evaluate: (fn) => page.evaluate(fn),
    async waitFor(fn, timeoutMs = 10_000) {
      await page.waitForFunction(fn, undefined, { timeout: timeoutMs });
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
      await page.getByRole('switch', { name, exact: true }).or(page.getByRole('button', { name, exact: true })).click();
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}
