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
    async openExtensionPage(file) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
      return wrap(page);
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
    evaluateScript: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key),
    async pressShortcut(shortcut) {
      // A shortcut acts on the tab in front: this page's.
      await page.bringToFront();
      await pressShortcut(page, shortcut);
    },
    emulateColorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
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

const MODIFIERS: Record<string, { bit: number; code: string; keyCode: number }> = {
  Alt: { bit: 1, code: 'AltLeft', keyCode: 18 },
  Control: { bit: 2, code: 'ControlLeft', keyCode: 17 },
  Meta: { bit: 4, code: 'MetaLeft', keyCode: 91 },
  Shift: { bit: 8, code: 'ShiftLeft', keyCode: 16 },
};

/**
 * A shortcut such as `Alt+Shift+K`, as raw key events with their native key codes.
 * Chromium matches its accelerators (extension commands among them) on the native key
 * code, which Playwright's keyboard leaves out: its presses reach the page and nothing else.
 */
async function pressShortcut(page: Page, shortcut: string): Promise<void> {
  const parts = shortcut.split('+');
  const key = parts.pop()!.toUpperCase();
  if (!/^[A-Z0-9]$/.test(key) || parts.some((name) => !MODIFIERS[name])) throw new Error(`Not a shortcut this driver can press: ${shortcut}`);
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'rawKeyDown' | 'keyUp', name: string, code: string, keyCode: number, modifiers: number) =>
    cdp.send('Input.dispatchKeyEvent', { type, modifiers, key: name, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
  try {
    let modifiers = 0;
    for (const name of parts) {
      modifiers |= MODIFIERS[name]!.bit;
      await send('rawKeyDown', name, MODIFIERS[name]!.code, MODIFIERS[name]!.keyCode, modifiers);
    }
    const code = /[A-Z]/.test(key) ? `Key${key}` : `Digit${key}`;
    await send('rawKeyDown', key, code, key.charCodeAt(0), modifiers);
    await send('keyUp', key, code, key.charCodeAt(0), modifiers);
    for (const name of parts.reverse()) {
      modifiers &= ~MODIFIERS[name]!.bit;
      await send('keyUp', name, MODIFIERS[name]!.code, MODIFIERS[name]!.keyCode, modifiers);
    }
  } finally {
    await cdp.detach();
  }
}
