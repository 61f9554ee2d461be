import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cacheLimitItem, CACHE_LIMIT_CHOICES_MB, DEFAULT_CACHE_LIMIT_MB } from '@/utils/settings/cache-limit';
import { MAX_IMPORT_CHARS, MAX_PAGES_OFF, exportSettings, importSettings, parseSettingsFile, resetSettings } from '@/utils/settings/export';
import { githubTokenItem } from '@/utils/settings/github-token';
import { pagesOffItem } from '@/utils/settings/page-off';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '@/utils/settings/settings';
import type { Settings } from '@/utils/types';

const TOKEN = 'ghp_secretSecretSecret1234';
const CUSTOM: Settings = {
  enabled: true,
  kinds: { release: false, mainline: true, news: false },
  sites: { phoronix: true, kernelOrg: false },
};
const PAGE = 'https://www.phoronix.com/news/Linux-6.1-Released';

/** A valid file, written out by hand. */
function validFile(): Record<string, unknown> {
  return {
    format: 'kernel-context-settings',
    version: 1,
    settings: { enabled: false, kinds: { release: true, mainline: false, news: true }, sites: { phoronix: false, kernelOrg: true } },
    cacheLimitMb: 100,
    pagesOff: [PAGE],
  };
}

/** Everything stored, in every area, to show that a refused import wrote nothing. */
async function everything() {
  return { local: await fakeBrowser.storage.local.get(), sync: await fakeBrowser.storage.sync.get() };
}

async function storeCustom() {
  await saveSettings(CUSTOM);
  await cacheLimitItem.setValue(50);
  await pagesOffItem.setValue([PAGE, 'https://lore.kernel.org/all/20210414184604.23473-1-ojeda@kernel.org/']);
  await githubTokenItem.setValue(TOKEN);
}

describe('exportSettings', () => {
  it('writes the switches, the cache limit and the pages switched off, in the documented shape', async () => {
    await storeCustom();
    const json = await exportSettings();
    expect(JSON.parse(json)).toEqual({
      format: 'kernel-context-settings',
      version: 1,
      settings: CUSTOM,
      cacheLimitMb: 50,
      pagesOff: [PAGE, 'https://lore.kernel.org/all/20210414184604.23473-1-ojeda@kernel.org/'],
    });
  });

  it('never contains the GitHub token, in any form', async () => {
    await storeCustom();
    const json = await exportSettings();
    expect(json).not.toContain(TOKEN);
    expect(json).not.toContain('1234');
    expect(json.toLowerCase()).not.toContain('token');
  });

  it('exports only what an import takes back, whatever storage holds', async () => {
    const stored = [PAGE, 42, 'javascript:alert(1)', `${PAGE}#top`, ...Array.from({ length: 600 }, (_, i) => `${PAGE}?${i}`)];
    await fakeBrowser.storage.local.set({ pagesOff: stored, cacheLimitMb: 'lots' });
    const json = await exportSettings();
    const file = JSON.parse(json) as { pagesOff: string[]; cacheLimitMb: number };
    expect(file.pagesOff).toHaveLength(MAX_PAGES_OFF);
    expect(file.pagesOff.at(-1)).toBe(`${PAGE}?599`);
    expect(file.cacheLimitMb).toBe(DEFAULT_CACHE_LIMIT_MB);
    expect(parseSettingsFile(json).ok).toBe(true);
  });

  it('exports the defaults when nothing was ever stored', async () => {
    expect(JSON.parse(await exportSettings())).toEqual({
      format: 'kernel-context-settings',
      version: 1,
      settings: DEFAULT_SETTINGS,
      cacheLimitMb: DEFAULT_CACHE_LIMIT_MB,
      pagesOff: [],
    });
  });
});

describe('importSettings', () => {
  it('round trip: what was exported comes back after a reset, the token untouched', async () => {
    await storeCustom();
    const json = await exportSettings();
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);

    expect(await importSettings(json)).toEqual({ ok: true });
    expect(await loadSettings()).toEqual(CUSTOM);
    expect(await cacheLimitItem.getValue()).toBe(50);
    expect(await pagesOffItem.getValue()).toHaveLength(2);
    expect(await githubTokenItem.getValue()).toBe(TOKEN);
  });

  it('stores a valid file written by hand', async () => {
    expect(await importSettings(JSON.stringify(validFile()))).toEqual({ ok: true });
    expect(await loadSettings()).toEqual(validFile().settings);
    expect(await cacheLimitItem.getValue()).toBe(100);
    expect(await pagesOffItem.getValue()).toEqual([PAGE]);
  });

  it.each([['githubToken'], ['token']])('never imports a token, even one a file carries as "%s"', async (key) => {
    const result = await importSettings(JSON.stringify({ ...validFile(), [key]: 'ghp_planted0000000000' }));
    expect(result).toEqual({ ok: true });
    expect(await githubTokenItem.getValue()).toBeNull();
    expect(JSON.stringify(await everything())).not.toContain('ghp_planted');
  });

  it('keeps the stored token when the file carries another', async () => {
    await githubTokenItem.setValue(TOKEN);
    await importSettings(JSON.stringify({ ...validFile(), githubToken: 'ghp_planted0000000000' }));
    expect(await githubTokenItem.getValue()).toBe(TOKEN);
  });

  it('keeps pages as page keys (no fragment) and once each', async () => {
    await importSettings(JSON.stringify({ ...validFile(), pagesOff: [PAGE, `${PAGE}#comments`, PAGE] }));
    expect(await pagesOffItem.getValue()).toEqual([PAGE]);
  });

  const file = validFile();
  const settings = file.settings as Settings;
  const huge = Array.from({ length: 100_000 }, (_, i) => `${PAGE}?${i}`);
  it.each<[string, string]>([
    ['empty text', ''],
    ['not JSON', 'kernel context, please'],
    ['truncated JSON', JSON.stringify(file).slice(0, -5)],
    ['JSON null', 'null'],
    ['a JSON string', '"kernel-context-settings"'],
    ['a JSON array', JSON.stringify([file])],
    ['no format', JSON.stringify({ ...file, format: undefined })],
    ['another format', JSON.stringify({ ...file, format: 'chrome-settings' })],
    ['version 2', JSON.stringify({ ...file, version: 2 })],
    ['version "1"', JSON.stringify({ ...file, version: '1' })],
    ['no version', JSON.stringify({ ...file, version: undefined })],
    ['an unknown field', JSON.stringify({ ...file, analytics: true })],
    ['no settings', JSON.stringify({ ...file, settings: undefined })],
    ['settings as an array', JSON.stringify({ ...file, settings: [true, true] })],
    ['"enabled" as a string', JSON.stringify({ ...file, settings: { ...settings, enabled: 'false' } })],
    ['"enabled" missing', JSON.stringify({ ...file, settings: { kinds: settings.kinds, sites: settings.sites } })],
    ['kinds as an array', JSON.stringify({ ...file, settings: { ...settings, kinds: [true] } })],
    ['a kind as a number', JSON.stringify({ ...file, settings: { ...settings, kinds: { ...settings.kinds, news: 0 } } })],
    ['an unknown kind', JSON.stringify({ ...file, settings: { ...settings, kinds: { ...settings.kinds, weather: true } } })],
    ['a site missing', JSON.stringify({ ...file, settings: { ...settings, sites: { phoronix: true } } })],
    ['a cache limit not offered', JSON.stringify({ ...file, cacheLimitMb: 7 })],
    ['a cache limit as a string', JSON.stringify({ ...file, cacheLimitMb: '50' })],
    ['an enormous cache limit', JSON.stringify({ ...file, cacheLimitMb: 1e308 })],
    ['pagesOff as a string', JSON.stringify({ ...file, pagesOff: PAGE })],
    ['a page as a number', JSON.stringify({ ...file, pagesOff: [PAGE, 42] })],
    ['a javascript: page', JSON.stringify({ ...file, pagesOff: ['javascript:alert(1)'] })],
    ['a page that is no address', JSON.stringify({ ...file, pagesOff: ['not a url'] })],
    ['an overlong page address', JSON.stringify({ ...file, pagesOff: [`${PAGE}?${'x'.repeat(5000)}`] })],
    ['one page too many', JSON.stringify({ ...file, pagesOff: huge.slice(0, MAX_PAGES_OFF + 1) })],
    ['a huge array of pages', JSON.stringify({ ...file, pagesOff: huge })],
    ['text past the size limit', JSON.stringify({ ...file, padding: ' '.repeat(MAX_IMPORT_CHARS) })],
    ['"__proto__" at the top', JSON.stringify(file).replace('{', '{"__proto__":{"polluted":true},')],
    ['"__proto__" inside the settings', JSON.stringify(file).replace('"settings":{', '"settings":{"__proto__":{"enabled":false},')],
    ['"constructor" deep in a page list', JSON.stringify({ ...file, pagesOff: [{ constructor: { prototype: { polluted: true } } }] })],
    ['"prototype" inside the kinds', JSON.stringify({ ...file, settings: { ...settings, kinds: { ...settings.kinds, prototype: true } } })],
  ])('refuses %s with a reason, and writes nothing', async (_name, json) => {
    await storeCustom();
    const before = await everything();
    const result = await importSettings(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.length).toBeGreaterThan(10);
      expect(result.reason.length).toBeLessThan(200);
    }
    expect(await everything()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what is wrong, in words a reader can act on', async () => {
    const reason = async (json: string) => {
      const result = await importSettings(json);
      return result.ok ? '' : result.reason;
    };
    expect(await reason('nope')).toMatch(/not JSON/);
    expect(await reason(JSON.stringify({ ...file, format: 'x' }))).toMatch(/not a Kernel Context settings file/);
    expect(await reason(JSON.stringify({ ...file, version: 2 }))).toMatch(/version 2.*version 1 only/);
    expect(await reason(JSON.stringify({ ...file, cacheLimitMb: 7 }))).toContain(CACHE_LIMIT_CHOICES_MB.join(', '));
    expect(await reason(JSON.stringify({ ...file, pagesOff: [PAGE, 'javascript:alert(1)'] }))).toMatch(/item 2/);
    expect(await reason(JSON.stringify(file).replace('{', '{"__proto__":{},'))).toMatch(/forbidden key "__proto__"/);
  });

  it('never throws, whatever JSON it is given, and accepts only a complete file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseSettingsFile(JSON.stringify(value) ?? '');
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(Object.keys(result.file).sort()).toEqual(['cacheLimitMb', 'format', 'pagesOff', 'settings', 'version']);
      }),
    );
  });

  it('accepts every valid file exactly as given', () => {
    const flag = fc.boolean();
    fc.assert(
      fc.property(
        fc.record({ enabled: flag, kinds: fc.record({ release: flag, mainline: flag, news: flag }), sites: fc.record({ phoronix: flag, kernelOrg: flag }) }),
        fc.constantFrom(...CACHE_LIMIT_CHOICES_MB),
        fc.uniqueArray(fc.webUrl({ withQueryParameters: true }), { maxLength: 20 }),
        (settings, cacheLimitMb, pages) => {
          const pagesOff = [...new Set(pages.map((page) => new URL(page).href))];
          const result = parseSettingsFile(JSON.stringify({ format: 'kernel-context-settings', version: 1, settings, cacheLimitMb, pagesOff }));
          expect(result).toEqual({ ok: true, file: { format: 'kernel-context-settings', version: 1, settings, cacheLimitMb, pagesOff } });
        },
      ),
    );
  });
});

describe('resetSettings', () => {
  it('puts every setting back to its default and keeps the token', async () => {
    await storeCustom();
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await cacheLimitItem.getValue()).toBe(DEFAULT_CACHE_LIMIT_MB);
    expect(await pagesOffItem.getValue()).toEqual([]);
    expect(await githubTokenItem.getValue()).toBe(TOKEN);
  });
});
