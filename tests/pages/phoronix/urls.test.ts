import { canonicalPhoronixUrl, classifyPhoronixUrl } from '@/utils/pages/phoronix/urls';

const place = (href: string) => classifyPhoronixUrl(new URL(href));

describe('classifyPhoronixUrl', () => {
  it('recognises articles in the current and the old form', () => {
    const expected = { kind: 'article', slug: 'Steam-May-2019-Numbers', canonicalUrl: 'https://www.phoronix.com/news/Steam-May-2019-Numbers' };
    expect(place('https://www.phoronix.com/news/Steam-May-2019-Numbers')).toEqual(expected);
    expect(place('https://www.phoronix.com/scan.php?page=news_item&px=Steam-May-2019-Numbers')).toEqual(expected);
    // What the 2015–2021 front pages' relative `?page=news_item&px=` links resolve to.
    expect(place('https://www.phoronix.com/?page=news_item&px=Steam-May-2019-Numbers')).toEqual(expected);
  });

  it('recognises reviews and their page numbers', () => {
    const review = { kind: 'review', slug: 'apple-m2-linux', canonicalUrl: 'https://www.phoronix.com/review/apple-m2-linux' };
    expect(place('https://www.phoronix.com/review/apple-m2-linux')).toEqual({ ...review, pageNumber: 1 });
    expect(place('https://www.phoronix.com/review/apple-m2-linux/3')).toEqual({ ...review, pageNumber: 3 });
    expect(place('https://www.phoronix.com/scan.php?page=article&item=apple-m2-linux&num=3')).toEqual({ ...review, pageNumber: 3 });
    expect(place('https://www.phoronix.com/scan.php?page=article&item=apple-m2-linux')).toEqual({ ...review, pageNumber: 1 });
    expect(place('https://www.phoronix.com/review/apple-m2-linux/0')).toBeNull();
    expect(place('https://www.phoronix.com/review/apple-m2-linux/two')).toBeNull();
  });

  it('recognises the front page, topic pages and search results', () => {
    expect(place('https://www.phoronix.com/')).toEqual({ kind: 'listing', listing: 'front' });
    expect(place('https://www.phoronix.com/scan.php?page=home')).toEqual({ kind: 'listing', listing: 'front' });
    expect(place('https://www.phoronix.com/linux/Linux+Kernel')).toEqual({ kind: 'listing', listing: 'topic', topic: 'Linux Kernel' });
    expect(place('https://www.phoronix.com/linux/Linux%20Kernel/')).toEqual({ kind: 'listing', listing: 'topic', topic: 'Linux Kernel' });
    expect(place('https://www.phoronix.com/scan.php?page=news_topic&q=Linux+Kernel')).toEqual({ kind: 'listing', listing: 'topic', topic: 'Linux Kernel' });
    expect(place('https://www.phoronix.com/search/Rust+Linux')).toEqual({ kind: 'listing', listing: 'search', topic: 'Rust Linux' });
  });

  it('refuses other sites and other Phoronix pages', () => {
    for (const href of [
      'https://example.com/news/Steam-May-2019-Numbers',
      'https://www.phoronix.com.evil.example/news/Steam-May-2019-Numbers',
      'https://forums.phoronix.com/news/Steam-May-2019-Numbers',
      'ftp://www.phoronix.com/news/Steam-May-2019-Numbers',
      'https://www.phoronix.com/forums/node/1103455',
      'https://www.phoronix.com/forums/',
      'https://www.phoronix.com/news',
      'https://www.phoronix.com/news/',
      'https://www.phoronix.com/news/A/B',
      'https://www.phoronix.com/reviews/Processors',
      'https://www.phoronix.com/rss.php',
      'https://www.phoronix.com/phoronix-premium',
      'https://www.phoronix.com/linux/',
      'https://www.phoronix.com/scan.php?page=news_item',
      'https://www.phoronix.com/scan.php?page=phoronix_premium',
      'https://www.phoronix.com/vr.php?view=22414',
    ]) {
      expect(place(href), href).toBeNull();
    }
  });
});

describe('canonicalPhoronixUrl', () => {
  const article = 'https://www.phoronix.com/news/Rust-Hits-Linux-Next';

  it.each([
    'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
    'http://www.phoronix.com/news/Rust-Hits-Linux-Next',
    'https://phoronix.com/news/Rust-Hits-Linux-Next',
    'https://WWW.Phoronix.COM/news/Rust-Hits-Linux-Next',
    'https://www.phoronix.com/news/Rust-Hits-Linux-Next/',
    'https://www.phoronix.com/news/Rust-Hits-Linux-Next#comments',
    'https://www.phoronix.com/news/Rust-Hits-Linux-Next?utm_source=rss',
    'http://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next',
    'https://www.phoronix.com/scan.php?px=Rust-Hits-Linux-Next&page=news_item&utm_source=rss#comments',
    'https://phoronix.com/scan.php?page=news_item&amp;px=Rust-Hits-Linux-Next',
    ' https://www.phoronix.com/news/Rust-Hits-Linux-Next ',
  ])('%s → the /news/ form', (href) => {
    expect(canonicalPhoronixUrl(href)).toBe(article);
  });

  it('gives a review one key for all its pages and forms', () => {
    const review = 'https://www.phoronix.com/review/linux-61-features';
    expect(canonicalPhoronixUrl('https://www.phoronix.com/review/linux-61-features/4/')).toBe(review);
    expect(canonicalPhoronixUrl('http://phoronix.com/scan.php?page=article&item=linux-61-features&num=4#page-top')).toBe(review);
  });

  it('resolves relative links against a base', () => {
    expect(canonicalPhoronixUrl('?page=news_item&px=GPU-Binary-Blob-Survey', 'https://www.phoronix.com/')).toBe('https://www.phoronix.com/news/GPU-Binary-Blob-Survey');
    expect(canonicalPhoronixUrl('/news/Weston-11.0-Alpha', 'https://www.phoronix.com/')).toBe('https://www.phoronix.com/news/Weston-11.0-Alpha');
  });

  it('keeps the old featured-article redirector as its own key', () => {
    expect(canonicalPhoronixUrl('http://www.phoronix.com/vr.php?view=22414#x')).toBe('https://www.phoronix.com/vr.php?view=22414');
  });

  it('gives null for anything that is not an article or review', () => {
    for (const href of ['', 'not a url', '/news/Relative-Without-Base', 'https://www.phoronix.com/', 'https://www.phoronix.com/linux/Linux+Kernel', 'https://www.phoronix.com/forums/node/1', 'https://lore.kernel.org/news/X', 'javascript:alert(1)', 'https://www.phoronix.com/vr.php?view=abc']) {
      expect(canonicalPhoronixUrl(href), href).toBeNull();
    }
  });
});
