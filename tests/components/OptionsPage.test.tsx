import { cleanup, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { OptionsPage } from '@/components/OptionsPage';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));

afterEach(cleanup);

describe('OptionsPage', () => {
  it('has a section for the token, the cache, export and import, and reset', () => {
    render(<OptionsPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kernel Context options');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['GitHub token', 'Cache', 'Export and import', 'Reset']);
    for (const name of ['GitHub token', 'Cache', 'Export and import', 'Reset']) expect(screen.getByRole('region', { name })).toBeTruthy();
  });

  it('labels every control and gives every section a polite live region', () => {
    render(<OptionsPage />);
    for (const control of document.querySelectorAll('input, textarea, select')) {
      expect(document.querySelector(`label[for="${control.id}"]`)?.textContent, control.id).toBeTruthy();
    }
    for (const button of document.querySelectorAll('button')) expect(button.textContent?.trim()).toBeTruthy();
    const live = document.querySelectorAll('[aria-live="polite"]');
    expect(live).toHaveLength(4);
    // Every id a control is described by exists.
    for (const element of document.querySelectorAll('[aria-describedby]')) {
      for (const id of element.getAttribute('aria-describedby')!.split(' ')) expect(document.getElementById(id), id).not.toBeNull();
    }
  });

  it('has no violations axe-core can find without layout', async () => {
    render(<OptionsPage />);
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    // axe did look: the rules that matter here ran and passed.
    expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['label', 'button-name', 'aria-valid-attr-value']));
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' ')}`)).toEqual([]);
  });
});
