/** A finder's result: a range of the searched text and what it means. */
export interface Found<T> {
  start: number;
  end: number;
  data: T;
}

/**
 * A plain copy of `data`, for objects a page's mentions keep. Made from a literal, they would
 * carry the literal's allocation site: the engine soon decides such objects outlive young GCs
 * and flips its decision from one extraction to the next, and each flip throws away the
 * optimized code of every finder. A copy has no site (the literal dies young).
 */
export function kept<T extends object>(data: T): T {
  return { ...data };
}

/** True when `pos` lies inside one of `spans` (sorted by start, not overlapping). */
export function insideSpans(spans: readonly { start: number; end: number }[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (pos < span.start) hi = mid - 1;
    else if (pos >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * One list of the items in `lists`, ordered by start; at equal starts, items of an earlier
 * list come first (as a stable sort of the lists joined gives). Lists are in order already
 * (finders scan left to right), so merging them is linear; any other list is sorted.
 */
export function mergeByStart<T extends { start: number }>(lists: readonly (readonly T[])[]): T[] {
  for (const list of lists) {
    for (let i = 1; i < list.length; i += 1) {
      if (list[i]!.start < list[i - 1]!.start) return ([] as T[]).concat(...lists).sort((a, b) => a.start - b.start);
    }
  }
  const merged: T[] = [];
  const next = new Array<number>(lists.length).fill(0);
  for (;;) {
    let best = -1;
    let bestStart = Infinity;
    for (let l = 0; l < lists.length; l += 1) {
      const item = lists[l]![next[l]!];
      if (item && item.start < bestStart) {
        best = l;
        bestStart = item.start;
      }
    }
    if (best < 0) return merged;
    merged.push(lists[best]![next[best]!++]!);
  }
}
