/**
 * What a built Kernel Context may ask for and run, as pure checks over a manifest and over
 * the code in a package: the permissions and hosts it declares, where its content script
 * runs, and that no shipped file evaluates strings as code or loads code from elsewhere.
 * Applied to the store zips by built-extension.build.ts (after `wxt zip`), and tested on
 * made-up manifests and code by build-rules.test.ts.
 */
import { ALLOWED_HOSTS } from '@/utils/net/allowed-hosts';
import { SITES } from '@/utils/pages/sites';
import { TOGGLE_COMMAND } from '@/utils/settings/commands';

export type Target = 'chrome-mv3' | 'firefox-mv2' | 'firefox-mv3';

/** Host patterns of the hosts the background may fetch from (DESIGN.md § Network); the sites read are among them. */
export const HOST_PATTERNS = ALLOWED_HOSTS.map((host) => `https://${host}/*`);
/** Where the content script runs: the sites it reads (utils/pages/sites.ts), however the manifest splits its entries. */
export const SITE_PATTERNS = SITES.map((site) => `https://${site.host}/*`);

/**
 * API permissions per target: storage everywhere; Chrome MV3 parses fetched pages in an
 * offscreen document; MV3 injects the annotator with `scripting` (MV2's tabs.executeScript
 * needs only the host).
 */
export const API_PERMISSIONS: Record<Target, readonly string[]> = {
  'chrome-mv3': ['offscreen', 'scripting', 'storage'],
  'firefox-mv2': ['storage'],
  'firefox-mv3': ['scripting', 'storage'],
};

/** The annotator (entrypoints/annotator): not in the manifest, but run in the sites' pages like a content script. */
export const INJECTED_SCRIPTS = ['annotator.js'];

const MANIFEST_VERSION: Record<Target, number> = { 'chrome-mv3': 3, 'firefox-mv2': 2, 'firefox-mv3': 3 };

/**
 * Keys a manifest must not have: resources a page could load (and so detect the extension,
 * or frame its pages), pages or extensions that could message it, permissions asked later,
 * sandboxed pages (which may eval), a replaced new-tab or other page, native messaging.
 */
const FORBIDDEN_KEYS = [
  'web_accessible_resources',
  'externally_connectable',
  'optional_permissions',
  'optional_host_permissions',
  'sandbox',
  'chrome_url_overrides',
  'chrome_settings_overrides',
  'devtools_page',
  'declarative_net_request',
  'oauth2',
  'key',
  'update_url',
  'user_scripts',
];

type Json = Record<string, unknown>;
const sorted = (values: readonly string[]) => [...values].sort();
const same = (a: readonly string[], b: readonly string[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Everything wrong with a built manifest for `target`, in words; empty when it asks for exactly what it needs. */
export function manifestProblems(target: Target, manifest: Json): string[] {
  const problems: string[] = [];
  if (manifest.manifest_version !== MANIFEST_VERSION[target]) problems.push(`manifest_version is ${String(manifest.manifest_version)}, not ${MANIFEST_VERSION[target]}`);

  const permissions = strings(manifest.permissions);
  const hosts = target === 'firefox-mv2' ? permissions.filter((permission) => permission.includes('://') || permission === '<all_urls>') : strings(manifest.host_permissions);
  const api = target === 'firefox-mv2' ? permissions.filter((permission) => !hosts.includes(permission)) : permissions;
  if (!same(api, API_PERMISSIONS[target])) problems.push(`permissions are [${sorted(api).join(', ')}], expected [${sorted(API_PERMISSIONS[target]).join(', ')}]`);
  if (!same(hosts, HOST_PATTERNS)) problems.push(`host permissions are [${sorted(hosts).join(', ')}], expected [${sorted(HOST_PATTERNS).join(', ')}]`);
  if (target === 'firefox-mv2' && manifest.host_permissions !== undefined) problems.push('an MV2 manifest with host_permissions');

  for (const key of FORBIDDEN_KEYS) if (manifest[key] !== undefined) problems.push(`has ${key}`);

  const commands = manifest.commands && typeof manifest.commands === 'object' ? Object.keys(manifest.commands) : [];
  if (!same(commands, [TOGGLE_COMMAND])) problems.push(`commands are [${commands.join(', ')}], expected [${TOGGLE_COMMAND}]`);

  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as Json[]) : [];
  if (scripts.length === 0) problems.push('no content script');
  const matched = new Set<string>();
  for (const [index, script] of scripts.entries()) {
    const matches = strings(script.matches);
    for (const pattern of matches) {
      if (!SITE_PATTERNS.includes(pattern)) problems.push(`content script ${index} runs on ${pattern}, not a site Kernel Context reads`);
      matched.add(pattern);
    }
    if (script.world !== undefined && script.world !== 'ISOLATED') problems.push(`content script ${index} runs in the ${String(script.world)} world, where the page can reach it`);
    if (script.match_about_blank === true || script.match_origin_as_fallback === true) problems.push(`content script ${index} also runs in about:blank/opaque frames`);
    if (strings(script.include_globs).length > 0) problems.push(`content script ${index} widens its matches with include_globs`);
  }
  for (const pattern of SITE_PATTERNS) if (!matched.has(pattern)) problems.push(`no content script on ${pattern}`);

  problems.push(...cspProblems(manifest.content_security_policy));
  return problems;
}

/** A Content-Security-Policy may only tighten the default: nothing that allows eval, inline code or another origin's code. */
export function cspProblems(csp: unknown): string[] {
  if (csp === undefined) return [];
  const policies = typeof csp === 'string' ? [csp] : csp && typeof csp === 'object' ? Object.values(csp as Json).filter((value): value is string => typeof value === 'string') : [];
  if (policies.length === 0) return ['content_security_policy in an unexpected form'];
  const problems: string[] = [];
  for (const policy of policies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name || !/^(script-src|script-src-elem|script-src-attr|object-src|worker-src|default-src)$/.test(name)) continue;
      for (const source of sources) {
        if (!["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source)) problems.push(`CSP ${name} allows ${source}`);
      }
    }
  }
  return problems;
}

/** Code that turns strings into code, or brings in code from elsewhere; each with why it is refused. */
const CODE_RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'eval(…)', pattern: /(?<![\w$.])eval\s*\(/ },
  { name: 'indirect eval ((0, eval))', pattern: /[,(]\s*eval\s*\)/ },
  { name: "eval by name (['eval'])", pattern: /\[\s*['"`]eval['"`]\s*\]/ },
  { name: 'new Function(…)', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'Function(…) as a constructor', pattern: /(?<![\w$.])Function\s*\(\s*['"`]/ },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'importScripts', pattern: /\bimportScripts\s*\(/ },
  { name: 'import() of a non-relative module', pattern: /(?<![\w$.])import\s*\(\s*(?!['"`]\.{0,2}\/)/ },
  { name: 'WebAssembly compiled at run time', pattern: /\bWebAssembly\s*\.\s*(?:compile|instantiate|Module)\b/ },
  { name: 'a <script> element made at run time', pattern: /createElement\s*\(\s*['"`]script['"`]\s*\)/ },
  { name: 'script registration APIs', pattern: /\.(?:registerContentScripts|userScripts)\b/ },
];

/**
 * `executeScript` is allowed to inject a file the package ships (the annotator), by
 * `files`/`file` alone: never code, a function or arguments made at run time.
 */
function injectionProblems(file: string, code: string): string[] {
  const problems: string[] = [];
  for (const match of code.matchAll(/\.executeScript\s*\(/g)) {
    const call = code.slice(match.index, match.index + 160);
    const injects = /[{,]\s*(?:code|func|function|args)\s*:/.test(call) || !/[{,]\s*files?\s*:/.test(call);
    if (injects) problems.push(`${file}: executeScript with something other than a shipped file at ${match.index}: …${call}…`);
  }
  return problems;
}

/**
 * Talking with the page: listening to its window messages (how a page would talk to a
 * content script), or posting it messages or dispatching events on its DOM, which any script
 * of the page can listen for (WXT's content script context does both, naming the extension).
 */
const PAGE_TALK_RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: "a 'message' event listener", pattern: /addEventListener\s*\(\s*['"`]message(?:error)?['"`]/ },
  { name: 'an onmessage handler', pattern: /\bonmessage\s*=/ },
  { name: 'a message posted to a window', pattern: /\b(?:window|self|top|parent|opener|globalThis)\s*\.\s*postMessage\s*\(/ },
  { name: 'an event dispatched on the page', pattern: /\.dispatchEvent\s*\(/ },
];

/** Refused constructs in one shipped JavaScript file, with the text around each. */
export function codeProblems(file: string, code: string, { contentScript = false } = {}): string[] {
  const rules = contentScript ? [...CODE_RULES, ...PAGE_TALK_RULES] : CODE_RULES;
  const problems: string[] = [];
  for (const { name, pattern } of rules) {
    const match = new RegExp(pattern.source, 'g').exec(code);
    if (match) problems.push(`${file}: ${name} at ${match.index}: …${code.slice(Math.max(0, match.index - 30), match.index + 50)}…`);
  }
  problems.push(...injectionProblems(file, code));
  return problems;
}

/** Refused constructs in a shipped HTML page: scripts from elsewhere, inline scripts, inline handlers. */
export function htmlProblems(file: string, html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (src === undefined) problems.push(`${file}: an inline <script>`);
    else if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) problems.push(`${file}: a script from ${src}`);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href !== undefined && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) problems.push(`${file}: a resource from ${href}`);
  }
  if (/<[^>]+\son[a-z]+\s*=/i.test(html)) problems.push(`${file}: an inline event handler`);
  return problems;
}
