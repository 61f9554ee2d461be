import * as v from 'valibot';
import { displayText } from '../overlays/display-text';
import type { NewsArticle, NewsSubject } from '../types';

/** Only Phoronix article addresses: the index holds nothing else. */
export const PhoronixUrlSchema = v.pipe(v.string(), v.maxLength(500), v.regex(/^https:\/\/www\.phoronix\.com\/[^\s]*$/));
/** Text a content script read from a page, kept and later shown: one line, no bidirectional controls. */
const shown = (max: number) => v.pipe(v.string(), v.maxLength(max), v.transform((text: string) => displayText(text, max)));
const title = shown(300);
const day = v.pipe(v.string(), v.isoDate());
const instant = v.pipe(v.string(), v.isoTimestamp());
const word = v.pipe(v.string(), v.maxLength(80));

export const NewsSubjectSchema: v.GenericSchema<unknown, NewsSubject> = v.strictObject({
  url: PhoronixUrlSchema,
  title,
  publishedAt: v.optional(instant),
  category: v.optional(word),
  keyTerms: v.pipe(v.array(word), v.maxLength(30)),
  mentions: v.strictObject({
    versions: v.pipe(v.array(word), v.maxLength(20)),
    paths: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(20)),
    trees: v.pipe(v.array(word), v.maxLength(20)),
  }),
});

export const NewsArticleSchema: v.GenericSchema<unknown, NewsArticle> = v.strictObject({
  url: PhoronixUrlSchema,
  title,
  publishedAt: v.optional(instant),
  date: v.optional(day),
  summary: v.optional(shown(1_000)),
  category: v.optional(shown(80)),
  seenIn: v.picklist(['article', 'listing', 'search', 'topic', 'rss']),
  seenAt: v.number(),
});

export const TeaserSchema = v.strictObject({ url: PhoronixUrlSchema, title, date: v.optional(day), publishedAt: v.optional(instant) });
