import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsTransfer } from '@/components/OptionsTransfer';
import { cacheLimitItem } from '@/utils/settings/cache-limit';
import { MAX_IMPORT_CHARS } from '@/utils/settings/export';
import { githubTokenItem } from '@/utils/settings/github-token';
import { pagesOffItem } from '@/utils/settings/page-off';
import { loadSettings, saveSettings } from '@/utils/settings/settings';
import type { Settings } from '@/utils/types';

const TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuv9876';
const OFF: Settings = { enabled: false, kinds: { release: true, mainline: false, news: true }, sites: { phoronix: true, kernelOrg: false } };
const FILE = { format: 'kernel-context-settings', version: 1, settings: OFF, cacheLimitMb: 5, pagesOff: ['https://www.phoronix.com/news/Linux-6.1'] };

const status = () => document.getElementById('kc-transfer-status')!;

/** Downloads, caught at the link's click: the file name and the Blob behind its URL. */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:kc-test/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const downloads: { name: string; blob: Blob | undefined }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '') });
  });
  return downloads;
}

function chooseFile(file: File) {
  const input = screen.getByLabelText('Import from a file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

afterEach(cleanup);

describe('OptionsTransfer: export', () => {
  it('downloads the settings as a file and shows the same JSON, read-only, without the token', async () => {
    await saveSettings(OFF);
    await cacheLimitItem.setValue(50);
    await githubTokenItem.setValue(TOKEN);
    const downloads = catchDownloads();
    render(<OptionsTransfer />);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloads).toHaveLength(1));

    const [download] = downloads;
    expect(download?.name).toBe('kernel-context-settings.json');
    expect(download?.blob?.type).toBe('application/json');
    const json = await download!.blob!.text();
    expect(JSON.parse(json)).toMatchObject({ format: 'kernel-context-settings', version: 1, settings: OFF, cacheLimitMb: 50 });
    expect(json).not.toContain(TOKEN);

    const shown = screen.getByLabelText('Exported settings') as HTMLTextAreaElement;
    expect(shown.readOnly).toBe(true);
    expect(shown.value).toBe(json);
    expect(status().textContent).toContain('Exported to kernel-context-settings.json');
    expect(document.body.innerHTML).not.toContain(TOKEN);
    // The link is gone once clicked.
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('OptionsTransfer: import', () => {
  it('imports pasted settings and says so', async () => {
    render(<OptionsTransfer />);
    const box = screen.getByLabelText('Or paste exported settings') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: JSON.stringify(FILE) } });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted settings' }));
    await waitFor(() => expect(status().textContent).toBe('Settings imported. The GitHub token, if any, was left as it is.'));
    expect(await loadSettings()).toEqual(OFF);
    expect(await cacheLimitItem.getValue()).toBe(5);
    expect(box.value).toBe('');
  });

  it('refuses pasted garbage with its reason, keeps the text, and writes nothing', async () => {
    await cacheLimitItem.setValue(50);
    render(<OptionsTransfer />);
    const box = screen.getByLabelText('Or paste exported settings') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: '{"format":"kernel-context-settings","version":1,"__proto__":{"x":1}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted settings' }));
    await waitFor(() => expect(status().textContent).toBe('Nothing imported: This file contains the forbidden key "__proto__".'));
    expect(status().getAttribute('data-kind')).toBe('error');
    expect(box.value).toContain('__proto__');
    expect(await cacheLimitItem.getValue()).toBe(50);
  });

  it('imports a chosen file, but never the token it carries', async () => {
    render(<OptionsTransfer />);
    chooseFile(new File([JSON.stringify({ ...FILE, githubToken: 'ghp_planted0000000000' })], 'settings.json', { type: 'application/json' }));
    await waitFor(() => expect(status().getAttribute('data-kind')).toBe('ok'));
    expect(await pagesOffItem.getValue()).toEqual(FILE.pagesOff);
    expect(await githubTokenItem.getValue()).toBeNull();
  });

  it('refuses a file of another format', async () => {
    render(<OptionsTransfer />);
    chooseFile(new File(['{"format":"uBlock","version":1}'], 'other.json'));
    await waitFor(() => expect(status().textContent).toMatch(/^Nothing imported: This is not a Kernel Context settings file/));
    expect(await loadSettings()).not.toEqual(OFF);
  });

  it('refuses a file too large to be ours without reading it', async () => {
    render(<OptionsTransfer />);
    const file = new File(['x'.repeat(MAX_IMPORT_CHARS + 1)], 'huge.json');
    const read = vi.spyOn(file, 'text');
    chooseFile(file);
    await waitFor(() => expect(status().textContent).toBe('Nothing imported: this file is too large to be a Kernel Context settings file.'));
    expect(read).not.toHaveBeenCalled();
  });

  it('labels every control', () => {
    render(<OptionsTransfer />);
    for (const control of document.querySelectorAll('input, textarea, select')) {
      expect(document.querySelector(`label[for="${control.id}"]`)?.textContent).toBeTruthy();
    }
  });
});
