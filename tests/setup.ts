import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach } from 'vitest';
import { ENGLISH } from '@/utils/i18n/english';
import { registerEnglish } from '@/utils/i18n/t';
import { installFakePorts } from './helpers/fake-ports';

// The browser gives the extension's scripts its API as a global, which the scripts put in pages
// look up when they first use it (utils/messaging/extension-runtime.ts); WXT's own test
// environment gives its fake the same way.
Object.assign(globalThis, { browser: fakeBrowser });

// fakeBrowser has no i18n: t() answers with the English text, of every area.
registerEnglish(ENGLISH);

beforeEach(() => {
  // A fresh browser state and a fresh, empty IndexedDB for every test.
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  // fakeBrowser has no ports: connections reach runtime.onConnect as from a content script
  // on a Phoronix article (a test that needs another sender installs its own).
  installFakePorts(() => ({ id: fakeBrowser.runtime.id, url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } }));
});
