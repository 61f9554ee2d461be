import { findTrees } from '../../utils/mentions/trees';
import { findUrls } from '../../utils/mentions/urls';

const trees = (text: string): string[] => findTrees(text, findUrls(text)).map(({ start, end, data }) => `${text.slice(start, end)}=${data.tree}`);

describe('findTrees', () => {
  it.each([
    ['Initial Rust support appeared in the Linux-Next tree.', ['Linux-Next=linux-next']],
    ['Queued in net-next, drm-next, drm-misc-next and bpf-next.', ['net-next=net-next', 'drm-next=drm-next', 'drm-misc-next=drm-misc-next', 'bpf-next=bpf-next']],
    ['Picked up by rust-next and char-misc-next; kvm-next too.', ['rust-next=rust-next', 'char-misc-next=char-misc-next', 'kvm-next=kvm-next']],
    ['It sits in mm-unstable, later mm-stable and mm-hotfixes-stable.', ['mm-unstable=mm', 'mm-stable=mm', 'mm-hotfixes-stable=mm']],
    ['Andrew took it into -mm (the mm tree).', ['-mm=mm', 'mm=mm']],
    ['Applied to the tip tree, in tip/sched/core and the tip/x86 branch.', ['tip=tip', 'tip/sched/core=tip', 'tip/x86=tip']],
    ['It went through the net tree (net.git), not the bpf git tree.', ['net=net', 'net=net', 'bpf=bpf']],
    ['It is in linux-next as of next-20210319.', ['linux-next=linux-next', 'next-20210319=linux-next']],
    ['The staging tree and the stable tree.', ['staging=staging', 'stable=stable']],
    ["Merged into Linus' tree, i.e. torvalds/linux.git.", ["Linus' tree=mainline", 'torvalds/linux.git=mainline']],
    ['Linus Torvalds’ git tree has it.', ['Torvalds’ git tree=mainline']],
  ])('%j', (text, expected) => {
    expect(trees(text)).toEqual(expected);
  });

  it.each([
    'The net effect is small; mm, tip and bpf are words too.',
    'A useful tip: read the mainline kernel docs.',
    'The device tree, the source tree, the kernel tree and a red-black tree.',
    'The next-gen GPU and what comes up-next.',
    'See https://git.kernel.org/pub/scm/linux/kernel/git/next/linux-next.git/ for the tree.',
    'A tip/trick and internet tree; foo.net tree.',
    'Version 2023-next? Not a tree: linux_next or linux-nextgen.',
  ])('no tree in %j', (text) => {
    expect(trees(text)).toEqual([]);
  });
});
