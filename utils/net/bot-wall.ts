/**
 * kernel.org's lore, git and patchwork hosts sit behind a proof-of-work challenge
 * (Anubis) that answers HTTP 200 with a small HTML page instead of the data asked for
 * (SOURCES.md § lore). Such a page must be reported as "unavailable", never parsed as
 * "not found".
 */
const MARKERS = [
  "Making sure you're not a bot",
  'Making sure you&#39;re not a bot',
  'id="anubis_challenge"',
  '/.within.website/x/cmd/anubis/',
];

/** Challenge pages are small; real pages that merely quote the phrase are long. */
const MAX_CHALLENGE_LENGTH = 64 * 1024;

export function isBotWallPage(body: string, contentType: string | null): boolean {
  if (body.length > MAX_CHALLENGE_LENGTH) return false;
  if (contentType && !contentType.includes('html')) return false;
  return MARKERS.some((marker) => body.includes(marker));
}
