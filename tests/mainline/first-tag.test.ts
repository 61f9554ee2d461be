import fc from 'fast-check';
import { findFirstTag } from '@/utils/mainline/first-tag';

const tagsOf = (count: number) => Array.from({ length: count }, (_, index) => `t${index}`);

describe('the binary search for the first tag containing a commit', () => {
  it('finds the first containing tag (or master, past the last) within ⌈log2(n + 1)⌉ + 1 calls, from any start', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1200 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), async (count, answerAt, startAt) => {
        const tags = tagsOf(count);
        const answer = Math.min(count, Math.floor(answerAt * (count + 1))); // count = "in master, no tag yet"
        const start = Math.min(answer, Math.floor(startAt * (count + 1)));
        const { index, calls } = await findFirstTag(tags, async (tag) => Number(tag.slice(1)) >= answer, start);
        expect(index).toBe(answer);
        expect(calls).toBeLessThanOrEqual(Math.ceil(Math.log2(count + 1)) + 1);
      }),
      { numRuns: 400 },
    );
  });

  it('still finds the right tag when the commit date lied (the start is past the answer)', async () => {
    const tags = tagsOf(900);
    const { index } = await findFirstTag(tags, async (tag) => Number(tag.slice(1)) >= 300, 600);
    expect(index).toBe(300);
  });

  it('needs few calls when the commit landed within two cycles of its date', async () => {
    const tags = tagsOf(950);
    const { index, calls } = await findFirstTag(tags, async (tag) => Number(tag.slice(1)) >= 806, 800);
    expect(index).toBe(806);
    expect(calls).toBeLessThanOrEqual(6);
  });
});
