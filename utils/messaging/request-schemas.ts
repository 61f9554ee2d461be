import * as v from 'valibot';
import { MainlineQuerySchema } from './mainline-schemas';
import { MAX_BODY_FOR_TERMS } from '../news/page-subject';
import { NewsArticleSchema, NewsSubjectSchema, TeaserSchema } from './news-schemas';
import { MAX_MENTIONS_PER_MESSAGE, MentionRecordSchema, PageSummarySchema, VersionSchema } from './mention-schemas';
import type { MessageType, ProtocolMap } from './protocol';

type RequestOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];

const NO_DATA = v.optional(v.undefined());

/** The exact shape of each request; anything else is rejected. */
export const REQUEST_SCHEMAS: { [K in MessageType]: v.GenericSchema<unknown, RequestOf<K>> } = {
  getCurrentReleases: v.strictObject({ refresh: v.boolean() }),
  getCacheStats: NO_DATA,
  clearCache: NO_DATA,
  getRateLimits: NO_DATA,
  getPageReport: NO_DATA,
  getAnnotatorStart: NO_DATA,
  showAnnotations: NO_DATA,
  refreshPage: NO_DATA,
  toggleThisPage: NO_DATA,
  validateGitHubToken: v.strictObject({ token: v.pipe(v.string(), v.minLength(1), v.maxLength(255), v.regex(/^[\x21-\x7e]+$/)) }),
  getReleaseStatuses: v.strictObject({
    versions: v.pipe(
      v.array(v.strictObject({ version: VersionSchema, series: VersionSchema, context: v.optional(v.picklist(['merge-window', 'lts'])) })),
      v.maxLength(500),
    ),
    publishedAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    refresh: v.optional(v.boolean()),
  }),
  getMainlineStatus: v.strictObject({ query: MainlineQuerySchema, refresh: v.optional(v.boolean()) }),
  getLaterNews: v.strictObject({ subject: NewsSubjectSchema, body: v.optional(v.pipe(v.string(), v.maxLength(MAX_BODY_FOR_TERMS))), refresh: v.optional(v.boolean()) }),
  recordArticles: v.strictObject({ articles: v.pipe(v.array(NewsArticleSchema), v.maxLength(200)) }),
  getKnownDevelopments: v.strictObject({ teasers: v.pipe(v.array(TeaserSchema), v.maxLength(200)) }),
  reportPage: v.strictObject({
    page: PageSummarySchema,
    mentions: v.pipe(v.array(MentionRecordSchema), v.maxLength(MAX_MENTIONS_PER_MESSAGE)),
  }),
};

export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
}

/** The request's data, checked against its type's schema. */
export function validateRequest<K extends MessageType>(type: K, data: unknown): RequestOf<K> {
  if (!Object.hasOwn(REQUEST_SCHEMAS, type)) throw new InvalidMessageError(`Unknown message type "${String(type)}"`);
  // The first problem is enough to refuse: a hostile 100,000-item array is not reported item by item.
  const result = v.safeParse(REQUEST_SCHEMAS[type], data, { abortEarly: true });
  if (!result.success) {
    throw new InvalidMessageError(`Malformed "${type}" message: ${result.issues.map((issue) => issue.message).join('; ')}`);
  }
  return result.output;
}
