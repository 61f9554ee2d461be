/**
 * kernel.org's lore, git and patchwork hosts sit behind a proof-of-work challenge
 * (Anubis) that answers HTTP 200 with a small HTML page instead of the data asked for
 * (SOURCES.md § lore). Such a page must be reported as "unavailable", never parsed as
 * "not found".
 */
const MARKERS = ['id="anubis_challenge"', '/.within.website/x/cmd/anubis/'];

/**
 * The challenge page's title. Only as the page's <title>: a mail or an article about the
 * challenge may quote the phrase in its text.
 */
const CHALLENGE_TITLE = /<title>\s*Making sure you(?:'|&#39;|&#x27;|&apos;|’)re not a bot/i;

/** Challenge pages are small; real pages that merely quote the phrase are long. */
const MAX_CHALLENGE_LENGTH = 64 * 1024;

export function isBotWallPage(body: string, contentType: string | null): boolean {
  if (body.length > MAX_CHALLENGE_LENGTH) return false;
  if (contentType && !contentType.includes('html')) return false;
  return CHALLENGE_TITLE.test(body) || MARKERS.some((marker) => body.includes(marker));
}
