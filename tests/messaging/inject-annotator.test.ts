/**
 * The background's answer to a content script asking for the annotator: it goes into the
 * asking frame of the asking tab, and only when that is a page of a site Kernel Context
 * reads — a message cannot make it run the annotator anywhere else.
 */
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANNOTATOR_FILE, injectAnnotator } from '@/utils/messaging/inject-annotator';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import { deliverMessage } from '../helpers/deliver-message';

const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const from = (url: string | undefined, extra: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: fakeBrowser.runtime.id, tab, frameId: 0, ...(url === undefined ? {} : { url }), ...extra });

it.each([
  ['a Phoronix article', 'https://www.phoronix.com/news/Rust-Hits-Linux-Next', 0],
  ['a lore thread in a frame', 'https://lore.kernel.org/rust-for-linux/x@y/T/', 3],
  ['a cgit commit', 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=abc', 0],
  ["kernel.org's front page", 'https://www.kernel.org/', 0],
])('injects the annotator into %s, in the frame that asked', async (_what, url, frameId) => {
  const inject = vi.fn(async () => undefined);
  await expect(injectAnnotator(from(url, { frameId }), inject)).resolves.toEqual({ shown: true });
  expect(inject).toHaveBeenCalledWith({ tabId: 7, frameId }, ANNOTATOR_FILE);
});

it.each([
  ['another site', from('https://evil.example/news/X')],
  ['a look-alike host', from('https://www.phoronix.com.evil.example/')],
  ['plain http', from('http://www.phoronix.com/news/X')],
  ['an extension page (no tab)', { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }],
  ['no URL', from(undefined)],
  ['a tab without an id', from('https://www.phoronix.com/news/X', { tab: { ...tab, id: undefined } })],
])('injects nothing for %s', async (_what, sender) => {
  const inject = vi.fn(async () => undefined);
  await expect(injectAnnotator(sender, inject)).rejects.toThrow(/site Kernel Context reads/);
  expect(inject).not.toHaveBeenCalled();
});

it("tells the content script when the browser would not inject (a page it may not script), and is asked with no data only", async () => {
  const inject = vi.fn(async () => {
    throw new Error('Cannot access contents of the page');
  });
  const stop = registerHandlers({ showAnnotations: (_data, sender) => injectAnnotator(sender, inject) }, fakeBrowser.runtime.id);
  const wire = (data: unknown) => ({ id: 1, type: 'showAnnotations', data, timestamp: Date.now() });
  expect(await deliverMessage(wire(undefined), from('https://www.phoronix.com/news/X'))).toEqual({ err: { name: 'Error', message: 'Cannot access contents of the page' } });
  expect(await deliverMessage(wire({ file: 'evil.js' }), from('https://www.phoronix.com/news/X'))).toMatchObject({ err: { name: 'InvalidMessageError' } });
  expect(inject).toHaveBeenCalledTimes(1);
  stop();
});
