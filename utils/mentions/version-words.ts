/**
 * Word lists for telling a kernel version from other numbers (see versions.ts for the rules).
 * All lower case; compare with `word.toLowerCase()`.
 */

/** "<Distro> Linux 9.2" is the distribution's version, not the kernel's. */
export const DISTROS_BEFORE_LINUX = new Set([
  'alma', 'alpine', 'alt', 'amazon', 'arch', 'asahi', 'astra', 'azure', 'bodhi', 'centos', 'chimera',
  'clear', 'core', 'debian', 'deepin', 'elementary', 'endless', 'enterprise', 'fedora', 'flatcar',
  'garuda', 'gentoo', 'hat', 'kaisen', 'kali', 'kylin', 'lite', 'mageia', 'mandrake', 'mandriva',
  'manjaro', 'mint', 'mx', 'nixos', 'nobara', 'openmandriva', 'opensuse', 'oracle', 'parrot', 'peppermint',
  'photon', 'pop', 'puppy', 'qubes', 'redhat', 'rhel', 'river', 'rocky', 'rosa', 'scientific', 'slackware',
  'solus', 'suse', 'tails', 'talos', 'trisquel', 'turbo', 'ubuntu', 'void', 'yellow', 'zorin',
]);

/** "<OS> kernel 6.1" for an operating system whose kernel is not Linux. */
export const OTHER_KERNELS = new Set([
  'bsd', 'darwin', 'dragonfly', 'dragonflybsd', 'freebsd', 'fuchsia', 'genode', 'haiku', 'hurd', 'illumos',
  'ios', 'l4', 'mach', 'macos', 'managarm', 'minix', 'netbsd', 'nt', 'openbsd', 'redox', 'sel4', 'serenityos',
  'solaris', 'windows', 'xen', 'xnu', 'zircon',
]);

/** Words that may sit between a version and what it names: "kernel version 5.10". */
export const TRANSPARENT = new Set(['version', 'release', 'series', 'branch']);

/** Prepositions after which a bare number may be a version ("for 5.13"), given kernel context. */
export const PREPOSITIONS = new Set([
  'about', 'after', 'against', 'as', 'at', 'atop', 'before', 'by', 'during', 'for', 'from', 'in', 'into',
  'of', 'on', 'onto', 'over', 'past', 'since', 'than', 'through', 'till', 'to', 'toward', 'towards', 'until',
  'via', 'vs', 'versus', 'with', 'without',
]);

/**
 * Words that may precede a kernel version without naming another product: determiners, common
 * adjectives and verbs. Any other word right before a number ("Mesa", "rustc", "RHEL") is
 * taken to be the product the number belongs to.
 */
export const NEUTRAL = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'each', 'every', 'any', 'both', 'all', 'and', 'or', 'nor', 'but', 'then', 'also', 'even', 'still',
  'already', 'yet', 'just', 'only', 'now', 'out', 'like', 'around', 'circa', 'per', 'same', 'other',
  'new', 'newer', 'newest', 'latest', 'old', 'older', 'oldest', 'upcoming', 'current', 'next', 'previous',
  'prior', 'recent', 'stable', 'mainline', 'upstream', 'vanilla', 'final', 'first', 'last', 'early',
  'earlier', 'later', 'experimental', 'forthcoming', 'eventual', 'stock', 'default', 'patched', 'future',
  'existing', 'modern', 'ancient', 'ongoing', 'official', 'released', 'tagged', 'merged', 'queued',
  'pulled', 'backported', 'target', 'targets', 'targeting', 'targeted', 'require', 'requires', 'required',
  'need', 'needs', 'needed', 'run', 'runs', 'running', 'use', 'uses', 'using', 'used', 'ship', 'ships',
  'shipped', 'shipping', 'boot', 'boots', 'booting', 'test', 'tests', 'testing', 'tested', 'include',
  'includes', 'including', 'included', 'featuring', 'see', 'upgrade', 'upgraded', 'upgrading', 'update',
  'updated', 'move', 'moved', 'moving', 'bump', 'bumped', 'rebase', 'rebased', 'based', 'is', 'was', 'be',
  'been', 'being', 'are', 'were', 'reach', 'reached', 'reaches', 'hit', 'hits', 'land', 'lands', 'landed',
  'expected', 'slated', 'planned', 'due', 'set', 'arrives', 'arrived', 'sent', 'submitted', 'mark', 'marks',
  'make', 'makes', 'releasing',
]);

/** Words that make a clause about the kernel, for bare numbers ("for 5.13 or another kernel release"). */
export const KERNEL_CLAUSE =
  /\b(?:kernels?|mainline[ds]?|merge[ -]window|linux-next|torvalds|linus|pull requests?|queued|merged|submitted)\b/i;

/** Products whose name in a clause means its bare numbers are probably theirs, not the kernel's. */
export const PRODUCT_CLAUSE =
  /\b(?:mesa|gcc|wine|llvm|clang|ubuntu|fedora|debian|python|kde|plasma|gnome|firefox|chrome|chromium|vulkan|opengl|qt|gtk|proton|steam|blender|libreoffice|systemd|qemu|rocm|cuda|dxvk|macos|freebsd|xorg|wayland|pipewire|php|perl|ruby|thunderbird|rhel|opensuse|glibc|binutils)\b/i;

/** Units and suffixes that make a number a measurement: "4.2 GHz", "3.5%", "1.5x". */
export const UNIT_AFTER =
  /^(?:["″]|\s?(?:%|percent\b|x\b|×|times\b|[kMGT]Hz\b|[kMGTP]i?B\b|[KMG]bps\b|GT\/s|nm\b|mm\b|cm\b|inch|W\b|watts?\b|V\b|volts?\b|fps\b|[mµun]s\b|sec\b|seconds?\b|min\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|°|mAh\b|Wh\b|[TGM]FLOPS\b|points?\b|billion\b|million\b|thousand\b|dB\b|kg\b))/;
