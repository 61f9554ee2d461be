import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The body HTML of the seed article (the part after its front matter). */
export function seedBodyHtml(): string {
  const seed = readFileSync(resolve(here, '../../../shared/seeds/000_e824b2fcbf808dd7.txt'), 'utf8');
  return seed.replace(/^\s*---[\s\S]*?\n---\s*\n/, '');
}

/** The seed article rebuilt as a full Phoronix page (e2e world). */
export function seedPageHtml(): string {
  return readFileSync(resolve(here, '../../e2e/worlds/demo/pages/phoronix-rust-hits-linux-next.html'), 'utf8');
}

/** Parses a saved page; drops its stylesheet links and iframes, which happy-dom would try to load. */
export function parseHtml(html: string): Document {
  const inert = html.replace(/<link\b[^>]*>/gi, '').replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
  return new DOMParser().parseFromString(inert, 'text/html');
}
