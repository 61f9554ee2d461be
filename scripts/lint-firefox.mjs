import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILDS, ROOT } from '../e2e/harness/paths.mjs';

/**
 * Preact's renderer sets innerHTML on its `dangerouslySetInnerHTML` path, which we never
 * use; web-ext flags it in every bundle that contains Preact (TESTING.md). Only those two
 * warnings are tolerated, recognised by the Preact code at the flagged position.
 */
function isPreactInnerHtml(source, message) {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !source) return false;
  const lines = source.split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const around = line.slice(Math.max(0, (message.column ?? 0) - 400), (message.column ?? 0) + 100);
  return around.includes('dangerouslySetInnerHTML') && around.includes('__html');
}

/** Runs `web-ext lint` on a Firefox build: no errors, and no warnings from our own code. */
export async function lintFirefoxBuild(dir = BUILDS.firefox) {
  const output = await new Promise((resolve, reject) => {
    const child = spawn('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('exit', () => resolve(stdout));
    child.on('error', reject);
  });
  const result = JSON.parse(output);
  const messages = [...result.errors, ...result.warnings, ...result.notices];
  const ours = [];
  const tolerated = [];
  for (const message of [...result.errors, ...result.warnings]) {
    const source = message.file ? await readFile(path.join(dir, message.file), 'utf8').catch(() => '') : '';
    (message._type === 'warning' && isPreactInnerHtml(source, message) ? tolerated : ours).push(message);
  }
  const report = messages
    .map((m) => `  ${tolerated.includes(m) ? '(Preact, tolerated) ' : ''}${m._type} ${m.code} ${m.file ?? ''}: ${m.message}`)
    .join('\n');
  return {
    ok: ours.length === 0,
    summary: `${result.summary.errors} errors, ${result.summary.warnings} warnings (${tolerated.length} from Preact), ${ours.length} from our code`,
    report: report || '  clean',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lint = await lintFirefoxBuild(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(lint.report);
  console.log(lint.summary);
  process.exit(lint.ok ? 0 : 1);
}
