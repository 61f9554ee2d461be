import fc from 'fast-check';

/** Random damage to a page: cut the HTML short, remove elements, or shuffle an element's children. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'remove'; picks: number[] }
  | { kind: 'shuffle'; picks: number[]; keys: number[] };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('remove' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 30 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }), keys: fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 64 }) }),
);

/** Applies a DOM mutation in place and returns how to undo it, so one parsed document serves every run. */
export function mutate(doc: Document, change: Exclude<Mutation, { kind: 'truncate' }>): () => void {
  const undo: (() => void)[] = [];
  for (const pick of change.picks) {
    const elements = Array.from(doc.querySelectorAll('body *'));
    const element = elements[pick % Math.max(elements.length, 1)];
    if (element === undefined) break;
    if (change.kind === 'remove') {
      const parent = element.parentNode;
      const next = element.nextSibling;
      element.remove();
      undo.push(() => parent?.insertBefore(element, next));
    } else {
      const original = Array.from(element.childNodes);
      const shuffled = original.map((node, index) => ({ node, key: change.keys[index % change.keys.length] ?? 0 })).sort((a, b) => a.key - b.key);
      element.append(...shuffled.map(({ node }) => node));
      undo.push(() => element.append(...original));
    }
  }
  return () => undo.reverse().forEach((step) => step());
}
