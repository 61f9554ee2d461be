import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsReset } from '@/components/OptionsReset';
import { cacheLimitItem } from '@/utils/settings/cache-limit';
import { githubTokenItem } from '@/utils/settings/github-token';
import { pagesOffItem } from '@/utils/settings/page-off';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '@/utils/settings/settings';

const OFF = { enabled: false, kinds: { release: false, mainline: false, news: false }, sites: { phoronix: false, kernelOrg: false } };

async function storeCustom() {
  await saveSettings(OFF);
  await cacheLimitItem.setValue(100);
  await pagesOffItem.setValue(['https://www.phoronix.com/news/Linux-6.1']);
  await githubTokenItem.setValue('kc-test-token');
}

const resetButton = () => screen.getByRole('button', { name: 'Reset to defaults' });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OptionsReset', () => {
  it('asks first, inline (no window.confirm), with focus on the safe answer', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    render(<OptionsReset />);
    expect(resetButton().getAttribute('aria-describedby')).toBe('kc-reset-explain');
    expect(document.getElementById('kc-reset-explain')?.textContent).toContain('The GitHub token is kept');
    fireEvent.click(resetButton());
    const question = screen.getByRole('group', { name: 'Really reset every setting to its default?' });
    expect(question).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'No' })));
    expect(screen.getByRole('button', { name: 'Yes, reset' })).toBeTruthy();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('"Yes, reset" puts every setting back to its default and keeps the token', async () => {
    await storeCustom();
    render(<OptionsReset />);
    fireEvent.click(resetButton());
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(document.getElementById('kc-reset-status')?.textContent).toBe('Settings reset to their defaults. The GitHub token was kept.'));
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await cacheLimitItem.getValue()).toBe(20);
    expect(await pagesOffItem.getValue()).toEqual([]);
    expect(await githubTokenItem.getValue()).toBe('kc-test-token');
    await waitFor(() => expect(document.activeElement).toBe(resetButton()));
  });

  it.each([
    ['"No"', () => fireEvent.click(screen.getByRole('button', { name: 'No' }))],
    ['Escape', () => fireEvent.keyDown(screen.getByRole('button', { name: 'No' }), { key: 'Escape' })],
  ])('%s changes nothing and gives focus back to the button', async (_name, decline) => {
    await storeCustom();
    render(<OptionsReset />);
    fireEvent.click(resetButton());
    decline();
    await waitFor(() => expect(document.activeElement).toBe(resetButton()));
    expect(screen.queryByRole('group')).toBeNull();
    expect(await loadSettings()).toEqual(OFF);
    expect(await cacheLimitItem.getValue()).toBe(100);
  });
});
