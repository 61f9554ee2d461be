import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsCacheLimit } from '@/components/OptionsCacheLimit';
import { CACHE_LIMIT_CHOICES_MB, cacheLimitItem } from '@/utils/settings/cache-limit';

const select = () => screen.getByLabelText('Cache size limit') as HTMLSelectElement;

afterEach(cleanup);

describe('OptionsCacheLimit', () => {
  it('offers each size, showing the stored one', async () => {
    await cacheLimitItem.setValue(50);
    render(<OptionsCacheLimit />);
    expect([...select().options].map((option) => Number(option.value))).toEqual([...CACHE_LIMIT_CHOICES_MB]);
    expect(select().options[2]?.textContent).toBe('20 MB (default)');
    await waitFor(() => expect(select().value).toBe('50'));
  });

  it('shows the default for a stored value that is not a choice', async () => {
    await cacheLimitItem.setValue(7);
    render(<OptionsCacheLimit />);
    await waitFor(() => expect(select().value).toBe('20'));
  });

  it('stores a new choice and says so', async () => {
    render(<OptionsCacheLimit />);
    fireEvent.change(select(), { target: { value: '100' } });
    await waitFor(() => expect(document.getElementById('kc-cache-status')?.textContent).toBe('Cache size limit set to 100 MB.'));
    expect(await cacheLimitItem.getValue()).toBe(100);
  });

  it('follows a limit changed elsewhere (an import, a reset)', async () => {
    render(<OptionsCacheLimit />);
    await cacheLimitItem.setValue(5);
    await waitFor(() => expect(select().value).toBe('5'));
  });
});
