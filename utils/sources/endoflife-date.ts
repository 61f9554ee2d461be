import * as v from 'valibot';
import { FetchError } from '../net/fetch-error';
import type { HttpClient } from '../net/http-client';
import type { FailureReason, ReleaseCycle } from '../types';

export const ENDOFLIFE_V1_URL = 'https://endoflife.date/api/v1/products/linux/';
export const ENDOFLIFE_V0_URL = 'https://endoflife.date/api/linux.json';

const IsoDate = v.pipe(v.string(), v.isoDate());
const Series = v.pipe(v.string(), v.regex(/^\d{1,2}\.\d{1,3}(?:\.\d{1,3})?$/));
const Version = v.pipe(v.string(), v.regex(/^\d{1,2}(?:\.\d{1,4}){1,3}$/));
const MAX_CYCLES = 1000;

const V1 = v.object({
  result: v.object({
    releases: v.pipe(
      v.array(
        v.object({
          name: Series,
          releaseDate: IsoDate,
          isLts: v.boolean(),
          ltsFrom: v.nullish(IsoDate),
          isEol: v.nullish(v.boolean()),
          eolFrom: v.nullish(IsoDate),
          latest: v.nullish(v.object({ name: v.nullish(Version), date: v.nullish(IsoDate) })),
        }),
      ),
      v.maxLength(MAX_CYCLES),
    ),
  }),
});

const DateOrBoolean = v.union([IsoDate, v.boolean()]);

const V0 = v.pipe(
  v.array(
    v.object({
      cycle: Series,
      releaseDate: IsoDate,
      eol: DateOrBoolean,
      latest: v.nullish(Version),
      latestReleaseDate: v.nullish(IsoDate),
      lts: v.optional(DateOrBoolean),
    }),
  ),
  v.maxLength(MAX_CYCLES),
);

/** endoflife.date writes a series' first release as X.Y.0; its tag (and Kernel Context's name) is X.Y. */
function tagName(latest: string): string {
  return latest.replace(/^(\d+\.\d+)\.0$/, '$1');
}

function latestOf(name: string | null | undefined, date: string | null | undefined): Pick<ReleaseCycle, 'latest' | 'latestOn'> {
  return name ? { latest: tagName(name), ...(date ? { latestOn: date } : {}) } : {};
}

/** `{result:{releases:[{name, releaseDate, isLts, ltsFrom, isEol, eolFrom, latest:{name, date}}]}}`, newest first. */
export function parseEndOfLifeV1(json: unknown): ReleaseCycle[] {
  const parsed = v.safeParse(V1, json);
  if (!parsed.success) throw new FetchError('bad-response', "endoflife.date's v1 API answer is not in the expected shape");
  return parsed.output.result.releases.map((release) => ({
    series: release.name,
    releasedOn: release.releaseDate,
    lts: release.isLts || Boolean(release.ltsFrom),
    ...(release.eolFrom ? { eolOn: release.eolFrom } : {}),
    ...(release.isEol ? { eol: true } : {}),
    ...latestOf(release.latest?.name, release.latest?.date),
  }));
}

/** `[{cycle, releaseDate, eol, latest, latestReleaseDate, lts}]`, `eol` and `lts` each a date or a boolean. */
export function parseEndOfLifeV0(json: unknown): ReleaseCycle[] {
  const parsed = v.safeParse(V0, json);
  if (!parsed.success) throw new FetchError('bad-response', "endoflife.date's v0 API answer is not in the expected shape");
  return parsed.output.map((release) => ({
    series: release.cycle,
    releasedOn: release.releaseDate,
    lts: release.lts !== undefined && release.lts !== false,
    ...(typeof release.eol === 'string' ? { eolOn: release.eol } : {}),
    ...(release.eol === true ? { eol: true } : {}),
    ...latestOf(release.latest, release.latestReleaseDate),
  }));
}

/**
 * Failures of the whole host, not of the v1 API: the v0 API, on the same host, would fail
 * the same way — a hang would be waited for twice (20 s instead of 10), a rate limit or a
 * bot wall asked again.
 */
const HOST_FAILURES: ReadonlySet<FailureReason> = new Set(['offline', 'timeout', 'network', 'rate-limited', 'bot-wall', 'host-not-allowed']);

/**
 * The Linux release cycles endoflife.date knows (history, LTS, EOL): its v1 API, or the
 * older v0 API when v1 fails on its own (an HTTP error, an answer in another shape). Both
 * failing throws one FetchError naming both; the host failing throws v1's.
 */
export async function fetchEndOfLifeCycles(http: HttpClient): Promise<ReleaseCycle[]> {
  try {
    const { json } = await http.getJson({ url: ENDOFLIFE_V1_URL });
    return parseEndOfLifeV1(json);
  } catch (v1Error) {
    if (v1Error instanceof FetchError && HOST_FAILURES.has(v1Error.reason)) throw v1Error;
    try {
      const { json } = await http.getJson({ url: ENDOFLIFE_V0_URL });
      return parseEndOfLifeV0(json);
    } catch (v0Error) {
      throw bothFailed(v1Error, v0Error);
    }
  }
}

function bothFailed(v1Error: unknown, v0Error: unknown): FetchError {
  const detail = (error: unknown) => (error instanceof FetchError ? error.detail : error instanceof Error ? error.message : String(error));
  const last = v0Error instanceof FetchError ? v0Error : new FetchError('bad-response', detail(v0Error));
  const retryAt = last.retryAt ?? (v1Error instanceof FetchError ? v1Error.retryAt : undefined);
  return new FetchError(last.reason, `${detail(v1Error)}; v0 API: ${detail(v0Error)}`.slice(0, 300), retryAt, last.status);
}
