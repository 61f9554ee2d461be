// Checks the store packages `npm run zip` made: one per target with distinct names, plus
// the sources zip, and nothing from tests, the e2e rig, CI or any key inside any of them.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { OUTPUT } from '../e2e/harness/paths.mjs';

const FORBIDDEN = [/^e2e\//, /^tests\//, /\.test\.tsx?$/, /^\.ci\//, /\.(pem|key|p12)$/, /(^|\/)node_modules\//, /^\.output\//];
const EXPECTED = [/-chrome-mv3\.zip$/, /-firefox-mv2\.zip$/, /-firefox-mv3\.zip$/, /-sources\.zip$/];

const LIST_ZIP = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))';

export function checkZips(dir = OUTPUT) {
  const zips = readdirSync(dir).filter((name) => name.endsWith('.zip'));
  const problems = [];
  for (const pattern of EXPECTED) {
    const matches = zips.filter((name) => pattern.test(name));
    if (matches.length !== 1) problems.push(`expected one zip matching ${pattern}, found ${matches.length}`);
  }
  for (const zip of zips) {
    // python3 is on every machine of ours; unzip is not.
    const listing = execFileSync('python3', ['-c', LIST_ZIP, path.join(dir, zip)], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const entry of listing) {
      if (FORBIDDEN.some((pattern) => pattern.test(entry))) problems.push(`${zip} contains ${entry}`);
    }
    if (!zip.endsWith('-sources.zip') && !listing.includes('manifest.json')) problems.push(`${zip} has no manifest.json`);
  }
  return { ok: problems.length === 0, zips, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = checkZips();
  console.log(result.zips.map((zip) => `  ${zip}`).join('\n'));
  for (const problem of result.problems) console.error(`  ✗ ${problem}`);
  process.exit(result.ok ? 0 : 1);
}
