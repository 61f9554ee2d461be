/**
 * The content script's messaging (no library, no polyfill) with messages passed as the
 * browser passes them: its questions go over a port to the background's real handler
 * registration, and the popup's requests (@webext-core/messaging itself, by tab id) reach
 * the content script's listeners.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectEarly, disconnectQuestions, onMessage as contentOnMessage, sendMessage as contentSendMessage, sendOneMessage } from '@/utils/messaging/content-messaging';
import { sendMessage as librarySendMessage } from '@/utils/messaging/protocol';
import { registerHandlers } from '@/utils/messaging/register-handlers';
import type { Answer, CurrentReleases, PageReport } from '@/utils/types';
import { deliverMessage } from '../helpers/deliver-message';
import { fakePorts } from '../helpers/fake-ports';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

const RELEASES: Answer<CurrentReleases> = { value: { latestStable: '6.1.1', releases: [] }, fetchedAt: 1_000, stale: false, from: 'cache' };

let stops: (() => void)[] = [];
afterEach(() => {
  disconnectQuestions();
  stops.forEach((stop) => stop());
  stops = [];
  vi.restoreAllMocks();
});

describe('content script → background', () => {
  it("gets the background's answer, from the background's own registration", async () => {
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

  it("asks all of a page's questions over the one connection opened as the page loads, each answer to its question", async () => {
    stops.push(registerHandlers({ getCurrentReleases: async ({ refresh }) => ({ ...RELEASES, stale: refresh }), reportPage: async ({ mentions }) => ({ received: mentions.length }) }, fakeBrowser.runtime.id));
    connectEarly();
    const page = { kind: 'phoronix-article', url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next', title: 'Rust' } as const;
    const [fresh, stale, report] = await Promise.all([
      contentSendMessage('getCurrentReleases', { refresh: false }),
      contentSendMessage('getCurrentReleases', { refresh: true }),
      contentSendMessage('reportPage', { page, mentions: [] }),
    ]);
    expect([fresh.stale, stale.stale, report]).toEqual([false, true, { received: 0 }]);
    expect(fakePorts().received).toHaveLength(1);
  });

  it('asks again over a new connection when the service worker stopped before answering, and gets the answer', async () => {
    let calls = 0;
    stops.push(
      registerHandlers(
        {
          getCurrentReleases: async () => {
            calls += 1;
            // The first time, the worker stops while answering: its port goes with it.
            if (calls === 1) {
              fakePorts().received[0]?.disconnect();
              return new Promise<never>(() => undefined);
            }
            return RELEASES;
          },
        },
        fakeBrowser.runtime.id,
      ),
    );
    await expect(contentSendMessage('getCurrentReleases', { refresh: false })).resolves.toEqual(RELEASES);
    expect(calls).toBe(2);
    expect(fakePorts().received).toHaveLength(2);
  });

  it('says there was no answer when the background goes away twice, rather than waiting for ever', async () => {
    stops.push(
      registerHandlers(
        {
          getCurrentReleases: async () => {
            for (const port of fakePorts().received) port.disconnect();
            return new Promise<never>(() => undefined);
          },
        },
        fakeBrowser.runtime.id,
      ),
    );
    await expect(contentSendMessage('getCurrentReleases', { refresh: false })).rejects.toThrow('No response');
  });

  it('a question waiting when the content script is replaced gets no answer, and the connection is closed', async () => {
    stops.push(registerHandlers({ getCurrentReleases: () => new Promise<never>(() => undefined) }, fakeBrowser.runtime.id));
    const asked = contentSendMessage('getCurrentReleases', { refresh: false });
    await new Promise((done) => setTimeout(done, 5));
    disconnectQuestions();
    await expect(asked).rejects.toThrow('No response');
    const closed = new Promise((done) => fakePorts().received[0]?.onDisconnect.addListener(done));
    await expect(closed).resolves.toBeDefined();
  });
});

describe('content script → background, one runtime message (asking for the annotator)', () => {
  const pageSender = { id: fakeBrowser.runtime.id, url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next', tab: { id: 7 }, frameId: 0 };
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) => deliverMessage(message, pageSender)) as typeof fakeBrowser.runtime.sendMessage);
  });

  it("gets the background's answer, and opens no port", async () => {
    const show = vi.fn(async () => ({ shown: true }));
    stops.push(registerHandlers({ showAnnotations: show }, fakeBrowser.runtime.id));
    await expect(sendOneMessage('showAnnotations')).resolves.toEqual({ shown: true });
    expect(show).toHaveBeenCalledTimes(1);
    expect(fakePorts().received).toHaveLength(0);
  });

  it("rejects with the background's reason when it could not", async () => {
    stops.push(registerHandlers({ showAnnotations: async () => Promise.reject(new Error('Cannot access contents of the page')) }, fakeBrowser.runtime.id));
    await expect(sendOneMessage('showAnnotations')).rejects.toThrow('Cannot access contents of the page');
  });
});

describe('popup → content script', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(((_tabId: number, message: unknown) => deliverMessage(message, { id: fakeBrowser.runtime.id } as Sender)) as typeof fakeBrowser.tabs.sendMessage);
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
