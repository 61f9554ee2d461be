import { render, screen } from '@testing-library/preact';
import { FoundSummary } from '@/components/FoundSummary';

describe('FoundSummary', () => {
  it('says it is reading the page until counts arrive', () => {
    render(<FoundSummary counts={undefined} />);
    expect(screen.getByText('Reading this page…')).toBeTruthy();
  });

  it('lists what was found, by kind, singular and plural, in a fixed order', () => {
    const { container } = render(<FoundSummary counts={{ tree: 6, version: 1, path: 1, commit: 2 }} />);
    expect(container.textContent).toBe('Found on this page: 1 kernel version, 2 commits, 1 source path, and 6 git trees.');
  });

  it('says plainly when the page mentions nothing it knows', () => {
    const { container } = render(<FoundSummary counts={{}} />);
    expect(container.textContent).toBe('No kernel versions, commits, patches or source paths are mentioned on this page.');
  });
});
