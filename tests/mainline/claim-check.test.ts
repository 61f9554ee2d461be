import { checkClaim } from '@/utils/mainline/claim-check';
import type { ClaimMention, MainlineStatus } from '@/utils/types';

const claim = (version: string, kind: ClaimMention['claim'] = 'queued'): ClaimMention => ({ kind: 'claim', claim: kind, version, sentence: `It is ${kind} for Linux ${version}.` });
const merged = (subject: string, release: string): MainlineStatus => ({ kind: 'path', subject, state: 'merged', release, tag: `v${release}-rc1`, evidence: [] });
const linuxNext: MainlineStatus = { kind: 'commit', subject: 'c7c4c9b88eecb28d3b48ba855cd6f9f7391a33b2', state: 'not-merged', notMerged: 'linux-next-merge', evidence: [] };

describe('checking a claim against what happened', () => {
  it('confirms "queued for 5.14" when the page\'s code reached mainline in 5.14', () => {
    expect(checkClaim(claim('5.14'), [merged('drivers/gpu/drm/nova/', '5.14')])).toMatchObject({ verdict: 'confirmed', claimed: 'queued for 5.14', basis: { release: '5.14' } });
  });

  it('an rc in the claim counts as its series', () => {
    expect(checkClaim(claim('6.1-rc3', 'merged'), [merged('rust/', '6.1')])?.verdict).toBe('confirmed');
  });

  it('"expected in 5.13" for code that first reached mainline in 6.1 is not confirmed, and names 6.1', () => {
    const check = checkClaim(claim('5.13', 'expected'), [linuxNext, merged('rust/', '6.1'), merged('rust/kernel/', '6.2')]);
    expect(check).toMatchObject({ verdict: 'not-confirmed', claimed: 'expected in 5.13', basis: { subject: 'rust/', release: '6.1' } });
  });

  it('says nothing without merged code to compare with, or for a tree claim', () => {
    expect(checkClaim(claim('5.13'), [linuxNext])).toBeUndefined();
    expect(checkClaim({ kind: 'claim', claim: 'lands', tree: 'linux-next', sentence: 'Rust lands in linux-next.' }, [merged('rust/', '6.1')])).toBeUndefined();
  });

  it('never counts merged code that is in no tag yet', () => {
    expect(checkClaim(claim('7.3'), [{ ...merged('fs/x/', '7.3'), untagged: true }])).toBeUndefined();
  });
});
