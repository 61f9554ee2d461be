/** A finder's result: a range of the searched text and what it means. */
export interface Found<T> {
  start: number;
  end: number;
  data: T;
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
