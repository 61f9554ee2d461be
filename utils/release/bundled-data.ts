import * as v from 'valibot';
import type { ReleaseData } from '../types';

/** Where the snapshot made by scripts/make-release-snapshot.mjs sits in the extension. */
export const BUNDLED_RELEASES_PATH = '/data/kernel-releases.json';

const IsoDate = v.pipe(v.string(), v.isoDate());
const Version = v.pipe(v.string(), v.regex(/^\d{1,2}(?:\.\d{1,4}){1,3}(?:-rc\d{1,2})?$/));

const Snapshot = v.object({
  cycles: v.array(
    v.object({
      series: Version,
      releasedOn: v.optional(IsoDate),
      lts: v.boolean(),
      eolOn: v.optional(IsoDate),
      eol: v.optional(v.boolean()),
      latest: v.optional(Version),
      latestOn: v.optional(IsoDate),
    }),
  ),
  versions: v.record(Version, IsoDate),
  asOf: IsoDate,
  source: v.literal('bundled'),
});

/** The bundled snapshot, checked: a damaged file is an error, not a wrong answer. */
export function parseBundledReleaseData(json: unknown): ReleaseData {
  const result = v.safeParse(Snapshot, json);
  if (!result.success) throw new Error('The bundled release data is damaged');
  return result.output;
}

/**
 * A loader for the snapshot shipped in the extension (pass `browser.runtime.getURL(...)`),
 * read once and kept; a failed read is tried again next time.
 */
export function bundledReleaseLoader(
  url: string,
  fetchFn: typeof fetch = (input, init) => globalThis.fetch(input, init),
): () => Promise<ReleaseData> {
  let loading: Promise<ReleaseData> | undefined;
  return () => {
    loading ??= fetchFn(url)
      .then((response) => response.json() as Promise<unknown>)
      .then(parseBundledReleaseData)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
