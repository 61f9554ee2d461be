/**
 * The content script and the annotator it asks for run in the same isolated world (the
 * extension's own, never the page's): what the content script starts before the annotator
 * arrives is handed over on that world's global object, and taken once.
 */
type World = Record<string, Promise<unknown> | undefined>;

export function handOver<T>(name: string, value: Promise<T>): void {
  // Taken once by the annotator; a rejection is the annotator's to handle.
  value.catch(() => undefined);
  (globalThis as unknown as World)[name] = value;
}

/** What was handed over under `name`, once; afterwards undefined. */
export function takeHandedOver<T>(name: string): Promise<T> | undefined {
  const world = globalThis as unknown as World;
  const value = world[name] as Promise<T> | undefined;
  delete world[name];
  return value;
}
