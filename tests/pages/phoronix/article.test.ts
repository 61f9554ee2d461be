import type { PhoronixArticlePage } from '@/utils/types';
import { parsePhoronixArticle } from '@/utils/pages/phoronix/article';
import { parsePhoronixPage } from '@/utils/pages/phoronix';
import { BODY_TEXT_MAX, bodyText } from '@/utils/pages/phoronix/body';
import { MAX_BODY_FOR_TERMS } from '@/utils/news/page-subject';
import { LISTINGS, NEW_ARTICLE, OLD_ARTICLE, parseHtml, seedArticleHtml, sharedDocument } from './documents';

const STEAM_OLD_URL = 'https://www.phoronix.com/scan.php?page=news_item&px=Steam-May-2019-Numbers';
const STEAM_NEW_URL = 'https://www.phoronix.com/news/Steam-May-2019-Numbers';
const STEAM_CANONICAL = 'https://www.phoronix.com/news/Steam-May-2019-Numbers';
const STEAM_TITLE = "Steam's Linux Marketshare Ticks Up Ever So Slightly For May";
const STEAM_FIRST = 'With the start of a new month, Valve has published their software/hardware survey numbers for the month prior.';
const STEAM_LAST = 'The monthly Steam survey data can be viewed at SteamPowered.com.';
const STEAM_SURVEY = 'https://store.steampowered.com/hwsurvey/Steam-Hardware-Software-Survey-Welcome-to-Steam?platform=linux';

function article(href: string, doc: Document): PhoronixArticlePage {
  const page = parsePhoronixArticle(new URL(href), doc);
  if (page === null) throw new Error(`no article parsed from ${href}`);
  return page;
}

function paragraphs(page: PhoronixArticlePage): string[] {
  return page.bodyText.split('\n\n');
}

/** Text of the page around the article that must never count as the article's. */
const CHROME = [
  'Related Valve News',
  'Related News',
  'Popular News This Week',
  'Latest Linux News',
  'Latest Featured Articles',
  'About The Author',
  'Support Phoronix',
  'Show Your Support, Go Premium',
  'We Rely On Your Support',
  'Add A Comment',
  'Comments',
  'Tweet',
  'Written by',
  'Copyright',
  'Categories',
  'Proton 7.0-5 RC',
  'Google Hired Another Linux Graphics Veteran',
];

describe.each([
  ['2019 old layout (scan.php URL)', OLD_ARTICLE, STEAM_OLD_URL],
  ['2022 current layout (/news/ URL)', NEW_ARTICLE, STEAM_NEW_URL],
])('Steam-May-2019-Numbers, %s', (_layout, fixture, href) => {
  const page = article(href, sharedDocument(fixture));

  it('reads title, canonical URL, author, category and the byline instant', () => {
    expect(page).toMatchObject({ kind: 'phoronix-article', url: href, canonicalUrl: STEAM_CANONICAL, title: STEAM_TITLE, author: 'Michael Larabel', category: 'Valve' });
    // Both bylines say "1 June 2019 at 08:34 PM EDT". (Mercury's own test expects 12:34Z: it read the hour without PM.)
    expect(page.publishedAt).toBe('2019-06-02T00:34:00.000Z');
    expect(page.pageNumber).toBeUndefined();
    expect(page.pageCount).toBeUndefined();
  });

  it('keeps the body element and its five paragraphs', () => {
    expect(page.body?.matches('article.full > div.content')).toBe(true);
    expect(paragraphs(page)).toHaveLength(5);
    expect(paragraphs(page)[0]?.startsWith(STEAM_FIRST)).toBe(true);
    expect(paragraphs(page)[3]).toBe("Windows comes in at 95.9% for May's usage on Steam while macOS is at 3.26%.");
    expect(paragraphs(page).at(-1)).toBe(STEAM_LAST);
    expect(page.bodyText).not.toMatch(/VALVE --/);
  });

  it('links only what the body links', () => {
    expect(page.links.map(({ href: link, text }) => ({ href: link, text }))).toEqual([{ href: STEAM_SURVEY, text: 'SteamPowered.com' }]);
    expect(page.links[0]?.element?.tagName).toBe('A');
  });

  it('leaves out sidebars, related boxes, share bar, comments and navigation', () => {
    for (const text of CHROME) expect(page.bodyText, text).not.toContain(text);
  });
});

describe('old and new URL forms of one article', () => {
  it('give the same canonical URL on either capture', () => {
    const old = article(STEAM_OLD_URL, sharedDocument(OLD_ARTICLE));
    const current = article(STEAM_NEW_URL, sharedDocument(NEW_ARTICLE));
    const crossed = article(STEAM_NEW_URL, sharedDocument(OLD_ARTICLE));
    expect(new Set([old.canonicalUrl, current.canonicalUrl, crossed.canonicalUrl])).toEqual(new Set([STEAM_CANONICAL]));
    expect(current.bodyText).toBe(old.bodyText);
  });

  it('resolves the 2022 root-relative links against the page URL', () => {
    const doc = sharedDocument(NEW_ARTICLE);
    const content = doc.querySelector('div.content');
    const anchor = doc.createElement('a');
    anchor.setAttribute('href', '/news/Steam-Survey-April-2019');
    anchor.textContent = 'April';
    content?.appendChild(anchor);
    expect(article(STEAM_NEW_URL, doc).links.at(-1)?.href).toBe('https://www.phoronix.com/news/Steam-Survey-April-2019');
  });
});

describe('the seed article (rebuilt 2021 layout)', () => {
  const oldUrl = 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next';
  const page = article(oldUrl, parseHtml(seedArticleHtml()));

  it('reads its byline', () => {
    expect(page).toMatchObject({
      kind: 'phoronix-article',
      canonicalUrl: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
      title: 'Initial Support For The Rust Language Lands In Linux-Next',
      author: 'Michael Larabel',
      category: 'Linux Kernel',
      publishedAt: '2021-03-19T16:40:00.000Z',
    });
  });

  it('reads the body from first to last sentence, in seven paragraphs', () => {
    expect(paragraphs(page)).toHaveLength(7);
    expect(page.bodyText.startsWith('For a long while now Linux kernel developers have discusses the prospects of optionally allowing the Rust language')).toBe(true);
    expect(page.bodyText.endsWith('does manage to make it mainline for 5.13 or another kernel release this year.')).toBe(true);
    expect(page.bodyText).toContain('all of the new code residing under rust/.');
    expect(page.bodyText).not.toContain('LINUX KERNEL');
  });

  it('lists its five links with their exact hrefs', () => {
    expect(page.links.map((link) => link.href)).toEqual([
      'https://www.phoronix.com/scan.php?page=news_item&px=Linux-Plumbers-2020-Rust',
      'https://lore.kernel.org/rust-for-linux/CANiq72nbNxpps+p4wYp03ncrbGH9FFoTfHQZwg_vGdPO41eGmQ@mail.gmail.com/t/',
      'https://git.kernel.org/pub/scm/linux/kernel/git/next/linux-next.git/commit/?id=c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2',
      'https://www.phoronix.com/scan.php?page=news_item&px=Linux-Kernel-Rust-Path-LPC2020',
      'https://www.phoronix.com/scan.php?page=news_item&px=Torvalds-Rust-Kernel-K-Build',
    ]);
    expect(page.links[2]?.text).toBe('merged');
  });

  it('is the same article under its /news/ URL', () => {
    const current = article('https://www.phoronix.com/news/Rust-Hits-Linux-Next', parseHtml(seedArticleHtml()));
    expect(current.canonicalUrl).toBe(page.canonicalUrl);
    expect(current.url).toBe('https://www.phoronix.com/news/Rust-Hits-Linux-Next');
  });
});

describe('the canonical link', () => {
  const withCanonical = (href: string): Document => {
    const doc = sharedDocument(NEW_ARTICLE);
    const link = doc.createElement('link');
    link.setAttribute('rel', 'canonical');
    link.setAttribute('href', href);
    doc.head.appendChild(link);
    return doc;
  };

  it('wins when it names a Phoronix article', () => {
    expect(article(STEAM_NEW_URL + '?utm_source=x', withCanonical('https://www.phoronix.com/scan.php?page=news_item&px=Steam-Survey-May-2019')).canonicalUrl).toBe(
      'https://www.phoronix.com/news/Steam-Survey-May-2019',
    );
  });

  it('is ignored when it names anything else', () => {
    expect(article(STEAM_NEW_URL, withCanonical('https://www.phoronix.com/')).canonicalUrl).toBe(STEAM_CANONICAL);
    expect(article(STEAM_NEW_URL, withCanonical('https://example.com/news/Other')).canonicalUrl).toBe(STEAM_CANONICAL);
  });
});

describe('reviews', () => {
  // No multi-page review was recorded: this pager follows the URL forms in SOURCES.md inside the
  // recorded `div.foot > div.pagination`, which is empty on news items.
  function reviewDocument(pagerHrefs: readonly string[], bylineExtra = ''): Document {
    const doc = sharedDocument(NEW_ARTICLE);
    const pager = doc.querySelector('div.pagination');
    for (const [index, pagerHref] of pagerHrefs.entries()) {
      const anchor = doc.createElement('a');
      anchor.setAttribute('href', pagerHref);
      anchor.textContent = String(index + 1);
      pager?.appendChild(anchor);
    }
    if (bylineExtra !== '') doc.querySelector('div.author')?.appendChild(doc.createTextNode(bylineExtra));
    return doc;
  }

  it('reads the page number from the URL and the page count from the pager', () => {
    const doc = reviewDocument(['/review/apple-m2-linux', '/review/apple-m2-linux/2', '/review/apple-m2-linux/3', '/review/other-review/9']);
    const page = article('https://www.phoronix.com/review/apple-m2-linux/2', doc);
    expect(page).toMatchObject({ kind: 'phoronix-review', canonicalUrl: 'https://www.phoronix.com/review/apple-m2-linux', pageNumber: 2, pageCount: 3 });
  });

  it('counts the current page when the pager leaves it out, and reads old pager links', () => {
    const doc = reviewDocument(['scan.php?page=article&item=apple-m2-linux&num=1', 'scan.php?page=article&item=apple-m2-linux&num=2']);
    const page = article('https://www.phoronix.com/scan.php?page=article&item=apple-m2-linux&num=3', doc);
    expect(page).toMatchObject({ pageNumber: 3, pageCount: 3 });
  });

  it('reads "Page N of M" in the byline', () => {
    const page = article('https://www.phoronix.com/review/apple-m2-linux', reviewDocument([], ' Page 1 of 7.'));
    expect(page).toMatchObject({ pageNumber: 1, pageCount: 7 });
  });

  it('leaves the page count unknown when the page does not tell', () => {
    const page = article('https://www.phoronix.com/review/apple-m2-linux', reviewDocument([]));
    expect(page.pageNumber).toBe(1);
    expect(page.pageCount).toBeUndefined();
  });
});

describe('pages that are not articles', () => {
  it('refuses non-Phoronix URLs and other Phoronix pages, whatever the document', () => {
    const doc = sharedDocument(OLD_ARTICLE);
    for (const href of [
      'https://example.com/news/Steam-May-2019-Numbers',
      'https://www.phoronix.com/forums/node/1103455',
      'https://www.phoronix.com/forums/',
      'https://www.phoronix.com/rss.php',
      'https://www.phoronix.com/reviews/Processors',
      'https://www.phoronix.com/vr.php?view=27932',
      'https://www.phoronix.com/',
    ]) {
      expect(parsePhoronixArticle(new URL(href), doc), href).toBeNull();
      if (href !== 'https://www.phoronix.com/') expect(parsePhoronixPage(new URL(href), doc), href).toBeNull();
    }
  });

  it('refuses the front page an old article URL redirected to (the 2022-08 capture)', () => {
    expect(parsePhoronixPage(new URL(STEAM_OLD_URL), sharedDocument(LISTINGS['2022-08']))).toBeNull();
  });

  it('refuses an empty page and a bot wall', () => {
    expect(parsePhoronixArticle(new URL(STEAM_NEW_URL), parseHtml(''))).toBeNull();
    expect(parsePhoronixArticle(new URL(STEAM_NEW_URL), parseHtml('<title>Just a moment...</title><div id="challenge-running">Checking your browser</div>'))).toBeNull();
  });
});

describe('a long body (a many-page review)', () => {
  // The seed article with its body repeated 60 times, as `npm run bench` makes its long review.
  const doc = parseHtml(seedArticleHtml());
  const body = doc.querySelector('article.full div.content')!;
  const once = body.innerHTML;
  body.innerHTML = Array.from({ length: 60 }, () => once).join('<br><br>');
  const whole = bodyText(body, Infinity);
  const page = article('https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next', doc);

  it("keeps the text's first 20,000 characters: the same as the whole text's, more than the later news reads", () => {
    expect(whole.length).toBeGreaterThan(3 * BODY_TEXT_MAX);
    expect(page.bodyText).toBe(whole.slice(0, BODY_TEXT_MAX));
    expect(BODY_TEXT_MAX).toBeGreaterThanOrEqual(MAX_BODY_FOR_TERMS);
  });

  it('cuts the text exactly wherever the reading stops, in a word, a space or between paragraphs', () => {
    for (let max = 1; max < 4_000; max += 7) expect(bodyText(body, max), `${max} characters`).toBe(whole.slice(0, max));
  });

  it('reads on when whitespace and empty boxes fill what it read first', () => {
    const padded = parseHtml(seedArticleHtml()).querySelector('article.full div.content')!;
    padded.innerHTML = Array.from({ length: 60 }, () => `${once}${'<div>   </div> \n '.repeat(200)}`).join('<br><br>');
    const paddedWhole = bodyText(padded, Infinity);
    for (const max of [100, 2_000, 5_000, BODY_TEXT_MAX]) expect(bodyText(padded, max), `${max} characters`).toBe(paddedWhole.slice(0, max));
  });
});
