import puppeteer from 'puppeteer-core';
import { firefoxPrefs } from '../server/server.mjs';
import { BUILDS, FIREFOX, GECKO_ID } from './paths.mjs';

/** Fixed so the popup's moz-extension:// URL is known and the add-on's storage survives restarts. */
export const FIREFOX_EXTENSION_UUID = '3f0c6f52-6d0e-4c1e-9d2a-6b1f4a1b7c11';

/**
 * Firefox ESR over WebDriver BiDi with the built extension installed as a temporary
 * add-on, every hostname resolved to the local world server.
 * @param {object} options
 * @param {import('../server/server.mjs').WorldServer} options.server
 * @param {string} options.userDataDir
 * @param {boolean} [options.headless]
 * @param {string} [options.extensionDir]  `BUILDS.firefoxMv3` for the MV3 build (`npx wxt build -b firefox --mv3`)
 * @param {Record<string, unknown>} [options.extraPrefs]  more prefs, for one scenario's needs
 */
export async function launchFirefox({ server, userDataDir, headless = true, extensionDir = BUILDS.firefox, extraPrefs = {} }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    userDataDir,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      ...firefoxPrefs(server.port),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // A temporary add-on is uninstalled when Firefox quits; keep its data for the restart test.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...extraPrefs,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    /** Opens the popup's page in a tab of its own (its navigation never reports "loaded"). */
    async openPopup() {
      const page = await browser.newPage();
      void page.goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/popup.html`).catch(() => undefined);
      // Polled by hand: while the extension page is still loading, BiDi's script.evaluate
      // can fail outright (a protocol error) instead of returning false.
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page.evaluate(() => document.querySelector('input[role="switch"]') !== null).catch(() => false);
        if (ready) return page;
        if (Date.now() > deadline) throw new Error('The popup page did not render its switches within 15 s');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => browser.close(),
  };
}
