/**
 * What the scenarios need from a browser, so one scenario runs unchanged in Chromium
 * (Playwright) and Firefox (puppeteer over WebDriver BiDi).
 */
export interface BrowserDriver {
  readonly name: string;
  open(url: string): Promise<PageDriver>;
  openPopup(): Promise<PageDriver>;
  /** Opens one of the extension's own pages (`options.html`) in a tab of its own. */
  openExtensionPage(file: string): Promise<PageDriver>;
  /** Quits the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface PageDriver {
  /** Runs a function in the page (or extension page) and returns its serialisable result, awaited when it is a promise. */
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  /**
   * Runs script source in the page (past its CSP, as the test rig) and returns the value
   * of its last expression, awaited when it is a promise, serialised.
   */
  evaluateScript<R>(source: string): Promise<R>;
  /** Presses a key in the page: `Tab`, `Shift+Tab`, `Enter`, `Space`, `Escape`. */
  press(key: string): Promise<void>;
  /**
   * Brings the page's tab to the front and presses a browser keyboard shortcut (`Alt+Shift+K`)
   * where the browser's own shortcut handling sees it, as a key press in the window does:
   * extension commands fire.
   */
  pressShortcut(shortcut: string): Promise<void>;
  /** The page's `prefers-color-scheme`. */
  emulateColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  /** Waits until the function returns a truthy value in the page. */
  waitFor(fn: () => unknown, timeoutMs?: number): Promise<void>;
  reload(): Promise<void>;
  goto(url: string): Promise<void>;
  goBack(): Promise<void>;
  /** Clicks the control with this accessible name (role switch or button). */
  clickByName(name: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}
