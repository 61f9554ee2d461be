/**
 * t(): the browser's message when it has one, else the registered English text, with Chrome's
 * $1…$9 substitutions either way; tx() for messages holding elements; and the components in
 * Simplified Chinese, served as Chrome would serve public/_locales/zh_CN.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listAnd, listPlain } from '@/utils/i18n/lists';
import { tx } from '@/utils/i18n/rich';
import { substitute, t } from '@/utils/i18n/t';
import { FoundSummary } from '@/components/FoundSummary';
import { MainlineBadge } from '@/components/MainlineBadge';
import { NewsPanel } from '@/components/NewsPanel';
import { ReleaseBadge } from '@/components/ReleaseBadge';
import { StatusPanel } from '@/components/StatusPanel';
import { buildTimeline } from '@/utils/news/timeline';
import { releaseStatus } from '@/utils/release/release-status';
import type { MainlineStatus, ReleaseStatus } from '@/utils/types';
import { bundledSnapshot } from '../release/files';
import { renderOpened } from '../helpers/open-cards';

type Catalogue = Record<string, { message: string }>;
const catalogue = (locale: string): Catalogue => JSON.parse(readFileSync(path.join(__dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Catalogue;

/** browser.i18n.getMessage as Chrome answers it from one catalogue: '' for an unknown key. */
function serve(messages: Catalogue) {
  return vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, substitutions?: string | string[]) => {
    const message = messages[name]?.message;
    if (message === undefined) return '';
    const given = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.replace(/\$([1-9])/g, (_, digit: string) => given[Number(digit) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage);
}

describe('t()', () => {
  it('falls back to the English text, substituted, where the browser has no i18n', () => {
    expect(() => fakeBrowser.i18n.getMessage('news_title')).toThrow();
    expect(t('news_title')).toBe('Since this article');
    expect(t('release_reason_older', '2.4', '2.6.11')).toBe('Linux 2.4 is older than the release history, which begins with 2.6.11.');
    expect(t('news_more_many', 3)).toBe('3 more articles');
  });

  it("uses the browser's message with the substitutions as text, asking the browser once per message", () => {
    // As Chrome does: $1…$9 in the catalogue's text replaced by the substitutions given.
    const catalogue: Record<string, string> = { badge_release_aria_eol: 'Linux $1：生命周期结束', news_more_many: '另外 $1 篇文章' };
    const getMessage = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockImplementation(((key: string, substitutions?: string[]) => (catalogue[key] ?? '').replace(/\$([1-9])/g, (_, digit: string) => substitutions?.[Number(digit) - 1] ?? '')) as typeof fakeBrowser.i18n.getMessage);
    expect(t('badge_release_aria_eol', '6.1')).toBe('Linux 6.1：生命周期结束');
    expect(t('badge_release_aria_eol', '5.13')).toBe('Linux 5.13：生命周期结束');
    expect(t('news_more_many', 3)).toBe('另外 3 篇文章');
    expect(t('badge_release_aria_eol', '<b>$2</b>')).toBe('Linux <b>$2</b>：生命周期结束');
    expect(getMessage.mock.calls.map(([key]) => key)).toEqual(['badge_release_aria_eol', 'news_more_many']);
  });

  it('falls back when the browser answers with an empty string (a key it does not know)', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(t('news_checked', '3 hours ago')).toBe('checked 3 hours ago');
  });

  it('substitutes as the browser does: missing ones empty, extra ones ignored, no second pass', () => {
    expect(substitute('$1 until $2 ($3)', ['rate-limited', '14:05'])).toBe('rate-limited until 14:05 ()');
    expect(substitute('Linux $1', ['6.1', 'extra'])).toBe('Linux 6.1');
    expect(substitute('$1 and $2', ['$2', 'x'])).toBe('$2 and x');
    expect(substitute('Linux $1: $1', ['6.1'])).toBe('Linux 6.1: 6.1');
  });

  it('answers with the key itself when neither the browser nor a registered table has the text', async () => {
    vi.resetModules();
    const fresh = await import('@/utils/i18n/t');
    expect(fresh.t('news_title')).toBe('news_title');
    fresh.registerEnglish({ news_title: 'Since this article' });
    expect(fresh.t('news_title')).toBe('Since this article');
  });
});

describe('tx()', () => {
  it('puts each element where the translation puts its placeholder', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) =>
      name === 'card_estimate' ? `预计：${(subs as string[])[1]} 之前，${(subs as string[])[0]} 之后。` : '') as typeof fakeBrowser.i18n.getMessage);
    const { container } = render(<p>{tx('card_estimate', <time dateTime="2027-02-01">from</time>, <b>to</b>)}</p>);
    expect(container.innerHTML).toBe('<p>预计：<b>to</b> 之前，<time datetime="2027-02-01">from</time> 之后。</p>');
  });

  it('in English, keeps text around the elements as it was', () => {
    const { container } = render(<p>{tx('card_released_on', <time>Jun 27, 2021</time>)}</p>);
    expect(container.innerHTML).toBe('<p>Released on <time>Jun 27, 2021</time>.</p>');
  });
});

describe('lists', () => {
  it('join in the messages\' language', () => {
    expect(listAnd(['1 commit', '2 patches', '1 git tree'])).toBe('1 commit, 2 patches, and 1 git tree');
    expect(listPlain(['a', 'b', 'c'])).toBe('a, b, c');
    serve(catalogue('zh_CN'));
    expect(listAnd(['1 个提交', '2 个补丁', '1 个 git 树'])).toBe('1 个提交、2 个补丁和1 个 git 树');
    expect(listPlain(['a', 'b', 'c'])).toBe('a、b、c');
  });
});

describe('in Simplified Chinese', () => {
  const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
  const HOUR = 3_600_000;
  const latin = /\b(?!Linux\b|Kernel\b|Context\b|Phoronix\b|KernelNewbies\b|git\b|kernel\b|org\b|endoflife\b|date\b|rc\b|rust\b|HTTP\b|v\d)[A-Za-z]{3,}\b/;

  beforeEach(() => {
    serve(catalogue('zh_CN'));
  });

  it('a release badge and its card say it all in Chinese (the sentences made in the background too)', () => {
    const status = releaseStatus({ version: '5.13', series: '5.13' }, bundledSnapshot(), '2026-08-22', '2021-03-19T16:40:00Z');
    const { container, getByRole } = renderOpened(<ReleaseBadge status={status} source={{ source: 'bundled', asOf: '2026-08-19' }} />);
    expect(getByRole('button', { name: /Linux 5\.13：生命周期结束/ }).textContent).toBe('已停止维护');
    const text = container.textContent!;
    expect(text).toContain('撰写本文时，5.11 是最新版本，5.12 处于候选版本阶段，5.13 尚未开始。');
    expect(text).toContain('最后一个维护版本是 5.13.19');
    expect(text).toContain('来自扩展内置的数据');
    expect(text.replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, '')).not.toMatch(latin);
    expect([...container.querySelectorAll('a')].map((a) => a.textContent)).toContain('git.kernel.org 上的标签 v5.13');
  });

  it('a mainline badge, its card and a status panel', () => {
    const rust: MainlineStatus = {
      kind: 'path',
      subject: 'rust/',
      state: 'merged',
      match: 'path',
      commit: { sha: '8aebac82933ff1a7c8eede18cab11e1115e2062', committedOn: '2022-09-28' },
      release: '6.1',
      tag: 'v6.1-rc1',
      releasedOn: '2022-12-11',
      checkedAt: NOW - 3 * HOUR,
      evidence: [],
    };
    const badge = renderOpened(<MainlineBadge status={rust} now={NOW} />);
    expect(badge.getByRole('button', { name: /rust\/ 下的代码：自 Linux 6\.1 起已合入主线/ }).textContent).toBe('合入 6.1');
    const card = badge.container.querySelector('.kc-card')!.textContent!;
    expect(card).toMatch(/^rust\/ 下的代码自 Linux 6\.1 起已合入主线（首个标签 v6\.1-rc1，提交于 .+）；Linux 6\.1 发布于 .+。/);
    expect(card).toContain('Linus 的树中涉及此路径的最早提交；已在 git 中验证。');
    badge.unmount();
    const panel = render(<StatusPanel releases={undefined} found={{ version: 2, commit: 1 }} releaseBadges={2} mainlineBadges={1} now={NOW} />);
    expect(panel.container.textContent).toContain('已显示 2 个内核版本旁的发布状态，以及 1 个提交、邮件或路径的主线状态');
    expect(panel.container.textContent).toContain('本页提到：2 个内核版本和1 个提交。');
    expect(panel.container.textContent).not.toMatch(latin);
  });

  it('the news panel and its timeline', () => {
    const linux513: ReleaseStatus = { subject: '5.13', series: '5.13', state: 'eol', releasedOn: '2021-06-27', eol: { date: '2021-09-18', projected: false, lastPoint: '5.13.19' }, evidence: [] };
    const rust: MainlineStatus = { kind: 'path', subject: 'rust/', state: 'merged', release: '6.1', tag: 'v6.1-rc1', releasedOn: '2022-12-11', commit: { sha: 'd9de54341b79', committedOn: '2022-09-28' }, evidence: [] };
    const events = buildTimeline({ publishedAt: '2021-03-19T16:40:00Z', releases: [linux513], mainline: [rust], articles: [] });
    expect(events.map((event) => event.text)).toEqual([
      'Linux 5.13 发布——未包含 rust/ 下的代码（首次进入 6.1）',
      'Linux 5.13 生命周期结束（最后一个维护版本为 5.13.19）',
      'rust/ 下的代码：为 Linux 6.1 进入主线的提交（首个标签 v6.1-rc1）',
      'Linux 6.1 发布，包含 rust/ 下的代码',
    ]);
    const { container } = render(<NewsPanel answer={undefined} events={events} collapsed={false} onToggle={() => {}} onRefresh={() => {}} now={NOW} />);
    expect(container.textContent).toContain('本文之后');
    expect(container.textContent).toContain('正在查询 Phoronix…');
    expect(container.textContent!.replace(/[A-Z][a-z]{2} \d{1,2}, \d{4}/g, '')).not.toMatch(latin);
  });

  it('FoundSummary before the counts arrive', () => {
    expect(render(<FoundSummary counts={undefined} />).container.textContent).toBe('正在读取此页面…');
  });
});
