// `npm run demo`: builds the extension, serves the bundled demo world on 127.0.0.1, opens
// Chromium with the extension on the seed article, saves a screenshot and prints what
// Kernel Context annotated. Headless when there is no display; nothing leaves the machine.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../e2e/harness/chromium.mjs';
import { openEveryCard } from '../e2e/harness/open-cards.mjs';
import { OUTPUT, ROOT, STORY_WORLDS } from '../e2e/harness/paths.mjs';
import { startGitHubStandIn } from '../e2e/github/github-api.mjs';
import { startWorldServer } from '../e2e/server/server.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const SEED_ARTICLE = 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next';
const screenshot = path.join(OUTPUT, 'demo', 'seed-article.png');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (!ensureBrowsers()) process.exit(1);
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

// GitHub's API for torvalds/linux, answered by git over a synthetic mainline history (e2e/github/).
const github = await startGitHubStandIn();
const server = await startWorldServer({ worlds: STORY_WORLDS, port: 0, handlers: { 'api.github.com': github.api.handle } });
const profile = await mkdtemp(path.join(os.tmpdir(), 'kc-demo-profile-'));
const browser = await launchChromium({ server, userDataDir: profile, headless });
try {
  const page = await browser.context.newPage();
  await page.goto(SEED_ARTICLE);
  await page.waitForFunction(() => document.querySelector('kc-status')?.shadowRoot?.querySelector('[data-kc-state]'), undefined, { timeout: 15_000 });
  // Wait for the mainline answers, then open the card of the rust/ badge, as a reader hovering it would.
  await page.waitForFunction(() => document.querySelectorAll('kc-mainline').length >= 3, undefined, { timeout: 30_000 }).catch(() => undefined);
  // …and for the "Since this article" panel to tell the whole story.
  await page
    .waitForFunction(() => document.querySelector('kc-news')?.getAttribute('data-kc-state') && document.querySelector('kc-news')?.shadowRoot?.querySelector('li[data-kind="mainline"]'), undefined, { timeout: 30_000 })
    .catch(() => undefined);
  await page.setViewportSize({ width: 1280, height: 1500 });
  const badge = page.locator('kc-mainline[data-kc-subject="rust/"] button').or(page.locator('kc-release button')).first();
  if (await badge.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
    await badge.scrollIntoViewIfNeeded();
    await badge.hover();
    // The card fades in: the screenshot waits until it has.
    await page
      .waitForFunction(() => [...document.querySelectorAll('kc-mainline, kc-release')].every((host) => (host.shadowRoot?.querySelector('.kc-card')?.getAnimations() ?? []).every((animation) => animation.playState === 'finished')), undefined, { timeout: 5_000 })
      .catch(() => undefined);
  }
  await mkdir(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });

  // A card's details are drawn the first time it shows: every card is opened once, so each can be printed below.
  await page.evaluate(openEveryCard);
  const found = await page.evaluate(() => {
    const overlays = [...document.querySelectorAll('*')].filter((element) => element.tagName.toLowerCase().startsWith('kc-'));
    return overlays.map((element) => {
      const root = element.shadowRoot ?? element;
      const annotations = [...root.querySelectorAll('[data-kc-kind]')].map((a) => ({
        kind: a.getAttribute('data-kc-kind'),
        subject: a.getAttribute('data-kc-subject'),
        state: a.getAttribute('data-kc-state'),
      }));
      const section = root.querySelector('section');
      const text = (section instanceof HTMLElement ? section.innerText : root.textContent ?? '').replace(/\s+/g, ' ').trim();
      const own = element.hasAttribute('data-kc-kind')
        ? [{ kind: element.getAttribute('data-kc-kind'), subject: element.getAttribute('data-kc-subject'), state: element.getAttribute('data-kc-state') }]
        : [];
      const card = element.shadowRoot?.querySelector('.kc-card');
      return { element: element.tagName.toLowerCase(), text: card ? card.textContent.replace(/\s+/g, ' ').trim() : text, annotations: [...own, ...annotations] };
    });
  });

  console.log(`\nKernel Context on ${SEED_ARTICLE}`);
  for (const overlay of found) {
    for (const a of overlay.annotations) console.log(`  <${overlay.element}> ${a.kind} ${a.subject}: ${a.state}`);
    console.log(`  ${overlay.annotations.length ? '  ' : `<${overlay.element}>: `}${overlay.text}`);
  }
  if (found.every((overlay) => overlay.annotations.length === 0)) console.log('  No mention on the page is annotated.');
  console.log(`\nRequests answered by the local server: ${JSON.stringify(server.countByHost())}`);
  console.log(`Screenshot: ${screenshot}`);
  if (!headless) {
    console.log('\nThe browser stays open for you to explore; press Ctrl-C to quit.');
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
} finally {
  await browser.close();
  await server.close();
  github.api.close();
  await rm(profile, { recursive: true, force: true });
}
