import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = path.join(ROOT, '.output');
export const WORLDS = path.join(ROOT, 'e2e/worlds');
/** The seed article's whole story: the demo world, the mainline answers and the later news. */
export const STORY_WORLDS = ['demo', 'mainline', 'news'].map((world) => path.join(WORLDS, world));

/** Where each build lands (WXT's default output folders). */
export const BUILDS = {
  chrome: path.join(OUTPUT, 'chrome-mv3'),
  firefox: path.join(OUTPUT, 'firefox-mv2'),
  firefoxMv3: path.join(OUTPUT, 'firefox-mv3'),
};

/** The gecko id of wxt.config.ts; Firefox keys the add-on's internal UUID by it. */
export const GECKO_ID = 'kernel-context@kernel-context.dev';

export const CHROMIUM = process.env.KC_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.KC_FIREFOX ?? '/usr/bin/firefox-esr';
