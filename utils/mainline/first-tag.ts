/** Tags from the commit's date to the first probe: two cycles of about seven rcs and a release. */
const PROBE_DISTANCE = 15;

/**
 * Binary search for the first mainline tag containing a commit that is known to be in
 * master: `git describe --contains` through a containment test. `tags` are in release
 * order, so "tag contains the commit" is false, then true. Index `tags.length` stands for
 * master itself: merged, but in no tag yet.
 *
 * `start` is the first tag the commit's date allows. Most code is merged within two
 * release cycles of being committed, so the first probe is 15 tags (about two cycles) on:
 * when it hits, four more calls settle it. When the search found `start` itself, one more
 * call confirms that the tag before does not contain the commit, because commit dates can
 * lie. Calls stay within ⌈log2(tags.length + 1)⌉ + 1.
 */
export async function findFirstTag(
  tags: readonly string[],
  contains: (tag: string) => Promise<boolean>,
  start = 0,
): Promise<{ index: number; calls: number }> {
  let calls = 0;
  const test = (index: number) => {
    calls++;
    return contains(tags[index]!);
  };
  const search = async (low: number, high: number) => {
    // Invariant: no tag before `low` contains it; the tag at `high` (or master) does.
    while (low < high) {
      const middle = low + Math.floor((high - low) / 2);
      if (await test(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const from = Math.max(0, Math.min(start, tags.length));
  let index: number;
  const probe = from + PROBE_DISTANCE;
  if (tags.length - from > 2 * (PROBE_DISTANCE + 1)) {
    index = (await test(probe)) ? await search(from, probe) : await search(probe + 1, tags.length);
  } else {
    index = await search(from, tags.length);
  }
  if (index === from && from > 0 && (await test(from - 1))) index = await search(0, from - 1);
  return { index, calls };
}
