/**
 * Hostile data from upstream (DESIGN.md § Quality bars: "hostile text in fetched titles,
 * always rendered as text, never as HTML"): GitHub, Phoronix, kernel.org and endoflife.date
 * answer with markup, `javascript:`/`data:` links, bidirectional overrides and megabyte-long
 * strings. Each answer goes through the real background (message registration, resolvers,
 * sources, parsers) and is rendered by the real components; the rendered DOM must be inert
 * text, link only to the sources over https, stay bounded, and hold no bidi controls.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { MainlineBadge } from '@/components/MainlineBadge';
import { MainlineBanner } from '@/components/MainlineBanner';
import { MainlineCard } from '@/components/MainlineCard';
import { NewsPanel } from '@/components/NewsPanel';
import { ReleaseBadge } from '@/components/ReleaseBadge';
import { ReleaseCard, type ReleaseSource } from '@/components/ReleaseCard';
import { describeFailure, StatusPanel } from '@/components/StatusPanel';
import { t } from '@/utils/i18n/t';
import { bannerTargets } from '@/utils/mainline/page-targets';
import { parsePatchSubject } from '@/utils/mentions/patch-subject';
import { compareLink, kernelNewbiesLink, loreLink, mainlineCommitLink, mainlineTagLink, treeCommitLink } from '@/utils/mainline/evidence';
import { buildTimeline, type TimelineEvent } from '@/utils/news/timeline';
import { EVIDENCE_HOSTS } from '@/utils/net/allowed-hosts';
import { displayText, hasBidiControls } from '@/utils/overlays/display-text';
import { isEvidenceHref } from '@/utils/overlays/evidence-href';
import { ENDOFLIFE_URL, KERNEL_ORG_URL, tagLink } from '@/utils/release/evidence';
import type { Answer, CurrentReleases, EvidenceLink, LaterNewsAnswer, LorePage, MainlineStatus, NewsArticle, NewsSubject, ReleaseStatus, ReleaseStatusesAnswer } from '@/utils/types';
import { jsonResponse, textResponse } from '../helpers/fake-http';
import { send, startBackground, type Background } from './background';
import { renderOpened } from '../helpers/open-cards';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const MEGABYTE = 'A'.repeat(1_000_000);
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
/** Right-to-left override … pop; isolates; embeddings; marks. */
const BIDI = '\u202Eexe.gnp\u202C \u2066x\u2069 \u2067y\u2069 \u2068z\u2069 \u202Aa\u202C \u202Bb\u202C \u202Dc\u202C \u200E\u200F\u061C';

/** Elements no overlay ever makes: any of them would have come from fetched markup. */
const FOREIGN = 'img, script, svg, iframe, frame, object, embed, style, link, meta, base, form, input, textarea, video, audio, source, math, template, noscript';

/**
 * The rendered overlay is inert text: no element from markup, no event-handler attribute,
 * every link https on a source's host, no bidi control anywhere (text or attribute), and at
 * most `maxText` characters of text.
 */
function expectInert(root: Element, maxText: number): void {
  expect(root.querySelectorAll(FOREIGN), 'an element made from fetched markup').toHaveLength(0);
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const { name, value } of Array.from(element.attributes)) {
      expect(name.startsWith('on'), `<${element.localName} ${name}>`).toBe(false);
      expect(['src', 'srcdoc', 'action', 'formaction', 'xlink:href'].includes(name), `<${element.localName} ${name}>`).toBe(false);
      expect(hasBidiControls(value), `bidi control in ${name}="${value.slice(0, 80)}"`).toBe(false);
      expect(value.length, `${name} of ${value.length} characters`).toBeLessThanOrEqual(2_000);
    }
  }
  for (const element of Array.from(root.querySelectorAll('[href]'))) {
    expect(element.localName).toBe('a');
    const url = new URL(element.getAttribute('href')!);
    expect(url.protocol).toBe('https:');
    expect(EVIDENCE_HOSTS as readonly string[]).toContain(url.hostname);
    expect(url.username + url.password + url.port).toBe('');
  }
  const text = root.textContent ?? '';
  expect(hasBidiControls(text), 'bidi control in the text').toBe(false);
  expect(text.length).toBeLessThanOrEqual(maxText);
}

let background: Background | undefined;
afterEach(() => {
  cleanup();
  background?.stop();
  background = undefined;
});

const notFound = () => new Response('Not Found', { status: 404 });

/* ─────────────────────────────── GitHub ─────────────────────────────── */

const SHA = '5eb15503d93afd8f703ec2d961abe51442392a40';
const REPO = 'https://api.github.com/repos/torvalds/linux';

/** A commit whose subject is markup, overrides and a megabyte, with hostile names and a `javascript:` Link. */
const HOSTILE_COMMIT = {
  sha: SHA,
  commit: {
    message: `rust: ${IMG} ${SCRIPT} ${BIDI} ${MEGABYTE}\n\nMore ${IMG}\n\nLink: javascript:alert(1)\nLink: data:text/html,${encodeURIComponent(SCRIPT)}\nSigned-off-by: ${IMG} <x@example.com>\n`,
    author: { name: `${SCRIPT}\u202E`, email: 'x@example.com', date: '2022-09-28T12:00:00Z' },
    committer: { name: `\u2067${IMG}`, email: 'y@example.com', date: '2022-09-28T12:00:00Z' },
  },
  parents: [{ sha: 'f'.repeat(40) }],
};

/** GitHub, as far as a path's oldest commit and its first tag go: v6.0, v6.1-rc1 (first to hold it), v6.1. */
function hostileGitHub(url: string): Response {
  if (url === `${REPO}/commits?path=rust%2F&per_page=1`) return jsonResponse([HOSTILE_COMMIT]);
  if (url === `${REPO}/git/matching-refs/tags/v`) return jsonResponse(['v6.0', 'v6.1-rc1', 'v6.1', `v6.2-${IMG}`].map((tag) => ({ ref: `refs/tags/${tag}` })));
  const compare = /\/compare\/([^.]+(?:\.[^.]+)*?)\.\.\.([0-9a-f]{40})$/.exec(url);
  if (compare) {
    const contained = compare[1] !== 'v6.0';
    return jsonResponse({ status: contained ? 'behind' : 'ahead', ahead_by: contained ? 0 : 1, behind_by: 10, merge_base_commit: HOSTILE_COMMIT, commits: [] });
  }
  return notFound();
}

describe('a hostile GitHub answer', () => {
  it('shows the commit subject as one line of inert text, capped, without bidi controls, in the card, banner and badge', async () => {
    background = startBackground(hostileGitHub);
    const reply = await send('getMainlineStatus', { query: { kind: 'path', path: 'rust/' } });
    expect(reply?.err).toBeUndefined();
    const status = reply?.res as MainlineStatus;
    expect(status).toMatchObject({ state: 'merged', release: '6.1', tag: 'v6.1-rc1', match: 'path' });
    const subject = status.commit?.subject ?? '';
    expect(subject.length).toBeLessThanOrEqual(300);
    expect(subject).toMatch(/^rust: <img src=x onerror=alert\(1\)> <script>alert\(1\)<\/script> exe\.gnp x y z a b c A+…$/);
    // Every link the answer carries is one of Kernel Context's own.
    expect(status.evidence.map((link) => new URL(link.href).hostname).sort()).toEqual(['api.github.com', 'git.kernel.org', 'git.kernel.org', 'kernelnewbies.org']);

    const card = render(<MainlineCard status={status} now={NOW} />).container;
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expectInert(card, 1_500);
    expect(card.querySelectorAll('a[data-kc-evidence]')).toHaveLength(4);
    cleanup();

    const banner = render(<MainlineBanner status={status} now={NOW} />).container;
    expectInert(banner, 1_500);
    cleanup();

    const badge = render(<MainlineBadge status={status} now={NOW} />).container;
    expectInert(badge, 1_600);
  });

  it('a server error answering markup and a megabyte is one short line of words', async () => {
    background = startBackground(() => new Response(`${IMG}${MEGABYTE}`, { status: 500 }));
    const reply = await send('getMainlineStatus', { query: { kind: 'path', path: 'rust/' } });
    const status = reply?.res as MainlineStatus;
    expect(status.state).toBe('unavailable');
    expect(status.failure!.detail.length).toBeLessThanOrEqual(300);
    const { container } = render(<MainlineCard status={status} now={NOW} />);
    expectInert(container, 1_000);
  });
});

/* ─────────────────────────── a lore page's own subject ─────────────────────────── */

describe("a lore subject written by whoever mailed the list", () => {
  it('labels the banner as one capped line of inert text, without bidi controls', () => {
    const raw = `[PATCH v2 1/3] rust: ${IMG} ${BIDI} ${MEGABYTE}`;
    const subject = parsePatchSubject(raw);
    const page: LorePage = {
      kind: 'lore-message',
      url: 'https://lore.kernel.org/rust-for-linux/20250101.1-1-x@example.com/',
      list: 'rust-for-linux',
      msgid: '20250101.1-1-x@example.com',
      subject,
      messages: [{ msgid: '20250101.1-1-x@example.com', subject, from: { name: 'X', email: 'x@example.com' }, bodyText: '' }],
      events: [],
    };
    const [target] = bannerTargets(page);
    expect(target!.label.length).toBeLessThanOrEqual(300);
    const status: MainlineStatus = { kind: 'msgid', subject: page.msgid, state: 'not-merged', notMerged: 'no-match', reason: 'No mainline commit matches.', checkedAt: NOW, evidence: [loreLink(page.msgid)] };
    const { container } = render(<MainlineBanner status={status} label={target!.label} now={NOW} />);
    expect(container.textContent).toContain('[PATCH v2 1/3] rust: <img src=x onerror=alert(1)> exe.gnp');
    expectInert(container, 1_000);
  });
});

/* ─────────────────────────────── Phoronix ─────────────────────────────── */

const SUBJECT: NewsSubject = {
  url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
  title: 'Initial Support For The Rust Language Lands In Linux-Next',
  publishedAt: '2021-03-19T16:40:00.000Z',
  category: 'Linux Kernel',
  keyTerms: ['rust', 'kernel', 'linux-next', 'mainline', 'rustc', 'drivers', 'merge', 'toolchain'],
  mentions: { versions: ['5.13'], paths: ['rust/'], trees: ['linux-next'] },
};

function item(title: string, link: string, day: number, description = ''): string {
  return `<item><title>${title}</title><link>${link}</link><guid>${link}</guid><pubDate>Mon, ${String(day).padStart(2, '0')} Sep 2025 12:00:00 -0400</pubDate>${description ? `<description>${description}</description>` : ''}</item>`;
}

/** Phoronix's feed, with every trick in the titles, links and descriptions. */
const HOSTILE_RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Phoronix</title>
${item('Rust Kernel Drivers &amp;lt;img src=x onerror=alert(1)&amp;gt; Merged For Linux 6.8', 'https://www.phoronix.com/news/Rust-Escaped-Markup', 1, '&lt;a href="javascript:alert(1)"&gt;click&lt;/a&gt;')}
${item(`<![CDATA[Rust Linux Kernel Code ${SCRIPT}<img src=x onerror=alert(2)> Reaches Mainline]]>`, 'https://www.phoronix.com/news/Rust-CDATA-Markup', 2)}
${item(`Rust Kernel Nova Driver ${BIDI} Lands In Linux 6.15`, 'https://www.phoronix.com/news/Rust-Bidi-Title', 3)}
${item(`Rust Linux Kernel Rewrite Lands ${MEGABYTE}`, 'https://www.phoronix.com/news/Rust-Megabyte-Title', 4)}
${item('Rust Linux Kernel Evil Link One', 'javascript:alert(1)', 5)}
${item('Rust Linux Kernel Evil Link Two', 'https://evil.example/news/Rust-Linux-Kernel', 6)}
${item('Rust Linux Kernel Evil Link Three', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;', 7)}
${item('Rust Linux Kernel Evil Link Four', 'https://www.phoronix.com.evil.example/news/Rust-Kernel', 8)}
${item('Rust Linux Kernel Evil Link Five', 'https://user:pw@www.phoronix.com/news/Rust-Credentials', 9)}
</channel></rss>`;

function hostilePhoronix(url: string): Response {
  return url === 'https://www.phoronix.com/rss.php' ? textResponse(HOSTILE_RSS, { headers: { 'content-type': 'application/rss+xml' } }) : notFound();
}

function renderNews(answer: LaterNewsAnswer, extra: TimelineEvent[] = []) {
  const events = [...buildTimeline({ publishedAt: SUBJECT.publishedAt!, releases: [], mainline: [], articles: answer.articles }), ...extra];
  const view = render(<NewsPanel answer={answer} events={events} collapsed={false} onToggle={() => {}} onRefresh={() => {}} now={NOW} />);
  const more = screen.queryByRole('button', { name: /more article/ });
  if (more) fireEvent.click(more);
  return view.container;
}

describe('a hostile Phoronix feed', () => {
  it('lists its titles as inert text, one capped line each, linking only to Phoronix articles', async () => {
    background = startBackground(hostilePhoronix);
    const reply = await send('getLaterNews', { subject: SUBJECT });
    expect(reply?.err).toBeUndefined();
    const answer = reply?.res as LaterNewsAnswer;
    const urls = answer.articles.map((ranked) => ranked.article.url);
    expect(urls).toEqual(expect.arrayContaining(['https://www.phoronix.com/news/Rust-Escaped-Markup', 'https://www.phoronix.com/news/Rust-Bidi-Title', 'https://www.phoronix.com/news/Rust-Megabyte-Title']));
    for (const url of urls) expect(url).toMatch(/^https:\/\/www\.phoronix\.com\/news\/Rust-[A-Za-z-]+$/);
    for (const { article } of answer.articles) {
      expect(article.title.length).toBeLessThanOrEqual(300);
      expect(hasBidiControls(article.title)).toBe(false);
      expect(article.summary ?? '').not.toMatch(/<a|javascript/i);
    }
    const titles = answer.articles.map((ranked) => ranked.article.title);
    expect(titles).toContain('Rust Kernel Drivers <img src=x onerror=alert(1)> Merged For Linux 6.8');
    // javascript:, data:, other hosts and look-alike hosts are no Phoronix articles: left out.
    expect(titles.join('\n')).not.toMatch(/Evil Link (One|Two|Three|Four)/);
    // A Phoronix link with a user name is the article it names, without the user name.
    expect(urls).toContain('https://www.phoronix.com/news/Rust-Credentials');

    const panel = renderNews(answer);
    expect(panel.textContent).toContain('<img src=x onerror=alert(1)>');
    expectInert(panel, 40 * 340);
    expect(panel.querySelectorAll('a[data-kc-evidence]').length).toBe(answer.articles.length);
  });

  it('cleans what a page recorded, as the index later shows it', async () => {
    background = startBackground(notFound);
    const seen: NewsArticle = {
      url: 'https://www.phoronix.com/news/Rust-Recorded-By-Page',
      title: `Rust Linux Kernel ${IMG} ${BIDI} Driver Merged`,
      date: '2025-10-01',
      summary: `${SCRIPT}\u202E`,
      seenIn: 'listing',
      seenAt: NOW,
    };
    expect((await send('recordArticles', { articles: [seen] }))?.res).toEqual({ stored: 1 });
    const answer = (await send('getLaterNews', { subject: SUBJECT }))?.res as LaterNewsAnswer;
    const recorded = answer.articles.find((ranked) => ranked.article.url === seen.url)?.article;
    expect(recorded?.title).toBe('Rust Linux Kernel <img src=x onerror=alert(1)> exe.gnp x y z a b c Driver Merged');
    expectInert(renderNews(answer), 20_000);
  });
});

/* ───────────────────────── kernel.org and endoflife.date ───────────────────────── */

function hostileReleaseSources(url: string): Response {
  if (url.startsWith('https://endoflife.date/')) {
    return jsonResponse({ result: { releases: [{ name: IMG, releaseDate: '2021-06-27', isLts: false, latest: { name: `5.13.19${BIDI}`, date: '2021-09-18' } }] } });
  }
  if (url === 'https://www.kernel.org/releases.json') {
    return jsonResponse({
      latest_stable: { version: `6.1.1${IMG}` },
      releases: [{ moniker: 'stable', version: `${IMG}${MEGABYTE}`, iseol: false, released: { isodate: '2022-12-21' }, gitweb: 'javascript:alert(1)' }],
    });
  }
  return notFound();
}

describe('hostile release sources', () => {
  it('are refused as bad answers: the card shows the bundled history, its evidence and why, as inert text', async () => {
    background = startBackground(hostileReleaseSources);
    const reply = await send('getReleaseStatuses', { versions: [{ version: '5.13', series: '5.13' }], publishedAt: '2021-03-19T16:40:00.000Z' });
    expect(reply?.err).toBeUndefined();
    const answer = reply?.res as ReleaseStatusesAnswer;
    expect(answer.source).toBe('bundled');
    expect(answer.failure?.reason).toBe('bad-response');
    const status = answer.statuses[0]!;
    expect(status).toMatchObject({ subject: '5.13', state: 'eol', eol: { date: '2021-09-18', lastPoint: '5.13.19' } });
    const source: ReleaseSource = { source: answer.source, asOf: answer.asOf, unavailable: t('card_unavailable_sources', describeFailure(answer.failure!)) };
    const { container } = renderOpened(<ReleaseBadge status={status} source={source} />);
    expectInert(container, 1_500);
    expect(container.querySelectorAll('a[data-kc-evidence]').length).toBe(status.evidence.length);
  });

  it('kernel.org answering markup for a version is refused whole, and the status panel says so in words', async () => {
    background = startBackground(hostileReleaseSources);
    const answer = (await send('getCurrentReleases', { refresh: false }))?.res as Answer<CurrentReleases>;
    expect(answer.value).toBeUndefined();
    expect(answer.failure?.reason).toBe('bad-response');
    const { container } = render(<StatusPanel releases={answer} now={NOW} />);
    expectInert(container, 1_000);
  });
});

/* ─────────────────────────── evidence links as given ─────────────────────────── */

/** Links no source of Kernel Context's would make, however an answer (or a cache) came to hold them. */
const HOSTILE_HREFS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://git.kernel.org/1234',
  'file:///etc/passwd',
  'http://git.kernel.org/torvalds/c/abc',
  'https://evil.example/',
  'https://git.kernel.org.evil.example/torvalds/c/abc',
  'https://evil.example/https://git.kernel.org/',
  'https://user:pw@git.kernel.org/torvalds/c/abc',
  'https://git.kernel.org@evil.example/',
  'https://git.kernel.org:8443/torvalds/c/abc',
  'https://github.com/torvalds/linux/commit/abc',
  'https://kernel.org/',
  '//evil.example/',
  '/relative/path',
  `https://git.kernel.org/${'a'.repeat(1_000_000)}`,
];

const GOOD: EvidenceLink = { label: 'Commit 8aebac82933f', href: 'https://git.kernel.org/torvalds/c/8aebac82933ff1a7c8eede18cab11e1115e2062' };
const hostileLinks = (): EvidenceLink[] => [...HOSTILE_HREFS.map((href) => ({ label: `${IMG}${href.slice(0, 40)}`, href })), GOOD];

describe('evidence links', () => {
  it.each(HOSTILE_HREFS.map((href) => [href.slice(0, 60), href]))('refuses %j', (_name, href) => {
    expect(isEvidenceHref(href)).toBe(false);
  });

  it('accepts every link Kernel Context makes', () => {
    const sha = '8aebac82933ff1a7c8eede18cab11e1115e2062';
    const made = [
      tagLink('5.13'),
      tagLink('5.13.19'),
      kernelNewbiesLink('2.6.32'),
      kernelNewbiesLink('6.1'),
      { label: '', href: KERNEL_ORG_URL },
      { label: '', href: ENDOFLIFE_URL },
      mainlineCommitLink(sha),
      mainlineTagLink('v6.1-rc1'),
      compareLink('v6.1-rc1', sha),
      compareLink('master', sha),
      loreLink('20210319.1234-1-someone@kernel.org'),
      loreLink('CAHk-=wj+weird/chars%and"quotes@mail.gmail.com'),
      treeCommitLink('next/linux-next', sha),
      treeCommitLink('stable/linux', sha),
      treeCommitLink('netdev/net-next', sha),
      { label: '', href: 'https://www.phoronix.com/news/Rust-For-Linux-6.1' },
      { label: '', href: 'https://www.phoronix.com/review/linux-61-features/2' },
    ];
    for (const link of made) expect(isEvidenceHref(link.href), link.href).toBe(true);
  });

  it('are dropped from every card and the news panel when they are not https on a source host', () => {
    const status: MainlineStatus = {
      kind: 'commit',
      subject: GOOD.href.slice(-40),
      state: 'not-merged',
      notMerged: 'not-in-mainline',
      reason: `${IMG}${SCRIPT}`,
      checkedAt: NOW,
      evidence: hostileLinks(),
    };
    for (const tree of [<MainlineCard status={status} now={NOW} />, <MainlineBanner status={status} now={NOW} />]) {
      const { container } = render(tree);
      expectInert(container, 2_500);
      expect(Array.from(container.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([GOOD.href]);
      cleanup();
    }

    const release: ReleaseStatus = { subject: '5.13', series: '5.13', state: 'unknown', reason: IMG, evidence: hostileLinks() };
    const card = render(<ReleaseCard status={release} source={{ source: 'bundled', asOf: '2026-08-19', unavailable: SCRIPT }} />).container;
    expectInert(card, 2_500);
    expect(Array.from(card.querySelectorAll('a'), (a) => a.getAttribute('href'))).toEqual([GOOD.href]);
    cleanup();

    const events: TimelineEvent[] = HOSTILE_HREFS.map((href, rank) => ({ date: '2025-01-01', kind: 'article', text: `${IMG} ${rank}`, href, rank: 0 }));
    const answer: LaterNewsAnswer = { subject: SUBJECT.url, state: 'found', articles: [], checkedAt: NOW };
    const panel = render(<NewsPanel answer={answer} events={events} collapsed={false} onToggle={() => {}} onRefresh={() => {}} now={NOW} />).container;
    expectInert(panel, 5_000);
    expect(panel.querySelectorAll('a')).toHaveLength(0);
    expect(panel.querySelectorAll('li')).toHaveLength(HOSTILE_HREFS.length);
  });
});

/* ─────────────────────────── the code that renders ─────────────────────────── */

describe('the code that renders overlays and pages', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(root, path)).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });

  it('never writes HTML from strings: no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write, srcdoc', () => {
    const sink = /dangerouslySetInnerHTML|\.innerHTML\s*[+]?=|\.outerHTML\s*[+]?=|insertAdjacentHTML|document\.write(?:ln)?\s*\(|createContextualFragment|\bsrcdoc\b/;
    const offenders = ['entrypoints', 'components', 'utils'].flatMap(files).filter((path) => sink.test(readFileSync(join(root, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

/* ─────────────────────────────── displayText ─────────────────────────────── */

describe('displayText', () => {
  it('removes every bidirectional embedding, override, isolate and mark, and nothing else', () => {
    expect(displayText(`a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\u200Ek\u200Fl\u061Cm`)).toBe('abcdefghijklm');
    expect(displayText('Rust 用于 Linux — « ok » עברית العربية 🦀')).toBe('Rust 用于 Linux — « ok » עברית العربية 🦀');
  });

  it('makes one line: controls and breaks become one space', () => {
    expect(displayText('a\u0000b\u0007c\r\nd\te\u2028f\u2029g\u0085h   i\u007f')).toBe('a b c d e f g h i');
  });

  it('caps at the limit with an ellipsis, never splitting a surrogate pair', () => {
    expect(displayText('x'.repeat(300))).toBe('x'.repeat(300));
    expect(displayText('x'.repeat(301))).toBe(`${'x'.repeat(299)}…`);
    expect(displayText(`${'x'.repeat(298)}🦀🦀`)).toBe(`${'x'.repeat(298)}…`);
    expect(displayText(`${'\u202E'.repeat(5_000)}tail`)).toBe('…');
  });

  it('reads at most a few times the limit of a megabyte', () => {
    const started = performance.now();
    for (let i = 0; i < 100; i++) expect(displayText(MEGABYTE).length).toBe(300);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
