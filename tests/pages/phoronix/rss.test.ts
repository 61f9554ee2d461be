import { parseWithDom } from '@/utils/dom/parse-markup';
import { parsePhoronixRss, parseRssDate, plainText, type PhoronixRssItem } from '@/utils/pages/phoronix/rss';
import { sharedFixture } from '../../helpers/fixtures';
import { parseHtml } from './documents';

const FEED_2025 = 'phoronix-rss/phoronix-rss-2025-08-02.xml';
const FEED_2019 = 'phoronix-rss/phoronix-rss-2019-07-20_one-item-snippet.xml';

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

function feed(relativePath: string): PhoronixRssItem[] {
  const items = parsePhoronixRss(xml(sharedFixture(relativePath)));
  if (items === null) throw new Error(`${relativePath} was not read as RSS`);
  return items;
}

/** A one-item feed in the 2025 feed's shape, with the given item body. */
function oneItemFeed(item: string): string {
  return `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Phoronix</title><link>https://www.phoronix.com/</link>
<item>${item}</item>
</channel></rss>`;
}

/** Title, canonical URL and UTC instant of every item of the real feed of 2 August 2025, in feed order. */
const ITEMS_2025: readonly (readonly [string, string, string])[] = [
  ['Linux 6.17 Memory Management Optimizations, DAMON_STAT & Other Improvements', 'https://www.phoronix.com/news/Linux-6.17-MM', '2025-08-02T15:50:00.000Z'],
  ['GNOME AI Virtual Assistant "Newelle" Reaches Version 1.0 Milestone', 'https://www.phoronix.com/news/GNOME-AI-Assistant-1.0', '2025-08-02T13:13:33.000Z'],
  ['Linux 6.17 Enables x86 MacBook Pro Touch Bars, Intel THC Wake-On-Touch', 'https://www.phoronix.com/news/Linux-6.17-HID', '2025-08-02T12:35:24.000Z'],
  ['FEX 2508 Delivers Major Speedups For x86_64 Binaries On ARM: 39% Faster Cyberpunk 2077', 'https://www.phoronix.com/news/FEX-2508-Emulator', '2025-08-02T10:41:00.000Z'],
  ['FireWire IEEE-1394 Support Further Refined In Linux 6.17', 'https://www.phoronix.com/news/FireWire-IEEE-1394-Linux-6.17', '2025-08-02T10:24:46.000Z'],
  ['KDE Plasma 6.5 Finally Adds Automatic Day/Night Theme Switching', 'https://www.phoronix.com/news/KDE-Theme-Day-Night-Auto-Switch', '2025-08-02T10:11:52.000Z'],
  ['Steam Survey For July Shows Linux Use Approaching 3%', 'https://www.phoronix.com/news/Steam-Survey-July-2025', '2025-08-02T00:28:22.000Z'],
  ['Wayback 0.2 Brings More Enhancements For This X11 Compatibility Layer', 'https://www.phoronix.com/news/Wayback-0.2-Released', '2025-08-01T20:51:23.000Z'],
  ['Deferred Unwinder Code Upstreamed For Linux 6.17 On Road To SFrame Support', 'https://www.phoronix.com/news/Linux-6.17-Deferred-Unwinder', '2025-08-01T18:22:05.000Z'],
  ['Linux Enablement Begins For Intel Nova Lake - The First "Family 18" CPUs', 'https://www.phoronix.com/news/Intel-Nova-Lake-Family-18', '2025-08-01T16:33:06.000Z'],
  ['Attack Vector Controls Land In Linux 6.17 To Better Control CPU Security Mitigations', 'https://www.phoronix.com/news/Attack-Vector-Controls-6.17', '2025-08-01T16:13:47.000Z'],
  ['Vulkan 1.4.324 Adds Experimental AMD Extension To Help With Ray-Tracing', 'https://www.phoronix.com/news/Vulkan-1.4.324', '2025-08-01T13:00:00.000Z'],
  ['More Intel Driver Maintainer Changes In Linux 6.17', 'https://www.phoronix.com/news/Intel-Driver-Maintainers-6.17', '2025-08-01T12:44:35.000Z'],
  ['Intel IPU7 Driver Merged For Linux 6.17 For Webcams On Lunar Lake & Panther Lake Laptops', 'https://www.phoronix.com/news/Intel-IPU7-Linux-6.17', '2025-08-01T10:36:00.000Z'],
  ['EXT4 Shows Wild Gains With Better Block Allocation Scalability In Linux 6.17', 'https://www.phoronix.com/news/Linux-6.17-EXT4', '2025-08-01T10:06:14.000Z'],
  ['Framework 12, Clear Linux Going EOL, AMD EPYC Performance & Other Excitement In July', 'https://www.phoronix.com/news/July-2025-Recap', '2025-08-01T10:00:09.000Z'],
  ['Linux 6.17 EDAC Code Supports Several Newer Intel CPUs', 'https://www.phoronix.com/news/Linux-6.17-EDAC', '2025-08-01T09:35:48.000Z'],
  ['Intel XeSS 2.1 Released With Frame Generation For Non-Intel GPUs But Still A Binary Mess', 'https://www.phoronix.com/news/Intel-XeSS-2.1-Released', '2025-08-01T00:37:41.000Z'],
  ['Steam Beta Brings Fix For UI Scaling On XWayland', 'https://www.phoronix.com/news/Steam-Beta-31-July-2025', '2025-07-31T20:59:28.000Z'],
  ['Linux 6.17 GPU Drivers Led By Stable Intel Xe3 Panther Lake & SR-IOV For Battlemage', 'https://www.phoronix.com/news/Linux-6.17-GPU-Drivers', '2025-07-31T18:46:19.000Z'],
  ['Lenovo Legion Gaming Drivers & New Intel Discovery Driver For Telemetry In Linux 6.17', 'https://www.phoronix.com/news/Linux-6.17-x86-Platform-Drivers', '2025-07-31T17:51:54.000Z'],
  ['AMD EPYC 4545P: 16 Zen 5 Cores @ 65 Watts For Low-Power / Energy Efficient Servers', 'https://www.phoronix.com/review/amd-epyc-4545p', '2025-07-31T15:31:08.000Z'],
  ['Ubuntu 25.10 Snapshot 3 Released For Monthly Testing', 'https://www.phoronix.com/news/Ubuntu-25.1-Snapshot-3', '2025-07-31T14:33:11.000Z'],
  ['Apple SMC Driver Merged For Linux 6.17 To Be Able To Reboot Macs', 'https://www.phoronix.com/news/Apple-SMC-Driver-In-Linux-6.17', '2025-07-31T10:40:00.000Z'],
  ['Linus Torvalds Continues Using A Radeon RX 580 Graphics Card, Back On An Intel Laptop', 'https://www.phoronix.com/news/Radeon-RX-590-Torvalds', '2025-07-31T10:20:00.000Z'],
  ['Fedora Considers Hardlinking Identical /usr Files By Default For Deduplicating RPM Assets', 'https://www.phoronix.com/news/Fedora-Hardlinking-usr-Files', '2025-07-31T10:03:07.000Z'],
  ["Linux's Lockdown LSM Back To Being Maintained For Restricted Computing", 'https://www.phoronix.com/news/Linux-Lockdown-Maintainers', '2025-07-31T09:56:00.000Z'],
  ['libinput 1.29 Released With High Resolution Scroll Wheel Improvement', 'https://www.phoronix.com/news/libinput-1.29', '2025-07-31T09:40:11.000Z'],
  ['Linux Begins Preparing For The Lenovo Legion Go 2 Handheld', 'https://www.phoronix.com/news/Linux-Starts-Lenovo-Legion-Go-2', '2025-07-31T00:50:09.000Z'],
  ["Linux 6.17 Lands New Driver To Power On The T-HEAD TH1520 RISC-V SoC's GPU", 'https://www.phoronix.com/news/T-HEAD-GPU-Power-Sequence', '2025-07-31T00:34:57.000Z'],
  ['Mesa 25.2-rc3 Released With RADV Vulkan Video Fixes, NVK Conformance Update', 'https://www.phoronix.com/news/Mesa-25.2-rc3-Released', '2025-07-30T20:29:00.000Z'],
  ['AMD Threadripper 9980X + 9970X Linux Benchmarks: Incredible Workstation Performance', 'https://www.phoronix.com/review/amd-threadripper-9970x-9980x-linux', '2025-07-30T13:00:00.000Z'],
];

describe('parsePhoronixRss on the real feed of 2 August 2025', () => {
  const items = feed(FEED_2025);

  it('reads all 32 items in feed order with their titles, canonical URLs and UTC instants', () => {
    expect(items).toHaveLength(32);
    expect(items.map((item) => [item.title, item.url, item.publishedAt])).toEqual(ITEMS_2025);
  });

  it('gives the calendar date as the feed writes it, not the UTC one', () => {
    // "Wed, 30 Jul 2025 20:34:57 -0400" is already 31 July in UTC.
    const late = items.find((item) => item.url === 'https://www.phoronix.com/news/T-HEAD-GPU-Power-Sequence');
    expect(late).toMatchObject({ publishedAt: '2025-07-31T00:34:57.000Z', date: '2025-07-30' });
    expect(items[0]?.date).toBe('2025-08-02');
    expect(items.at(-1)?.date).toBe('2025-07-30');
  });

  it('reads descriptions as plain text, entities decoded, and ignores dc:creator', () => {
    expect(items[0]).toEqual({
      url: 'https://www.phoronix.com/news/Linux-6.17-MM',
      title: 'Linux 6.17 Memory Management Optimizations, DAMON_STAT & Other Improvements',
      publishedAt: '2025-08-02T15:50:00.000Z',
      date: '2025-08-02',
      summary: 'All of the memory management "MM" changes were merged this week for the ongoing Linux 6.17 merge window...',
    });
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['date', 'publishedAt', 'summary', 'title', 'url']);
      expect(item.summary).not.toMatch(/[<>]|&(?:amp|quot|lt|gt);/);
      expect(JSON.stringify(item)).not.toContain('Michael Larabel');
    }
  });
});

describe('parsePhoronixRss on the 2019 feed snippet (old links, no dc:creator)', () => {
  it('turns the scan.php link into the canonical /news/ URL', () => {
    expect(feed(FEED_2019)).toEqual([
      {
        url: 'https://www.phoronix.com/news/RadeonSI-Wave32-Lands',
        title: 'RadeonSI Gallium3D Driver Adds Navi Wave32 Support',
        publishedAt: '2019-07-20T11:19:33.000Z',
        date: '2019-07-20',
        summary:
          'One of the new features to the RDNA architecture with Navi is support for single cycle issue Wave32 execution on SIMD32. Up to now the RadeonSI code was using just Wave64 but now there is support in this AMD open-source Linux OpenGL driver for Wave32...',
      },
    ]);
  });
});

describe('hostile or odd feeds', () => {
  afterEach(() => {
    delete (globalThis as { __pwned?: unknown }).__pwned;
  });

  const hostileDescription =
    '&lt;img src="x" onerror="globalThis.__pwned = 1"&gt;&lt;script&gt;globalThis.__pwned = 2&lt;/script&gt;&lt;style&gt;body{display:none}&lt;/style&gt;Merged for &lt;b&gt;Linux 6.17&lt;/b&gt; &amp;amp; more &lt;a href="javascript:globalThis.__pwned=3"&gt;here&lt;/a&gt;';

  it('keeps markup in a description (escaped HTML) as text: tags stripped, scripts and styles dropped, nothing run or inserted', () => {
    const before = document.body.innerHTML;
    const [item] = feed_(oneItemFeed(`<title>&lt;i&gt;Rust&lt;/i&gt; For Linux 6.17</title><link>https://www.phoronix.com/news/Linux-6.17-Rust</link><description>${hostileDescription}</description><pubDate>Mon, 28 Jul 2025 10:00:00 -0400</pubDate>`));
    expect(item).toEqual({
      url: 'https://www.phoronix.com/news/Linux-6.17-Rust',
      title: 'Rust For Linux 6.17',
      publishedAt: '2025-07-28T14:00:00.000Z',
      date: '2025-07-28',
      summary: 'Merged for Linux 6.17 & more here',
    });
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('keeps markup in a CDATA description as text too (read through parseWithDom, as the background does)', async () => {
    const text = oneItemFeed(
      '<title>Hostile</title><link>https://www.phoronix.com/news/Hostile</link><description><![CDATA[<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>Plain <em>words</em> & more]]></description>',
    );
    const items = await parseWithDom('phoronix-rss', 'https://www.phoronix.com/rss.php', text);
    expect(items).toEqual([{ url: 'https://www.phoronix.com/news/Hostile', title: 'Hostile', summary: 'Plain words & more' }]);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('leaves out items that do not link to a Phoronix article, and items without a title', () => {
    const items = feed_(
      oneItemFeed(
        '<title>Elsewhere</title><link>https://example.com/news/X</link></item><item><title>Forum</title><link>https://www.phoronix.com/forums/node/1</link></item><item><title>  </title><link>https://www.phoronix.com/news/No-Title</link></item><item><title>Guid only</title><guid>https://www.phoronix.com/news/Guid-Only</guid>',
      ),
    );
    expect(items).toEqual([{ url: 'https://www.phoronix.com/news/Guid-Only', title: 'Guid only' }]);
  });

  it('gives no instant for a missing or unreadable pubDate', () => {
    const items = feed_(oneItemFeed('<title>A</title><link>https://www.phoronix.com/news/A</link><pubDate>yesterday</pubDate>'));
    expect(items).toEqual([{ url: 'https://www.phoronix.com/news/A', title: 'A' }]);
  });

  it('is null for what is not an RSS feed: HTML, an Atom feed, malformed XML', () => {
    expect(parsePhoronixRss(parseHtml('<html><body><p>Not a feed</p></body></html>'))).toBeNull();
    expect(parsePhoronixRss(xml(sharedFixture('lore-atom/lore_util-linux_new.atom_2020-05-17.xml')))).toBeNull();
    expect(parsePhoronixRss(xml('<rss version="2.0"><channel><item><title>Broken</titl></item></channel></rss>'))).toBeNull();
    expect(parsePhoronixRss(xml('<rss version="2.0"></rss>'))).toBeNull();
  });

  it('repairs a bare ampersand when parsing text (parseWithDom)', async () => {
    const text = oneItemFeed('<title>AT&T Joins</title><link>https://www.phoronix.com/scan.php?page=news_item&px=ATT-Joins</link>');
    expect(await parseWithDom('phoronix-rss', 'https://www.phoronix.com/rss.php', text)).toEqual([{ url: 'https://www.phoronix.com/news/ATT-Joins', title: 'AT&T Joins' }]);
  });
});

function feed_(text: string): PhoronixRssItem[] {
  const items = parsePhoronixRss(xml(text));
  if (items === null) throw new Error('not read as RSS');
  return items;
}

describe('parseRssDate', () => {
  it('reads RFC 822 dates with numeric offsets and the common zone names', () => {
    expect(parseRssDate('Sat, 02 Aug 2025 11:50:00 -0400')).toEqual({ instant: '2025-08-02T15:50:00.000Z', date: '2025-08-02' });
    expect(parseRssDate('Tue, 07 Jan 2025 09:00:00 -0500')).toEqual({ instant: '2025-01-07T14:00:00.000Z', date: '2025-01-07' });
    expect(parseRssDate('2 Aug 2025 11:50 +0530')).toEqual({ instant: '2025-08-02T06:20:00.000Z', date: '2025-08-02' });
    expect(parseRssDate('Sat, 02 Aug 2025 11:50:00 GMT')).toEqual({ instant: '2025-08-02T11:50:00.000Z', date: '2025-08-02' });
    expect(parseRssDate('Sat, 02 Aug 2025 11:50:00 EDT')).toEqual({ instant: '2025-08-02T15:50:00.000Z', date: '2025-08-02' });
  });

  it('refuses impossible or zone-less dates', () => {
    for (const text of ['Thu, 31 Apr 2025 10:00:00 -0400', 'Sat, 02 Aug 2025 24:00:00 -0400', 'Sat, 02 Aug 2025 11:50:00', 'Sat, 02 Foo 2025 11:50:00 -0400', 'Sat, 02 Aug 2025 11:50:00 XYZ', '2025-08-02T11:50:00Z', '']) {
      expect(parseRssDate(text), text).toBeUndefined();
    }
  });
});

describe('plainText', () => {
  it('leaves text without markup alone (whitespace squashed) and strips markup through an inert document', () => {
    expect(plainText('  Linux   6.17\n is out ')).toBe('Linux 6.17 is out');
    expect(plainText('<p>One</p><p>Two &amp; three<br>four</p>')).toBe('One Two & three four');
    expect(plainText('<b>Linux</b>es')).toBe('Linuxes');
    expect(plainText(undefined)).toBe('');
  });
});
