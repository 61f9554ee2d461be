import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { PopupPage, shownWords, type PageView } from '@/components/PopupPage';
import type { PageReport, Settings } from '@/utils/types';

const ALL_ON: Settings = {
  enabled: true,
  kinds: { release: true, mainline: true, news: true },
  sites: { phoronix: true, kernelOrg: true },
};

/** The seed article once every answer is in. */
const SEED: PageReport = {
  site: 'phoronix',
  url: 'https://www.phoronix.com/scan.php?page=news_item&px=Rust-Hits-Linux-Next',
  pageKind: 'phoronix-article',
  found: { version: 1, commit: 1, msgid: 1, path: 1 },
  counts: { release: 1, mainline: 3, news: 1 },
  states: { release: { eol: 1 }, mainline: { merged: 1, 'not-merged': 1, unknown: 1 }, news: { found: 1 } },
  pageOff: false,
};

function renderPage(page: PageView, settings: Settings = ALL_ON) {
  const onTogglePage = vi.fn();
  render(<PopupPage page={page} settings={settings} onTogglePage={onTogglePage} />);
  return { onTogglePage, section: screen.getByRole('region', { name: 'This page' }) };
}

const lines = () => screen.getAllByRole('listitem').map((item) => item.textContent);

afterEach(cleanup);

describe('PopupPage', () => {
  it('says it is looking while the tab is being asked', () => {
    const { section } = renderPage({ state: 'looking' });
    expect(section.textContent).toContain('Looking at the current tab');
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('says plainly when Kernel Context does not read the page, with no switch for it', () => {
    const { section } = renderPage({ state: 'not-read' });
    expect(section.textContent).toContain('Kernel Context does not read this page');
    expect(screen.queryByRole('switch', { name: 'Off on this page only' })).toBeNull();
  });

  it('lists what was found, then each kind shown with its states in words', () => {
    const { section } = renderPage({ state: 'read', report: SEED });
    expect(section.textContent).toContain('Found on this page: 1 kernel version, 1 commit, 1 mailing-list message, and 1 source path.');
    expect(lines()).toEqual(['Release: 1 at end of life', 'Mainline: 1 merged, 1 not merged, 1 unknown', 'Later news: 1 found']);
  });

  it('counts the annotations still without a state as being checked', () => {
    renderPage({ state: 'read', report: { ...SEED, counts: { release: 1, mainline: 3, news: 1 }, states: { release: { eol: 1 }, mainline: { merged: 2 } } } });
    expect(lines()).toEqual(['Release: 1 at end of life', 'Mainline: 2 merged, 1 being checked', 'Later news: 1 being checked']);
  });

  it('says "none shown" for a kind with nothing, and "switched off" for a kind switched off', () => {
    renderPage(
      { state: 'read', report: { ...SEED, counts: { release: 0, mainline: 3, news: 0 }, states: { mainline: SEED.states!.mainline! } } },
      { ...ALL_ON, kinds: { release: true, mainline: true, news: false } },
    );
    expect(lines()).toEqual(['Release: none shown', 'Mainline: 1 merged, 1 not merged, 1 unknown', 'Later news: switched off']);
  });

  it('says why nothing is shown when the page, the site or everything is switched off', () => {
    renderPage({ state: 'read', report: { ...SEED, pageOff: true } });
    expect(screen.getByTestId('page-summary').textContent).toContain('Kernel Context is off on this page.');
    expect(screen.queryByRole('list')).toBeNull();
    cleanup();
    renderPage({ state: 'read', report: SEED }, { ...ALL_ON, sites: { phoronix: false, kernelOrg: true } });
    expect(screen.getByTestId('page-summary').textContent).toContain('switched off on Phoronix');
    cleanup();
    renderPage({ state: 'read', report: { ...SEED, site: 'lore.kernel.org' } }, { ...ALL_ON, sites: { phoronix: true, kernelOrg: false } });
    expect(screen.getByTestId('page-summary').textContent).toContain('switched off on kernel.org');
    cleanup();
    renderPage({ state: 'read', report: SEED }, { ...ALL_ON, enabled: false });
    expect(screen.getByTestId('page-summary').textContent).toContain('Annotations are switched off.');
  });

  it('"Off on this page only" is a switch showing the page\'s state, and calls back when flipped', () => {
    const { onTogglePage } = renderPage({ state: 'read', report: SEED });
    const toggle = screen.getByRole('switch', { name: 'Off on this page only' }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(onTogglePage).toHaveBeenCalledTimes(1);
    cleanup();
    renderPage({ state: 'read', report: { ...SEED, pageOff: true } });
    expect((screen.getByRole('switch', { name: 'Off on this page only' }) as HTMLInputElement).checked).toBe(true);
  });

  it('stays usable while Annotations is off: the page switch is its own', () => {
    renderPage({ state: 'read', report: SEED }, { ...ALL_ON, enabled: false });
    expect((screen.getByRole('switch', { name: 'Off on this page only' }) as HTMLInputElement).disabled).toBe(false);
  });
});

describe('shownWords', () => {
  it('lists states in a fixed order, whatever order they came in', () => {
    expect(shownWords('release', { counts: { release: 4, mainline: 0, news: 0 }, states: { release: { stable: 1, unknown: 1, eol: 2 } } })).toBe(
      '2 at end of life, 1 maintained, 1 unknown',
    );
  });

  it('keeps a state it has no words for, in its own words', () => {
    expect(shownWords('mainline', { counts: { release: 0, mainline: 2, news: 0 }, states: { mainline: { merged: 1, 'half-merged': 1 } } })).toBe(
      '1 merged, 1 half merged',
    );
  });

  it('says "none shown" when nothing of the kind is on the page', () => {
    expect(shownWords('news', { counts: { release: 0, mainline: 0, news: 0 } })).toBe('none shown');
  });
});
