import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';

beforeEach(() => {
  // A fresh browser state and a fresh, empty IndexedDB for every test.
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
