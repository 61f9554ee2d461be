import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReleaseData } from '@/utils/types';

const here = dirname(fileURLToPath(import.meta.url));

/** A file of this repository, read as text (the bundled snapshot, the demo world's answers). */
export function repoFile(relativePath: string): string {
  return readFileSync(resolve(here, '../..', relativePath), 'utf8');
}

/** public/data/kernel-releases.json, as scripts/make-release-snapshot.mjs wrote it. */
export function bundledSnapshot(): ReleaseData {
  return JSON.parse(repoFile('public/data/kernel-releases.json')) as ReleaseData;
}

/** A file of the demo world (e2e/worlds/demo), parsed as JSON. */
export function worldJson(relativePath: string): unknown {
  return JSON.parse(repoFile(`e2e/worlds/demo/${relativePath}`)) as unknown;
}
