/**
 * IndexedDB faults, made the way browsers make them, over fake-indexeddb:
 * - a full disk: a put into a store already holding `capacity` records fails asynchronously
 *   with a QuotaExceededError, which aborts its transaction with the same error (as Firefox
 *   reports a quota refusal);
 * - an open that fires `error` (Firefox private windows before 115: "A mutation operation was
 *   attempted on a database that did not allow mutations."), or throws at once (storage
 *   disabled by policy), or no IndexedDB at all;
 * - another context holding an older version open and never letting go.
 * The full disk reaches into fake-indexeddb's request queue (its `_requests` and
 * `_rawObjectStore`): the only way to fail a request the way a browser's storage does.
 */
import { openDB } from 'idb';
import { vi } from 'vitest';

interface QueuedRequest {
  request: unknown;
  operation: () => unknown;
}

interface FakeInternals {
  transaction: { _requests: QueuedRequest[] };
  _rawObjectStore: { getKey(key: unknown): unknown; records: { size(): number } };
}

export interface DiskFull {
  /** How many writes were refused so far. */
  refusals: () => number;
  /** Room for this many records in the store from now on. */
  setCapacity: (records: number) => void;
}

/** From now on (until the test ends), the store `storeName` holds at most `capacity` records: a put of a new key beyond that is refused. */
export function diskFull(storeName: string, capacity: number): DiskFull {
  let room = capacity;
  let refusals = 0;
  const realPut = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const request = realPut.call(this, value, key);
    if (this.name !== storeName) return request;
    const internals = this as unknown as FakeInternals;
    const queued = internals.transaction._requests.find((entry) => entry.request === request);
    if (!queued) throw new Error('fake-indexeddb changed: the put is not in its transaction’s queue');
    const store = internals._rawObjectStore;
    const ownKey = key ?? (value as Record<string, unknown>)[this.keyPath as string];
    const write = queued.operation;
    queued.operation = () => {
      if (store.getKey(ownKey) === undefined && store.records.size() >= room) {
        refusals++;
        throw new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
      }
      return write();
    };
    return request;
  });
  return {
    refusals: () => refusals,
    setCapacity: (records) => {
      room = records;
    },
  };
}

/** An `error` event as fake-indexeddb's own event targets dispatch it. */
function errorEvent() {
  return {
    type: 'error',
    initialized: true,
    dispatched: false,
    bubbles: true,
    cancelable: true,
    canceled: false,
    propagationStopped: false,
    immediatePropagationStopped: false,
    eventPath: [] as unknown[],
    NONE: 0,
    CAPTURING_PHASE: 1,
    AT_TARGET: 2,
    BUBBLING_PHASE: 3,
    eventPhase: 0,
    preventDefault() {
      this.canceled = true;
    },
    stopPropagation() {
      this.propagationStopped = true;
    },
  };
}

/** Every `indexedDB.open` fires `error` with this error (a real IDBOpenDBRequest, failing as the browser fails it). */
export function openFiresError(error: DOMException): void {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    const request = new IDBOpenDBRequest() as IDBOpenDBRequest & { readyState: string; error: DOMException | null };
    setTimeout(() => {
      request.readyState = 'done';
      request.error = error;
      request.dispatchEvent(errorEvent() as unknown as Event);
    }, 0);
    return request;
  });
}

/** Every `indexedDB.open` throws at once (IndexedDB disabled by the browser's settings or policy). */
export function openThrows(error: DOMException): void {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw error;
  });
}

/**
 * Another context (an old copy of the extension, a forgotten tab) with the database open at
 * `version`, ignoring `versionchange`: an open at a newer version stays blocked for good.
 */
export async function holdOpenAt(name: string, version: number, upgrade: (db: IDBDatabase) => void = () => undefined) {
  const db = await openDB(name, version, { upgrade: (wrapped) => upgrade(wrapped as unknown as IDBDatabase) });
  return db;
}
