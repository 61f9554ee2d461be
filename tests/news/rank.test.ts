/**
 * Ranking later news on real Phoronix headlines: the whole shared dataset (~1,300 titles,
 * 2023–2026) is the candidate set of every query below. Each subject is built like a real
 * article (title, category, the key terms its body would give, its mentions, publication
 * instant); its expected later articles must rank in the top N, and its traps (homonyms,
 * near misses) must be absent or rank below every expected article.
 */
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../utils/mentions/extract-mentions';
import { easternDay, rankLaterNews } from '../../utils/news/rank';
import { newsSubjectOf } from '../../utils/news/subject';
import { parsePhoronixArticle } from '../../utils/pages/phoronix/article';
import type { NewsArticle, NewsSubject, RankedArticle } from '../../utils/types';
import { parseHtml, seedPageHtml } from '../mentions/seed-fixture';
import { article, phoronixTitles } from './dataset-titles';

interface SubjectSpec {
  category: string;
  keyTerms: string[];
  versions?: string[];
  paths?: string[];
  trees?: string[];
}

/** A subject from a dataset article (its title and URL), published at 14:00 UTC on its digest day. */
function subjectFrom(titlePrefix: string, spec: SubjectSpec): NewsSubject {
  const source = article(titlePrefix);
  return {
    url: source.url,
    title: source.title,
    publishedAt: `${source.date}T14:00:00.000Z`,
    category: spec.category,
    keyTerms: spec.keyTerms,
    mentions: { versions: spec.versions ?? [], paths: spec.paths ?? [], trees: spec.trees ?? [] },
  };
}

function titles(ranked: RankedArticle[]): string[] {
  return ranked.map((entry) => entry.article.title);
}

/** The 1-based rank of the one result whose title starts with `prefix`, or undefined. */
function rankOf(ranked: RankedArticle[], prefix: string): number | undefined {
  const index = ranked.findIndex((entry) => entry.article.title.startsWith(prefix));
  return index < 0 ? undefined : index + 1;
}

function describeTop(ranked: RankedArticle[], n: number): string {
  return ranked
    .slice(0, n)
    .map((entry, index) => `${index + 1}. ${entry.score} ${entry.article.title} [${entry.reasons.join('; ')}]`)
    .join('\n');
}

/** Every expected article in the top `top`; every trap absent, or below all expected articles. */
function expectRanking(ranked: RankedArticle[], top: number, expected: string[], traps: string[]): void {
  const context = describeTop(ranked, Math.max(top, 12));
  let lowestExpected = 0;
  for (const prefix of expected) {
    article(prefix); // the prefix names exactly one real headline
    const rank = rankOf(ranked, prefix);
    expect(rank, `"${prefix}" should be in the top ${top}:\n${context}`).toBeDefined();
    expect(rank as number, `"${prefix}" should be in the top ${top}:\n${context}`).toBeLessThanOrEqual(top);
    lowestExpected = Math.max(lowestExpected, rank as number);
  }
  for (const prefix of traps) {
    article(prefix);
    const rank = rankOf(ranked, prefix);
    if (rank !== undefined) expect(rank, `trap "${prefix}" should rank below the expected articles:\n${context}`).toBeGreaterThan(lowestExpected);
  }
}

interface TopicCase {
  topic: string;
  subject: () => NewsSubject;
  top: number;
  expected: string[];
  traps: string[];
}

const TOPICS: TopicCase[] = [
  {
    topic: 'Bcachefs (case folding)',
    subject: () =>
      subjectFrom('Casefolding For Bcachefs File-System Posted', {
        category: 'Linux Storage',
        keyTerms: ['bcachefs', 'casefolding', 'case-insensitive', 'file-system', 'kent', 'overstreet', 'patches', 'lookups', 'unicode', 'ext4', 'f2fs', 'mainline'],
      }),
    top: 8,
    expected: [
      'Linux 6.15-rc4 Released With Performance Regression Fix, Corrected Bcachefs Case Folding',
      'Linus Torvalds Comments On Bcachefs Prospects For Linux 6.6',
      'Bcachefs Hopes To Remove "EXPERIMENTAL" Flag',
    ],
    traps: ['Ubuntu 24.04 Supports Easy Installation Of OpenZFS Root File-System', 'PuzzleFS Continues Striving'],
  },
  {
    topic: 'io_uring',
    subject: () =>
      subjectFrom('Linux 6.6 Will Make It Easy To Disable IO_uring System-Wide', {
        category: 'Linux Kernel',
        keyTerms: ['io_uring', 'sysctl', 'disable', 'security', 'system-wide', 'google', 'exploits', 'kernel', 'jens', 'axboe'],
        versions: ['6.6'],
      }),
    top: 1,
    expected: ['IO_uring Adding Support For Vectored FUTEX Waits In Linux 6.6'],
    traps: ['Linux 6.6 To Support Rumble / Force Feedback', 'New RISC-V Kernel Features Ready For Linux 6.6', 'Linux To Try Again To Disable All RNDIS'],
  },
  {
    topic: 'sched_ext',
    subject: () =>
      subjectFrom("It's Looking Like sched_ext Will Try Again To Land For Linux 6.12", {
        category: 'Linux Kernel',
        keyTerms: ['sched_ext', 'scheduler', 'bpf', 'schedulers', 'extensible', 'tejun', 'linus', 'torvalds', 'merge', 'kernel'],
        versions: ['6.12', '6.11'],
      }),
    top: 1,
    expected: ['Linux 6.12 Features Are Super Exciting With Real-Time, Sched_ext'],
    traps: ['Fair DRM Scheduler v4 Running Well On Steam Deck', 'Linux 6.12 To Optionally Display A QR Code'],
  },
  {
    topic: 'AMDGPU RDNA4 (kernel driver)',
    subject: () =>
      subjectFrom('AMD Appears To Be Aiming For Good Radeon RDNA4 GPU Support In Linux 6.11', {
        category: 'Radeon',
        keyTerms: ['rdna4', 'gfx12', 'amdgpu', 'radeon', 'driver', 'kernel', 'ip', 'blocks', 'drm-next', 'gpus'],
        versions: ['6.11'],
        trees: ['drm-next'],
      }),
    top: 3,
    expected: [
      'Intel Xe2/Battlemage & AMD RDNA4 Lead The Graphics Driver Changes In Linux 6.11',
      'AMD RDNA4 "GFX12" Linux Driver Support Matures To Being Enabled By Default',
      'AMD Squeezes In More RDNA4 Changes For Linux 6.14',
    ],
    // Mesa (user space) RDNA4 work is a near miss for a kernel-driver article.
    traps: ['Mesa 25.1-rc1 Released With AMD RDNA4 Improvements', 'AMD Radeon RX 9070 Ray-Tracing Performance Improving With Mesa 25.2'],
  },
  {
    topic: 'Intel Xe kernel driver',
    subject: () =>
      subjectFrom('Intel Xe Enabling SR-IOV PF By Default', {
        category: 'Intel',
        keyTerms: ['xe', 'sr-iov', 'driver', 'kernel', 'intel', 'graphics', 'battlemage', 'pages', 'broken', 'drm'],
        versions: ['6.17'],
      }),
    top: 3,
    expected: [
      'Intel Graphics Driver Support For Xe3 "Peak Bandwidth Threshold" Feature In Linux 7.3',
      'Intel i915 vs. Xe Graphics Driver Benchmarks For Meteor Lake',
      "Intel's Xe Linux Driver Ready With Multi-Device SVM",
    ],
    traps: ['Resources 1.9 Brings Intel Xe GPU Support', 'Intel Xeon 6980P "Granite Rapids" Linux Performance One Year Later', 'Cache Aware Scheduling Raises Performance For Intel Xeon 6'],
  },
  {
    topic: 'NVIDIA Nova driver',
    subject: () =>
      subjectFrom('NVIDIA Engineer Posts New NOVA Driver Patches', {
        category: 'NVIDIA',
        keyTerms: ['nova', 'rust', 'nvidia', 'driver', 'gsp', 'nouveau', 'patches', 'drm', 'open-source', 'kernel'],
        paths: ['drivers/gpu/nova-core/'],
      }),
    top: 1,
    expected: ['A Lot Of Rust Graphics Driver Changes For Linux 7.1, NVIDIA Nova Driver Additions'],
    // Intel's "Nova Lake" CPUs share the word, not the topic.
    traps: [
      'Late Sound Fixes For Linux 7.2 Bring More Device Quirks, Intel Nova Lake',
      'Intel Media Driver Update Brings Nova Lake S Support',
      'Updated LLVM/Clang Compiler Enables AVX 10.2 & APX For Intel Nova Lake',
    ],
  },
  {
    topic: 'Nouveau use-after-free',
    subject: () =>
      subjectFrom("It's Recommended To Avoid Using The Open-Source NVIDIA Driver On Linux 6.3", {
        category: 'Linux Kernel',
        keyTerms: ['nouveau', 'use-after-free', 'bug', 'crash', 'driver', 'nvidia', 'kernel', 'regression', 'fix', 'open-source'],
        versions: ['6.3', '6.4'],
      }),
    top: 3,
    expected: [
      'Linux 6.4 Lands Fix For Open-Source NVIDIA Driver Use-After-Free Issue',
      'The Nasty Linux 6.3 Nouveau Driver Bug Appears To Have Been Figured Out',
      'Linux 6.3.9 Released With Fix For Nasty Nouveau Issue',
    ],
    // NVK is Mesa's Vulkan driver for NVIDIA hardware: the same vendor, not this kernel bug.
    traps: ['NVK Open-Source NVIDIA Vulkan Driver Progresses', 'Initial Benchmarks Of The "NVK" Open-Source NVIDIA Vulkan Driver'],
  },
  {
    topic: 'Btrfs',
    subject: () =>
      subjectFrom('Btrfs Deprecating Its Integrity Checker Tool', {
        category: 'Linux Storage',
        keyTerms: ['btrfs', 'integrity', 'checker', 'check_int', 'deprecated', 'file-system', 'kernel', 'scrub', 'david', 'sterba'],
      }),
    top: 5,
    expected: ['Btrfs To See More Performance Improvements With Linux 6.16', 'Linux 6.7 Adding New Feature To Btrfs For The Steam Deck'],
    traps: ['CachyOS Introduces Packages Dashboard, GRUB+Btrfs Bootable Snapshots', 'Rusticl Wins: Mesa Officially Deprecates Clover OpenCL'],
  },
  {
    topic: 'EXT4',
    subject: () =>
      subjectFrom("IBM Baking Some Nice Optimizations To EXT4's Multi-Block Allocator", {
        category: 'Linux Storage',
        keyTerms: ['ext4', 'allocator', 'mballoc', 'multi-block', 'ibm', 'file-system', 'patches', 'performance', 'kernel', 'ritesh'],
      }),
    top: 5,
    expected: [
      'EXT4 Lands  A Nice Performance Improvement For Appending To Delalloc Files',
      'EXT4, EROFS & NTFS3 File-System Drivers Ready With Improvements For Linux 6.18',
      'Linux 6.17 With EXT4 Showing Some Nice Performance Improvements',
    ],
    // EXT2 is the family, not the file-system; IBM Power is the company, not the topic.
    traps: ['Microsoft Engineer Ports EXT2 File-System Driver To Rust', 'IBM Announces Power11', "Linux's SLAB Allocator Is Officially Deprecated"],
  },
  {
    topic: 'XFS corruption',
    subject: () =>
      subjectFrom('Those Using The XFS File-System Will Want To Avoid Linux 6.3 For Now', {
        category: 'Linux Storage',
        keyTerms: ['xfs', 'corruption', 'metadata', 'file-system', 'regression', 'kernel', 'stable', 'data', 'fix', 'patch'],
        versions: ['6.3'],
      }),
    top: 5,
    expected: [
      'XFS Metadata Corruption On Linux 6.3 Tracked Down To One Missing One-Line Patch',
      'Linux 6.3.5 Released With XFS Metadata Corruption Fix',
      'XFS Support For FS-VERITY Moves Closer To Mainline',
    ],
    traps: ["It's Recommended To Avoid Using The Open-Source NVIDIA Driver On Linux 6.3", 'FUSE File-Systems To Support Much Longer Filenames'],
  },
  {
    topic: 'RISC-V in the kernel',
    subject: () =>
      subjectFrom('RISC-V KASLR Support For Linux Revised Again', {
        category: 'Linux Kernel',
        keyTerms: ['risc-v', 'kaslr', 'randomization', 'kernel', 'address', 'security', 'patches', 'relocatable', 'arm64', 'boot'],
      }),
    top: 6,
    expected: [
      'New RISC-V Kernel Features Ready For Linux 6.6',
      'RISC-V Memory Hot Plugging To Be Introduced With Linux 6.11',
      'Linux Lands Safeguard For RISC-V Against Another Microarchitectural Attack Vector',
      'RISC-V With Linux 6.15 Adds Support For BFloat16',
    ],
    traps: ['Rust-Based Redox OS Gets RISC-V Working', 'NVIDIA Bringing CUDA To RISC-V', 'Orange Pi RV2 Benchmarks', 'RISC-V Motherboard For Framework 13'],
  },
  {
    topic: 'LoongArch',
    subject: () =>
      subjectFrom('LoongArch Implementing More Kernel Features For Linux 6.6', {
        category: 'Linux Kernel',
        keyTerms: ['loongarch', 'loongson', 'kernel', 'kasan', 'kfence', 'kgdb', 'cpu', 'architecture', 'patches', 'merge'],
        versions: ['6.6'],
      }),
    top: 1,
    expected: ['LoongArch With Linux 6.6 Adds KGDB/KDB, KFence, KASAN'],
    traps: ['zlib-rs 0.6.7 Released With LoongArch LSX Optimizations', 'Debian 14 Eyes LoongArch CPU Support', 'UEFI 2.11 Released With PI 1.9 Bringing LoongArch'],
  },
  {
    topic: 'Mesa RADV ray-tracing',
    subject: () =>
      subjectFrom('RADV Ray-Tracing Enabled By Default For Mesa 23.2', {
        category: 'Mesa',
        keyTerms: ['radv', 'ray-tracing', 'vulkan', 'rdna2', 'radeon', 'mesa', 'driver', 'default', 'rdna3', 'games'],
      }),
    top: 6,
    expected: [
      'RADV Ray-Tracing To Become Much Faster With New Driver Code',
      'Mesa RADV Driver Re-Enables Ray-Tracing Pipelines',
      "Radeon RADV Driver's Emulated Ray-Tracing Achieves 100% Pass Rate",
      'Mesa 25.2-rc1 Released: Faster RADV Ray-Tracing',
    ],
    traps: ['AMD Graphics Driver In Linux 6.5 Improves Power Management', 'Final Benchmarks Of AMDVLK vs. RADV'],
  },
  {
    topic: 'Wine releases',
    subject: () =>
      subjectFrom('Wine 8.12 Released With Additional Wayland Enablement', {
        category: 'Wine',
        keyTerms: ['wine', 'wayland', 'driver', 'development', 'windows', 'bug', 'fixes', 'codeweavers', 'release', 'vulkan'],
      }),
    top: 6,
    expected: [
      'Wine 8.17 Released With VKD3D 1.9 Upgrade',
      'Wine Wayland Driver Updated With Basic Window Management',
      'Wine 8.15 Released With Few Changes',
      'Wine 8.14 Released Following Summer Holiday',
    ],
    // Hangover is built on Wine ("Wine-Based"); CachyOS only ships a Wine build.
    traps: ['Wine-Based Hangover 8.11 Begins Integrating FEX', 'Wine-Based Hangover Project Drops QEMU', 'CachyOS Adds Limine Bootloader'],
  },
  {
    topic: 'Proton',
    subject: () =>
      subjectFrom('Proton 8.0-3 Released With More Windows Games Running On Linux', {
        category: 'Valve',
        keyTerms: ['proton', 'steam', 'play', 'games', 'valve', 'windows', 'playable', 'dxvk', 'wine', 'deck'],
      }),
    top: 1,
    expected: ['Proton 11.0 Beta Released With More Games Playable On Steam Play'],
    // VKD3D-Proton is another project; GreenBoost-Proton another product.
    traps: ['VKD3D-Proton 2.10 Released', 'VKD3D-Proton 2.13 Brings OpenVR', 'GreenBoost Memory Orchestrator For NVIDIA GPUs Introduces GreenBoost-Proton'],
  },
  {
    topic: 'GNOME 47',
    subject: () =>
      subjectFrom('GNOME 47 Alpha Released With Accent Color Support', {
        category: 'GNOME',
        keyTerms: ['gnome', 'accent', 'colors', 'wayland-only', 'alpha', 'mutter', 'gtk', 'desktop', 'shell', 'x11'],
      }),
    top: 5,
    expected: ['GNOME 47 Released With Accent Colors, Improved Apps & More', 'GNOME 49 Officially Released With Wayland Improvements'],
    // COSMIC's alpha releases share "Alpha" and "Desktop", not GNOME.
    traps: ['COSMIC Alpha 4 Released', 'System76 Releases COSMIC Alpha Desktop', 'KDE Plasma 6.6 Showing Frequent Performance Advantage Over GNOME 50'],
  },
  {
    topic: 'KDE Plasma 6',
    subject: () =>
      subjectFrom('KDE Plasma 6 X11 Session "Barely Buggier"', {
        category: 'KDE',
        keyTerms: ['plasma', 'kde', 'x11', 'wayland', 'qt6', 'session', 'bugs', 'kwin', 'desktop', 'porting'],
      }),
    top: 5,
    expected: [
      'Fedora 40 Looks To Offer KDE Plasma 6 Desktop, Drop The KDE X11 Session',
      'More KDE Plasma Wayland Fixes Land, Continued Improvements For Plasma 6',
      'More Plasma 6 Work Continues, SDDM To Be Incubated By KDE',
    ],
    traps: ['Amarok 3.3 Beta Released For Qt6-Powered KDE Music Player', 'Rust-Based Redox OS Begins Implements X11 Support', 'GTK\'s X11 Backend Now Deprecated'],
  },
  {
    topic: 'GCC 15',
    subject: () =>
      subjectFrom('GCC 15 Compiler Development Shifts From Features To Bug Fixing', {
        category: 'GNU',
        keyTerms: ['gcc', 'compiler', 'stage', 'bug', 'fixing', 'features', 'c23', 'release', 'regressions', 'gnu'],
      }),
    top: 8,
    expected: [
      'GCC 15 Compiler Showing Off Nice Performance Improvements On AMD Zen 5',
      'GCC 15 Compiler Demonstrating Measurable Performance Gains For AMD EPYC Turin',
      'GCC 15 Is Bringing Some Nice Usability Improvements For Developers',
      'GCC 16 Compiler Nearly Ready For Release',
    ],
    traps: ['LLVM Clang 21 Compiler Helping Squeeze More Performance', 'Intel Ends Work On Quantum Compiler Open-Source Bits', 'Debian 12.9 Released With Various Security & Bug Fixes'],
  },
  {
    topic: 'AVX10 in compilers',
    subject: () =>
      subjectFrom('Intel Begins Drafting AVX10 Plans For The LLVM/Clang Compiler', {
        category: 'Intel',
        keyTerms: ['avx10', 'llvm', 'clang', 'avx-512', 'intel', 'compiler', 'isa', 'apx', 'patches', 'vector'],
      }),
    top: 3,
    expected: ['Updated LLVM/Clang Compiler Enables AVX 10.2 & APX', 'Intel Continues GCC Compiler Preparations For AVX10 & APX'],
    traps: ['AVX-512 xor_gen Continues To Look Exciting', 'RPM 6.1 Released With Clang Build Fixes'],
  },
  {
    topic: 'systemd releases',
    subject: () =>
      subjectFrom('systemd 254-rc1 Deprecates SysV Scripts', {
        category: 'systemd',
        keyTerms: ['systemd', 'sysv', 'scripts', 'soft', 'reboot', 'battery', 'release', 'poettering', 'init', 'services'],
      }),
    top: 3,
    expected: ['systemd 261-rc1 Released With OS Installer', 'systemd Highlights For 2024 From Run0 To Varlink'],
    traps: ['Ampere Computing Soft Announces AmpereOne M', 'Linux Fixes Hosts Randomly Rebooting', 'Apple SMC Power Driver Posted For Linux Kernel To Finally Expose Battery Stats'],
  },
  {
    topic: 'Linux 6.6 feature overview',
    subject: () =>
      subjectFrom('Linux 6.6 Features Include The EEVDF Scheduler', {
        category: 'Linux Kernel',
        keyTerms: ['eevdf', 'scheduler', 'shadow', 'stack', 'intel', 'amd', 'kernel', 'features', 'merge', 'window'],
        versions: ['6.6', '6.5'],
      }),
    top: 10,
    expected: [
      'EEVDF Scheduler On The Verge Of Being "Complete"',
      'Linux 6.6 Looks To Be Very Lucrative For AMD Server Performance',
      'Linux 6.6 Delivers Some Impressive Gains For AMD EPYC 9754',
    ],
    // "6.6" of KDE Plasma is another thing's version.
    traps: ['KDE Plasma 6.6 Showing Frequent Performance Advantage', 'KDE Plasma 6.6 Delivers An Impressive Edge', 'Compute Runtime 23.30.26918.9 Released'],
  },
  {
    topic: 'NTSYNC',
    subject: () =>
      subjectFrom('Linux 6.10 Features Expected From The NTSYNC Driver', {
        category: 'Linux Kernel',
        keyTerms: ['ntsync', 'driver', 'wine', 'windows', 'synchronization', 'nt', 'gaming', 'kernel', 'proton', 'merge'],
        versions: ['6.10'],
      }),
    top: 1,
    expected: ['NTSYNC Driver Ready For Enhancing Windows Gaming With Linux 6.14'],
    traps: ['CachyOS Adds Limine Bootloader, Easier Samba Integration & NTSYNC Wine', 'Linux 6.10 NFSD Brings Optimizations'],
  },
  {
    topic: 'OpenZFS 2.2',
    subject: () =>
      subjectFrom('OpenZFS 2.2-rc1 Brings Linux Container Support', {
        category: 'Linux Storage',
        keyTerms: ['openzfs', 'zfs', 'block', 'cloning', 'container', 'blake3', 'checksums', 'file-system', 'linux', 'release'],
      }),
    top: 5,
    expected: [
      'OpenZFS 2.2 Released With Block Cloning',
      'OpenZFS 2.2-rc3 Released With Linux 6.4 Support',
      'OpenZFS 2.2-rc5 Released With More Fixes',
      'Canonical Releases LXD 5.17 With OpenZFS 2.2 Delegation Support',
    ],
    traps: ['Serpent OS Developing disks-rs', 'AMD Sends Out Patches Enabling New "DCN 3.5" GPU Display Block', 'Linux Containers Forks LXD Project'],
  },
  {
    topic: 'Debian 12',
    subject: () =>
      subjectFrom('Debian 12 "Bookworm" Set For Release Next Week', {
        category: 'Debian',
        keyTerms: ['debian', 'bookworm', 'release', 'bugs', 'freeze', 'firmware', 'non-free', 'stable', 'installer', 'packages'],
      }),
    top: 4,
    expected: ['Debian 12.0 Released - Powered By Linux 6.1 LTS', 'Debian 12.1 Released With Many Bug Fixes', 'Debian 12.9 Released With Various Security'],
    traps: ['Debian 15 Is Codenamed "Duke"', 'RISC-V Is Now An Official Debian Architecture', 'Debian 14 Eyes LoongArch CPU Support'],
  },
];

describe('rankLaterNews on real Phoronix headlines', () => {
  const candidates = phoronixTitles();

  it('reads the whole dataset', () => {
    expect(candidates.length).toBeGreaterThan(1300);
    expect(new Set(candidates.map((entry) => entry.url)).size).toBe(candidates.length);
  });

  describe('the seed: "Initial Support For The Rust Language Lands In Linux-Next" (2021-03-19)', () => {
    // The subject as the content script builds it: the real page, its mentions, newsSubjectOf.
    const page = parsePhoronixArticle(new URL('https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next'), parseHtml(seedPageHtml()));
    if (page === null) throw new Error('the seed page is not recognised');
    const subject = newsSubjectOf(page, extractMentions(page.body ? [page.body] : []));
    const ranked = rankLaterNews(subject, candidates);

    const KERNEL_RUST = [
      'Rust Updates For Linux 6.19, Rust Minimum Baseline',
      'Linux 6.14 Looks To Land Rust PCI / Platform Device Driver Support',
      'Rust In Linux 6.12 Prepares For Rust Binder',
      'A Lot Of Rust Graphics Driver Changes For Linux 7.1',
      'Linux 7.0 Lands Improvements To Deal With Upcoming Rust Changes',
      'The Linux Kernel Matures To Having A Minimum Rust Toolchain Version',
      // Not in the brief's list, but kernel Rust news too: Linux 6.4's recap ends with "More Rust".
      'Linux 6.4 Bringing Great Improvements From AMD G.A.M. To Early Apple M2 Code, More Rust',
    ];
    // Homonyms of "Rust" in the dataset: Rusticl, Redox OS, Rust Coreutils/uutils, the GCC Rust front-end, COSMIC, ntpd-rs.
    const HOMONYM = /Rusticl|Redox OS|Rust Coreutils|uutils|Rust Compiler (?:Updates|Improvements) .*GCC|COSMIC|ntpd-rs/;

    it('is the article with its body terms and mentions', () => {
      expect(subject.title).toBe('Initial Support For The Rust Language Lands In Linux-Next');
      expect(subject.publishedAt?.startsWith('2021-03-19')).toBe(true);
      expect(subject.category).toBe('Linux Kernel');
      expect(subject.keyTerms.slice(0, 5)).toContain('rust');
      expect(subject.mentions.versions).toContain('5.13');
      expect(subject.mentions.paths).toContain('rust/');
      expect(subject.mentions.trees).toContain('linux-next');
    });

    it('puts the kernel Rust articles first', () => {
      expectRanking(ranked, KERNEL_RUST.length, KERNEL_RUST, []);
      for (const entry of ranked.slice(0, KERNEL_RUST.length)) expect(entry.reasons).toContain('kernel context');
    });

    it('ranks every Rust homonym below the kernel Rust articles, and none in the top 10', () => {
      const homonyms = candidates.filter((entry) => HOMONYM.test(entry.title)).map((entry) => entry.title);
      expect(homonyms.length).toBeGreaterThanOrEqual(15);
      expectRanking(ranked, KERNEL_RUST.length, KERNEL_RUST, homonyms);
      const top10 = titles(ranked.slice(0, 10));
      expect(top10.filter((title) => HOMONYM.test(title)), describeTop(ranked, 10)).toEqual([]);
    });

    it('ranks the FreeBSD kernel and Rust-in-userspace items below the Linux kernel ones', () => {
      expectRanking(ranked, KERNEL_RUST.length, KERNEL_RUST, [
        "FreeBSD's Rust Kernel Support Could Be Stable Enough",
        'Ferrocene Safety-Critical Rust Compiler Code Published',
        'Apache NetBeans 18 Released With Many Improvements, Initial Support For Rust',
        'Raspberry Pi Showcases Rust On The RP2350',
      ]);
      const freebsd = ranked.find((entry) => entry.article.title.startsWith("FreeBSD's Rust Kernel"));
      if (freebsd) expect(freebsd.reasons).toContain('no kernel context');
    });

    it('leaves out what shares no meaningful word', () => {
      expect(rankOf(ranked, 'Linux 6.6 Lands Support For The Cirrus Logic CS42L43 Audio Codec')).toBeUndefined();
      expect(rankOf(ranked, 'Linux 6.18 Officially Promoted To Being An LTS Kernel')).toBeUndefined();
      expect(rankOf(ranked, 'Mesa\'s Rusticl Implements OpenCL Subgroups')).toBeUndefined();
      // Every result shares the word "Rust" or another of the article's own terms.
      for (const entry of ranked) expect(entry.reasons[0]).toMatch(/^shares: \S/);
    });

    it('explains itself in short plain text', () => {
      const first = ranked[0] as RankedArticle;
      expect(first.reasons[0]).toMatch(/^shares: .*rust/);
      expect(first.reasons.some((reason) => /^mentions Linux \d+\.\d+/.test(reason))).toBe(true);
      for (const entry of ranked) for (const reason of entry.reasons) expect(reason).toMatch(/^[^<>]{1,80}$/);
    });
  });

  describe.each(TOPICS)('$topic', ({ subject, top, expected, traps }) => {
    it('ranks the later coverage first and the traps below it', () => {
      const built = subject();
      const ranked = rankLaterNews(built, candidates);
      expectRanking(ranked, top, expected, traps);
      // Never the subject itself, never anything published before it.
      expect(ranked.map((entry) => entry.article.url)).not.toContain(built.url);
      for (const entry of ranked) expect((entry.article.date ?? '') >= (built.publishedAt ?? '').slice(0, 10)).toBe(true);
    });
  });

  it('keeps a Mesa subject about Mesa: no kernel-only article in its top 10', () => {
    const subject = subjectFrom('RADV Ray-Tracing Enabled By Default For Mesa 23.2', {
      category: 'Mesa',
      keyTerms: ['radv', 'ray-tracing', 'vulkan', 'rdna2', 'radeon', 'mesa', 'driver', 'default', 'rdna3', 'games'],
    });
    const ranked = rankLaterNews(subject, candidates).slice(0, 10);
    expect(ranked.filter((entry) => /\bLinux \d+\.\d+|\bKernel\b/.test(entry.article.title)).map((entry) => entry.article.title), describeTop(ranked, 10)).toEqual([]);
    for (const entry of ranked) expect(entry.reasons).not.toContain('kernel context');
  });

  it('marks a kernel article whose only overlap names another thing as a homonym', () => {
    const subject = subjectFrom('NVIDIA Engineer Posts New NOVA Driver Patches', {
      category: 'NVIDIA',
      keyTerms: ['nova', 'rust', 'nvidia', 'driver', 'gsp', 'nouveau', 'patches', 'drm', 'open-source', 'kernel'],
      paths: ['drivers/gpu/nova-core/'],
    });
    const ranked = rankLaterNews(subject, candidates);
    const novaLake = ranked.filter((entry) => entry.article.title.includes('Nova Lake'));
    for (const entry of novaLake) expect(entry.reasons.join('; ')).toMatch(/homonym: nova in nova lake/);
    expect(titles(ranked.slice(0, 5)).filter((title) => title.includes('Nova Lake'))).toEqual([]);
  });
});

describe('dates', () => {
  const wine = (over: Partial<NewsArticle>): NewsArticle => ({
    url: 'https://www.phoronix.com/news/Wine-8.12-Released',
    title: 'Wine 8.12 Released With Additional Wayland Enablement',
    seenIn: 'listing',
    seenAt: 0,
    ...over,
  });
  const subject: NewsSubject = {
    url: 'https://www.phoronix.com/news/Wine-8.12-Released',
    title: 'Wine 8.12 Released With Additional Wayland Enablement',
    publishedAt: '2023-07-08T14:00:00.000Z', // 10:00 EDT
    category: 'Wine',
    keyTerms: ['wine', 'wayland', 'driver', 'release'],
    mentions: { versions: [], paths: [], trees: [] },
  };
  const rank = (candidates: NewsArticle[], now?: number): RankedArticle[] =>
    rankLaterNews(subject, [...phoronixTitles(), ...candidates], now === undefined ? {} : { now });

  it('drops articles with the same title at earlier dates and keeps later ones', () => {
    const ranked = rank([
      wine({ url: 'https://www.phoronix.com/news/Wine-Weekly-Early', date: '2023-07-01' }),
      wine({ url: 'https://www.phoronix.com/news/Wine-Weekly-Earlier', publishedAt: '2023-06-20T10:00:00Z' }),
      wine({ url: 'https://www.phoronix.com/news/Wine-Weekly-Later', date: '2023-07-20' }),
      wine({ url: 'https://www.phoronix.com/news/Wine-Weekly-Much-Later', publishedAt: '2024-01-05T10:00:00Z' }),
    ]);
    const urls = ranked.map((entry) => entry.article.url);
    expect(urls).not.toContain('https://www.phoronix.com/news/Wine-Weekly-Early');
    expect(urls).not.toContain('https://www.phoronix.com/news/Wine-Weekly-Earlier');
    // The same words as the subject: the later copies lead, newest first on a tie.
    expect(urls.slice(0, 2)).toEqual(['https://www.phoronix.com/news/Wine-Weekly-Much-Later', 'https://www.phoronix.com/news/Wine-Weekly-Later']);
  });

  it('never returns the subject, under any URL form, nor its copy on the same day', () => {
    const ranked = rank([
      wine({ url: 'https://www.phoronix.com/scan.php?page=news_item&px=Wine-8.12-Released', date: '2023-07-09' }),
      wine({ url: 'https://phoronix.com/news/Wine-8.12-Released', publishedAt: '2023-07-10T10:00:00Z' }),
      wine({ url: 'https://www.phoronix.com/news/Wine-8.12-Released-Mirror', date: '2023-07-08' }),
    ]);
    expect(ranked.filter((entry) => entry.article.title === subject.title)).toEqual([]);
  });

  it('counts the old and new URL forms of one article once, with the most information', () => {
    const real = article('Wine 8.14 Released Following Summer Holiday');
    const old: NewsArticle = {
      url: 'https://www.phoronix.com/scan.php?page=news_item&px=Wine-8.14-Released',
      title: real.title,
      publishedAt: '2023-08-18T22:05:00.000Z',
      summary: 'Wine 8.14 is out as the newest bi-weekly development release after the summer break.',
      category: 'Wine',
      seenIn: 'search',
      seenAt: 5,
    };
    const ranked = rank([old, { ...real, seenIn: 'rss', seenAt: 9 }]);
    const copies = ranked.filter((entry) => entry.article.title === real.title);
    expect(copies).toHaveLength(1);
    const kept = (copies[0] as RankedArticle).article;
    expect(kept.url).toBe('https://www.phoronix.com/news/Wine-8.14-Released');
    expect(kept.publishedAt).toBe(old.publishedAt);
    expect(kept.summary).toBe(old.summary);
    expect(kept.category).toBe('Wine');
    expect(kept.date).toBe(real.date);
  });

  it('orders a same-day article by its instant; a same-day date alone counts as later, marked "same day"', () => {
    const ranked = rank([
      wine({ url: 'https://www.phoronix.com/news/Wine-Wayland-Morning', title: 'Wine Wayland Driver Posted For Review', publishedAt: '2023-07-08T12:00:00.000Z' }),
      wine({ url: 'https://www.phoronix.com/news/Wine-Wayland-Evening', title: 'Wine Wayland Driver Sees More Fixes', publishedAt: '2023-07-08T20:00:00.000Z' }),
      wine({ url: 'https://www.phoronix.com/news/Wine-Wayland-Sameday', title: 'Wine Wayland Driver Adds Clipboard', date: '2023-07-08' }),
    ]);
    const byUrl = new Map(ranked.map((entry) => [entry.article.url, entry]));
    expect(byUrl.has('https://www.phoronix.com/news/Wine-Wayland-Morning')).toBe(false);
    expect(byUrl.get('https://www.phoronix.com/news/Wine-Wayland-Evening')?.reasons).not.toContain('same day');
    expect(byUrl.get('https://www.phoronix.com/news/Wine-Wayland-Sameday')?.reasons).toContain('same day');
  });

  it('takes calendar days as Phoronix writes them, in US Eastern time', () => {
    expect(easternDay(Date.parse('2023-07-09T02:00:00Z'))).toBe('2023-07-08'); // 22:00 EDT
    expect(easternDay(Date.parse('2023-01-09T04:59:00Z'))).toBe('2023-01-08'); // 23:59 EST
    expect(easternDay(Date.parse('2023-01-09T05:00:00Z'))).toBe('2023-01-09');
    const late: NewsSubject = { ...subject, publishedAt: '2023-07-09T02:00:00.000Z' };
    const ranked = rankLaterNews(late, [
      wine({ url: 'https://www.phoronix.com/news/A', title: 'Wine Wayland Driver Adds Clipboard', date: '2023-07-08' }),
      wine({ url: 'https://www.phoronix.com/news/B', title: 'Wine Wayland Driver Adds Drag And Drop', date: '2023-07-09' }),
      wine({ url: 'https://www.phoronix.com/news/C', title: 'Wine Wayland Driver Adds Popups', date: '2023-07-07' }),
    ]);
    expect(ranked.map((entry) => [entry.article.url, entry.reasons.includes('same day')])).toEqual(
      expect.arrayContaining([
        ['https://www.phoronix.com/news/A', true],
        ['https://www.phoronix.com/news/B', false],
      ]),
    );
    expect(ranked.map((entry) => entry.article.url)).not.toContain('https://www.phoronix.com/news/C');
  });

  it('drops candidates without a usable date, and dates after now', () => {
    const ranked = rank(
      [
        wine({ url: 'https://www.phoronix.com/news/Wine-Undated', title: 'Wine Wayland Driver Undated' }),
        wine({ url: 'https://www.phoronix.com/news/Wine-Bad-Date', title: 'Wine Wayland Driver Bad Date', date: '2023-02-30' }),
        wine({ url: 'https://www.phoronix.com/news/Wine-Bad-Instant', title: 'Wine Wayland Driver Bad Instant', publishedAt: 'yesterday' }),
        wine({ url: 'https://www.phoronix.com/news/Wine-Future', title: 'Wine Wayland Driver From The Future', date: '2030-01-01' }),
      ],
      Date.parse('2026-11-28T00:00:00Z'),
    );
    const urls = ranked.map((entry) => entry.article.url);
    for (const slug of ['Wine-Undated', 'Wine-Bad-Date', 'Wine-Bad-Instant', 'Wine-Future']) expect(urls).not.toContain(`https://www.phoronix.com/news/${slug}`);
    expect(urls).toContain('https://www.phoronix.com/news/Wine-8.14-Released');
  });

  it('ranks every dated candidate when the subject has no publication instant', () => {
    const undated: NewsSubject = { ...subject };
    delete undated.publishedAt;
    const old = wine({ url: 'https://www.phoronix.com/news/Wine-5.0-Released', title: 'Wine 5.0 Released With Wayland Notes', date: '2020-01-21' });
    const urls = rankLaterNews(undated, [...phoronixTitles(), old]).map((entry) => entry.article.url);
    expect(urls).toContain(old.url);
    expect(urls).toContain('https://www.phoronix.com/news/Wine-8.14-Released');
    expect(urls).not.toContain(undated.url);
  });
});

describe('scores and options', () => {
  const subject: NewsSubject = {
    url: 'https://www.phoronix.com/news/Bcachefs-Merged-Linux-6.7',
    title: 'Bcachefs Merged For Linux 6.7',
    publishedAt: '2023-11-01T12:00:00.000Z',
    category: 'Linux Storage',
    keyTerms: ['bcachefs', 'file-system', 'kent', 'overstreet', 'copy-on-write'],
    mentions: { versions: ['6.7'], paths: ['fs/bcachefs/'], trees: [] },
  };
  const item = (slug: string, title: string, over: Partial<NewsArticle> = {}): NewsArticle => ({
    url: `https://www.phoronix.com/news/${slug}`,
    title,
    date: '2024-01-10',
    seenIn: 'topic',
    seenAt: 0,
    ...over,
  });

  it('raises the same category and says so', () => {
    const ranked = rankLaterNews(subject, [
      item('A', 'Bcachefs Sees Faster Mounts', { category: 'Linux Storage' }),
      item('B', 'Bcachefs Sees Faster Mount', { category: 'Hardware' }),
    ]);
    expect(ranked.map((entry) => entry.article.url)).toEqual(['https://www.phoronix.com/news/A', 'https://www.phoronix.com/news/B']);
    expect(ranked[0]?.reasons).toContain('same category');
  });

  it('reads summaries, and a mention of the subject\'s path counts as kernel context', () => {
    const ranked = rankLaterNews(subject, [
      item('Teaser', 'A Copy-On-Write File-System Update', { summary: 'The fs/bcachefs/ code sees Kent Overstreet fixes for the next kernel.' }),
      item('Nothing', 'A Faster Word Processor'),
    ]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.reasons).toContain('kernel context');
  });

  it('honours a limit and ties newest first', () => {
    const ranked = rankLaterNews(
      subject,
      [item('Old', 'Bcachefs Sees Fixes', { date: '2024-01-01' }), item('New', 'Bcachefs Sees Fixes Again', { date: '2024-02-01' }), item('Newer', 'Bcachefs Sees Fixes Too', { date: '2024-03-01' })],
      { limit: 2 },
    );
    expect(ranked).toHaveLength(2);
    expect(ranked[0]?.score).toBe(ranked[1]?.score);
    expect(ranked.map((entry) => entry.article.url)).toEqual(['https://www.phoronix.com/news/Newer', 'https://www.phoronix.com/news/New']);
  });

  it('returns nothing for nothing, and survives junk', () => {
    expect(rankLaterNews(subject, [])).toEqual([]);
    const junk = [null, {}, { url: 5, title: 'x' }, item('Ok', 'Bcachefs Keeps Going')] as unknown as NewsArticle[];
    expect(rankLaterNews(subject, junk).map((entry) => entry.article.url)).toEqual(['https://www.phoronix.com/news/Ok']);
    const empty: NewsSubject = { ...subject, title: 'The And Of', keyTerms: [], mentions: { versions: [], paths: [], trees: [] } };
    expect(rankLaterNews(empty, [item('Ok', 'Bcachefs Keeps Going')])).toEqual([]);
  });
});
