import { cgitPageProblem, parseCgitCommit, parseCgitLog, parseCgitPage, parseCgitTag } from '@/utils/pages/cgit';
import { localFixture } from '../../helpers/fixtures';
import { ANUBIS, CGIT, REAL_NOT_FOUND, cgitDocument, parseHtml, sharedDocument, standsFor } from './documents';

const STABLE = 'https://git.kernel.org/pub/scm/linux/kernel/git/stable/linux.git';
const TORVALDS = 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git';

/** Every parser, under URLs of each view the page could have been asked for. */
function everyParse(doc: Document, hrefs: readonly string[]): unknown[] {
  return hrefs.flatMap((href) => {
    const url = new URL(href);
    return [parseCgitPage(url, doc), parseCgitCommit(url, doc), parseCgitTag(url, doc), parseCgitLog(url, doc)];
  });
}

describe("cgit's error pages give null, and say which error", () => {
  it.each([
    [CGIT.badCommitReference, 'Bad commit reference: 0123456789abcdef0123456789abcdef01234567'],
    [CGIT.badObjectId, 'Bad object id: v9.99-nonexistent'],
    [CGIT.notFound, 'Not found'],
    [CGIT.invalidBranch, 'Invalid branch: v9.9'],
  ])('%s', (name, message) => {
    const doc = cgitDocument(name);
    expect(parseCgitPage(standsFor(name), doc)).toBeNull();
    const hrefs = [standsFor(name).href, `${TORVALDS}/commit/?id=0123456789abcdef0123456789abcdef01234567`, `${TORVALDS}/tag/?h=v9.9`, `${TORVALDS}/log/`, `${TORVALDS}/`];
    expect(everyParse(doc, hrefs)).toEqual(hrefs.flatMap(() => [null, null, null, null]));
    expect(cgitPageProblem(doc)).toEqual({ kind: 'error', message });
  });
});

describe.each(REAL_NOT_FOUND)('the real git.kernel.org page %s', (path) => {
  const doc = sharedDocument(path);

  it('is cgit 1.2.3-korg with the full frame (the tabs of stable/linux.git)', () => {
    expect(doc.querySelector('meta[name="generator"]')?.getAttribute('content')).toBe('cgit 1.2.3-korg');
    expect(doc.querySelector('table.tabs a[href^="/pub/scm/linux/kernel/git/stable/linux.git/log/"]')).not.toBeNull();
  });

  it('gives null under every view and never throws', () => {
    const ref = /h-(v6\.\d+)_/.exec(path)?.[1] ?? 'v6.1';
    const hrefs = [
      `${STABLE}/plain/sound/pci/hda/patch_realtek.c?h=${ref}`,
      `${STABLE}/commit/?h=${ref}`,
      `${STABLE}/tag/?h=${ref}`,
      `${STABLE}/log/?h=${ref}`,
      `${STABLE}/?h=${ref}`,
      `https://git.kernel.org/stable/c/${'ab'.repeat(20)}`,
    ];
    expect(everyParse(doc, hrefs)).toEqual(hrefs.flatMap(() => [null, null, null, null]));
    expect(cgitPageProblem(doc)).toEqual({ kind: 'error', message: 'Not found' });
  });
});

describe('the bot wall (tests/fixtures/anubis-challenge_lore.kernel.org.html)', () => {
  const doc = parseHtml(localFixture(ANUBIS));

  it('gives null for every git.kernel.org URL and is told apart from "not found"', () => {
    const hrefs = [`${TORVALDS}/commit/?id=${'cd'.repeat(20)}`, 'https://git.kernel.org/torvalds/c/v6.1', `${TORVALDS}/tag/?h=v6.1`, `${TORVALDS}/log/`];
    expect(everyParse(doc, hrefs)).toEqual(hrefs.flatMap(() => [null, null, null, null]));
    expect(cgitPageProblem(doc)).toEqual({ kind: 'bot-wall' });
  });

  it('is recognised by its title alone', () => {
    const bare = parseHtml('<!DOCTYPE html><html><head><title>Making sure you&#39;re not a bot!</title></head><body><p>Loading...</p></body></html>');
    expect(cgitPageProblem(bare)).toEqual({ kind: 'bot-wall' });
  });

  it('is not confused with a normal page', () => {
    expect(cgitPageProblem(cgitDocument(CGIT.fix))).toBeNull();
  });
});
