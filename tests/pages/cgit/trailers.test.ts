import { cgitDateToInstant, parsePerson } from '@/utils/pages/cgit/text';
import { parseTrailers, parseUpstreamSha } from '@/utils/pages/cgit/trailers';

const SHA = '6a9bb0e2f4bb4d6c8c1f2a6e3ee7cc55e4b1e6d1';

describe('parseTrailers', () => {
  it("reads the last paragraph's Key: value lines, joining continuation lines", () => {
    const body = ['Prose mentioning Link: something.', '', 'Fixes: 0123456789ab ("a very long subject that', '  wraps")', 'Signed-off-by: A <a@example.com>'].join('\n');
    expect(parseTrailers(body)).toEqual([
      { key: 'Fixes', value: '0123456789ab ("a very long subject that wraps")' },
      { key: 'Signed-off-by', value: 'A <a@example.com>' },
    ]);
  });

  it("skips stable maintainers' notes inside the block (git's 25 % rule, with a Signed-off-by)", () => {
    const body = ['Body.', '', 'Signed-off-by: A <a@example.com>', '[ Greg: fixed up context ]', 'Signed-off-by: Greg Kroah-Hartman <gregkh@linuxfoundation.org>'].join('\n');
    expect(parseTrailers(body).map((trailer) => trailer.key)).toEqual(['Signed-off-by', 'Signed-off-by']);
  });

  it('finds none in prose, shortlogs or URLs', () => {
    expect(parseTrailers('')).toEqual([]);
    expect(parseTrailers('This fixes a bug.\nNote: it is old.\nMore prose here.\nAnd here.\nAnd more.')).toEqual([]);
    expect(parseTrailers("* tag 'x' of git://example:\n  a: b\n  c: d")).toEqual([]);
    expect(parseTrailers('https://example.org/a\nhttps://example.org/b')).toEqual([]);
  });
});

describe('parseUpstreamSha', () => {
  it('reads both stable forms, lower-cased, only at the start', () => {
    expect(parseUpstreamSha(`commit ${SHA} upstream.\n\nBody.`)).toBe(SHA);
    expect(parseUpstreamSha(`[ Upstream commit ${SHA.toUpperCase()} ]\n\nBody.`)).toBe(SHA);
    expect(parseUpstreamSha(`\n[Upstream commit ${SHA}]\n`)).toBe(SHA);
    expect(parseUpstreamSha(`Body.\n\ncommit ${SHA} upstream.`)).toBeUndefined();
    expect(parseUpstreamSha(`commit ${SHA.slice(0, 12)} upstream.`)).toBeUndefined();
  });
});

describe('cgit text', () => {
  it('turns cgit dates with their zone into UTC instants', () => {
    expect(cgitDateToInstant('2022-12-13 11:05:52 +0100')).toBe('2022-12-13T10:05:52.000Z');
    expect(cgitDateToInstant('2022-12-13 18:42:07 -0800')).toBe('2022-12-14T02:42:07.000Z');
    expect(cgitDateToInstant('2022-10-07 16:20:05 +0530')).toBe('2022-10-07T10:50:05.000Z');
    expect(cgitDateToInstant('2022-12-13 11:05:52')).toBeUndefined();
    expect(cgitDateToInstant('2022-02-30 11:05:52 +0000')).toBeUndefined();
    expect(cgitDateToInstant('8 days')).toBeUndefined();
  });

  it('reads people with and without e-mail', () => {
    expect(parsePerson('Bo Ström <bo.strom@example.com>')).toEqual({ name: 'Bo Ström', email: 'bo.strom@example.com' });
    expect(parsePerson('Linus Torvalds')).toEqual({ name: 'Linus Torvalds' });
    expect(parsePerson('  ')).toBeUndefined();
  });
});
