import * as v from 'valibot';
import { isAllowedUrl } from '../net/allowed-hosts';
import { FetchError } from '../net/fetch-error';
import type { HttpClient } from '../net/http-client';
import type { CurrentReleases, KernelOrgRelease } from '../types';

export const KERNEL_ORG_RELEASES_URL = 'https://www.kernel.org/releases.json';

/** `6.1`, `6.1.5`, `6.2-rc3`, `next-20201214`: letters, digits, dots and dashes only. */
const ReleaseVersion = v.pipe(v.string(), v.maxLength(64), v.regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/));

const ReleasesJson = v.object({
  latest_stable: v.object({ version: ReleaseVersion }),
  releases: v.array(
    v.object({
      moniker: v.picklist(['mainline', 'stable', 'longterm', 'linux-next']),
      version: ReleaseVersion,
      iseol: v.boolean(),
      released: v.object({ isodate: v.pipe(v.string(), v.isoDate()) }),
      gitweb: v.nullish(v.string()),
    }),
  ),
});

/**
 * Parses www.kernel.org/releases.json: only the releases on kernel.org's front page
 * right now, no history and no EOL dates (SOURCES.md § Kernel release data).
 */
export function parseKernelOrgReleases(json: unknown): CurrentReleases {
  const result = v.safeParse(ReleasesJson, json);
  if (!result.success) throw new FetchError('bad-response', 'www.kernel.org/releases.json is not in the expected shape');
  const releases: KernelOrgRelease[] = result.output.releases.map((release) => ({
    moniker: release.moniker,
    version: release.version,
    iseol: release.iseol,
    released: release.released.isodate,
    ...(release.gitweb && isSafeLink(release.gitweb) ? { link: release.gitweb } : {}),
  }));
  return { latestStable: result.output.latest_stable.version, releases };
}

export async function fetchKernelOrgReleases(http: HttpClient): Promise<CurrentReleases> {
  const { json } = await http.getJson({ url: KERNEL_ORG_RELEASES_URL });
  return parseKernelOrgReleases(json);
}

function isSafeLink(href: string): boolean {
  try {
    return isAllowedUrl(new URL(href));
  } catch {
    return false;
  }
}
