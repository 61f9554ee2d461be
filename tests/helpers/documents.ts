import nodeConsole from 'node:console';

/**
 * Runs `work` with happy-dom's resource-loading complaints silenced: it tries to load every
 * stylesheet and iframe of the recorded pages (loading is disabled) and logs each refusal to the
 * Node console it was given at start-up, not to vitest's `console`.
 */
export function quietly<T>(work: () => T): T {
  const original = nodeConsole.error;
  nodeConsole.error = () => undefined;
  try {
    return work();
  } finally {
    nodeConsole.error = original;
  }
}

/** Parses HTML as the content script would see it. */
export function parseHtml(html: string): Document {
  return quietly(() => new DOMParser().parseFromString(html, 'text/html'));
}
