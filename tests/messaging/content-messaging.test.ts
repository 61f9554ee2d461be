/**
 * The content script's messaging (no library, no polyfill) against @webext-core/messaging
 * itself at the other end, with messages passed as the browser passes them: the content
 * script's requests reach the background's real handler registration, and the popup's
 * requests (the library, by tab id) reach the content script's listeners.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage as contentOnMessage, sendMessage as contentSendMessage } from '@/utils/messaging/content-messaging';
import { sendMessage as librarySendMessage } from '@/utils/messaging/protocol';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import type { Answer, CurrentReleases, PageReport } from '@/utils/types';
import { deliverMessage } from '../helpers/deliver-message';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
const contentScriptSender = { id: fakeBrowser.runtime.id, url: 'https://www.phoronix.com/news/Rust-Linux-Next', tab: { id: 7 } } as unknown as Sender;

const deliver = deliverMessage;

const RELEASES: Answer<CurrentReleases> = { value: { latestStable: '6.1.1', releases: [] }, fetchedAt: 1_000, stale: false, from: 'cache' };

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.restoreAllMocks();
});

describe('content script → background', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => deliver(message, contentScriptSender)) as typeof fakeBrowser.runtime.sendMessage);
  });

  it("gets the background's answer, handled by the library's listener", async () => {
    const handler = vi.fn(async () => RELEASES);
    stops.push(registerHandlers({ getCurrentReleases: handler }, fakeBrowser.runtime.id));
    await expect(contentSendMessage('getCurrentReleases', { refresh: true })).resolves.toEqual(RELEASES);
    expect((handler.mock.calls[0] as unknown[] | undefined)?.[0]).toEqual({ refresh: true });
  });

  it("rejects with the background's reason when the request breaks the protocol", async () => {
    const handler = vi.fn(async () => RELEASES);
    stops.push(registerHandlers({ getCurrentReleases: handler }, fakeBrowser.runtime.id));
    const bad = { refresh: 'yes' } as unknown as { refresh: boolean };
    await expect(contentSendMessage('getCurrentReleases', bad)).rejects.toThrow(/getCurrentReleases/);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('popup → content script', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_tabId: number, message: unknown) => deliver(message, { id: fakeBrowser.runtime.id } as Sender)) as typeof fakeBrowser.tabs.sendMessage);
  });

  it("answers the library's request sent to the tab", async () => {
    const report: PageReport = { site: 'phoronix', url: 'https://www.phoronix.com/news/x', found: { version: 2 }, counts: { release: 2, mainline: 0, news: 1 }, states: {}, pageOff: false };
    stops.push(contentOnMessage('getPageReport', () => report));
    await expect(librarySendMessage('getPageReport', undefined, 7)).resolves.toEqual(report);
  });

  it('answers asynchronously, and only the message type it listens for', async () => {
    const toggle = vi.fn(async () => ({ off: true }));
    stops.push(contentOnMessage('toggleThisPage', toggle));
    stops.push(contentOnMessage('refreshPage', async () => ({ refreshed: true })));
    await expect(librarySendMessage('refreshPage', undefined, 7)).resolves.toEqual({ refreshed: true });
    expect(toggle).not.toHaveBeenCalled();
    await expect(librarySendMessage('toggleThisPage', undefined, 7)).resolves.toEqual({ off: true });
  });

  it("passes a failure back as the library's error", async () => {
    stops.push(contentOnMessage('refreshPage', async () => {
      throw new Error('Extension context invalidated');
    }));
    await expect(librarySendMessage('refreshPage', undefined, 7)).rejects.toThrow('Extension context invalidated');
  });
});
