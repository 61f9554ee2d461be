import type { PhoronixListingPage, PhoronixTeaser } from '@/utils/types';
import { parsePhoronixPage } from '@/utils/pages/phoronix';
import { parsePhoronixListing } from '@/utils/pages/phoronix/listing';
import { frontPageYears } from '@/utils/pages/phoronix/listing-years';
import { readPhoronixDate, type PhoronixDate } from '@/utils/pages/phoronix/published-at';
import { LISTINGS, parseHtml, sharedDocument } from './documents';

const FRONT = 'https://www.phoronix.com/';

function listing(fixture: string, href = FRONT): PhoronixListingPage {
  const page = parsePhoronixPage(new URL(href), sharedDocument(fixture));
  if (page?.kind !== 'phoronix-listing') throw new Error(`no listing parsed from ${fixture}`);
  return page;
}

interface Expected {
  count: number;
  /** Teasers whose date is relative ("14 Minutes Ago"): nothing is knowable about them. */
  undated: number;
  first: PhoronixTeaser;
  last: PhoronixTeaser;
}

const EXPECTED: Record<keyof typeof LISTINGS, Expected> = {
  '2015-11': {
    count: 47,
    undated: 9,
    first: {
      title: 'Phoronix Readers Are Still Mostly Relying Upon Proprietary Linux GPU Drivers',
      url: 'https://www.phoronix.com/?page=news_item&px=GPU-Binary-Blob-Survey',
      canonicalUrl: 'https://www.phoronix.com/news/GPU-Binary-Blob-Survey',
      summary: "Asked via @Phoronix on Twitter this weekend was whether you're using the open or closed-source graphics drivers.",
      category: 'Phoronix',
    },
    last: {
      title: 'Radeon DDX Update Brings DRI3, DP 1.2 MST, Tear-Free',
      url: 'https://www.phoronix.com/?page=news_item&px=Radeon-7.6.0-DDX',
      canonicalUrl: 'https://www.phoronix.com/news/Radeon-7.6.0-DDX',
      summary: "Michel Dänzer has released the xf86-video-ati 7.6.0 DDX driver as a long overdue update to AMD's X.Org driver for pre-AMDGPU hardware.",
      category: 'AMD',
      date: '2015-11-12',
      publishedAt: '2015-11-12T13:27:00.000Z',
    },
  },
  '2016-02': {
    count: 55,
    undated: 0,
    first: {
      title: 'Croteam Reiterates Vulkan Intentions, Shows Off Screenshot',
      url: 'https://www.phoronix.com/?page=news_item&px=Croteam-Vulkan-Screenshot',
      canonicalUrl: 'https://www.phoronix.com/news/Croteam-Vulkan-Screenshot',
      summary:
        "A few days back was the news about Croteam's intentions for supporting the Vulkan graphics API. They confirmed they intend to support Vulkan for Serious Sam 4 and will also be supporting it with their Talos Principle game. Today they confirmed this information again.",
      category: 'Gaming',
      date: '2016-02-05',
      publishedAt: '2016-02-05T22:42:00.000Z',
    },
    last: {
      title: 'Steam Linux Usage Regressed To 0.95% In January',
      url: 'https://www.phoronix.com/?page=news_item&px=Steam-Linux-January-2016',
      canonicalUrl: 'https://www.phoronix.com/news/Steam-Linux-January-2016',
      summary: 'The Steam Survey has been updated with results for January 2016.',
      category: 'Valve',
      date: '2016-02-02',
      publishedAt: '2016-02-02T12:00:00.000Z',
    },
  },
  '2021-04': {
    count: 39,
    undated: 5,
    first: {
      title: 'LXQt 0.17 Released For This Lightweight Qt5 Desktop',
      url: 'https://www.phoronix.com/?page=news_item&px=LXQt-0.17-Released',
      canonicalUrl: 'https://www.phoronix.com/news/LXQt-0.17-Released',
      summary: 'For fans of LXQt or those still looking for a nice lightweight Qt5 desktop, LXQt 0.17 is out as the latest version of this open-source desktop environment.',
      category: 'Qt',
    },
    last: {
      title: 'EXT4 With Linux 5.13 Looks Like It Will Support Casefolding With Encryption Enabled',
      url: 'https://www.phoronix.com/?page=news_item&px=EXT4-Casefolding-With-Encrypt',
      canonicalUrl: 'https://www.phoronix.com/news/EXT4-Casefolding-With-Encrypt',
      summary:
        'While EXT4 supports both case-folding for optional case insensitive filenames and does support file-system encryption, at the moment those features are mutually exclusive. But it looks like the upcoming Linux 5.13 kernel will allow casefolding and encryption to be active at the same time.',
      category: 'Linux Storage',
      date: '2021-04-11',
      publishedAt: '2021-04-11T09:48:00.000Z',
    },
  },
  '2021-07': {
    count: 34,
    undated: 0,
    first: {
      title: 'O3DE Game Engine Seeing Progress On Linux Editor',
      url: 'https://www.phoronix.com/scan.php?page=news_item&px=O3DE-Linux-Editor-Progress',
      canonicalUrl: 'https://www.phoronix.com/news/O3DE-Linux-Editor-Progress',
      summary:
        "The Open 3D Engine spun out of Amazon's Lumberyard game engine has been seeing progress on Vulkan 1.2 API work as well as Linux porting at large, including the bringing up of the game engine's editor on Linux.",
      category: 'Linux Gaming',
      date: '2021-07-16',
      publishedAt: '2021-07-16T18:39:00.000Z',
    },
    last: {
      title: 'GNOME Mutter Lands New Work To Reduce Input Latency',
      url: 'https://www.phoronix.com/scan.php?page=news_item&px=GNOME-Mutter-Latency-2021',
      canonicalUrl: 'https://www.phoronix.com/news/GNOME-Mutter-Latency-2021',
      summary: "Long running work by Ivan Molodetskikh to reduce the input latency for GNOME's Mutter compositor was merged today.",
      category: 'GNOME',
      date: '2021-07-13',
      publishedAt: '2021-07-13T09:38:00.000Z',
    },
  },
  '2022-08': {
    count: 49,
    undated: 6,
    first: {
      title: 'Weston 11.0 Alpha Released With Many Improvements For This Wayland Compositor',
      url: 'https://www.phoronix.com/news/Weston-11.0-Alpha',
      canonicalUrl: 'https://www.phoronix.com/news/Weston-11.0-Alpha',
      summary: 'Weston 11.0 Alpha is out as the newest feature milestone for this reference Wayland compositor that has seen quite an uptick in development activity this year.',
      category: 'Wayland',
    },
    last: {
      title: 'AMDVLK 2022.Q3.2 Released With Game Optimizations, Fixes CTS Failures',
      url: 'https://www.phoronix.com/news/AMDVLK-2022.Q3.2-Released',
      canonicalUrl: 'https://www.phoronix.com/news/AMDVLK-2022.Q3.2-Released',
      summary: 'AMDVLK 2022.Q3.2 was released by AMD overnight as their newest official open-source Vulkan driver release for Linux systems.',
      category: 'Radeon',
      date: '2022-08-05',
      publishedAt: '2022-08-05T08:54:00.000Z',
    },
  },
};

describe.each(Object.entries(EXPECTED) as [keyof typeof LISTINGS, Expected][])('front page %s', (name, expected) => {
  const page = listing(LISTINGS[name]);

  it('is a front-page listing', () => {
    expect(page).toMatchObject({ kind: 'phoronix-listing', url: FRONT, listing: 'front' });
    expect(page.topic).toBeUndefined();
  });

  it('has every teaser, first and last exactly', () => {
    expect(page.teasers).toHaveLength(expected.count);
    expect(page.teasers[0]).toEqual(expected.first);
    expect(page.teasers.at(-1)).toEqual(expected.last);
  });

  it('dates what it can, newest first, and nothing it cannot', () => {
    expect(page.teasers.filter((teaser) => teaser.date === undefined)).toHaveLength(expected.undated);
    for (const teaser of page.teasers) expect(teaser.publishedAt === undefined, teaser.title).toBe(teaser.date === undefined);
    const instants = page.teasers.flatMap((teaser) => (teaser.publishedAt === undefined ? [] : [teaser.publishedAt]));
    expect(instants).toEqual([...instants].sort().reverse());
  });

  it('gives every teaser a title, a category and a canonical Phoronix URL', () => {
    for (const teaser of page.teasers) {
      expect(teaser.title).not.toBe('');
      expect(teaser.category, teaser.title).toBeTruthy();
      expect(teaser.canonicalUrl).toMatch(/^https:\/\/www\.phoronix\.com\/(news\/[^/?#]+|review\/[^/?#]+|vr\.php\?view=\d+)$/);
    }
  });
});

describe('teaser details', () => {
  it('keeps the old featured articles, keyed by their vr.php link (2015)', () => {
    const jetson = listing(LISTINGS['2015-11']).teasers[5];
    expect(jetson).toMatchObject({ title: 'Everything You Need To Know About The NVIDIA Jetson TX1 Performance', url: 'https://www.phoronix.com/vr.php?view=22414', canonicalUrl: 'https://www.phoronix.com/vr.php?view=22414', category: 'Computers' });
  });

  it('reads the first dated 2015 teaser: evening EST is the next day in UTC', () => {
    const teaser = listing(LISTINGS['2015-11']).teasers.find((item) => item.date !== undefined);
    expect(teaser).toMatchObject({ title: 'Linux 4.4-rc1 Kernel Released', category: 'Linux Kernel', date: '2015-11-15', publishedAt: '2015-11-16T01:33:00.000Z' });
  });

  it('reads review teasers and the 12 AM posts of the current layout (2022)', () => {
    const teasers = listing(LISTINGS['2022-08']).teasers;
    expect(teasers.find((item) => item.url.includes('/review/'))).toMatchObject({ url: 'https://www.phoronix.com/review/apple-m2-linux', canonicalUrl: 'https://www.phoronix.com/review/apple-m2-linux', category: 'Processors', publishedAt: '2022-08-09T17:30:00.000Z' });
    expect(teasers.find((item) => item.canonicalUrl.endsWith('/AMD-Sabrina-Mendocino'))).toMatchObject({ date: '2022-08-08', publishedAt: '2022-08-08T04:00:00.000Z' });
    expect(teasers.some((item) => item.title.startsWith('Latest Linux Hardware Reviews'))).toBe(false);
  });

  it('collapses the whitespace of the reformatted 2021-04 page', () => {
    const teasers = listing(LISTINGS['2021-04']).teasers;
    expect(teasers[2]).toMatchObject({ title: 'Google Supports Getting Rust Into The Linux Kernel', category: 'Google' });
    expect(teasers[2]?.summary?.startsWith('It should come as little surprise -- especially given')).toBe(true);
  });
});

describe('topic and search listings', () => {
  // No topic or search page was recorded; SOURCES.md gives them the front page's article blocks.
  it('reads the topic and the teasers, but borrows no year for yearless dates', () => {
    const page = listing(LISTINGS['2022-08'], 'https://www.phoronix.com/linux/Linux+Kernel');
    expect(page).toMatchObject({ listing: 'topic', topic: 'Linux Kernel' });
    expect(page.teasers).toHaveLength(49);
    expect(page.teasers.every((teaser) => teaser.date === undefined && teaser.publishedAt === undefined)).toBe(true);
  });

  it('reads the search terms', () => {
    expect(listing(LISTINGS['2016-02'], 'https://www.phoronix.com/search/Rust+Linux')).toMatchObject({ listing: 'search', topic: 'Rust Linux' });
  });

  it('dates teasers whose listing writes the year', () => {
    const doc = parseHtml(
      '<div id="main"><article><header><a href="/news/Rust-Hits-Linux-Next">Rust</a></header><div class="details">19 March 2021 at 12:40 PM EDT - <a href="/linux/Linux+Kernel">Linux Kernel</a></div></article></div>',
    );
    const page = parsePhoronixListing(new URL('https://www.phoronix.com/search/Rust'), doc);
    expect(page?.teasers).toEqual([
      { title: 'Rust', url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next', canonicalUrl: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next', category: 'Linux Kernel', date: '2021-03-19', publishedAt: '2021-03-19T16:40:00.000Z' },
    ]);
  });
});

describe('frontPageYears', () => {
  const footer = (year: number): Document => parseHtml(`<div id="footer"><p>Copyright &copy; 2004 - ${year} by Phoronix Media.</p></div>`);
  const dates = (...texts: string[]): (PhoronixDate | undefined)[] => texts.map((text) => readPhoronixDate(text));

  it("uses the footer's year, and the year before for December after January", () => {
    expect(frontPageYears(footer(2016), dates('4 Hours Ago', '2 January 10:00 AM EST', '1 January 09:00 AM EST', '31 December 08:00 PM EST', '30 December 08:00 PM EST'))).toEqual([undefined, 2016, 2016, 2015, 2015]);
  });

  it('knows no year when the newest date is in December (that December, or January before any new-year post)', () => {
    expect(frontPageYears(footer(2016), dates('31 December 08:00 PM EST', '30 December 08:00 PM EST'))).toEqual([undefined, undefined]);
  });

  it('knows no year without the copyright line', () => {
    expect(frontPageYears(parseHtml('<div id="footer"></div>'), dates('2 January 10:00 AM EST'))).toEqual([undefined]);
  });

  it('leaves a recorded front page undated once its footer is gone', () => {
    const doc = sharedDocument(LISTINGS['2016-02']);
    doc.querySelector('#footer')?.remove();
    const page = parsePhoronixListing(new URL(FRONT), doc);
    expect(page?.teasers).toHaveLength(55);
    expect(page?.teasers.some((teaser) => teaser.date !== undefined || teaser.publishedAt !== undefined)).toBe(false);
  });
});

describe('pages that are not listings', () => {
  it('refuses other URLs and documents without a main column', () => {
    const doc = sharedDocument(LISTINGS['2021-07']);
    expect(parsePhoronixListing(new URL('https://example.com/'), doc)).toBeNull();
    expect(parsePhoronixListing(new URL('https://www.phoronix.com/forums/'), doc)).toBeNull();
    expect(parsePhoronixListing(new URL('https://www.phoronix.com/news/Steam-Deck'), doc)).toBeNull();
    expect(parsePhoronixListing(new URL(FRONT), parseHtml('<title>Just a moment...</title>'))).toBeNull();
  });
});
