import * as v from 'valibot';
import { MSGID, SOURCE_PATH } from '../mainline/subject-rules';
import type { MainlineQuery } from '../types';

const sha = v.pipe(v.string(), v.regex(/^[0-9a-f]{7,40}$/));
const fullSha = v.pipe(v.string(), v.regex(/^[0-9a-f]{40}$/));
const text = v.pipe(v.string(), v.maxLength(500));
const msgid = v.pipe(v.string(), v.regex(MSGID));
const email = v.pipe(v.string(), v.maxLength(200), v.regex(/^[^\s<>@]+@[^\s<>@]+$/));
/** A person's name as mail headers give it (no quotes, which GitHub's search phrases cannot hold). */
const name = v.pipe(v.string(), v.maxLength(120), v.regex(/^[^"<>@\n]+$/));
const tree = v.pipe(v.string(), v.maxLength(100), v.regex(/^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/i));
const path = v.pipe(v.string(), v.regex(SOURCE_PATH));
/** A git tag name as pull requests give it. */
const tag = v.pipe(v.string(), v.maxLength(120), v.regex(/^[A-Za-z0-9._+\-/]+$/));
const date = v.pipe(v.string(), v.isoTimestamp());

export const MainlineQuerySchema: v.GenericSchema<unknown, MainlineQuery> = v.variant('kind', [
  v.strictObject({
    kind: v.literal('commit'),
    sha,
    tree: v.optional(tree),
    subject: v.optional(text),
    authorEmail: v.optional(email),
    isMerge: v.optional(v.boolean()),
    linkMsgids: v.optional(v.pipe(v.array(msgid), v.maxLength(5))),
    upstreamSha: v.optional(fullSha),
  }),
  v.strictObject({
    kind: v.literal('msgid'),
    msgid,
    patch: v.optional(v.strictObject({ subject: text, authorEmail: v.optional(email), authorName: v.optional(name), date: v.optional(date) })),
  }),
  v.strictObject({ kind: v.literal('pull'), msgid, subject: text, mergeSha: v.optional(fullSha), tag: v.optional(tag), date: v.optional(date) }),
  v.strictObject({ kind: v.literal('path'), path }),
]);
