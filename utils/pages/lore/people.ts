/**
 * Authors as public-inbox shows them. A message page prints the `From:` header as sent
 * (`Name <addr>`, `"Last, First" <addr>`, a bare `addr`, `addr (Name)`); an inbox configured
 * to obfuscate addresses writes the first dot after the `@` as "•" (`kuba@kernel•org`).
 * Thread pages print names only, and the address's local part when a mailbox has no name
 * (`pr-tracker-bot`, `patchwork-bot+netdevbpf`).
 */
import type { GitPerson } from '../../types';
import { squash } from './text';

const NAME_ADDR = /^\s*(?:"((?:[^"\\]|\\.)*)"|([^<>"]*?))\s*<([^<>]*)>/;
const ADDR_SPEC = /^\s*<?([^\s<>(),"]+@[^\s<>(),"]+?)>?(?:\s*\(([^()]*)\))?\s*(?:,|$)/;

/** The first mailbox of a `From:` header, or undefined when the header is empty. */
export function parseMailbox(header: string): GitPerson | undefined {
  const named = NAME_ADDR.exec(header);
  if (named !== null) {
    const email = cleanAddress(named[3] ?? '');
    const name = squash((named[1] ?? named[2] ?? '').replace(/\\(.)/g, '$1'));
    return person(name, email);
  }
  const bare = ADDR_SPEC.exec(header);
  if (bare !== null) return person(squash(bare[2]), cleanAddress(bare[1] ?? ''));
  const text = squash(header);
  return text === '' ? undefined : { name: text };
}

/** "Steve French" or "Tomás Okafor, Bo Ström" as a thread page prints the From names. */
export function personFromNames(names: string): GitPerson | undefined {
  const name = squash(names);
  return name === '' ? undefined : { name };
}

function person(name: string, email: string | undefined): GitPerson | undefined {
  // public-inbox names a mailbox without a display name by its address's local part.
  const shown = name !== '' ? name : (email?.split('@')[0] ?? '');
  if (shown === '') return undefined;
  return email === undefined ? { name: shown } : { name: shown, email };
}

/** An address with public-inbox's obfuscation undone, or undefined when it is not an address. */
function cleanAddress(text: string): string | undefined {
  const address = text.trim().replace(/\u2022/g, '.');
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? address : undefined;
}
