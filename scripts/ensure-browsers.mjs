import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM, FIREFOX } from '../e2e/harness/paths.mjs';

const PACKAGES = { [CHROMIUM]: 'chromium', [FIREFOX]: 'firefox-esr' };

/**
 * Makes sure Debian's Chromium and Firefox ESR are installed: installs them with apt
 * when running as root, otherwise says exactly what to install. Returns false if missing.
 */
export function ensureBrowsers() {
  const missing = Object.entries(PACKAGES).filter(([binary]) => !existsSync(binary));
  if (missing.length === 0) return true;
  const packages = missing.map(([, name]) => name);
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing ${packages.join(' and ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    return missing.every(([binary]) => existsSync(binary));
  }
  console.error(
    `The end-to-end tests need ${missing.map(([binary]) => binary).join(' and ')}.\n` +
      `Install them with:  sudo apt-get install ${packages.join(' ')}\n` +
      `(or point KC_CHROMIUM / KC_FIREFOX at your own binaries).`,
  );
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(ensureBrowsers() ? 0 : 1);
}
