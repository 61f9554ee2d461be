import { isBotWallPage } from '@/utils/net/bot-wall';
import { fetchKernelOrgReleases } from '@/utils/sources/kernel-org-releases';
import { FetchError } from '@/utils/net/fetch-error';
import { localFixture, sharedFixture } from '../helpers/fixtures';
import { fakeHttp, textResponse } from '../helpers/fake-http';

const challenge = localFixture('anubis-challenge_lore.kernel.org.html');

/** A real Phoronix article (recorded) with a paragraph quoting the challenge's title. */
function articleQuotingTheChallenge(): string {
  const article = sharedFixture('phoronix-article/news-Steam-May-2019-Numbers_2022-10_recapture.html');
  const quote =
    '<p>Visitors to lore.kernel.org are now greeted by a page reading "Making sure you\'re not a bot!" ' +
    'while Anubis, a proof-of-work check, runs in their browser.</p>';
  const marker = '<div class="content">';
  expect(article).toContain(marker);
  return article.replace(marker, `${marker}${quote}`);
}

/** A lore message page (public-inbox style, small) from a thread discussing the challenge. */
const LORE_MESSAGE_QUOTING_THE_CHALLENGE = `<html><head><title>Re: lore access from scripts - Konstantin</title></head><body><pre>
On Tue, Apr 15, 2025 someone wrote:
&gt; b4 now gets a page titled "Making sure you&#39;re not a bot!" instead of the mbox.

Please set a descriptive User-Agent; tools with one are let through.
</pre></body></html>`;

describe('isBotWallPage', () => {
  it('recognises the Anubis challenge page', () => {
    expect(isBotWallPage(challenge, 'text/html; charset=utf-8')).toBe(true);
    expect(isBotWallPage(challenge, null)).toBe(true);
  });

  it('does not mistake a real article quoting the challenge for it', () => {
    expect(isBotWallPage(articleQuotingTheChallenge(), 'text/html; charset=UTF-8')).toBe(false);
  });

  it('does not mistake a short mailing-list message quoting the challenge for it', () => {
    expect(isBotWallPage(LORE_MESSAGE_QUOTING_THE_CHALLENGE, 'text/html')).toBe(false);
  });

  it('does not look for it in non-HTML answers', () => {
    expect(isBotWallPage(JSON.stringify({ note: challenge }), 'application/json')).toBe(false);
  });

  it('does not see it in ordinary pages', () => {
    const article = sharedFixture('phoronix-article/news-Steam-May-2019-Numbers_2022-10_recapture.html');
    expect(isBotWallPage(article, 'text/html')).toBe(false);
  });
});

describe('the bot wall through the HTTP client', () => {
  it('reports an HTTP 200 challenge page as the bot wall, not as content', async () => {
    const { client } = fakeHttp(() => textResponse(challenge));
    const error = await client.getText({ url: 'https://lore.kernel.org/all/?q=rust' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).reason).toBe('bot-wall');
  });

  it('reports the bot wall, not a parse failure, where JSON was expected', async () => {
    const { client } = fakeHttp(() => textResponse(challenge));
    const error = await fetchKernelOrgReleases(client).catch((e: unknown) => e);
    expect((error as FetchError).reason).toBe('bot-wall');
  });

  it('passes a real article quoting the challenge through untouched', async () => {
    const article = articleQuotingTheChallenge();
    const { client } = fakeHttp(() => textResponse(article));
    const response = await client.getText({ url: 'https://www.phoronix.com/news/Linux-Kernel-Anubis' });
    expect(response.body).toBe(article);
  });
});
