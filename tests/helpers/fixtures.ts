import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** A recorded file from the shared fixtures folder (../shared beside the checkout). */
export function sharedFixture(relativePath: string): string {
  return readFileSync(resolve(here, '../../../shared/fixtures', relativePath), 'utf8');
}

/** A fixture kept in this repository's tests/fixtures folder. */
export function localFixture(name: string): string {
  return readFileSync(resolve(here, '../fixtures', name), 'utf8');
}
