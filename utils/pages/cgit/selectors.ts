/**
 * Every CSS selector the git.kernel.org (cgit 1.2.3) parsers use. The frame is the same on
 * every view: `#cgit` > `table#header`, `table.tabs`, `div.content`, `div.footer`.
 */

/** The commit view (`…/commit/?id=`). */
export const COMMIT = {
  /** Rows `<th>author|committer|commit|tree|parent|download</th><td>…</td>[<td class='right'>date</td>]`. */
  info: 'div.content table.commit-info',
  subject: 'div.content div.commit-subject',
  /** Branch and tag names cgit appends inside the subject. */
  decoration: '.decoration',
  /** The message after the subject (body and trailers), as preformatted text. */
  message: 'div.content div.commit-msg',
  oidLink: 'a',
} as const;

/** The tag view (`…/tag/?h=`): rows `<td>tag name|tag date|tagged by|tagged object</td><td>…</td>`. */
export const TAG = {
  info: 'div.content table.commit-info',
  objectLink: 'a[href]',
  subject: 'div.content div.commit-subject',
  message: 'div.content div.commit-msg',
} as const;

/** The log view and the summary's "latest commits": `Age | Commit message | Author [| Files | Lines]`. */
export const LOG = {
  table: 'div.content table.list',
  /** `<span title='2022-12-14 20:31:09 +0100'>8 days</span>` in the Age column. */
  age: 'span[title]',
  commitLink: 'a[href]',
  decoration: '.decoration',
} as const;

/** Rows of a `table.commit-info`: the label cell, then the value cells. */
export const INFO_ROW = { row: 'tr', cell: 'th, td' } as const;

/** cgit's error box: "Not found", "Bad commit reference: …", "Bad object id: …", "Invalid branch: …". */
export const CGIT_ERROR = 'div.error';

/** kernel.org's proof-of-work challenge (Anubis) served instead of the page. */
export const BOT_WALL = {
  markers: '#anubis_challenge, #anubis_version, script[src*="/.within.website/"], img[src*="/.within.website/"]',
  title: /^\s*Making sure you(?:'|’)re not a bot/i,
} as const;
