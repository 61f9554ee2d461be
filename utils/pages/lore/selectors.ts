/**
 * Every CSS selector the lore parsers use (public-inbox 1.9's markup; lore runs a later
 * public-inbox with the same page structure).
 *
 * - Message page `/<list>/<msgid>/`: the headers (From, To, Cc, Subject, Date, Message-ID,
 *   In-Reply-To) then a blank line and the body, all in `<pre id=b>`; the thread overview,
 *   reply instructions and footer follow in other `<pre>`s.
 * - Thread pages `/T/` (one `<pre>` per message) and `/t/` (the same inside `<ul><li>`): each
 *   message starts with `<a id=m<hash> href=#e<hash>>*</a>`, its subject in `<b>` (`<u id=u>`
 *   around it for the message the URL names), a short thread index, `From: <names> @ <date> UTC
 *   (permalink / raw)`, To/Cc, a blank line and the body, and ends with
 *   `<a id=e<hash> href=#m<hash>>^</a> permalink raw reply [flat|nested]`.
 */

export const MESSAGE = {
  body: 'pre#b',
} as const;

export const THREAD = {
  /** Start of each message; its id is `m` + hash and its href `#e` + the same hash (checked in code). */
  start: 'a[id^="m"][href^="#e"]',
  /** The subject of the message the URL names. */
  named: 'u#u',
} as const;

/** kernel.org's proof-of-work wall (Anubis), served with HTTP 200 instead of the page. */
export const BOT_WALL = {
  markers: 'script#anubis_challenge, script#anubis_version',
  title: 'title',
  titleText: /making sure you(?:'|’)re not a bot/i,
} as const;

export const TITLE = 'title';
