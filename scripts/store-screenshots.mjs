// `npm run screenshots`: builds the Chrome extension, serves the demo, mainline and news worlds
// on 127.0.0.1 (GitHub answered by the git-backed stand-in), and saves the store's 1280×800
// screenshots to .output/store-screenshots/: the seed article with its panel, the rust/ badge's
// card, a git.kernel.org commit banner, a lore pull request thread, the popup, and the options
// page. Headless; nothing leaves the machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../e2e/harness/chromium.mjs';
import { BUILDS, OUTPUT, ROOT, STORY_WORLDS } from '../e2e/harness/paths.mjs';
import { startGitHubStandIn } from '../e2e/github/github-api.mjs';
import { startWorldServer } from '../e2e/server/server.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const SEED_ARTICLE = 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next';
const COMMIT_PAGE = 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=07a3ce7c09379672dde171413e7740f64e423e08';
const PULL_THREAD = 'https://lore.kernel.org/linux-cifs/CAH2r5mtxKs7+wFMoE2m9gMZLc9vr3Jj9eEm21JZCNsunuiydDQ@mail.gmail.com/T/';
const SIZE = { width: 1280, height: 800 };
const OUT = path.join(OUTPUT, 'store-screenshots');
const TIMEOUT = { timeout: 30_000 };

if (!ensureBrowsers()) process.exit(1);
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const github = await startGitHubStandIn();
const server = await startWorldServer({
  worlds: STORY_WORLDS,
  port: 0,
  handlers: { 'api.github.com': github.api.handle },
});
const profile = await mkdtemp(path.join(os.tmpdir(), 'kc-screenshots-profile-'));
const browser = await launchChromium({ server, userDataDir: profile, headless: true });
const saved = [];

/** A new tab at the store's size, without animations (a card caught mid-fade looks washed out). */
async function newPage() {
  const page = await browser.context.newPage();
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  return page;
}

/** Scrolls so the element's top sits `offset` pixels below the window's top. */
async function scrollToTop(page, selector, offset) {
  await page.evaluate(
    ({ selector, offset }) => {
      const element = document.querySelector(selector);
      if (element) window.scrollBy(0, element.getBoundingClientRect().top - offset);
    },
    { selector, offset },
  );
}

async function save(page, name) {
  const file = path.join(OUT, name);
  const png = await page.screenshot({ path: file });
  saved.push(file);
  return png;
}

try {
  await mkdir(OUT, { recursive: true });

  // 1. The seed article: the status panel and "Since this article", its whole story told.
  const article = await newPage();
  await article.goto(SEED_ARTICLE);
  await article.waitForFunction(() => document.querySelectorAll('kc-mainline').length >= 3, undefined, TIMEOUT);
  await article.waitForFunction(() => document.querySelector('kc-news')?.shadowRoot?.querySelector('li[data-kind="mainline"]'), undefined, TIMEOUT);
  await scrollToTop(article, 'article h1, article header, kc-status', 16);
  const articleShot = await save(article, '1-seed-article-panel.png');

  // 2. The rust/ badge's card, open as a reader hovering the badge sees it.
  const badge = article.locator('kc-mainline[data-kc-subject="rust/"]:not([data-kc-claim]) button');
  await scrollToTop(article, 'kc-mainline[data-kc-subject="rust/"]:not([data-kc-claim])', 260);
  await badge.hover();
  await article.waitForFunction(() => {
    const card = document.querySelector('kc-mainline[data-kc-subject="rust/"]:not([data-kc-claim])')?.shadowRoot?.querySelector('.kc-card');
    // Shown, and done fading in.
    return card && getComputedStyle(card).display !== 'none' && card.getAnimations().every((animation) => animation.playState === 'finished');
  });
  await save(article, '2-rust-badge-card.png');
  await article.mouse.move(0, 0);

  // 3. A git.kernel.org commit page: the banner under its header says where the commit landed.
  const commit = await newPage();
  await commit.goto(COMMIT_PAGE);
  await commit.waitForFunction(() => document.querySelector('kc-mainline[data-kc-display="banner"]')?.getAttribute('data-kc-state'), undefined, TIMEOUT);
  await save(commit, '3-git-kernel-org-commit-banner.png');
  await commit.close();

  // 4. A lore [GIT PULL] thread: merged, in which release, from pr-tracker-bot's reply.
  const thread = await newPage();
  await thread.goto(PULL_THREAD);
  await thread.waitForFunction(() => document.querySelector('kc-mainline[data-kc-display="banner"]')?.getAttribute('data-kc-state'), undefined, TIMEOUT);
  await thread.waitForFunction(() => document.querySelectorAll('kc-mainline').length >= 2, undefined, TIMEOUT).catch(() => undefined);
  await save(thread, '4-lore-pull-thread.png');
  await thread.close();

  // 5. The popup, as it opens from the toolbar over the seed article (its page report is the
  //    article's: opened as a tab, the popup reports on the most recently used web page).
  await article.bringToFront();
  const popup = await browser.openPopup();
  await popup.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.waitForSelector('input[role="switch"]');
  await popup.waitForTimeout(1_000);
  const popupShot = await popup.screenshot({ fullPage: true });
  await popup.close();
  const composite = await newPage();
  await composite.setContent(`<!doctype html><style>
    body { margin: 0; width: ${SIZE.width}px; height: ${SIZE.height}px; overflow: hidden; background: #fff; }
    .page { display: block; width: 100%; filter: brightness(0.96); }
    .popup { position: absolute; top: 8px; right: 16px; max-height: ${SIZE.height - 24}px;
      border: 1px solid #b8c6d3; border-radius: 8px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.28); }
  </style><img class="page" src="data:image/png;base64,${articleShot.toString('base64')}"><img class="popup" src="data:image/png;base64,${popupShot.toString('base64')}">`);
  await composite.waitForFunction(() => [...document.images].every((image) => image.complete));
  await save(composite, '5-popup.png');
  await composite.close();

  // 6. The options page, where the build has one.
  if (existsSync(path.join(BUILDS.chrome, 'options.html'))) {
    const options = await newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForFunction(() => (document.querySelector('#app, body')?.childElementCount ?? 0) > 0);
    await options.waitForTimeout(1_000);
    await save(options, '6-options.png');
    await options.close();
  } else {
    console.log('No options page in this build: no options screenshot.');
  }

  console.log(`\nStore screenshots (${SIZE.width}×${SIZE.height}):`);
  for (const file of saved) console.log(`  ${path.relative(ROOT, file)}`);
} finally {
  await browser.close();
  await server.close();
  github.api.close();
  await rm(profile, { recursive: true, force: true });
}
