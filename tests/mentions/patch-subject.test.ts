import { findPatchSubjects, parsePatchSubject } from '../../utils/mentions/patch-subject';

describe('parsePatchSubject', () => {
  it.each([
    ['Re: [PATCH v3 2/7] rust: add foo', { subject: 'rust: add foo', isReply: true, tags: ['PATCH'], version: 3, index: 2, total: 7 }],
    ['[GIT PULL] Rust for 6.1', { subject: 'Rust for 6.1', isReply: false, tags: ['GIT PULL'] }],
    ['[RFC PATCH 00/13] Rust support', { subject: 'Rust support', isReply: false, tags: ['RFC', 'PATCH'], index: 0, total: 13 }],
    ['[PATCH net-next v2] net: fix the thing', { subject: 'net: fix the thing', isReply: false, tags: ['PATCH', 'NET-NEXT'], version: 2 }],
    ['[PATCH RESEND] mm: slub: tidy', { subject: 'mm: slub: tidy', isReply: false, tags: ['PATCH', 'RESEND'] }],
    ['Re: Re: [PATCH] x86: quirk', { subject: 'x86: quirk', isReply: true, tags: ['PATCH'] }],
    ['[PATCH 6.1 001/200] drm: fix', { subject: 'drm: fix', isReply: false, tags: ['PATCH', '6.1'], index: 1, total: 200 }],
    ['[ANNOUNCE] Linux 6.6.50', { subject: 'Linux 6.6.50', isReply: false, tags: ['ANNOUNCE'] }],
    ['[PATCHv2 1/3] fs: thing', { subject: 'fs: thing', isReply: false, tags: ['PATCH'], version: 2, index: 1, total: 3 }],
    ['[f2fs-dev] [PATCH v4] f2fs: compress', { subject: 'f2fs: compress', isReply: false, tags: ['F2FS-DEV', 'PATCH'], version: 4 }],
    ['Fwd: [PATCH] foo', { subject: 'foo', isReply: false, tags: ['PATCH'] }],
    ['AW: [PATCH] foo', { subject: 'foo', isReply: true, tags: ['PATCH'] }],
    ['Re[2]: [PATCH 1/2 v2] foo', { subject: 'foo', isReply: true, tags: ['PATCH'], version: 2, index: 1, total: 2 }],
    ['Linux 6.9-rc1', { subject: 'Linux 6.9-rc1', isReply: false, tags: [] }],
    ['', { subject: '', isReply: false, tags: [] }],
    ['[PATCH', { subject: '[PATCH', isReply: false, tags: [] }],
  ])('%j', (raw, expected) => {
    expect(parsePatchSubject(raw)).toEqual({ raw, ...expected });
  });
});

describe('findPatchSubjects', () => {
  const subjects = (text: string): string[] => findPatchSubjects(text).map(({ start, end }) => text.slice(start, end));

  it.each([
    ['Miguel sent "[RFC PATCH 00/13] Rust support" to the list.', ['[RFC PATCH 00/13] Rust support']],
    ['Miguel sent “[PATCH v2] rust: add foo” yesterday.', ['[PATCH v2] rust: add foo']],
    ['Subject: Re: [GIT PULL] Rust for 6.1\nFrom: Linus', ['Re: [GIT PULL] Rust for 6.1']],
    ['[PATCH 1/2] mm: one\n[PATCH 2/2] mm: two\n', ['[PATCH 1/2] mm: one', '[PATCH 2/2] mm: two']],
    ['The [PATCH 00/13] [RFC] Rust support series. More text.', ['[PATCH 00/13] [RFC] Rust support series']],
  ])('%j', (text, expected) => {
    expect(subjects(text)).toEqual(expected);
  });

  it.each([
    'See footnote [1] and the [citation needed] mark.',
    '[ Upstream commit 1234567890ab ]',
    'A "[PATCH]" with nothing after it.',
    'An unclosed "[PATCH v2] subject\nthat spans" lines.',
    '[PATCH] ',
    'The [patchwork] tool and a [DRAFT] note.',
  ])('no patch subject in %j', (text) => {
    expect(subjects(text)).toEqual([]);
  });
});
