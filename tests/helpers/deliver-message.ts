import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/**
 * Hands a message to this context's runtime.onMessage listeners as the browser does: a
 * listener returning true answers later through sendResponse; otherwise the first value
 * (or promise) a listener returns is the reply.
 */
export async function deliverMessage(message: unknown, sender: object): Promise<unknown> {
  let respond!: (reply: unknown) => void;
  const responded = new Promise<unknown>((resolve) => (respond = resolve));
  const results: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender as Sender, (reply: unknown) => respond(reply));
  if (results.some((result) => result === true)) return responded;
  return results.find((result) => result !== undefined);
}
