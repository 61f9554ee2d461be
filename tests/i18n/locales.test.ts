/**
 * The message catalogues: every fragment complete in English and Simplified Chinese, with the
 * same substitutions; the generated files (public/_locales, utils/i18n/english/) current; no
 * key unused; and each long-lived context registering the English of every area it shows.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FRAGMENTS, OUTPUTS, ROOT, placeholdersOf, readFragments, staleOutputs } from '../../scripts/make-locales.mjs';

interface Entry {
  en: string;
  zh_CN: string;
  description?: string;
}

const fragmentDir = path.join(ROOT, FRAGMENTS);
const fragments: Record<string, Record<string, Entry>> = Object.fromEntries(
  readdirSync(fragmentDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(fragmentDir, name), 'utf8')) as Record<string, Entry>]),
);
const entries = Object.entries(fragments).flatMap(([area, messages]) => Object.entries(messages).map(([key, entry]) => ({ area, key, entry })));
const KEYS = new Set(entries.map(({ key }) => key));
const placeholders = (text: string) => placeholdersOf(text).used?.join(' ') ?? 'invalid';

describe('the message fragments', () => {
  it('hold messages, and the generator finds nothing wrong with them', async () => {
    expect(entries.length).toBeGreaterThan(100);
    expect((await readFragments()).errors).toEqual([]);
  });

  it.each(entries.map(({ area, key, entry }) => [key, area, entry] as const))('%s: en and zh_CN, non-empty, same substitutions', (key, area, entry) => {
    expect(key).toMatch(new RegExp(`^${area}_[A-Za-z0-9_]+$`));
    for (const text of [entry.en, entry.zh_CN]) {
      expect(typeof text).toBe('string');
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
    }
    expect(placeholders(entry.zh_CN)).toBe(placeholders(entry.en));
  });

  it('translates: a zh_CN text equal to its English holds only names and substitutions', () => {
    const untranslated = entries.filter(({ entry }) => entry.zh_CN === entry.en && /[A-Za-z]{2,}/.test(entry.en.replace(/Kernel Context|Linux|Phoronix|\$\d/g, '')));
    expect(untranslated.map(({ key }) => key)).toEqual([]);
  });

  it('gives the manifest a name and description within the stores\' limits, in each language', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      expect([...fragments.manifest!.manifest_name![locale]].length).toBeLessThanOrEqual(45);
      expect([...fragments.manifest!.manifest_description![locale]].length).toBeLessThanOrEqual(132);
    }
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    const named = [...config.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(named).toEqual(expect.arrayContaining(['manifest_name', 'manifest_description', 'manifest_command_toggle']));
    for (const name of named) expect(KEYS).toContain(name);
    expect(config).toMatch(/default_locale: 'en'/);
  });
});

describe('the generated files', () => {
  it('are up to date with the fragments (npm run locales)', async () => {
    expect(await staleOutputs()).toEqual([]);
  });

  it('give the browser every message in both languages', () => {
    const en = JSON.parse(readFileSync(path.join(ROOT, OUTPUTS.en), 'utf8')) as Record<string, { message: string }>;
    const zh = JSON.parse(readFileSync(path.join(ROOT, OUTPUTS.zh_CN), 'utf8')) as Record<string, { message: string }>;
    expect(new Set(Object.keys(en))).toEqual(KEYS);
    expect(new Set(Object.keys(zh))).toEqual(KEYS);
    for (const { key, entry } of entries) {
      expect(en[key]?.message).toBe(entry.en);
      expect(zh[key]?.message).toBe(entry.zh_CN);
    }
  });
});

describe('the checker', () => {
  it('rejects a missing translation, mismatched substitutions, a stray "$", edge spaces and a key outside its area', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kc-locales-'));
    mkdirSync(path.join(root, FRAGMENTS), { recursive: true });
    writeFileSync(
      path.join(root, FRAGMENTS, 'demo.json'),
      JSON.stringify({
        demo_missing: { en: 'Refresh' },
        demo_substitutions: { en: 'Linux $1 released $2', zh_CN: 'Linux $1 发布' },
        demo_dollar: { en: 'costs $5 or $$', zh_CN: '价格 $5 或 $$' },
        demo_gap: { en: 'from $2', zh_CN: '从 $2' },
        demo_space: { en: 'checked ', zh_CN: '检查' },
        demo_named: { en: 'first tag $1$2', zh_CN: '首个标签 $1$2' },
        other_area: { en: 'x', zh_CN: '某' },
      }),
    );
    const { errors } = await readFragments(root);
    expect(errors.join('\n')).toMatch(/demo_missing: no zh_CN text/);
    expect(errors.join('\n')).toMatch(/demo_substitutions: zh_CN uses \$1 but en uses \$1 \$2/);
    expect(errors.join('\n')).toMatch(/demo_dollar: en: a "\$" not followed by 1–9/);
    expect(errors.join('\n')).toMatch(/demo_gap: en uses \$2: substitutions are numbered from \$1/);
    expect(errors.join('\n')).toMatch(/demo_space: en text starts or ends with white space/);
    expect(errors.join('\n')).toMatch(/demo_named: en: "\$1\$" reads as a named placeholder/);
    expect(errors.join('\n')).toMatch(/other_area: keys in demo.json start with "demo_"/);
  });
});

// The source files, for the two checks below.
const SOURCE_DIRS = ['components', 'entrypoints', 'utils'];
const GENERATED_DIR = path.join(ROOT, OUTPUTS.english);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return full === GENERATED_DIR ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(item.name) ? [full] : [];
  });
}

/** The message keys a file names, as string literals. */
function keysIn(source: string): string[] {
  return [...source.matchAll(/['"`]([a-z][a-z0-9]*_[A-Za-z0-9_]+)['"`]/g)].map((match) => match[1]!).filter((key) => KEYS.has(key));
}

describe('the keys in use', () => {
  it('every message is used somewhere (or it is dead text to translate)', () => {
    const sources = [...SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))), path.join(ROOT, 'wxt.config.ts')].map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = [...KEYS].filter((key) => !sources.includes(`'${key}'`) && !sources.includes(`"${key}"`) && !sources.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

/** The runtime modules a file imports (not `import type`), resolved to files of this project. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/') || specifier.startsWith('~/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : undefined;
    if (!base) return [];
    const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate));
    return found ? [found] : [];
  });
}

/** Every area whose keys the modules reachable from `entry` name. */
function areasShownFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const areas = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || file.startsWith(GENERATED_DIR)) return;
    seen.add(file);
    for (const key of keysIn(readFileSync(file, 'utf8'))) areas.add(key.split('_')[0]!);
    importsOf(file).forEach(visit);
  };
  visit(entry);
  return areas;
}

describe("each long-lived context's English fallback", () => {
  // Extension pages (popup, options) always have browser.i18n; the annotator and the
  // background register the English of what they show, for t() where the browser gives none.
  it.each(['entrypoints/annotator/index.tsx', 'entrypoints/background/index.ts'])('%s registers every area it shows, and only those', (entry) => {
    const file = path.join(ROOT, entry);
    const registered = new Set([...readFileSync(file, 'utf8').matchAll(/from '@\/utils\/i18n\/english\/(\w+)'/g)].map((match) => match[1]!));
    expect([...areasShownFrom(file)].sort()).toEqual([...registered].sort());
  });
});
