import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { ENGLISH } from '@/utils/i18n/english';
import { registerEnglish } from '@/utils/i18n/t';

// fakeBrowser has no i18n: t() answers with the English text, of every area.
registerEnglish(ENGLISH);

beforeEach(() => {
  // A fresh browser state and a fresh, empty IndexedDB for every test.
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
