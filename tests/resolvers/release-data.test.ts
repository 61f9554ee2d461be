/**
 * resolveReleaseData over a fake network serving the demo world's answers (real Response
 * objects through the real HttpClient) and a real AnswerCache on fake-indexeddb.
 */
import { AnswerCache } from '@/utils/cache/answer-cache';
import { openCacheStore } from '@/utils/cache/cache-store';
import { releaseStatus } from '@/utils/release/release-status';
import { resolveReleaseData } from '@/utils/resolvers/release-data';
import { ENDOFLIFE_V0_URL, ENDOFLIFE_V1_URL } from '@/utils/sources/endoflife-date';
import { KERNEL_ORG_RELEASES_URL } from '@/utils/sources/kernel-org-releases';
import type { ReleaseData } from '@/utils/types';
import { fakeHttp, jsonResponse, textResponse } from '../helpers/fake-http';
import { bundledSnapshot, worldJson } from '../release/files';

const HOUR = 60 * 60_000;

const WORLD: Record<string, () => unknown> = {
  [ENDOFLIFE_V1_URL]: () => worldJson('endoflife.date/api-v1-products-linux.json'),
  [ENDOFLIFE_V0_URL]: () => worldJson('endoflife.date/api-linux.json'),
  [KERNEL_ORG_RELEASES_URL]: () => worldJson('kernel.org/releases-2026-08-19.json'),
};

async function setup() {
  const down = new Set<string>();
  let online = true;
  const http = fakeHttp(
    (url) => {
      const body = WORLD[url];
      if (!body || down.has(url)) return textResponse('Internal Server Error', { status: 500 });
      return jsonResponse(body());
    },
    { isOnline: () => online },
  );
  const cache = new AnswerCache(await openCacheStore(), { now: http.clock.now });
  const snapshot = bundledSnapshot();
  const bundled = vi.fn(async (): Promise<ReleaseData> => snapshot);
  const resolve = () => resolveReleaseData(cache, http.client, bundled);
  return {
    ...http,
    bundled,
    resolve,
    fail: (...urls: string[]) => urls.forEach((url) => down.add(url)),
    recover: () => down.clear(),
    setOnline: (value: boolean) => {
      online = value;
    },
  };
}

const unique = (urls: string[]) => [...new Set(urls)].sort();

describe('resolveReleaseData', () => {
  it('merges endoflife.date and kernel.org over the bundled snapshot when both answer', async () => {
    const { resolve, fetched, clock } = await setup();
    const answer = await resolve();
    expect(answer).toMatchObject({ from: 'network', stale: false, fetchedAt: clock.now() });
    expect(answer.failure).toBeUndefined();
    expect(unique(fetched)).toEqual(unique([ENDOFLIFE_V1_URL, KERNEL_ORG_RELEASES_URL]));
    const data = answer.value!;
    expect(data.source).toBe('endoflife.date');
    expect(data.asOf).toBe('2026-08-19');
    expect(data.current?.latestStable).toBe('7.1.9');
    expect(data.cycles).toHaveLength(113);
    expect(data.cycles.find((c) => c.series === '5.13')).toMatchObject({ eolOn: '2021-09-18', eol: true, latest: '5.13.19' });
    expect(data.cycles.find((c) => c.series === '2.6.32')).toMatchObject({ lts: true, eolOn: '2016-03-12' });

    const status = releaseStatus({ version: '5.13', series: '5.13' }, data, '2026-08-22', '2021-03-19T16:40:00Z');
    expect(status).toMatchObject({ state: 'eol', releasedOn: '2021-06-27', eol: { date: '2021-09-18', lastPoint: '5.13.19' } });
    expect(status.atPublication?.summary).toBe('When this was written, 5.11 was the latest release, 5.12 was in release candidates and 5.13 had not begun.');
    // kernel.org, not the calendar, says the 7.3 merge window is open.
    expect(releaseStatus({ version: '7.3', series: '7.3' }, data, '2026-08-22')).toMatchObject({ state: 'merge-window' });
    expect(releaseStatus({ version: '7.3', series: '7.3' }, data, '2026-08-22').inferred).toBeUndefined();
  });

  it("uses endoflife.date's v0 API when v1 answers HTTP 500", async () => {
    const { resolve, fetched, fail } = await setup();
    fail(ENDOFLIFE_V1_URL);
    const answer = await resolve();
    expect(fetched).toContain(ENDOFLIFE_V0_URL);
    expect(answer).toMatchObject({ from: 'network', stale: false });
    expect(answer.failure).toBeUndefined();
    expect(answer.value?.source).toBe('endoflife.date');
    expect(answer.value?.cycles.find((c) => c.series === '6.1')).toMatchObject({ lts: true, eolOn: '2027-12-31', latest: '6.1.183' });
  });

  it('answers from the bundled snapshot, with the failure, when both services fail on a first visit', async () => {
    const { resolve, fail } = await setup();
    fail(ENDOFLIFE_V1_URL, ENDOFLIFE_V0_URL, KERNEL_ORG_RELEASES_URL);
    const answer = await resolve();
    expect(answer).toMatchObject({ from: 'bundled', stale: true, failure: { reason: 'http-error' } });
    expect(answer.fetchedAt).toBeUndefined();
    expect(answer.value).toMatchObject({ source: 'bundled', asOf: '2026-08-19' });
    expect(answer.value?.current).toBeUndefined();
    const status = releaseStatus({ version: '5.13', series: '5.13' }, answer.value!, '2026-08-22');
    expect(status).toMatchObject({ state: 'eol', releasedOn: '2021-06-27', eol: { date: '2021-09-18', projected: false, lastPoint: '5.13.19' } });
  });

  it('does not keep the failure as a fact: once the services are back, they answer', async () => {
    const { resolve, fail, recover, clock } = await setup();
    fail(ENDOFLIFE_V1_URL, ENDOFLIFE_V0_URL, KERNEL_ORG_RELEASES_URL);
    await resolve();
    recover();
    clock.advance(3 * 60_000); // past the cache's two minutes of remembering a failure
    const answer = await resolve();
    expect(answer).toMatchObject({ from: 'network', stale: false, value: { source: 'endoflife.date' } });
    expect(answer.failure).toBeUndefined();
  });

  it('answers a second call from the cache without fetching', async () => {
    const { resolve, fetched, clock } = await setup();
    const first = await resolve();
    const count = fetched.length;
    clock.advance(HOUR);
    const second = await resolve();
    expect(fetched).toHaveLength(count);
    expect(second).toMatchObject({ from: 'cache', stale: false, fetchedAt: first.fetchedAt });
    expect(second.value).toEqual(first.value);
  });

  it("refreshes what is current after 6 hours, the history after a day", async () => {
    const { resolve, fetched, clock } = await setup();
    await resolve();
    fetched.length = 0;
    clock.advance(7 * HOUR);
    const stale = await resolve();
    expect(stale).toMatchObject({ from: 'cache', stale: true });
    await vi.waitFor(() => expect(fetched).toEqual([KERNEL_ORG_RELEASES_URL]));
    // The refreshed answer is stored behind the stale one; then the clock moves on.
    await vi.waitFor(async () => expect((await resolve()).stale).toBe(false));
    fetched.length = 0;
    clock.advance(18 * HOUR);
    await resolve();
    await vi.waitFor(() => expect(unique(fetched)).toEqual(unique([ENDOFLIFE_V1_URL, KERNEL_ORG_RELEASES_URL])));
  });

  it('offline, shows the last answer with its age and the reason', async () => {
    const { resolve, setOnline, clock } = await setup();
    const first = await resolve();
    setOnline(false);
    clock.advance(30 * HOUR);
    const answer = await resolve();
    expect(answer).toMatchObject({ from: 'cache', stale: true, fetchedAt: first.fetchedAt });
    expect(answer.value?.source).toBe('endoflife.date');
    // The refresh runs behind the stale answer; ask again once it has failed.
    await vi.waitFor(async () => expect((await resolve()).failure?.reason).toBe('offline'));
  });

  it('still answers from the services when the bundled snapshot cannot be read', async () => {
    const { client } = await setup();
    const cache = new AnswerCache(await openCacheStore());
    const answer = await resolveReleaseData(cache, client, () => Promise.reject(new Error('missing file')));
    expect(answer.from).toBe('network');
    expect(answer.value?.cycles).toHaveLength(37);
    expect(answer.value?.versions['5.13.19']).toBe('2021-09-18');
  });
});
