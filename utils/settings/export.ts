import { CACHE_LIMIT_CHOICES_MB, DEFAULT_CACHE_LIMIT_MB, cacheLimitItem, cleanCacheLimit } from './cache-limit';
import { pageKey } from '../pages/page-key';
import { pagesOffItem } from './page-off';
import { DEFAULT_SETTINGS, loadSettings, normaliseSettings, saveSettings } from './settings';
import { t } from '../i18n/t';
import type { Settings } from '../types';

/**
 * Settings as a file: the switches, the cache size limit and the pages switched off. The
 * GitHub token is never part of it, either way.
 */
export const SETTINGS_FORMAT = 'kernel-context-settings';
export const SETTINGS_VERSION = 1;

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: typeof SETTINGS_VERSION;
  settings: Settings;
  cacheLimitMb: number;
  pagesOff: string[];
}

export type ImportResult = { ok: true } | { ok: false; reason: string };

/** As many pages as page-off.ts remembers; a longer list is no export of ours. */
export const MAX_PAGES_OFF = 500;
const MAX_URL_LENGTH = 2048;
/** 500 addresses of 2,048 characters, with room to spare: anything larger is refused unread. */
export const MAX_IMPORT_CHARS = 1_200_000;

/** Keys a file may hold; a token's keys are accepted only to be dropped. */
const FILE_KEYS = ['format', 'version', 'settings', 'cacheLimitMb', 'pagesOff'];
const TOKEN_KEYS = ['githubToken', 'token'];
const SHAPE = {
  settings: ['enabled', 'kinds', 'sites'],
  kinds: ['release', 'mainline', 'news'],
  sites: ['phoronix', 'kernelOrg'],
} as const;
/** Names that would reach an object's prototype if a later step ever assigned them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The current settings as pretty-printed JSON (the token excluded). */
export async function exportSettings(): Promise<string> {
  const [settings, cacheLimitMb, pagesOff] = await Promise.all([loadSettings(), cacheLimitItem.getValue(), pagesOffItem.getValue()]);
  const file: SettingsFile = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    settings,
    cacheLimitMb: cleanCacheLimit(cacheLimitMb),
    pagesOff: exportablePages(pagesOff),
  };
  return JSON.stringify(file, null, 2);
}

/** The stored pages as an import would take them: web addresses, once each, the newest 500. */
function exportablePages(stored: unknown): string[] {
  const pages = (Array.isArray(stored) ? stored : []).filter(
    (page): page is string => typeof page === 'string' && page.length <= MAX_URL_LENGTH && isWebAddress(page),
  );
  return [...new Set(pages.map(pageKey))].slice(-MAX_PAGES_OFF);
}

/**
 * Reads an exported file and, only if all of it is valid, stores it. Every field is
 * required and checked; a token in the file is ignored. Nothing is written on failure.
 */
export async function importSettings(json: string): Promise<ImportResult> {
  const parsed = parseSettingsFile(json);
  if (!parsed.ok) return parsed;
  const { settings, cacheLimitMb, pagesOff } = parsed.file;
  await saveSettings(settings);
  await cacheLimitItem.setValue(cacheLimitMb);
  await pagesOffItem.setValue(pagesOff);
  return { ok: true };
}

/** Every setting back to its default; the GitHub token stays until the reader removes it. */
export async function resetSettings(): Promise<void> {
  await saveSettings(DEFAULT_SETTINGS);
  await cacheLimitItem.setValue(DEFAULT_CACHE_LIMIT_MB);
  await pagesOffItem.setValue([]);
}

/** The checks of `importSettings`, pure: a clean file, or the first reason it is not one. */
export function parseSettingsFile(json: string): { ok: true; file: SettingsFile } | { ok: false; reason: string } {
  const fail = (reason: string) => ({ ok: false as const, reason });
  if (typeof json !== 'string' || json.trim() === '') return fail(t('options_import_nothing'));
  if (json.length > MAX_IMPORT_CHARS) return fail(t('options_import_reason_too_large'));
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail(t('options_import_not_json'));
  }
  if (!isRecord(value)) return fail(t('options_import_not_object'));
  const hostile = findHostileKey(value);
  if (hostile) return fail(t('options_import_forbidden_key', hostile));
  if (value.format !== SETTINGS_FORMAT) return fail(t('options_import_wrong_format', SETTINGS_FORMAT));
  if (value.version !== SETTINGS_VERSION) return fail(t('options_import_wrong_version', shown(value.version), SETTINGS_VERSION));
  const unknown = Object.keys(value).find((key) => !FILE_KEYS.includes(key) && !TOKEN_KEYS.includes(key));
  if (unknown !== undefined) return fail(t('options_import_unknown_field', clip(unknown)));

  const settings = checkSettings(value.settings);
  if (typeof settings === 'string') return fail(settings);

  const cacheLimitMb = value.cacheLimitMb;
  if (typeof cacheLimitMb !== 'number' || !(CACHE_LIMIT_CHOICES_MB as readonly number[]).includes(cacheLimitMb)) {
    return fail(t('options_import_cache_limit', CACHE_LIMIT_CHOICES_MB.join(', ')));
  }

  const pagesOff = checkPagesOff(value.pagesOff);
  if (typeof pagesOff === 'string') return fail(pagesOff);

  return { ok: true, file: { format: SETTINGS_FORMAT, version: SETTINGS_VERSION, settings, cacheLimitMb, pagesOff } };
}

/** The switches, every one present and a boolean; else what is wrong. */
function checkSettings(value: unknown): Settings | string {
  if (!isRecord(value)) return t('options_import_not_object_field', 'settings');
  const problem =
    checkFlags(value, SHAPE.settings, 'settings', ['enabled']) ??
    (isRecord(value.kinds) ? checkFlags(value.kinds, SHAPE.kinds, 'settings.kinds', SHAPE.kinds) : t('options_import_not_object_field', 'settings.kinds')) ??
    (isRecord(value.sites) ? checkFlags(value.sites, SHAPE.sites, 'settings.sites', SHAPE.sites) : t('options_import_not_object_field', 'settings.sites'));
  return problem ?? normaliseSettings(value);
}

function checkFlags(value: Record<string, unknown>, keys: readonly string[], where: string, flags: readonly string[]): string | undefined {
  const unknown = Object.keys(value).find((key) => !keys.includes(key));
  if (unknown !== undefined) return t('options_import_unknown_field', `${where}.${clip(unknown)}`);
  const wrong = flags.find((key) => typeof value[key] !== 'boolean');
  return wrong === undefined ? undefined : t('options_import_not_boolean', `${where}.${wrong}`);
}

/** The pages switched off: at most 500 http(s) addresses, kept as page-off.ts keys them. */
function checkPagesOff(value: unknown): string[] | string {
  if (!Array.isArray(value)) return t('options_import_pages_not_list');
  if (value.length > MAX_PAGES_OFF) return t('options_import_pages_too_many', value.length, MAX_PAGES_OFF);
  const pages: string[] = [];
  for (const [index, page] of value.entries()) {
    if (typeof page !== 'string' || page.length > MAX_URL_LENGTH || !isWebAddress(page)) {
      return t('options_import_page_not_address', index + 1);
    }
    const key = pageKey(page);
    if (!pages.includes(key)) pages.push(key);
  }
  return pages;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The first key, at any depth, that names a prototype; looked for without recursion. */
function findHostileKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      if (HOSTILE_KEYS.has(key)) return key;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value named in a reason: short, and never markup (reasons are shown as text anyway). */
function shown(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value === 'string' ? `"${clip(value)}"` : value === undefined ? '(none)' : typeof value;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
