import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { Popup } from '@/components/Popup';
import type { PageReport, Settings } from '@/utils/types';

const ALL_ON: Settings = { enabled: true, kinds: { release: true, mainline: true, news: true }, sites: { phoronix: true, kernelOrg: true } };
const SEED: PageReport = {
  site: 'phoronix',
  url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
  found: { version: 1 },
  counts: { release: 1, mainline: 0, news: 0 },
  states: { release: { eol: 1 } },
};

afterEach(cleanup);

describe('Popup accessibility (axe-core)', () => {
  it.each([
    ['a page read, access missing', { page: { state: 'read', report: SEED } as const, hostAccess: false }],
    ['no page read, everything off', { page: { state: 'not-read' } as const, settings: { ...ALL_ON, enabled: false } }],
  ])('%s: no violations', async (_name, props) => {
    const { container } = render(
      <Popup
        settings={ALL_ON}
        onSettingsChange={() => undefined}
        cache={{ entries: 2, bytes: 900, persistent: true }}
        onClearCache={() => undefined}
        onRefreshPage={() => undefined}
        rateLimits={[{ resource: 'core', remaining: 0, limit: 60, resetAt: Date.now() + 60_000 }]}
        tokenSet={false}
        now={Date.now()}
        {...props}
      />,
    );
    // Colour contrast needs layout and computed colours, which happy-dom lacks: checked by hand in popup.css.
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['label', 'button-name', 'aria-allowed-role', 'landmark-unique']));
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)).toEqual([]);
  });
});
