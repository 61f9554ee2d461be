import { findPaths } from '../../utils/mentions/paths';
import { findUrls } from '../../utils/mentions/urls';

const paths = (text: string): string[] => findPaths(text, findUrls(text)).map(({ data }) => data.path);

describe('findPaths', () => {
  it.each([
    ['All of the new code resides under rust/.', ['rust/']],
    ['See rust/kernel/ and drivers/gpu/drm/nova/ for the driver.', ['rust/kernel/', 'drivers/gpu/drm/nova/']],
    ['bcachefs lives in fs/bcachefs/ (fs/bcachefs/super.c).', ['fs/bcachefs/', 'fs/bcachefs/super.c']],
    ['Touches include/linux/sched.h, arch/x86/ and Documentation/rust/.', ['include/linux/sched.h', 'arch/x86/', 'Documentation/rust/']],
    ['kernel/sched/core.c, mm/, net/ipv4/tcp.c and tools/perf/', ['kernel/sched/core.c', 'mm/', 'net/ipv4/tcp.c', 'tools/perf/']],
    ['Edit kernel/fork.c and scripts/checkpatch.pl, then fs/Kconfig.', ['kernel/fork.c', 'scripts/checkpatch.pl', 'fs/Kconfig']],
    [' fs/smb/client/cifsfs.h     |  4 ++--', ['fs/smb/client/cifsfs.h']],
    ['io_uring/ and LICENSES/preferred/GPL-2.0', ['io_uring/', 'LICENSES/preferred/GPL-2.0']],
    ['drivers/gpu/drm/* changed', ['drivers/gpu/drm/']],
    ['`rust/kernel/sync.rs`: locking', ['rust/kernel/sync.rs']],
  ])('%j', (text, expected) => {
    expect(paths(text)).toEqual(expected);
  });

  it.each([
    'This is an and/or choice over TCP/IP with I/O 24/7 read/write access.',
    'New graphics drivers/firmware for AMD; kernel/userspace split; net/http in Go.',
    'Dates like mm/dd/yyyy or mm/dd.',
    'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/drivers/gpu/drm/nova/',
    'diff --git a/rust/kernel/lib.rs b/rust/kernel/lib.rs and /usr/lib/firmware and ~/kernel/src/',
    'The Rust/C interop, Drivers/ATI and DRIVERS/ are not paths; nor is somefs/ or xrust/.',
    'The kernel.org/rust/ site and user@host:rust/ copy.',
  ])('no path in %j', (text) => {
    expect(paths(text)).toEqual([]);
  });
});
