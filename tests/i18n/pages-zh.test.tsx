/**
 * The toolbar popup and the options page in Simplified Chinese, served as Chrome would serve
 * public/_locales/zh_CN: every label translated, only names and technical tokens left in
 * Latin letters; and, with no i18n (English), the sentences rebuilt from messages unchanged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage } from '@/components/OptionsPage';
import { Popup, type PopupProps } from '@/components/Popup';
import { githubTokenItem } from '@/utils/settings/github-token';
import type { Settings } from '@/utils/types';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));

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

const NOW = Date.UTC(2026, 3, 12, 12, 0, 0);
const HOUR = 3_600_000;
const ALL_ON: Settings = { enabled: true, kinds: { release: true, mainline: true, news: true }, sites: { phoronix: true, kernelOrg: true } };

/** Words of three or more Latin letters, other than names, hosts, units and a token's prefix. */
const STRAY = /\b(?!Kernel\b|Context\b|Phoronix\b|GitHub\b|Linux\b|kernel\b|org\b|api\b|github\b|com\b|endoflife\b|date\b|ghp\b)[A-Za-z]{3,}\b/;
/** Times of day and ages as the test's Intl gives them (English in Node), which the browser localises. */
const withoutTimes = (text: string) => text.replace(/\d{1,2}:\d{2}(\s?[AP]M)?/g, '').replace(/\d+ (hours?|minutes?|days?) ago/g, '');

/** The text of every text node, apart: "Phoronix" and "kernel.org" are two labels, not one word. */
const words = (element: Element) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  return texts.join(' ');
};

function popup(props: Partial<PopupProps> = {}) {
  return render(
    <Popup
      settings={ALL_ON}
      onSettingsChange={() => undefined}
      page={{
        state: 'read',
        report: {
          site: 'phoronix',
          url: 'https://www.phoronix.com/news/Linux-6.1',
          found: { version: 2, commit: 1 },
          counts: { release: 2, mainline: 2, news: 1 },
          states: { release: { eol: 1, stable: 1 }, mainline: { merged: 1 }, news: { found: 1 } },
        },
      }}
      onRefreshPage={() => undefined}
      cache={{ entries: 12, bytes: 20_480, oldestFetchedAt: NOW - 3 * HOUR, persistent: false }}
      onClearCache={() => undefined}
      rateLimits={[{ resource: 'core', limit: 60, remaining: 0, resetAt: NOW + HOUR }]}
      tokenSet={false}
      hostAccess={false}
      announcement=""
      now={NOW}
      {...props}
    />,
  );
}

afterEach(cleanup);

describe('the popup in Simplified Chinese', () => {
  beforeEach(() => {
    serve(catalogue('zh_CN'));
  });

  it('names its switches, sections and buttons in Chinese, sites by their names', () => {
    popup();
    expect(screen.getAllByRole('switch').map((element) => element.closest('label')!.textContent)).toEqual([
      '仅在此页面关闭',
      '标注',
      '发布状态',
      '主线状态',
      '后续新闻',
      'Phoronix',
      'kernel.org',
    ]);
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['Kernel Context', '网站访问权限', '此页面', '缓存', 'GitHub']);
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['允许访问这些网站', '刷新此页面', '清除缓存', '选项']);
    expect(screen.getByRole('region', { name: '开关' })).toBeTruthy();
  });

  it('says what the page shows, the cache and the rate limit in Chinese sentences', () => {
    const { container } = popup();
    const text = container.textContent!;
    expect(text).toContain('本页提到：2 个内核版本和1 个提交。');
    expect(text).toContain('发布：1 个已停止维护、1 个仍在维护');
    expect(text).toContain('主线：1 个已合入、1 个正在检查');
    expect(text).toContain('后续新闻：找到 1 条');
    expect(screen.getByTestId('cache-summary').textContent).toMatch(/^12 条应答，20 kB，最早的于.+检查$/);
    expect(screen.getByTestId('cache-summary').querySelector('time')).not.toBeNull();
    expect(text).toContain('缓存不会在浏览器会话之间保存。');
    expect(screen.getByTestId('rate-limit').textContent).toMatch(/^请求次数已达上限，直至 .+（剩余 0 次请求（共 60 次））$/);
    expect(screen.getByTestId('token-state').textContent).toBe('未设置令牌（每小时 60 次请求）');
    expect(withoutTimes(words(container)).match(STRAY)?.[0]).toBeUndefined();
  });

  it('says why nothing is shown, and what is renewed, in Chinese', () => {
    const { container } = popup({ settings: { ...ALL_ON, sites: { phoronix: false, kernelOrg: true } }, rateLimits: [{ resource: 'core', limit: 60, remaining: 3, resetAt: NOW - HOUR }], tokenSet: true, hostAccess: true });
    expect(screen.getByTestId('page-summary').textContent).toContain('已在 Phoronix 上关闭标注。');
    expect(screen.getByTestId('rate-limit').textContent).toMatch(/^自 .+ 起，又可发出 60 次请求$/);
    expect(screen.getByTestId('token-state').textContent).toBe('已设置令牌');
    expect(withoutTimes(words(container)).match(STRAY)?.[0]).toBeUndefined();
  });
});

describe('the options page in Simplified Chinese', () => {
  beforeEach(() => {
    serve(catalogue('zh_CN'));
  });

  it('has its headings, labels, choices and buttons in Chinese', async () => {
    await githubTokenItem.setValue('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    const { container } = render(<OptionsPage />);
    await screen.findByText('已保存的令牌：', { exact: false });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kernel Context 选项');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['GitHub 令牌', '缓存', '导出和导入', '重置']);
    expect([...container.querySelectorAll('label')].map((label) => label.textContent)).toEqual(['个人访问令牌', '缓存大小上限', '从文件导入', '或粘贴已导出的设置']);
    expect([...container.querySelectorAll('option')].map((option) => option.textContent)).toContain('20 MB（默认）');
    expect(container.querySelector('.kc-current')!.textContent).toBe('已保存的令牌：ghp_••••••••6789 移除');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['移除', '检查并保存', '导出', '导入粘贴的设置', '恢复默认设置']);
    fireEvent.click(screen.getByRole('button', { name: '恢复默认设置' }));
    expect(screen.getByRole('group', { name: '确定要将所有设置恢复为默认值吗？' })).toBeTruthy();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toContain('是，重置');
    fireEvent.click(screen.getByRole('button', { name: '检查并保存' }));
    await waitFor(() => expect(container.querySelector('#kc-token-status')!.textContent).toBe('请先输入令牌。'));
    expect(words(container).match(STRAY)?.[0]).toBeUndefined();
  });
});

describe('in English (no i18n), the sentences made of messages read as before', () => {
  it('the popup', () => {
    popup();
    expect(screen.getByTestId('cache-summary').textContent).toMatch(/^12 answers, 20 kB, oldest checked \S.*$/);
    expect(screen.getByTestId('rate-limit').textContent).toMatch(/^Rate-limited until \S+.* \(0 of 60 requests left\)$/);
    cleanup();
    popup({ cache: { entries: 1, bytes: 100, persistent: false, notPersistentReason: 'private window' }, rateLimits: [{ resource: 'core', remaining: 42, resetAt: NOW + HOUR }] });
    expect(screen.getByTestId('cache-summary').textContent).toBe('1 answer, 100 B');
    expect(document.body.textContent).toContain('Not saved between sessions: private window');
    expect(screen.getByTestId('rate-limit').textContent).toMatch(/^42 requests left, resets at \S/);
    expect(screen.getByTestId('page-summary').textContent).toContain('Release: 1 at end of life, 1 maintained');
  });

  it('the options page', async () => {
    await githubTokenItem.setValue('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    const { container } = render(<OptionsPage />);
    await screen.findByText('Saved token:', { exact: false });
    expect(container.querySelector('.kc-current')!.textContent).toBe('Saved token: ghp_••••••••6789 Remove');
    expect([...container.querySelectorAll('option')].map((option) => option.textContent)).toContain('20 MB (default)');
  });
});
