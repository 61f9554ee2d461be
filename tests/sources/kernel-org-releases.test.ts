import { FetchError } from '@/utils/net/fetch-error';
import { KERNEL_ORG_RELEASES_URL, fetchKernelOrgReleases, parseKernelOrgReleases } from '@/utils/sources/kernel-org-releases';
import { fakeHttp, jsonResponse } from '../helpers/fake-http';
import { sharedFixture } from '../helpers/fixtures';

/** www.kernel.org/releases.json as it was on 14 Dec 2020 (trimmed by its recorder to two releases). */
function recorded(): Record<string, unknown> & { releases: Record<string, unknown>[] } {
  return JSON.parse(sharedFixture('kernel.org/releases.json_partial_2020-12-14_archey4.json')) as Record<string, unknown> & {
    releases: Record<string, unknown>[];
  };
}

function parseFailure(json: unknown): FetchError {
  try {
    parseKernelOrgReleases(json);
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected the parser to refuse this');
}

describe('parseKernelOrgReleases', () => {
  it('reads the recorded releases.json of December 2020', () => {
    const parsed = parseKernelOrgReleases(recorded());
    expect(parsed.latestStable).toBe('5.10.1');
    expect(parsed.releases).toEqual([
      { moniker: 'mainline', version: '5.10', iseol: false, released: '2020-12-13', link: 'https://git.kernel.org/torvalds/h/v5.10' },
      { moniker: 'stable', version: '5.10.1', iseol: false, released: '2020-12-14', link: 'https://git.kernel.org/stable/h/v5.10.1' },
    ]);
  });

  it('keeps an end-of-life longterm release and a linux-next snapshot without gitweb', () => {
    const json = recorded();
    json.releases.push(
      { iseol: true, version: '4.4.248', moniker: 'longterm', released: { timestamp: 1607436000, isodate: '2020-12-08' }, gitweb: 'https://git.kernel.org/stable/h/v4.4.248' },
      { iseol: false, version: 'next-20201214', moniker: 'linux-next', released: { timestamp: 1607922000, isodate: '2020-12-14' }, gitweb: null },
    );
    const { releases } = parseKernelOrgReleases(json);
    expect(releases[2]).toMatchObject({ moniker: 'longterm', version: '4.4.248', iseol: true, released: '2020-12-08' });
    expect(releases[3]).toEqual({ moniker: 'linux-next', version: 'next-20201214', iseol: false, released: '2020-12-14' });
  });

  it.each([
    ['another host', 'https://evil.example/torvalds/h/v5.10'],
    ['plain http', 'http://git.kernel.org/torvalds/h/v5.10'],
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['not a URL', 'v5.10'],
  ])('drops a gitweb link to %s, keeping the release', (_name, gitweb) => {
    const json = recorded();
    const first = json.releases[0];
    if (!first) throw new Error('the recording has no releases');
    first.gitweb = gitweb;
    const { releases } = parseKernelOrgReleases(json);
    expect(releases[0]?.version).toBe('5.10');
    expect(releases[0]?.link).toBeUndefined();
    expect(releases[1]?.link).toBe('https://git.kernel.org/stable/h/v5.10.1');
  });

  it.each<[string, (json: ReturnType<typeof recorded>) => unknown]>([
    ['null', () => null],
    ['an HTML page parsed as a string', () => '<html>kernel.org</html>'],
    ['an empty object', () => ({})],
    ['no latest_stable', ({ latest_stable: _latest, ...rest }) => rest],
    ['releases not a list', (json) => ({ ...json, releases: { '5.10': json.releases[0] } })],
    ['an unknown moniker', (json) => ({ ...json, releases: [{ ...json.releases[0], moniker: 'experimental' }] })],
    ['a release date that is not a date', (json) => ({ ...json, releases: [{ ...json.releases[0], released: { isodate: 'last Sunday' } }] })],
    ['iseol as a string', (json) => ({ ...json, releases: [{ ...json.releases[0], iseol: 'false' }] })],
    ['a version as a number', (json) => ({ ...json, releases: [{ ...json.releases[0], version: 5.1 }] })],
    ['an absurdly long version', (json) => ({ ...json, releases: [{ ...json.releases[0], version: '5.'.repeat(100) }] })],
  ])('refuses %s as a bad response', (_name, mangle) => {
    expect(parseFailure(mangle(recorded())).reason).toBe('bad-response');
  });
});

describe('fetchKernelOrgReleases', () => {
  it('fetches releases.json from www.kernel.org and parses it', async () => {
    const body: unknown = recorded();
    const { client, fetched } = fakeHttp(() => jsonResponse(body));
    const current = await fetchKernelOrgReleases(client);
    expect(fetched).toEqual([KERNEL_ORG_RELEASES_URL]);
    expect(new URL(KERNEL_ORG_RELEASES_URL).hostname).toBe('www.kernel.org');
    expect(current.latestStable).toBe('5.10.1');
    expect(current.releases.map((release) => release.version)).toEqual(['5.10', '5.10.1']);
  });

  it('reports a garbled answer as a bad response', async () => {
    const { client } = fakeHttp(() => jsonResponse({ releases: 'none today' }));
    const error = await fetchKernelOrgReleases(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).reason).toBe('bad-response');
  });
});
