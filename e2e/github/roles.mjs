// @ts-check
/**
 * The commits of the GitHub stand-in that play a part a test page names: each role says which
 * real (or recorded) commit id it stands for (`aliases`), which fixture it is taken from, and
 * where it lands in the synthetic history built by mainline-repo.mjs. See README.md.
 *
 * A commit spec either spells out author, dates and message, or takes them from a fixture:
 * `fromCgit` (a cgit commit page: author, committer, both dates, the whole message) or
 * `fromMail` (a patch mail: author, author date, subject without `[PATCH …]`, the body above
 * `---`; the applier's committer, date and trailers are given here).
 */

/** @typedef {string} Person  "Name <email>" */

/**
 * @typedef {object} CommitSpec
 * @property {string} key              names the commit inside this file (aliases point at keys)
 * @property {Person} [author]
 * @property {string} [authorDate]     "YYYY-MM-DD HH:MM:SS ±HHMM"
 * @property {Person} [committer]      default: the author
 * @property {string} [committerDate]  default: the author date
 * @property {string} [message]
 * @property {string} [fromCgit]       repo-relative path of a cgit commit page
 * @property {string} [fromMail]       repo-relative path of a patch mail
 * @property {string[]} [trailers]     appended to a `fromMail` message (the applier's Link:/Signed-off-by:)
 * @property {Record<string, string>} [files]  path → new content (added or replaced)
 * @property {string} [merge]          a merge: second parent = the tip of this topic
 */

/**
 * @typedef {object} RoleAlias
 * @property {string} commit           key of the commit playing the id, or `tag:<name>` for a mainline tag's commit
 * @property {string | null} firstTag  the first mainline tag containing it (`git describe --contains`); null = never in mainline
 */

/**
 * @typedef {object} Role
 * @property {string} id
 * @property {string} title
 * @property {string[]} sources        fixtures the role is read from or stands for (repo-relative; ../shared/… for shared ones)
 * @property {string} lands            where the role's commits end up, in words
 * @property {Record<string, RoleAlias>} aliases  real/recorded 40-hex id → the local commit playing it
 * @property {{ name: string, base: string, commits: CommitSpec[] }} [topic]  a side branch from a mainline tag's commit; no ref of its own
 * @property {'master' | { branch: string, base: string }} [onto]  where `commits` go: master (by committer date, among the tag commits) or a new branch from a tag's commit
 * @property {CommitSpec[]} [commits]
 */

export const LINUS = 'Linus Torvalds <torvalds@linux-foundation.org>';
export const MIGUEL = 'Miguel Ojeda <ojeda@kernel.org>';
export const GREG = 'Greg Kroah-Hartman <gregkh@linuxfoundation.org>';
export const SFR = 'Stephen Rothwell <sfr@canb.auug.org.au>';
export const KUBA = 'Jakub Kicinski <kuba@kernel.org>';
export const STEVE = 'Steve French <stfrench@microsoft.com>';

// --- file contents ------------------------------------------------------------------------

const RUST_LIB_RS_6_1 = `// SPDX-License-Identifier: GPL-2.0

//! The \`kernel\` crate.
//!
//! This crate contains the kernel APIs that have been ported or wrapped for
//! usage by Rust code in the kernel and is shared by all of them.

#![no_std]

pub mod error;
pub mod prelude;
pub mod str;
`;

const CONTAINER_OF = `
/// Produces a pointer to an object from a pointer to one of its fields.
///
/// # Safety
///
/// The pointer passed to this macro, and the pointer returned by this macro, must both be in
/// bounds of the same allocation.
#[macro_export]
macro_rules! container_of {
    ($ptr:expr, $type:ty, $($f:tt)*) => {{
        let ptr = $ptr as *const _ as *const u8;
        let offset: usize = ::core::mem::offset_of!($type, $($f)*);
        ptr.wrapping_sub(offset) as *const $type
    }}
}
`;

const RUST_LIB_RS_CONTAINER_OF = RUST_LIB_RS_6_1 + CONTAINER_OF;
const RUST_LIB_RS_FIXED = RUST_LIB_RS_CONTAINER_OF.replace('ptr.wrapping_sub(offset)', 'ptr.sub(offset)');

const RUST_STR_RS = `// SPDX-License-Identifier: GPL-2.0

//! String representations.

/// A string that is guaranteed to have exactly one \`NUL\` byte, at the end.
#[repr(transparent)]
pub struct CStr([u8]);

impl CStr {
    /// Returns the length of this string excluding \`NUL\`.
    #[inline]
    pub const fn len(&self) -> usize {
        self.0.len() - 1
    }
}
`;

const RUST_MAKEFILE_6_1 = `# SPDX-License-Identifier: GPL-2.0

always-$(CONFIG_RUST) += exports_core_generated.h

obj-$(CONFIG_RUST) += core.o compiler_builtins.o
obj-$(CONFIG_RUST) += alloc.o bindings.o kernel.o
`;

const RUST_MINIMAL_RS = `// SPDX-License-Identifier: GPL-2.0

//! Rust minimal sample.

use kernel::prelude::*;

module! {
    type: RustMinimal,
    name: "rust_minimal",
    author: "Rust for Linux Contributors",
    description: "Rust minimal sample",
    license: "GPL",
}

struct RustMinimal;

impl kernel::Module for RustMinimal {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        pr_info!("Rust minimal sample (init)\\n");
        Ok(RustMinimal)
    }
}
`;

const RUST_LIB_RS_2021 = `// SPDX-License-Identifier: GPL-2.0

//! The \`kernel\` crate.
//!
//! This crate contains the kernel APIs that have been ported or wrapped for
//! usage by Rust code in the kernel and is shared by all of them.
//!
//! In the future, proper abstractions will be added to this crate.

#![no_std]
#![feature(allocator_api, alloc_error_handler)]

pub mod bindings;
pub mod c_types;
pub mod error;
pub mod printk;
pub mod sysctl;

pub use crate::error::{Error, KernelResult};
`;

const RUST_MAKEFILE_2021 = `# SPDX-License-Identifier: GPL-2.0

obj-$(CONFIG_RUST) += core.o compiler_builtins.o helpers.o
extra-$(CONFIG_RUST) += exports_core_generated.h

obj-$(CONFIG_RUST) += alloc.o kernel.o
extra-$(CONFIG_RUST) += exports_alloc_generated.h exports_kernel_generated.h
`;

const NOVA_C = `// SPDX-License-Identifier: GPL-2.0
/*
 * nova: DRM driver for NVIDIA GSP-based GPUs
 */

#include <linux/module.h>
#include <linux/pci.h>
#include <drm/drm_drv.h>

static const struct pci_device_id nova_pci_table[] = {
	{ PCI_DEVICE_CLASS(PCI_CLASS_DISPLAY_VGA << 8, 0xffff00) },
	{ }
};
MODULE_DEVICE_TABLE(pci, nova_pci_table);

static int nova_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	if (pdev->vendor != PCI_VENDOR_ID_NVIDIA)
		return -ENODEV;

	return pcim_enable_device(pdev);
}

MODULE_DESCRIPTION("DRM driver for NVIDIA GSP-based GPUs");
MODULE_LICENSE("GPL");
`;

const PHY_RS = `// SPDX-License-Identifier: GPL-2.0

//! Network PHY device.

use crate::{bindings, error::*, prelude::*};

/// PHY device.
#[repr(transparent)]
pub struct Device(Opaque<bindings::phy_device>);

impl Device {
    /// Reads a paged register.
    pub fn read_paged(&mut self, page: u16, regnum: u16) -> Result<u16> {
        let phydev = self.0.get();
        // SAFETY: \`phydev\` is pointing to a valid object by the type invariant of \`Self\`.
        let ret = unsafe { bindings::phy_read_paged(phydev, page.into(), regnum.into()) };
        to_result(ret).map(|()| ret as u16)
    }
}
`;

const AX88796B_RUST_RS = `// SPDX-License-Identifier: GPL-2.0
//! Rust Asix PHYs driver

use kernel::net::phy::{self, DeviceId, Driver};
use kernel::prelude::*;

struct PhyAX88772A;

const AX_PAGE_VENDOR: u16 = 0x3;
const AX_REG_LINK_STATUS: u16 = 0x10;

fn ax_link_status(dev: &mut phy::Device) -> Result<u16> {
    dev.read_paged(AX_PAGE_VENDOR, AX_REG_LINK_STATUS)
}
`;

const SMB2PDU_H_2025 = `/* SPDX-License-Identifier: LGPL-2.1 */
#ifndef _COMMON_SMB2PDU_H
#define _COMMON_SMB2PDU_H

struct create_durable_handle_reconnect_v2 {
	struct create_context_hdr ccontext;
	__u8   Name[8];
	struct durable_reconnect_context_v2 dcontext;
	__u8   Pad[4];
} __packed;

#endif /* _COMMON_SMB2PDU_H */
`;

const cifsfsH = (/** @type {string} */ version) => `/* SPDX-License-Identifier: LGPL-2.1 */
#ifndef _CIFSFS_H
#define _CIFSFS_H

#define CIFS_VERSION   "${version}"

#endif				/* _CIFSFS_H */
`;

// --- the roles ----------------------------------------------------------------------------

/** @type {Role[]} */
export const ROLES = [
  {
    id: 'rust-6.1',
    title: 'Rust for 6.1: the first Rust code reaches mainline',
    sources: ['tests/fixtures/cgit/cgit_torvalds-linux_commit_merge-tag-rust-6.1.html', 'tests/fixtures/cgit/cgit_torvalds-linux_log.html'],
    lands:
      'master: a topic branch of 3 commits by Miguel Ojeda (2022-09-28, from the v6.0-rc7 commit) merged by Linus on 2022-10-03 12:00 UTC, after v6.0 (2022-10-02) and before v6.1-rc1. Nothing on master touches rust/ before it.',
    aliases: {
      '36944642c756cfaf5db5d5f121b6141ea5496fe9': { commit: 'rust-6.1-merge', firstTag: 'v6.1-rc1' },
      // The commit the fix's "Fixes: 7589055b679e" names; the cgit log fixture gives its full id.
      '7589055b679e0e993b2d506739fb8a68eda6061f': { commit: 'rust-container-of', firstTag: 'v6.1-rc1' },
    },
    topic: {
      name: 'rust-6.1',
      base: 'v6.0-rc7',
      commits: [
        {
          key: 'rust-kernel-crate',
          author: MIGUEL,
          authorDate: '2022-09-28 16:01:20 +0200',
          message: `rust: add \`kernel\` crate

The \`kernel\` crate holds the kernel APIs wrapped for Rust code: for the
moment the error type, the prelude and \`CStr\`. Add it together with the
rules that build it.

Link: https://lore.kernel.org/r/20220928140120.21006-2-ojeda@kernel.org
Signed-off-by: Miguel Ojeda <ojeda@kernel.org>
`,
          files: { 'rust/kernel/lib.rs': RUST_LIB_RS_6_1, 'rust/kernel/str.rs': RUST_STR_RS, 'rust/Makefile': RUST_MAKEFILE_6_1 },
        },
        {
          key: 'rust-container-of',
          author: MIGUEL,
          authorDate: '2022-09-28 16:01:21 +0200',
          message: `rust: kernel: add \`container_of!\` macro

Add the \`container_of!\` macro, the Rust counterpart of the C macro of the
same name: given a pointer to a field, it returns a pointer to the struct
that embeds it.

Link: https://lore.kernel.org/r/20220928140120.21006-3-ojeda@kernel.org
Signed-off-by: Miguel Ojeda <ojeda@kernel.org>
`,
          files: { 'rust/kernel/lib.rs': RUST_LIB_RS_CONTAINER_OF },
        },
        {
          key: 'rust-samples',
          author: MIGUEL,
          authorDate: '2022-09-28 16:01:22 +0200',
          message: `samples: add first Rust examples

A minimal module written in Rust, to show how the pieces fit together
and to test the build.

Link: https://lore.kernel.org/r/20220928140120.21006-4-ojeda@kernel.org
Signed-off-by: Miguel Ojeda <ojeda@kernel.org>
`,
          files: { 'samples/rust/rust_minimal.rs': RUST_MINIMAL_RS },
        },
      ],
    },
    onto: 'master',
    commits: [
      {
        key: 'rust-6.1-merge',
        merge: 'rust-6.1',
        author: LINUS,
        authorDate: '2022-10-03 05:00:00 -0700',
        message: `Merge tag 'rust-6.1' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux

Pull Rust support from Miguel Ojeda:
 "The first Rust code in the kernel: the \`kernel\` crate with the string
  type and the 'container_of!' macro, the rules that build it, and a
  minimal sample module.

  All of it has been in linux-next for a while"

* tag 'rust-6.1' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux:
  samples: add first Rust examples
  rust: kernel: add \`container_of!\` macro
  rust: add \`kernel\` crate
`,
      },
    ],
  },
  {
    id: 'next-20210319',
    title: "The seed article's linux-next merge: Rust lands in linux-next (March 2021)",
    sources: ['e2e/worlds/demo/pages/phoronix-rust-hits-linux-next.html', '../shared/seeds/000_e824b2fcbf808dd7.txt'],
    lands:
      "branch next-20210319 from the v5.12-rc3 commit: a rust-next side branch of 2 commits by Miguel Ojeda (2021-03-17) merged by Stephen Rothwell on 2021-03-19, then linux-next's own files commit. Never in master.",
    aliases: { c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2: { commit: 'next-20210319-merge', firstTag: null } },
    topic: {
      name: 'rust-next-2021',
      base: 'v5.12-rc3',
      commits: [
        {
          key: 'rust-2021-kbuild',
          author: MIGUEL,
          authorDate: '2021-03-17 20:51:04 +0100',
          message: `Kbuild: Rust support

Having the build rules in place is the first step to let drivers be
written in Rust. Nothing is built unless CONFIG_RUST is enabled.

Signed-off-by: Miguel Ojeda <ojeda@kernel.org>
`,
          files: { 'rust/Makefile': RUST_MAKEFILE_2021 },
        },
        {
          key: 'rust-2021-kernel-crate',
          author: MIGUEL,
          authorDate: '2021-03-17 20:51:05 +0100',
          message: `rust: add the \`kernel\` crate

The Rust abstractions over the kernel's C APIs live in this crate:
for now printing, errors and sysctl.

Signed-off-by: Miguel Ojeda <ojeda@kernel.org>
`,
          files: { 'rust/kernel/lib.rs': RUST_LIB_RS_2021 },
        },
      ],
    },
    onto: { branch: 'refs/heads/next-20210319', base: 'v5.12-rc3' },
    commits: [
      { key: 'next-20210319-merge', merge: 'rust-next-2021', author: SFR, authorDate: '2021-03-19 14:41:38 +1100', message: "Merge remote-tracking branch 'rust/rust-next'\n" },
      {
        key: 'next-20210319-files',
        author: SFR,
        authorDate: '2021-03-19 16:06:29 +1100',
        message: 'Add linux-next specific files for 20210319\n\nSigned-off-by: Stephen Rothwell <sfr@canb.auug.org.au>\n',
        files: { 'localversion-next': '-next-20210319\n' },
      },
    ],
  },
  {
    id: 'next-20220930',
    title: "A linux-next merge of Miguel Ojeda's rust-next (2022): the commits land, the merge never does",
    sources: ['tests/fixtures/cgit/cgit_next-linux-next_commit_merge-rust-next.html'],
    lands:
      "branch next-20220930 from the v6.0-rc7 commit: Stephen Rothwell merges the rust-6.1 topic (the same commits Linus merges on 2022-10-03), then linux-next's own files commit. The merge itself never reaches master.",
    aliases: { '80d15e092a0394fbb670e349bb945540d1a00cbe': { commit: 'next-20220930-merge', firstTag: null } },
    onto: { branch: 'refs/heads/next-20220930', base: 'v6.0-rc7' },
    commits: [
      {
        key: 'next-20220930-merge',
        merge: 'rust-6.1',
        author: SFR,
        authorDate: '2022-09-30 13:52:37 +1000',
        message: "Merge branch 'rust-next' of git://git.kernel.org/pub/scm/linux/kernel/git/ojeda/linux.git\n",
      },
      {
        key: 'next-20220930-files',
        author: SFR,
        authorDate: '2022-09-30 14:30:02 +1000',
        message: 'Add linux-next specific files for 20220930\n\nSigned-off-by: Stephen Rothwell <sfr@canb.auug.org.au>\n',
        files: { 'localversion-next': '-next-20220930\n' },
      },
    ],
  },
  {
    id: 'fix-after-6.1',
    title: 'An ordinary fix with trailers, merged after 6.1',
    sources: ['tests/fixtures/cgit/cgit_torvalds-linux_commit_fix-with-trailers.html'],
    lands: 'master: committed 2022-12-14 (after v6.1 = 2022-12-11, before v6.2-rc1 = 2022-12-25).',
    aliases: { '07a3ce7c09379672dde171413e7740f64e423e08': { commit: 'fix-container-of', firstTag: 'v6.2-rc1' } },
    onto: 'master',
    commits: [{ key: 'fix-container-of', fromCgit: 'tests/fixtures/cgit/cgit_torvalds-linux_commit_fix-with-trailers.html', files: { 'rust/kernel/lib.rs': RUST_LIB_RS_FIXED } }],
  },
  {
    id: 'stable-backport',
    title: 'The stable backport of that fix ("commit … upstream.")',
    sources: ['tests/fixtures/cgit/cgit_stable-linux_commit_backport.html'],
    lands: 'branch linux-6.1.y from the v6.1 commit: one commit by Greg Kroah-Hartman (2022-12-21). Not in master.',
    aliases: { cf8395f410fe2d98d06add33faa7c573f0122ae4: { commit: 'backport-container-of', firstTag: null } },
    onto: { branch: 'refs/heads/linux-6.1.y', base: 'v6.1' },
    commits: [{ key: 'backport-container-of', fromCgit: 'tests/fixtures/cgit/cgit_stable-linux_commit_backport.html', files: { 'rust/kernel/lib.rs': RUST_LIB_RS_FIXED } }],
  },
  {
    id: 'drm-nova',
    title: 'A drm/nova commit with a patch.msgid.link Link: trailer, in 6.1-rc1',
    sources: ['tests/fixtures/cgit/cgit_torvalds-linux_commit_patch-msgid-link.html'],
    lands: 'master: committed 2022-10-10, after the rust-6.1 merge and before v6.1-rc1 (2022-10-16).',
    aliases: { '5eb15503d93afd8f703ec2d961abe51442392a40': { commit: 'nova-probe', firstTag: 'v6.1-rc1' } },
    onto: 'master',
    commits: [{ key: 'nova-probe', fromCgit: 'tests/fixtures/cgit/cgit_torvalds-linux_commit_patch-msgid-link.html', files: { 'drivers/gpu/drm/nova/nova.c': NOVA_C } }],
  },
  {
    id: 'net-next-series',
    title: 'A net-next series applied by Jakub Kicinski, never (yet) in mainline',
    sources: [
      'scripts/fixtures/lore-mails/rust-for-linux/02_PATCH-net-next-v3-1-2.eml',
      'scripts/fixtures/lore-mails/rust-for-linux/03_PATCH-net-next-v3-2-2.eml',
      'tests/fixtures/cgit/cgit_netdev-net-next_commit_series-patch-1.html',
      'scripts/fixtures/lore-mails/rust-for-linux/05_Re-PATCH-0-2_b4-ty-applied.eml',
    ],
    lands: 'branch net-next from the v6.1 commit: the two patches, committed by Jakub Kicinski on 2022-12-13. Not in master.',
    aliases: {
      '97df8dcaad8f41008ac55d4e80c4ac35317a7d7f': { commit: 'net-next-1', firstTag: null },
      // Patch 2's id, from the b4 "Applied, thanks!" and patchwork-bot mails.
      d5b58eb21c1b8f8c11e4a208b7a253297e6b4d4c: { commit: 'net-next-2', firstTag: null },
    },
    onto: { branch: 'refs/heads/net-next', base: 'v6.1' },
    commits: [
      {
        key: 'net-next-1',
        fromMail: 'scripts/fixtures/lore-mails/rust-for-linux/02_PATCH-net-next-v3-1-2.eml',
        committer: KUBA,
        committerDate: '2022-12-13 18:42:07 -0800',
        trailers: ['Signed-off-by: Jakub Kicinski <kuba@kernel.org>'],
        files: { 'rust/kernel/net/phy.rs': PHY_RS },
      },
      {
        key: 'net-next-2',
        fromMail: 'scripts/fixtures/lore-mails/rust-for-linux/03_PATCH-net-next-v3-2-2.eml',
        committer: KUBA,
        committerDate: '2022-12-13 18:42:08 -0800',
        trailers: ['Signed-off-by: Jakub Kicinski <kuba@kernel.org>'],
        files: { 'drivers/net/phy/ax88796b_rust.rs': AX88796B_RUST_RS },
      },
    ],
  },
  {
    id: 'smb3-2025',
    title: 'The smb3 client fixes pull of December 2025',
    sources: [
      '../shared/fixtures/lore-raw-messages/git-pull_smb3-client-fixes_2025-12-18.eml',
      'scripts/fixtures/lore-mails/linux-cifs/01_Re-GIT-PULL_pr-tracker-bot_smb3-client-fixes.eml',
      'tests/fixtures/lore/lore_linux-cifs_git-pull_thread-flat.html.source.md',
    ],
    lands:
      'master: a side branch of 2 commits by Steve French from the v6.19-rc1 commit (2025-12-14), merged by Linus on 2025-12-19 01:50 UTC (18 Dec in his -0800), after v6.19-rc1 and before v6.19-rc2 (2025-12-21).',
    aliases: {
      cccbdb9bc555d694a145c0f87103d6e541618e22: { commit: 'smb3-2025-merge', firstTag: 'v6.19-rc2' },
      // "for you to fetch changes up to d8a4af8f…" and X-PR-Tracked-Commit-Id: the pull's tip.
      d8a4af8f3d9d3367b2c49b0d9dee529556bdd2f4: { commit: 'smb3-2025-version', firstTag: 'v6.19-rc2' },
      // "changes since commit 8f0b4cce…: Linux 6.19-rc1" (the real v6.19-rc1 commit id).
      '8f0b4cce4481fb22653697cced8d0d04027cb1e8': { commit: 'tag:v6.19-rc1', firstTag: 'v6.19-rc1' },
    },
    topic: {
      name: 'smb3-2025',
      base: 'v6.19-rc1',
      commits: [
        {
          key: 'smb3-2025-durable',
          author: STEVE,
          authorDate: '2025-12-15 11:20:41 -0600',
          message: `smb: align durable reconnect v2 context to 8 byte boundary

The durable reconnect v2 create context was not padded to a multiple of
8 bytes, so a context following it started misaligned and some servers
rejected the reconnect. Add the missing padding.

Signed-off-by: Steve French <stfrench@microsoft.com>
`,
          files: { 'fs/smb/common/smb2pdu.h': SMB2PDU_H_2025 },
        },
        {
          key: 'smb3-2025-version',
          author: STEVE,
          authorDate: '2025-12-16 17:43:02 -0600',
          message: 'cifs: update internal module version number\n\nTo 2.58\n\nSigned-off-by: Steve French <stfrench@microsoft.com>\n',
          files: { 'fs/smb/client/cifsfs.h': cifsfsH('2.58') },
        },
      ],
    },
    onto: 'master',
    commits: [
      {
        key: 'smb3-2025-merge',
        merge: 'smb3-2025',
        author: LINUS,
        authorDate: '2025-12-18 17:50:12 -0800',
        message: `Merge tag 'v6.19-rc1-smb3-client-fixes' of git://git.samba.org/sfrench/cifs-2.6

Pull smb client fixes from Steve French:

 - important fix for reconnect problem

 - minor cleanup

* tag 'v6.19-rc1-smb3-client-fixes' of git://git.samba.org/sfrench/cifs-2.6:
  cifs: update internal module version number
  smb: align durable reconnect v2 context to 8 byte boundary
`,
      },
    ],
  },
  {
    id: 'cifs-2019',
    title: "The 2019 CIFS pull ('5.2-smb3') that pr-tracker-bot reported merged",
    sources: ['../shared/fixtures/lore-raw-messages/pr-tracker-bot_cifs-5.2-smb3_2019-05-08.eml', 'tests/fixtures/lore/lore_linux-cifs_pr-tracker-bot-2019_message.html'],
    lands: 'master: a 1-commit side branch from the v5.1 commit (2019-05-06), merged by Linus on 2019-05-08 20:40 UTC, before v5.2-rc1 (2019-05-20).',
    aliases: {
      '78d9affbb0e79d48fd82b34ef9cd673a7c86d6f2': { commit: 'cifs-2019-merge', firstTag: 'v5.2-rc1' },
      // X-PR-Tracked-Commit-Id: the tip of tags/5.2-smb3.
      cb4f7bf6be10b35510e6b2e60f80d85ebc22a578: { commit: 'cifs-2019-version', firstTag: 'v5.2-rc1' },
    },
    topic: {
      name: 'cifs-2019',
      base: 'v5.1',
      commits: [
        {
          key: 'cifs-2019-version',
          author: STEVE,
          authorDate: '2019-05-07 22:04:35 -0500',
          message: 'cifs: update internal module version number\n\nTo 2.20\n\nSigned-off-by: Steve French <stfrench@microsoft.com>\n',
          files: { 'fs/cifs/cifsfs.h': cifsfsH('2.20') },
        },
      ],
    },
    onto: 'master',
    commits: [
      {
        key: 'cifs-2019-merge',
        merge: 'cifs-2019',
        author: LINUS,
        authorDate: '2019-05-08 13:40:00 -0700',
        message: `Merge tag '5.2-smb3' of git://git.samba.org/sfrench/cifs-2.6

Pull CIFS/SMB3 updates from Steve French:
 "Includes an update of the internal module version number"

* tag '5.2-smb3' of git://git.samba.org/sfrench/cifs-2.6:
  cifs: update internal module version number
`,
      },
    ],
  },
  {
    id: 'cgit-fixture-tags',
    title: 'The tag commits the synthetic cgit fixtures name',
    sources: ['tests/fixtures/cgit/cgit_torvalds-linux_log.html', 'tests/fixtures/cgit/cgit_netdev-net-next_commit_series-patch-1.html'],
    lands: "the master commits of v6.0, v6.1-rc1 and v6.1 (the parents and log lines of the cgit fixtures' commits).",
    aliases: {
      '4066d6494bea25e56cbfaa21f100229fa2c3e181': { commit: 'tag:v6.0', firstTag: 'v6.0' },
      '56991a39c6bf0213fc28f75dddc3c59fab93d8e7': { commit: 'tag:v6.1-rc1', firstTag: 'v6.1-rc1' },
      '7bbe11f8ae94ad09287acd03641d325363280ed3': { commit: 'tag:v6.1', firstTag: 'v6.1' },
    },
  },
];
