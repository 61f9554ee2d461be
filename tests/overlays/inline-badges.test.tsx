import { InlineBadges } from '@/entrypoints/annotator/inline-badges';
import { badgeAnchors } from '@/utils/overlays/badge-anchors';
import { extractMentions } from '@/utils/mentions/extract-mentions';
import type { Mention } from '@/utils/types';
import { parseHtml } from '../helpers/documents';

function page(html: string) {
  const doc = parseHtml(`<!doctype html><html><body><div class="content">${html}</div></body></html>`);
  const root = doc.querySelector('.content')!;
  return { doc, root, mentions: extractMentions([root]) };
}

const versionKey = (mention: Extract<Mention, { kind: 'version' }>) => mention.version;

describe('badgeAnchors', () => {
  it('gives one badge per version per paragraph, paragraphs split by <br><br> as Phoronix writes them', () => {
    const { mentions } = page('Linux 5.13 and again Linux 5.13 and Linux 5.14.<br><br>Later, Linux 5.13 shipped.<p>In Linux 5.13 too.</p>');
    const anchors = badgeAnchors(mentions, 'version', versionKey);
    expect(anchors.map((anchor) => anchor.mention.version)).toEqual(['5.13', '5.14', '5.13', '5.13']);
  });

  it('counts paragraphs across inline elements and runs of <br>s, whatever order the mentions are looked up in', () => {
    const { mentions } = page('Linux 5.13 <b>Linux 5.13</b><br> <br>Linux 5.13 and <i>Linux 5.13</i><br><br><br><a href="/x">Linux 5.13</a> and Linux 5.13<p>Linux 5.13</p>');
    const inOrder = badgeAnchors(mentions, 'version', versionKey);
    expect(inOrder).toHaveLength(4);
    // Asked about the last paragraph first, then the ones before it: the same paragraphs.
    const reversed = badgeAnchors([...mentions].reverse(), 'version', versionKey);
    expect(reversed).toHaveLength(4);
  });

  it('stops at the limit', () => {
    const { mentions } = page(Array.from({ length: 50 }, (_, i) => `<p>Linux 6.${i % 20}</p>`).join(''));
    expect(badgeAnchors(mentions, 'version', versionKey, 10)).toHaveLength(10);
  });
});

describe('InlineBadges', () => {
  it('puts a kc- element with an open shadow root right after each mention, and removing them restores the page exactly', () => {
    const html = 'The kernel Linux 5.13 shipped; Linux 5.14 followed, then <b>Linux 6.1</b> LTS.<br><br>Linux 5.13 again.';
    const { doc, root, mentions } = page(html);
    const before = root.innerHTML;
    const badges = new InlineBadges('kc-release', ':host{display:inline}');
    badges.mount(badgeAnchors(mentions, 'version', versionKey), ({ mention }) => ({ 'data-kc-subject': mention.version }), ({ mention }) => <b>{mention.version} badge</b>);

    const hosts = [...doc.querySelectorAll('kc-release')];
    expect(hosts.map((host) => host.getAttribute('data-kc-subject'))).toEqual(['5.13', '5.14', '6.1', '5.13']);
    for (const host of hosts) {
      expect(host.shadowRoot?.textContent).toContain(`${host.getAttribute('data-kc-subject')} badge`);
      // The text right before each badge ends with the version it annotates.
      expect(host.previousSibling?.textContent?.endsWith(host.getAttribute('data-kc-subject')!)).toBe(true);
    }
    // The page's own text is unchanged apart from the badges.
    const withoutBadges = root.cloneNode(true) as Element;
    withoutBadges.querySelectorAll('kc-release').forEach((host) => host.remove());
    expect(withoutBadges.textContent).toBe(root.textContent?.replace(/\d+\.\d+ badge/g, ''));

    badges.clear();
    expect(doc.querySelectorAll('kc-release')).toHaveLength(0);
    expect(root.innerHTML).toBe(before);
    // No text node was left split in two.
    expect([...root.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent)).toEqual(
      [...parseHtml(`<div>${html}</div>`).querySelector('div')!.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent),
    );
  });

  it('mounts and clears again and again without losing or duplicating text', () => {
    const { root, mentions } = page('Linux 5.10 LTS and Linux 5.15 LTS and Linux 6.1 LTS.');
    const before = root.innerHTML;
    const badges = new InlineBadges('kc-release', '');
    for (let round = 0; round < 3; round++) {
      badges.mount(badgeAnchors(mentions, 'version', versionKey), () => ({}), () => 'x');
      expect(root.querySelectorAll('kc-release')).toHaveLength(3);
      badges.clear();
      expect(root.innerHTML).toBe(before);
    }
  });
});
