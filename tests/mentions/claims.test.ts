import { findClaims } from '../../utils/mentions/claims';
import { findTrees } from '../../utils/mentions/trees';
import { findUrls } from '../../utils/mentions/urls';
import { findVersions } from '../../utils/mentions/versions';

/** Claims in `text` as "<claim> <version or tree>: <text of the claim>". */
function claims(text: string): string[] {
  const urls = findUrls(text);
  return findClaims(text, findVersions(text, urls), findTrees(text, urls), urls).map(
    ({ start, end, data }) => `${data.claim} ${data.version ?? data.tree}: ${text.slice(start, end)}`,
  );
}

describe('findClaims', () => {
  it.each([
    ['The driver is queued for Linux 5.14.', ['queued 5.14: queued for Linux 5.14']],
    ['The feature was merged for 6.1.', ['merged 6.1: merged for 6.1']],
    ['Rust support was merged in Linux 6.1 after years of work.', ['merged 6.1: merged in Linux 6.1']],
    ['Initial Rust support lands in Linux-Next.', ['lands linux-next: lands in Linux-Next']],
    ['The code landed in linux-next this week.', ['lands linux-next: landed in linux-next']],
    ['Miguel sent the pull request for 7.0.', ['pull-request 7.0: pull request for 7.0']],
    ['Miguel sent in the pull request for Linux 7.0 today.', ['pull-request 7.0: pull request for Linux 7.0']],
    ['The series was submitted for 6.2.', ['submitted 6.2: submitted for 6.2']],
    ['The new driver is expected for Linux 5.13.', ['expected 5.13: expected for Linux 5.13']],
    ['Nova is slated for the upcoming Linux 6.15 kernel.', ['expected 6.15: slated for the upcoming Linux 6.15']],
    ['It will be merged for Linux 6.2.', ['expected 6.2: merged for Linux 6.2']],
    ['If it lands in linux-next soon, good.', ['expected linux-next: lands in linux-next']],
    ['The patches were merged into net-next.', ['lands net-next: merged into net-next']],
    ['The pull was merged into mainline on Sunday.', ['merged mainline: merged into mainline']],
    ['Initial Rust support appeared this week in the Linux-Next tree.', ['lands linux-next: appeared this week in the Linux-Next']],
    ['Word of initial Rust support hitting Linux-Next.', ['lands linux-next: hitting Linux-Next']],
    ['Linus Torvalds merged the initial deferred unwinder infrastructure into the Linux 6.17 kernel.', ['merged 6.17: merged the initial deferred unwinder infrastructure into the Linux 6.17']],
    ['AMD Ryzen AI Halo LED Driver Queued For Introduction In Linux 7.3', ['queued 7.3: Queued For Introduction In Linux 7.3']],
    ['It was queued for 5.14 and merged for 5.15.', ['queued 5.14: queued for 5.14', 'merged 5.15: merged for 5.15']],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('keeps the sentence, with its whitespace collapsed', () => {
    const text = 'First sentence. The driver is\n  queued for Linux 5.14 by Greg.  Next one.';
    const urls = findUrls(text);
    const [claim] = findClaims(text, findVersions(text, urls), findTrees(text, urls), urls);
    expect(claim?.data.sentence).toBe('The driver is queued for Linux 5.14 by Greg.');
  });

  it.each([
    // Negations and questions never become claims, least of all "merged".
    "It's not yet clear if/when it will be mainlined in Linux-Next or for Linux 5.13.",
    'This does not mean we will make it into mainline, of course.',
    'It was not merged for Linux 6.1.',
    "The driver wasn't queued for Linux 5.14.",
    'It has yet to land in linux-next.',
    'Will it be merged for Linux 6.2?',
    'It is unclear whether it was merged for Linux 6.1.',
    'The code never landed in Linux-Next.',
    // No cue, or the cue is too far from the target or in another clause.
    'Generally work in Linux-Next bakes until the next cycle but sometimes can stay in Linux-Next longer.',
    'The code still needs to go through all the merge window pull request formalities.',
    'The EXT4 enhancements for Linux 6.17 were merged on Thursday.',
    'With Linux 5.19 the Zen 4 IBS extensions landed while now with Linux 6.0 the perf tools changed.',
    'It was merged, and Linux 6.1 shipped.',
    'Merged. Linux 6.1 is out.',
    'The pull request had many small fixes, benchmarks and tests for the Linux 6.1 kernel.',
  ])('no claim in %j', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('reads the seed article: lands in linux-next, expected for 5.13, nothing merged', () => {
    const text = [
      'As the first baby step towards that dream, initial Rust support appeared this week in the Linux-Next tree.',
      "While Rust is now in Linux-Next, it's not yet clear if/when it will be mainlined.",
      'In any case, the effort is moving along and will be interesting to see if this initial Rust infrastructure for the Linux kernel does manage to make it mainline for 5.13 or another kernel release this year.',
    ].join(' ');
    expect(claims(text)).toEqual([
      'lands linux-next: appeared this week in the Linux-Next',
      'lands linux-next: now in Linux-Next',
      'expected 5.13: make it mainline for 5.13',
    ]);
  });
});
