import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORLDS } from '../harness/paths.mjs';
import type { BrowserDriver, PageDriver } from '../harness/driver';
import { startWorldServer, type WorldServer } from '../server/server.mjs';

export const SEED_ARTICLE = 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next';
/** A page of the demo world whose own script records what it hears of an extension (its provenance says how). */
const LISTENING_PAGE = 'https://www.phoronix.com/news/Kernel-Context-Listening-Page';

/** How many releases the demo world's www.kernel.org/releases.json lists. */
function demoReleaseCount(): number {
  const world = JSON.parse(readFileSync(path.join(WORLDS, 'demo', 'world.json'), 'utf8')) as { routes: { host: string; path?: string; file?: string }[] };
  const route = world.routes.find((r) => r.host === 'www.kernel.org' && r.path === '/releases.json');
  return (JSON.parse(readFileSync(path.join(WORLDS, 'demo', route!.file!), 'utf8')) as { releases: unknown[] }).releases.length;
}

type StartDriver = (server: WorldServer, userDataDir: string) => Promise<BrowserDriver>;

/** Text of the status panel's shadow root, or null when no panel is mounted. */
const panelText = () => document.querySelector('kc-status')?.shadowRoot?.querySelector('.kc-panel')?.textContent ?? null;
const hasPanel = () => document.querySelector('kc-status') !== null;
const noPanel = () => document.querySelector('kc-status') === null;
const releaseListChecked = () =>
  Boolean(document.querySelector('kc-status')?.shadowRoot?.querySelector('[data-kc-state="available"] time[datetime]'));

/**
 * The foundation's end-to-end scenarios (issue: foundation), run in each real browser
 * against the demo world served on 127.0.0.1.
 */
export function foundationScenarios(startDriver: StartDriver) {
  let server: WorldServer;
  let driver: BrowserDriver;
  let profile: string;

  beforeAll(async () => {
    server = await startWorldServer({ worlds: [path.join(WORLDS, 'demo')], port: 0 });
    profile = await mkdtemp(path.join(os.tmpdir(), 'kc-e2e-profile-'));
    driver = await startDriver(server, profile);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const requestsTo = (host: string) => server.requests().filter((request) => request.host === host);

  describe('on a Phoronix article', () => {
    let article: PageDriver;

    it('shows the status panel in a shadow root, with the release list fetched by the background', async () => {
      server.resetLog();
      article = await driver.open(SEED_ARTICLE);
      await article.waitFor(releaseListChecked);
      const text = await article.evaluate(panelText);
      expect(text).toContain('Kernel Context');
      expect(text).toMatch(new RegExp(`kernel\\.org release list \\(${demoReleaseCount()} releases\\) checked`));
      // The page was read: what the seed article mentions, counted by kind.
      expect(text).toContain('Found on this page: 1 kernel version, 1 commit, 1 mailing-list message, 1 source path');
      // The page's own text is untouched: the panel sits beside it, not in it.
      const title = await article.evaluate(() => document.querySelector('article h1, article header')?.textContent?.trim());
      expect(title).toBe('Initial Support For The Rust Language Lands In Linux-Next');
      expect(requestsTo('www.kernel.org').map((request) => request.path)).toEqual(['/releases.json']);
    });

    it('answers a reload from the cache, making no request at all', async () => {
      server.resetLog();
      await article.reload();
      await article.waitFor(releaseListChecked);
      expect(requestsTo('www.kernel.org')).toHaveLength(0);
      const outside = server.requests().filter((request) => request.host !== 'www.phoronix.com');
      expect(outside).toEqual([]);
    });

    it('removes the panel when "Annotations" is switched off in the popup, and restores it when on again', async () => {
      const popup = await driver.openPopup();
      await popup.clickByName('Annotations');
      await article.waitFor(noPanel);
      expect(await article.evaluate(hasPanel)).toBe(false);
      await popup.clickByName('Annotations');
      await article.waitFor(releaseListChecked);
      expect(await article.evaluate(panelText)).toContain('Kernel Context');
      await popup.close();
    });

    it('removes the panel when the site switch "Phoronix" is off, leaving the article as it was', async () => {
      const popup = await driver.openPopup();
      await popup.clickByName('Phoronix');
      await article.waitFor(noPanel);
      const kcElements = await article.evaluate(() => document.querySelectorAll('[class^="kc-"], [data-kc-kind]').length);
      expect(kcElements).toBe(0);
      await popup.clickByName('Phoronix');
      await article.waitFor(hasPanel);
      await popup.close();
      await article.close();
    });
  });

  it('leaves a page on an unrelated host alone', async () => {
    // localhost is outside the host mapping: it is reached on the server's own port.
    const page = await driver.open(`https://localhost:${server.port}/unrelated.html`);
    expect(await page.evaluate(() => document.title)).toBe('Unrelated page');
    // Give a content script time it would need to mount, then check none did.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.evaluate(hasPanel)).toBe(false);
    await page.close();
  });

  it('remounts its panel, once, after an in-site navigation', async () => {
    const page = await driver.open(SEED_ARTICLE);
    await page.waitFor(releaseListChecked);
    await page.evaluate(() => document.querySelector('kc-status')?.setAttribute('data-before-navigation', ''));
    await page.evaluate(() => history.pushState({}, '', '/news/Rust-Hits-Linux-Next'));
    await page.waitFor(() => document.querySelector('kc-status:not([data-before-navigation])'));
    expect(await page.evaluate(() => document.querySelectorAll('kc-status').length)).toBe(1);
    await page.close();
  });

  it('comes back from another page (back/forward cache or not) in step with settings changed meanwhile', async () => {
    const page = await driver.open(SEED_ARTICLE);
    await page.waitFor(releaseListChecked);
    await page.goto(`https://localhost:${server.port}/unrelated.html`);
    const popup = await driver.openPopup();
    await popup.clickByName('Annotations');
    await page.goBack();
    await page.waitFor(() => document.title.includes('Rust'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.evaluate(hasPanel)).toBe(false);
    await popup.clickByName('Annotations');
    await page.waitFor(hasPanel);
    expect(await page.evaluate(() => document.querySelectorAll('kc-status').length)).toBe(1);
    await popup.close();
    await page.close();
  });

  it('keeps its cache across a browser restart', async () => {
    await driver.restart();
    server.resetLog();
    const page = await driver.open(SEED_ARTICLE);
    await page.waitFor(releaseListChecked);
    expect(requestsTo('www.kernel.org')).toHaveLength(0);
    await page.close();
  });

  it('tells the page nothing of itself: no window message, no event on its DOM naming the extension', async () => {
    // The extension's id, as a page would know a store extension's.
    const popup = await driver.openPopup();
    const id = await popup.evaluate(() => browser.runtime.id);
    await popup.close();
    const page = await driver.open(`${LISTENING_PAGE}#${encodeURIComponent(id)}`);
    await page.waitFor(releaseListChecked);
    // In-site navigations, which the annotator follows: forward with pushState, then back.
    for (const navigate of [() => history.pushState({}, '', `${location.pathname}?page=2${location.hash}`), () => history.back()]) {
      await page.evaluate(() => document.querySelector('kc-status')?.setAttribute('data-before-navigation', ''));
      await page.evaluate(navigate);
      await page.waitFor(() => document.querySelector('kc-status:not([data-before-navigation])'));
    }
    expect(await page.evaluate(() => location.search)).toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('kc-release').length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    await page.close();
  });
}
