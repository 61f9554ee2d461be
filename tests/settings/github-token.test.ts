import { GitHubSource } from '@/utils/sources/github';
import { cleanToken, gitHubAuthHeaders, githubTokenItem, watchGitHubToken } from '@/utils/settings/github-token';
import { fakeHttp, jsonResponse } from '../helpers/fake-http';

describe('the GitHub token', () => {
  it('is sent as a Bearer token to https://api.github.com and to no other host', async () => {
    const seen: [string, string | null][] = [];
    const { client } = fakeHttp(
      (url, init) => {
        seen.push([new URL(url).hostname, new Headers(init?.headers).get('authorization')]);
        return jsonResponse({ ok: true });
      },
      { headersFor: (url) => gitHubAuthHeaders(url, 'ghp_secret') },
    );
    for (const url of [
      'https://api.github.com/repos/torvalds/linux/compare/master...abc1234',
      'https://www.kernel.org/releases.json',
      'https://endoflife.date/api/linux.json',
      'https://lore.kernel.org/all/',
      'https://git.kernel.org/torvalds/c/abc1234',
      'https://www.phoronix.com/rss.php',
    ]) {
      await client.getText({ url });
    }
    expect(seen).toEqual([
      ['api.github.com', 'Bearer ghp_secret'],
      ['www.kernel.org', null],
      ['endoflife.date', null],
      ['lore.kernel.org', null],
      ['git.kernel.org', null],
      ['www.phoronix.com', null],
    ]);
  });

  it('is never sent over plain http, nor without a token', () => {
    expect(gitHubAuthHeaders(new URL('http://api.github.com/user'), 'ghp_secret')).toBeUndefined();
    expect(gitHubAuthHeaders(new URL('https://api.github.com/user'), null)).toBeUndefined();
  });

  it('keeps only a plausible token: trimmed printable ASCII, no spaces or line breaks', () => {
    expect(cleanToken('  ghp_abc123  ')).toBe('ghp_abc123');
    expect(cleanToken('ghp abc')).toBeNull();
    expect(cleanToken('ghp\r\nX-Evil: 1')).toBeNull();
    expect(cleanToken('')).toBeNull();
    expect(cleanToken(42)).toBeNull();
  });

  it('the background sees a token set or removed in storage at once', async () => {
    const token = watchGitHubToken();
    await githubTokenItem.setValue('ghp_first');
    await vi.waitFor(() => expect(token.current()).toBe('ghp_first'));
    await githubTokenItem.setValue(null);
    await vi.waitFor(() => expect(token.current()).toBeNull());
    token.stop();
  });
});

describe('checking a new token while the anonymous budget is spent', () => {
  it('is not refused by the anonymous limit: the token has a budget of its own', async () => {
    const { client, fetched } = fakeHttp((url, init) =>
      new Headers(init?.headers).get('authorization') === 'Bearer ghp_new'
        ? jsonResponse({ login: 'someone' }, { headers: { 'x-ratelimit-remaining': '4999', 'x-ratelimit-limit': '5000' } })
        : jsonResponse({ message: 'API rate limit exceeded' }, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.UTC(2030, 0, 1) / 1000)) } }),
    );
    const github = new GitHubSource(client);
    await expect(github.commit('abc1234def56')).rejects.toMatchObject({ reason: 'rate-limited' });
    await expect(github.commit('abc1234def56')).rejects.toMatchObject({ reason: 'rate-limited' });
    expect(fetched).toHaveLength(1);
    expect(await github.user('ghp_new')).toEqual({ login: 'someone' });
  });
});
