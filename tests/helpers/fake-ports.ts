import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => void;

/** An event as the browser's: listeners added, removed, called in order. */
class FakeEvent<L extends Listener> {
  private readonly listeners = new Set<L>();
  addListener(listener: L): void {
    this.listeners.add(listener);
  }
  removeListener(listener: L): void {
    this.listeners.delete(listener);
  }
  hasListener(listener: L): boolean {
    return this.listeners.has(listener);
  }
  fire(...args: Parameters<L>): void {
    for (const listener of [...this.listeners]) listener(...args);
  }
}

export interface FakePort {
  name: string;
  sender?: Runtime.MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: FakeEvent<(message: unknown, port: FakePort) => void>;
  onDisconnect: FakeEvent<(port: FakePort) => void>;
}

/**
 * A copy, as the browser makes one. What it could not copy (functions, nesting too deep for
 * the clone) is passed as it is: harsher than any browser, which would have refused to send
 * it, so the receiving end is tested against the worst.
 */
function copyOf(message: unknown): unknown {
  try {
    return structuredClone(message);
  } catch {
    return message;
  }
}

/**
 * Two connected ends of a runtime port, as the browser passes messages between them: a copy
 * (structured clone), a task later. Disconnecting one end tells the other a task later,
 * never itself; until then the other end's messages are lost, and after it they throw, as
 * they do on the end that disconnected.
 */
export function portPair(name: string, sender: Runtime.MessageSender): [opener: FakePort, receiver: FakePort] {
  const connected = new Map<FakePort, boolean>();
  const end = (withSender?: Runtime.MessageSender): FakePort => {
    const port: FakePort = {
      name,
      ...(withSender ? { sender: withSender } : {}),
      postMessage(message) {
        if (!connected.get(port)) throw new Error('Attempting to use a disconnected port object');
        const copy = copyOf(message);
        const peer = other(port);
        setTimeout(() => {
          if (connected.get(peer)) peer.onMessage.fire(copy, peer);
        }, 0);
      },
      disconnect() {
        if (!connected.get(port)) return;
        connected.set(port, false);
        const peer = other(port);
        setTimeout(() => {
          if (!connected.get(peer)) return;
          connected.set(peer, false);
          peer.onDisconnect.fire(peer);
        }, 0);
      },
      onMessage: new FakeEvent(),
      onDisconnect: new FakeEvent(),
    };
    connected.set(port, true);
    return port;
  };
  const opener = end();
  const receiver = end(sender);
  const other = (port: FakePort) => (port === opener ? receiver : opener);
  return [opener, receiver];
}

/**
 * runtime.connect and runtime.onConnect for this test context (fakeBrowser has neither): a
 * connection made here reaches the onConnect listeners with `sender`. Returns the receiving
 * ends made so far and a way to connect as a content script would.
 */
export function installFakePorts(sender: () => Runtime.MessageSender): {
  received: FakePort[];
  connect: (name: string, from?: Runtime.MessageSender) => FakePort;
} {
  const runtime = fakeBrowser.runtime as unknown as { connect: unknown; onConnect: unknown };
  const onConnect = new FakeEvent<(port: FakePort) => void>();
  const received: FakePort[] = [];
  runtime.onConnect = onConnect;
  runtime.connect = (info?: { name?: string }) => {
    const [opener, receiver] = portPair(info?.name ?? '', sender());
    received.push(receiver);
    setTimeout(() => onConnect.fire(receiver), 0);
    return opener;
  };
  installed = {
    received,
    /** Connects as a content script would, outside the code under test. */
    connect: (name: string, from = sender()) => {
      const [opener, receiver] = portPair(name, from);
      received.push(receiver);
      onConnect.fire(receiver);
      return opener;
    },
  };
  return installed;
}

export type FakePorts = ReturnType<typeof installFakePorts>;
let installed: FakePorts | undefined;

/** The ports installed last (tests/setup.ts installs them before every test). */
export function fakePorts(): FakePorts {
  if (!installed) throw new Error('installFakePorts() has not run');
  return installed;
}
