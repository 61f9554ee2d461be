/**
 * The store zips as shipped (`npm test` runs this after `wxt zip`, with
 * tests/security/build.config.ts): each manifest asks for exactly the permissions and hosts
 * Kernel Context needs and runs its content script on exactly its sites; no shipped file
 * evaluates strings as code, loads code from elsewhere, or (the content script and the
 * annotator) listens to a page's window messages, posts it messages or dispatches events on its DOM.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeProblems, htmlProblems, INJECTED_SCRIPTS, manifestProblems, type Target } from './build-rules';

const OUTPUT = resolve(fileURLToPath(new URL('../../.output', import.meta.url)));
const TARGETS: readonly Target[] = ['chrome-mv3', 'firefox-mv2', 'firefox-mv3'];

/** Every text file the checks read (.js, .html, manifest.json) of a zip, by name; python3's zipfile (no unzip on our machines). */
const READ_ZIP = `import sys, json, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({n: z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith((".js", ".mjs", ".html")) or n == "manifest.json"}))`;

function zipOf(target: Target): Record<string, string> {
  const zips = readdirSync(OUTPUT).filter((name) => name.endsWith(`-${target}.zip`));
  if (zips.length !== 1) throw new Error(`expected one ${target} zip in ${OUTPUT}, found ${zips.length}: run \`npx wxt zip\` first`);
  return JSON.parse(execFileSync('python3', ['-c', READ_ZIP, join(OUTPUT, zips[0]!)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Record<string, string>;
}

describe.each(TARGETS)('the %s package', (target) => {
  const files = zipOf(target);
  const manifest = JSON.parse(files['manifest.json'] ?? '{}') as Record<string, unknown>;
  const contentScripts = new Set([
    ...((manifest.content_scripts ?? []) as { js?: string[] }[]).flatMap((script) => script.js ?? []),
    ...INJECTED_SCRIPTS,
  ]);

  it('asks for exactly its permissions and hosts, commands and sites, nothing a page could reach', () => {
    expect(manifestProblems(target, manifest)).toEqual([]);
  });

  it('ships no code that evaluates strings or loads code from elsewhere, and nothing in the content script that talks with the page', () => {
    const scripts = Object.keys(files).filter((name) => /\.m?js$/.test(name));
    expect(scripts.length).toBeGreaterThan(2);
    for (const script of contentScripts) expect(scripts, `the content script ${script}`).toContain(script);
    const problems = scripts.flatMap((name) => codeProblems(name, files[name]!, { contentScript: contentScripts.has(name) }));
    expect(problems).toEqual([]);
  });

  it('has pages that load only their own scripts and styles, with no inline code', () => {
    const pages = Object.keys(files).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap((name) => htmlProblems(name, files[name]!))).toEqual([]);
  });
});
