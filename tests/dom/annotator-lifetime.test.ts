/**
 * The annotator's hold on its page (entrypoints/annotator/annotator-lifetime.ts): it follows
 * an in-site navigation, lets go of the page once the extension is gone, and tells the page
 * nothing while it does — no event on its DOM, no message to its window. Here, in a browser
 * without the Navigation API (as Firefox ESR), the URL is looked at every second; the
 * Navigation API's way is the end-to-end tests' (Chromium).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAnnotatorLifetime } from '@/entrypoints/annotator/annotator-lifetime';

const start = location.href;
/** Everything the page's own scripts could hear: events on its document and window, window messages. */
let heard: string[] = [];
const record = (event: Event) => heard.push(event.type);
let windowEvents: { mockRestore(): void };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  heard = [];
  vi.spyOn(document, 'dispatchEvent').mockImplementation((event) => (record(event), true));
  windowEvents = vi.spyOn(window, 'dispatchEvent').mockImplementation((event) => (record(event), true));
  vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => heard.push(`message ${JSON.stringify(message)}`));
});
afterEach(() => {
  vi.useRealTimers();
  history.replaceState({}, '', start);
});

describe('the annotator lifetime', () => {
  it('calls back after an in-site navigation, once, and tells the page nothing', () => {
    const lifetime = startAnnotatorLifetime();
    const changed = vi.fn();
    lifetime.onLocationChange(changed);
    vi.advanceTimersByTime(3_000);
    expect(changed).not.toHaveBeenCalled();
    history.pushState({}, '', '/news/Rust-Hits-Linux-Next?page=2');
    vi.advanceTimersByTime(1_000);
    expect(changed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(heard).toEqual([]);
  });

  it('lets go of the page once the extension is gone, and follows it no more', () => {
    const lifetime = startAnnotatorLifetime();
    const changed = vi.fn();
    const ended = vi.fn();
    lifetime.onLocationChange(changed);
    lifetime.onEnd(ended);
    const listener = vi.fn();
    window.addEventListener('pageshow', listener, { signal: lifetime.signal });
    vi.advanceTimersByTime(2_000);
    expect(ended).not.toHaveBeenCalled();

    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(1_000);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.signal.aborted).toBe(true);

    history.pushState({}, '', '/news/Rust-Hits-Linux-Next?page=3');
    vi.advanceTimersByTime(3_000);
    expect(changed).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
    // Listeners added with its signal are gone with it.
    windowEvents.mockRestore();
    window.dispatchEvent(new Event('pageshow'));
    expect(listener).not.toHaveBeenCalled();
  });

  it('calls a callback given after the end at once', () => {
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    const lifetime = startAnnotatorLifetime();
    lifetime.onLocationChange(() => undefined);
    vi.advanceTimersByTime(1_000);
    const ended = vi.fn();
    lifetime.onEnd(ended);
    expect(ended).toHaveBeenCalledTimes(1);
  });
});
