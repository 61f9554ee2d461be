/**
 * Which of the questions a page asked last time it would ask now, by the reader's choices:
 * the background answers ahead only those (utils/messaging/answers-ahead.ts).
 */
import { questionAllowed } from '@/utils/settings/question-allowed';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings-rules';
import type { AnswerAhead } from '@/utils/types';

const ARTICLE = 'https://www.phoronix.com/news/Rust-Hits-Linux-Next';
const THREAD = 'https://lore.kernel.org/rust-for-linux/20220802015052.10452-1-ojeda@kernel.org/T/';
const TYPES: AnswerAhead['type'][] = ['getCurrentReleases', 'getReleaseStatuses', 'getMainlineStatus', 'getLaterNews'];
const allowedOf = (url: string | undefined, settings = DEFAULT_SETTINGS, pagesOff: string[] = []) => {
  const allowed = questionAllowed(url, { settings, pagesOff });
  return TYPES.filter((type) => allowed({ type }));
};

it('allows every question on a page of a site switched on', () => {
  expect(allowedOf(ARTICLE)).toEqual(TYPES);
  expect(allowedOf(THREAD)).toEqual(TYPES);
});

it("allows none on a site switched off, a page switched off (its fragment aside), with Kernel Context off, or off the sites it reads", () => {
  expect(allowedOf(ARTICLE, { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, phoronix: false } })).toEqual([]);
  expect(allowedOf(THREAD, { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, phoronix: false } })).toEqual(TYPES);
  expect(allowedOf(`${ARTICLE}#comments`, DEFAULT_SETTINGS, [ARTICLE])).toEqual([]);
  expect(allowedOf(ARTICLE, { ...DEFAULT_SETTINGS, enabled: false })).toEqual([]);
  expect(allowedOf('https://evil.example/news/Rust-Hits-Linux-Next')).toEqual([]);
  expect(allowedOf('http://www.phoronix.com/news/Rust-Hits-Linux-Next')).toEqual([]);
  expect(allowedOf('not a url')).toEqual([]);
  expect(allowedOf(undefined)).toEqual([]);
});

it("leaves out a kind's questions when that kind is switched off, keeping the panel's release list", () => {
  expect(allowedOf(ARTICLE, { ...DEFAULT_SETTINGS, kinds: { release: false, mainline: true, news: false } })).toEqual(['getCurrentReleases', 'getMainlineStatus']);
});
