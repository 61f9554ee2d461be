import { bundledReleaseLoader, parseBundledReleaseData } from '@/utils/release/bundled-data';
import { bundledSnapshot, repoFile } from './files';

describe('the bundled release data loader', () => {
  const body = repoFile('public/data/kernel-releases.json');

  it('reads the snapshot once and keeps it', async () => {
    const fetchMock = vi.fn(async () => new Response(body));
    const load = bundledReleaseLoader('chrome-extension://id/data/kernel-releases.json', fetchMock);
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(a);
    expect(b).toBe(a);
    expect(a.asOf).toBe('2026-08-19');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed read', async () => {
    const fetchMock = vi.fn<() => Promise<Response>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue(new Response(body));
    const load = bundledReleaseLoader('chrome-extension://id/data/kernel-releases.json', fetchMock);
    await expect(load()).rejects.toThrow('Failed to fetch');
    expect((await load()).source).toBe('bundled');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuses a damaged snapshot', () => {
    const snapshot = bundledSnapshot();
    expect(() => parseBundledReleaseData({ ...snapshot, asOf: 'yesterday' })).toThrow('damaged');
    expect(() => parseBundledReleaseData({ ...snapshot, versions: { '5.13': '1970' } })).toThrow('damaged');
    expect(() => parseBundledReleaseData({ ...snapshot, source: 'endoflife.date' })).toThrow('damaged');
  });
});
