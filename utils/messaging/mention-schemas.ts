import * as v from 'valibot';

// Bounds keep a hostile page from making the background hold megabytes per message.
const short = v.pipe(v.string(), v.maxLength(300));
const sentence = v.pipe(v.string(), v.maxLength(2_000));
const hex = v.pipe(v.string(), v.regex(/^[0-9a-f]{7,40}$/));
export const VersionSchema = v.pipe(v.string(), v.regex(/^\d+\.\d+(?:\.\d+){0,2}(?:-rc\d+)?$/), v.maxLength(24));
const version = VersionSchema;

const PatchSubjectSchema = v.strictObject({
  raw: sentence,
  subject: sentence,
  isReply: v.boolean(),
  tags: v.pipe(v.array(short), v.maxLength(20)),
  version: v.optional(v.number()),
  index: v.optional(v.number()),
  total: v.optional(v.number()),
});

export const MentionRecordSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('version'), text: short, version, series: version, context: v.optional(v.picklist(['merge-window', 'lts'])) }),
  v.strictObject({ kind: v.literal('commit'), text: sentence, sha: hex, tree: v.optional(short), url: v.optional(sentence) }),
  v.strictObject({ kind: v.literal('msgid'), text: sentence, msgid: sentence, list: v.optional(short), url: v.optional(sentence) }),
  v.strictObject({ kind: v.literal('patch'), text: sentence, subject: PatchSubjectSchema }),
  v.strictObject({ kind: v.literal('path'), text: short, path: short }),
  v.strictObject({ kind: v.literal('tree'), text: short, tree: short }),
  v.strictObject({
    kind: v.literal('claim'),
    text: sentence,
    claim: v.picklist(['queued', 'merged', 'lands', 'pull-request', 'submitted', 'expected']),
    version: v.optional(version),
    tree: v.optional(short),
    sentence,
  }),
]);

export const PageSummarySchema = v.strictObject({
  kind: v.picklist(['phoronix-article', 'phoronix-review', 'phoronix-listing', 'cgit-commit', 'cgit-tag', 'cgit-log', 'lore-message', 'lore-thread', 'kernel-org-releases']),
  url: sentence,
  canonicalUrl: v.optional(sentence),
  title: v.optional(sentence),
  publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
});

/** At most this many mentions per page cross to the background. */
export const MAX_MENTIONS_PER_MESSAGE = 5_000;
