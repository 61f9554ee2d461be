import { sharedFixture } from '../helpers/fixtures';
import type { Mention } from '../../utils/types';
import { extractMentions, extractMentionsFromText } from '../../utils/mentions/extract-mentions';
import { findVersions } from '../../utils/mentions/versions';
import { parseHtml } from './seed-fixture';

/** The ~1,300 real Phoronix titles (2023–2026). */
function titles(): string[] {
  const lines = sharedFixture('phoronix-datasets/dailybox_phoronix_titles_urls.csv').split('\n').slice(1);
  return lines.flatMap((line) => {
    const title = /^[^,]*,("(?:[^"]|"")*"|[^,]*),/.exec(line)?.[1];
    return title ? [title.replace(/^"|"$/g, '').replace(/""/g, '"')] : [];
  });
}

function rssItems(): { title: string; description: string }[] {
  const doc = new DOMParser().parseFromString(sharedFixture('phoronix-rss/phoronix-rss-2025-08-02.xml'), 'application/xml');
  return [...doc.querySelectorAll('item')].map((item) => ({
    title: item.querySelector('title')?.textContent ?? '',
    description: item.querySelector('description')?.textContent ?? '',
  }));
}

const PRODUCTS =
  /\b(?:Mesa|GCC|Wine|Rust|rustc|LLVM|Clang|Ubuntu|Fedora|Debian|Python|KDE|Plasma|GNOME|Firefox|Vulkan|OpenGL|PCIe|USB|Steam|NVIDIA|OpenZFS|Proton|Mint|FreeBSD|NetBSD|Blender|Qt|GTK|CUDA|HDMI|DisplayPort|Budgie|AlmaLinux|RPM|PHP|Servo|libinput|XeSS|Wayback|CrossOver|SMU|GFX|DTrace|DisCo|MIDI|Cinnamon|ES)\s+$/;

const textVersions = (text: string): string[] => findVersions(text).map(({ data }) => data.version);

describe('real Phoronix titles', () => {
  const all = titles();

  it('has the ~1,300 titles', () => {
    expect(all.length).toBeGreaterThan(1300);
  });

  it('never reads a product version as a kernel version', () => {
    for (const title of all) {
      for (const { start } of findVersions(title)) {
        expect(title.slice(0, start), title).not.toMatch(PRODUCTS);
      }
    }
  });

  it('finds every "Linux X.Y" that names the kernel', () => {
    const distro = /\b(?:Mint|Rocky|Alma|Asahi|Arch|Kali|Gentoo|Amazon|Clear|Deepin|Linux-libre)\s+Linux/;
    for (const title of all) {
      for (const match of title.matchAll(/\bLinux ([4-7]\.\d{1,2}(?:-rc\d+)?)(?![.\d])/g)) {
        if (distro.test(title.slice(0, match.index + 5))) continue;
        expect(textVersions(title), title).toContain(match[1]);
      }
    }
  });

  it.each([
    ['Linux 7.3 Ready With CXL Type-2 Driver Support For AMD Solarflare NICs', ['7.3']],
    ['Linux 6.12 Through Linux 7.0 File-System Benchmarks For EXT4 + XFS', ['6.12', '7.0']],
    ['Linux 6.15.6, 6.12.37 LTS & Other Stable Kernels Deliver TSA Mitigations', ['6.15.6', '6.12.37']],
    ['Ubuntu 23.10 Now Available With ZFS Desktop Install Option, Linux 6.5 Kernel', ['6.5']],
    ['Ubuntu 22.04.3 LTS Released With Linux 6.2 + Mesa 23.0 HWE Stack', ['6.2']],
    ['Rocky Linux 9.2 Released With Intel Arc Graphics Support, AArch64 64kb Page Size Kernel', []],
    ['Linux Mint 22.3 Beta Released With Cinnamon 6.6 Desktop', []],
    ['PHP 7.4 To PHP 8.6 Benchmarks, PHP 8.6 JIT Performance', []],
    ['Proton 8.0-3 Released With More Windows Games Running On Linux, Fixes', []],
    ['AMD Kernel Graphics Driver Exceeds 5.9 Million Lines In Linux 6.16', ['6.16']],
  ])('%s', (title, expected) => {
    expect(all).toContain(title);
    expect(textVersions(title)).toEqual(expected);
  });
});

describe('real Phoronix RSS (August 2025, 32 items)', () => {
  const items = rssItems();

  it('has 32 items', () => {
    expect(items).toHaveLength(32);
  });

  it('finds only Linux 6.17, and reads the merge-window claims', () => {
    const mentions = items.flatMap(({ title, description }) => [...extractMentionsFromText(title), ...extractMentionsFromText(description)]);
    const versions = new Set(mentions.flatMap((m) => (m.kind === 'version' ? [m.version] : [])));
    expect([...versions]).toEqual(['6.17']);
    const claims = mentions.flatMap((m) => (m.kind === 'claim' ? [`${m.claim} ${m.version}: ${m.text}`] : []));
    expect(claims).toContain('merged 6.17: merged for the Linux 6.17');
    expect(claims).toContain('lands 6.17: Land In Linux 6.17');
    expect(claims).toContain('merged 6.17: Merged For Linux 6.17');
    expect(claims.filter((claim) => !/^(?:merged|lands) 6\.17/.test(claim))).toEqual([]);
    expect(mentions.filter((m) => m.kind === 'version' && m.context === 'merge-window')).toHaveLength(4);
  });

  it.each(['KDE Plasma 6.5', 'Vulkan 1.4.324', 'Mesa 25.2-rc3', 'Ubuntu 25.10', 'Wayback 0.2', 'libinput 1.29', 'XeSS 2.1', 'Steam Survey'])(
    'reads no version from the item about %s',
    (topic) => {
      const item = items.find(({ title }) => title.includes(topic))!;
      expect(textVersions(`${item.title}\n${item.description}`)).toEqual([]);
    },
  );
});

describe('real lore mails (raw)', () => {
  const summary = (mentions: Mention[]): string[] =>
    mentions.map((m) => {
      switch (m.kind) {
        case 'commit': return `commit ${m.sha}${m.tree ? ` ${m.tree}` : ''}`;
        case 'version': return `version ${m.version}`;
        case 'path': return `path ${m.path}`;
        case 'patch': return `patch ${m.subject.tags.join(',')}: ${m.subject.subject}`;
        case 'tree': return `tree ${m.tree}`;
        case 'claim': return `claim ${m.claim} ${m.version ?? m.tree}`;
        case 'msgid': return `msgid ${m.msgid}`;
      }
    });

  it('reads the [GIT PULL] mail', () => {
    const mail = sharedFixture('lore-raw-messages/git-pull_smb3-client-fixes_2025-12-18.eml');
    expect(summary(extractMentionsFromText(mail))).toEqual([
      'patch GIT PULL: smb3 client fixes',
      'commit 8f0b4cce4481fb22653697cced8d0d04027cb1e8',
      'version 6.19-rc1',
      'commit d8a4af8f3d9d3367b2c49b0d9dee529556bdd2f4',
      'path fs/smb/client/cifsfs.h',
      'path fs/smb/client/cifspdu.h',
      'path fs/smb/common/smb1pdu.h',
      'path fs/smb/common/smb2pdu.h',
      'path fs/smb/common/smbglob.h',
      'path fs/smb/server/smb_common.h',
      'path fs/smb/common/smb1pdu.h',
    ]);
  });

  it('reads the pr-tracker-bot reply', () => {
    const mail = sharedFixture('lore-raw-messages/pr-tracker-bot_cifs-5.2-smb3_2019-05-08.eml');
    expect(summary(extractMentionsFromText(mail))).toEqual([
      'patch GIT PULL: CIFS/SMB3 fixes',
      'commit cb4f7bf6be10b35510e6b2e60f80d85ebc22a578',
      'tree mainline',
      'commit 78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2',
      'claim merged mainline',
      'tree mainline',
      'commit 78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2 torvalds/linux',
    ]);
  });
});

describe('real Phoronix pages', () => {
  it.each([
    ['phoronix-article/news-Steam-May-2019-Numbers_2022-10_recapture.html', ['6.1']],
    ['phoronix-article/news_item-Steam-May-2019-Numbers_2019-06-02_old-layout.html', ['5.1', '5.1.5', '5.2-rc2', '5.2']],
  ])('%s: only the kernel versions of its related-news titles', (file, expected) => {
    const doc = parseHtml(sharedFixture(file));
    const mentions = extractMentions([doc.body]);
    expect(mentions.map((m) => (m.kind === 'version' ? m.version : m.kind))).toEqual(expected);
  });

  it.each([
    'phoronix-listing/phoronix-home-2015-11_phxcms10.html',
    'phoronix-listing/phoronix-home-2016-02_phxcms10.html',
    'phoronix-listing/phoronix-home-2021-04_phxcms11.html',
    'phoronix-listing/phoronix-home-2021-07_phxcms11_saved-as-complete.html',
    'phoronix-listing/phoronix-home-2022-08_via-redirect_postlight.html',
    'lore-atom/lore_root-listing_reduced_2022-07-16.html',
  ])('%s: no product version, every place holds its text', (file) => {
    const doc = parseHtml(sharedFixture(file));
    for (const mention of extractMentions([doc.body])) {
      if (!mention.place || !('node' in mention.place)) continue;
      const { node, start, end } = mention.place;
      expect(node.data.slice(start, end)).toBe(mention.text);
      if (mention.kind === 'version') expect(node.data.slice(0, start)).not.toMatch(PRODUCTS);
    }
  });
});
