import { storage } from 'wxt/utils/storage';

/**
 * The optional GitHub personal access token. Kept in `storage.local` (never synced), read
 * only by the background, and sent only to api.github.com.
 */
export const githubTokenItem = storage.defineItem<string | null>('local:githubToken', { fallback: null });

/** Tokens are printable ASCII without spaces; anything else is not stored. */
export function cleanToken(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const token = value.trim();
  return /^[\x21-\x7e]{1,255}$/.test(token) ? token : null;
}

/**
 * The token as the background uses it: read once, then kept current by watching, so a
 * request never waits on storage.
 */
export function watchGitHubToken(onChange?: (token: string | null) => void): { current: () => string | null; stop: () => void } {
  let token: string | null = null;
  let changed = false;
  void githubTokenItem.getValue().then((value) => {
    // A change seen meanwhile is newer than what this first read found.
    if (!changed) token = cleanToken(value);
  });
  const stop = githubTokenItem.watch((value) => {
    changed = true;
    const next = cleanToken(value);
    if (next !== token) onChange?.(next);
    token = next;
  });
  return { current: () => token, stop };
}

/** The Authorization header for a URL: only for api.github.com, only over https. */
export function gitHubAuthHeaders(url: URL, token: string | null): Record<string, string> | undefined {
  if (!token || url.protocol !== 'https:' || url.hostname !== 'api.github.com') return undefined;
  return { authorization: `Bearer ${token}` };
}
