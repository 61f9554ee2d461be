/**
 * What the scenarios need from a browser, so one scenario runs unchanged in Chromium
 * (Playwright) and Firefox (puppeteer over WebDriver BiDi).
 */
export interface BrowserDriver {
  readonly name: string;
  open(url: string): Promise<PageDriver>;
  openPopup(): Promise<PageDriver>;
  /** Quits the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface PageDriver {
  /** Runs a function in the page (or extension page) and returns its serialisable result. */
  evaluate<R>(fn: () => R): Promise<R>;
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
