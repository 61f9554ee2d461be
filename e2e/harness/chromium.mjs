import { chromium } from 'playwright-core';
import { chromiumHostRules } from '../server/server.mjs';
import { BUILDS, CHROMIUM } from './paths.mjs';

/**
 * Debian's Chromium with the built extension loaded, every mapped hostname answered by
 * the local world server, and every other name unresolvable.
 * @param {object} options
 * @param {import('../server/server.mjs').WorldServer} options.server
 * @param {string} options.userDataDir  reuse it to keep the profile (and IndexedDB) across launches
 * @param {boolean} [options.headless]
 * @param {string} [options.extensionDir]
 * @param {string[]} [options.extraHosts]  hosts outside the worlds the server also answers (by a handler)
 */
export async function launchChromium({ server, userDataDir, headless = true, extensionDir = BUILDS.chrome, extraHosts = [] }) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${chromiumHostRules(server.port, extraHosts)}`,
      `--ignore-certificate-errors-spki-list=${server.spkiHash}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    /** Opens the popup's page in a tab of its own. */
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    close: () => context.close(),
  };
}
