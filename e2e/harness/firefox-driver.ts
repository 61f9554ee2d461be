import type { KeyInput, Page } from 'puppeteer-core';
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
    async openExtensionPage(file) {
      const page = await firefox.browser.newPage();
      // Like the popup's, this navigation never reports "loaded": polled by hand.
      void page.goto(`${firefox.extensionBase}/${file}`).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
        if (ready) return wrap(page);
        if (Date.now() > deadline) throw new Error(`The extension page ${file} did not load within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
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
    evaluateScript: (source) => page.evaluate(source) as never,
    async press(key) {
      // BiDi's keyboard knows the space bar by its character only.
      const keys = (key.length > 1 ? key.split('+') : [key]).map((name) => (name === 'Space' ? ' ' : name)) as KeyInput[];
      for (const down of keys.slice(0, -1)) await page.keyboard.down(down);
      await page.keyboard.press(keys.at(-1)!);
      for (const up of keys.slice(0, -1).reverse()) await page.keyboard.up(up);
    },
    async pressShortcut(shortcut) {
      // A shortcut acts on the tab in front: this page's.
      await page.bringToFront();
      const done = await evaluateInBrowserWindow(page, pressInWindow, { shortcut, url: page.url() });
      if (done !== 'pressed') throw new Error(`Could not press ${shortcut}: ${done}`);
    },
    async emulateColorScheme(scheme) {
      // No BiDi command for it: Firefox's own pref for the colour scheme web content sees (0 dark, 1 light).
      await evaluateInBrowserWindow(page, (wanted: number) => Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', wanted), scheme === 'dark' ? 0 : 1);
      const dark = scheme === 'dark';
      await page.waitForFunction((want: boolean) => matchMedia('(prefers-color-scheme: dark)').matches === want, { timeout: 5_000 }, dark);
    },
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

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; type?: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } } }>;
}

/** Chrome-privileged globals of Firefox's browser window, as the functions below use them. */
declare const Services: { prefs: { setIntPref(name: string, value: number): void } };
declare const Cc: Record<string, { createInstance(iface: unknown): unknown }>;
declare const Ci: Record<string, unknown>;
declare const gBrowser: { selectedBrowser: { currentURI: { spec: string } } };

/**
 * Runs a function in Firefox's browser window (chrome scope, which `--remote-allow-system-access`
 * opens to WebDriver BiDi): the one showing this page, or the first.
 */
async function evaluateInBrowserWindow<A>(page: Page, fn: (arg: A) => unknown, arg: A): Promise<unknown> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const windows = tree.result.contexts ?? [];
  if (windows.length === 0) throw new Error('No Firefox browser window to run in');
  const url = page.url();
  const expression = `(${fn.toString()})(${JSON.stringify(arg)})`;
  const showing = `gBrowser.selectedBrowser.currentURI.spec === ${JSON.stringify(url)}`;
  let target = windows[0]!.context;
  for (const { context } of windows) {
    const answer = await connection.send('script.evaluate', { expression: showing, target: { context }, awaitPromise: false });
    if (answer.result.result?.value === true) target = context;
  }
  const answer = await connection.send('script.evaluate', { expression, target: { context: target }, awaitPromise: true });
  if (answer.result.type === 'exception') throw new Error(`In the browser window: ${answer.result.exceptionDetails?.text ?? 'an exception'}`);
  return answer.result.result?.value;
}

/**
 * Presses a shortcut in the browser window through Firefox's own input stack
 * (nsITextInputProcessor, as Mozilla's tests of extension shortcuts do): the key goes to
 * the focused tab and back to the window's key handling, where extension commands live.
 */
function pressInWindow({ shortcut, url }: { shortcut: string; url: string }): string {
  if (gBrowser.selectedBrowser.currentURI.spec !== url) return `the selected tab shows ${gBrowser.selectedBrowser.currentURI.spec}`;
  const tip = Cc['@mozilla.org/text-input-processor;1']!.createInstance(Ci.nsITextInputProcessor) as {
    beginInputTransactionForTests(window: Window): boolean;
    keydown(event: KeyboardEvent): void;
    keyup(event: KeyboardEvent): void;
  };
  if (!tip.beginInputTransactionForTests(window)) return 'no input transaction';
  const codes: Record<string, [string, number]> = { Alt: ['AltLeft', 18], Control: ['ControlLeft', 17], Meta: ['MetaLeft', 91], Shift: ['ShiftLeft', 16] };
  const parts = shortcut.split('+');
  const key = parts.pop()!.toUpperCase();
  const events = [
    ...parts.map((name) => new KeyboardEvent('', { key: name, code: codes[name]![0], keyCode: codes[name]![1] })),
    new KeyboardEvent('', { key, code: /[A-Z]/.test(key) ? `Key${key}` : `Digit${key}`, keyCode: key.charCodeAt(0) }),
  ];
  for (const event of events) tip.keydown(event);
  for (const event of events.reverse()) tip.keyup(event);
  return 'pressed';
}
