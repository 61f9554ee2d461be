import { findVersions, parseKernelVersion } from '../../utils/mentions/versions';
import { findUrls } from '../../utils/mentions/urls';

/** Versions found in `text`, as "<text as written>=<version>[/<series>][@context]". */
function versions(text: string): string[] {
  return findVersions(text, findUrls(text)).map(({ start, end, data }) => {
    const series = data.series === data.version.replace(/-rc\d+$/, '') ? '' : `/${data.series}`;
    return `${text.slice(start, end)}=${data.version}${series}${data.context ? `@${data.context}` : ''}`;
  });
}

describe('findVersions: kernel versions', () => {
  it.each([
    ['Linux 5.13 was released in June.', ['5.13=5.13']],
    ['Debian 12 ships Linux 6.1 LTS by default.', ['6.1=6.1@lts']],
    ['Rust is no longer experimental since the 7.0 merge window.', ['7.0=7.0@merge-window']],
    ['It was sent during the Linux 6.15 merge window.', ['6.15=6.15@merge-window']],
    ['Linus Torvalds tagged v6.1-rc3 of the kernel on Sunday.', ['v6.1-rc3=6.1-rc3']],
    ['The regression first appeared in 6.1-rc3.', ['6.1-rc3=6.1-rc3']],
    ['Linux 6.1-RC3 is out.', ['6.1-RC3=6.1-rc3']],
    ['Support dates back to Linux 2.6.32 from 2009.', ['2.6.32=2.6.32']],
    ['The 2.6.32.71 kernel was its last release.', ['2.6.32.71=2.6.32.71/2.6.32']],
    ['Greg KH released Linux 6.6.50 today.', ['6.6.50=6.6.50/6.6']],
    ['It needs kernel 5.10 or newer.', ['5.10=5.10']],
    ['The 5.13 kernel is now end of life.', ['5.13=5.13']],
    ['Ubuntu’s 6.8 kernel has the fix.', ['6.8=6.8']],
    ['Linux 3.0 followed 2.6.39.', ['3.0=3.0']],
    ['Linux 4.0, Linux 5.0, Linux 6.0 and Linux 7.0 were major bumps.', ['4.0=4.0', '5.0=5.0', '6.0=6.0', '7.0=7.0']],
    ['Linux 5.10, 5.15 and 6.1 are long-term releases.', ['5.10=5.10', '5.15=5.15', '6.1=6.1']],
    ['Linux 5.15 LTS To 6.17 Benchmarks', ['5.15=5.15@lts', '6.17=6.17']],
    ['Patches for Linux kernel version 5.10 were posted.', ['5.10=5.10']],
    ['A Linux 5.21 does not exist, but it is still a version.', ['5.21=5.21']],
    ['Linux 2.4.37 was the last 2.4 release.', ['2.4.37=2.4.37/2.4']],
    ['Linux 1.2 shipped in 1995.', ['1.2=1.2']],
    ['The fix is queued in the linux-6.1.y branch and Linux 6.1.y gets it too.', ['6.1.y=6.1']],
    ['Fedora 38 uses a 6.2-based kernel.', ['6.2=6.2']],
    ['(Linux 6.9) was released.', ['6.9=6.9']],
  ])('%s', (text, expected) => {
    expect(versions(text)).toEqual(expected);
  });

  it('reads the seed article’s bare "5.13" from its clause', () => {
    const sentence =
      'In any case, the effort is moving along and will be interesting to see if this initial Rust infrastructure for the Linux kernel does manage to make it mainline for 5.13 or another kernel release this year.';
    expect(versions(sentence)).toEqual(['5.13=5.13']);
  });

  it.each([
    // A bare number needs a preposition before it and kernel words in its clause.
    ['It landed for 5.13 or another kernel release.', ['5.13=5.13']],
    ['The feature was merged for 6.1.', ['6.1=6.1']],
    ['Rust support is queued in 6.2.', ['6.2=6.2']],
    ['The pull request for 7.0 is out.', ['7.0=7.0']],
    ['It was submitted for 6.2.', ['6.2=6.2']],
    ['Expect it for 5.13 or later.', []],
    ['It costs 5.13 and ships for 5.14.', []],
    ['The Plasma release was merged for 6.1.', []],
    ['The 5.13 release is great.', []],
    ['v6.1 brings Rust to Linux.', ['v6.1=6.1']],
    ['v6.1 brings new widgets.', []],
  ])('bare number: %s', (text, expected) => {
    expect(versions(text)).toEqual(expected);
  });

  it.each([
    'Mesa 21.0 is out.',
    'GCC 11 and GCC 11.2 were used.',
    'Wine 6.0 released.',
    'Rust 1.62 is the minimum.',
    'It needs rustc 1.62.0 for the kernel.',
    'LLVM 15 and Clang 15.0.7 build the kernel.',
    'Ubuntu 22.04 LTS ships a new kernel.',
    'Fedora 38 uses a newer kernel.',
    'Python 3.11 is faster.',
    'KDE Plasma 5.27 LTS and GNOME 44 are out.',
    'Firefox 115 ESR is out.',
    'Vulkan 1.3 and OpenGL 4.6 on the Linux kernel.',
    'PCIe 5.0 SSDs and USB 3.2 ports.',
    'Wi-Fi 6 and DDR5-6000 memory.',
    'Zen 4 and RDNA 3 GPUs.',
    'Steam 2.0 client for Linux.',
    'Proton 8.0-3 runs on the new kernel.',
    'Rocky Linux 9.2 and Alma Linux 8.8 are out.',
    'Linux Mint 21.2 released with a new kernel.',
    'Red Hat Enterprise Linux 8.6 ships kernel updates.',
    'The XNU kernel 8.0 and the NT kernel 6.1.',
    'RHEL 8.6 kernel backports.',
    'Qt 6.5 for the kernel config tool.',
    'Linux 5.x and Linux 6.x kernels.',
    'Linux 9.99 is far away and Linux 2.7 never existed.',
    'Connect to 192.168.1.1 or 10.0.0.1 on the kernel console.',
    'Dated 2021.03.19 or 19.03.2021 in the kernel log.',
    'Prices: $5.99, €4.50; 3.5% faster; 1.5x the speed; 4.2 GHz kernel builds.',
    'The kernel build took 5.13 seconds at 6.5 W.',
  ])('no kernel version in: %s', (text) => {
    expect(versions(text)).toEqual([]);
  });

  it('ignores version-like numbers in URLs', () => {
    expect(versions('See https://www.phoronix.com/news/Linux-6.17-MM and git.kernel.org/pub/linux-6.1.tar for Linux kernel news.')).toEqual([]);
  });

  it('finds measurements next to a version but not as one', () => {
    expect(versions('Kernel builds were 2.5 times faster with Linux 6.1.')).toEqual(['6.1=6.1']);
  });
});

describe('parseKernelVersion', () => {
  it.each([
    ['v6.1-rc3', { version: '6.1-rc3', series: '6.1' }],
    ['6.6.50', { version: '6.6.50', series: '6.6' }],
    ['2.6.32.71', { version: '2.6.32.71', series: '2.6.32' }],
    ['2.6.39-rc1', { version: '2.6.39-rc1', series: '2.6.39' }],
    ['5.13', { version: '5.13', series: '5.13' }],
  ])('%s', (token, expected) => {
    expect(parseKernelVersion(token)).toEqual(expected);
  });

  it.each(['9.1', '5.09', '6.1.2.3', '6.1.2-rc1', '2.7', '1.4', '6.1 and more', '', 'x'])('rejects %j', (token) => {
    expect(parseKernelVersion(token)).toBeUndefined();
  });
});
