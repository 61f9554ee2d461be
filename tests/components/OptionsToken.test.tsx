import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { OptionsToken, maskToken } from '@/components/OptionsToken';
import { sendMessage } from '@/utils/messaging/protocol';
import { githubTokenItem } from '@/utils/settings/github-token';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuv9876';
const BAD_CREDENTIALS = { reason: 'http-error', detail: 'GitHub does not accept this token (Bad credentials)', at: Date.now() } as const;

const field = () => screen.getByLabelText('Personal access token') as HTMLInputElement;
const status = () => document.getElementById('kc-token-status')!;

function enter(token: string) {
  fireEvent.input(field(), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Check and save' }));
}

/** Every console method, watched: the token must never be logged, nor anything else. */
function watchConsole() {
  return (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
}

beforeEach(() => send.mockReset());
afterEach(cleanup);

describe('maskToken', () => {
  it.each([
    [TOKEN, 'ghp_••••••••9876'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', 'github_pat_••••••••wxyz'],
    ['kc-test-token', '••••••••oken'],
    ['0123456789abcdef0123456789abcdef01234567', '••••••••4567'],
    // Too short for four characters to be a small part of it: nothing of it is shown.
    ['short-token', '••••••••'],
    ['ghp_abc', 'ghp_••••••••'],
  ])('shows %s as %s', (token, masked) => {
    expect(maskToken(token)).toBe(masked);
  });
});

describe('OptionsToken', () => {
  it('says in one line where the token goes and what it is for, and that none is saved', async () => {
    render(<OptionsToken />);
    expect(screen.getByText(/Sent only to api\.github\.com.*from 60 to 5,000 requests an hour/)).toBeTruthy();
    expect(field().type).toBe('password');
    expect(field().getAttribute('aria-describedby')).toContain('kc-token-status');
    await waitFor(() => expect(screen.getByText(/No token saved/)).toBeTruthy());
    expect(status().getAttribute('aria-live')).toBe('polite');
  });

  it('a valid token: one check through the background, then stored and shown masked', async () => {
    const calls = watchConsole();
    send.mockResolvedValueOnce({ valid: true, login: 'octocat' });
    render(<OptionsToken />);
    enter(`  ${TOKEN}\n`);
    await waitFor(() => expect(status().textContent).toBe('Valid token for octocat; saved as ghp_••••••••9876.'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('validateGitHubToken', { token: TOKEN });
    expect(await githubTokenItem.getValue()).toBe(TOKEN);
    expect(field().value).toBe('');
    expect(screen.getByText('ghp_••••••••9876').tagName).toBe('CODE');
    expect(document.body.textContent).toContain('(valid for octocat)');
    expect(document.body.innerHTML).not.toContain(TOKEN);
    for (const call of calls) expect(call).not.toHaveBeenCalled();
  });

  it('an invalid token: not stored, the reason shown, the field marked invalid', async () => {
    send.mockResolvedValueOnce({ valid: false, failure: BAD_CREDENTIALS });
    render(<OptionsToken />);
    enter('nope');
    await waitFor(() => expect(status().textContent).toBe('Not saved: GitHub does not accept this token (Bad credentials).'));
    expect(status().getAttribute('data-kind')).toBe('error');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(await githubTokenItem.getValue()).toBeNull();
    expect(screen.getByText(/No token saved/)).toBeTruthy();
  });

  it('a check that could not be made (rate-limited) says so and until when, and stores nothing', async () => {
    const retryAt = Date.UTC(2026, 3, 12, 14, 5);
    send.mockResolvedValueOnce({ valid: false, failure: { reason: 'rate-limited', detail: 'api.github.com rate limit reached (HTTP 403)', at: Date.now(), retryAt } });
    render(<OptionsToken />);
    enter(TOKEN);
    const time = new Date(retryAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    await waitFor(() => expect(status().textContent).toBe(`Not saved: api.github.com rate limit reached (HTTP 403), until ${time}.`));
    expect(field().getAttribute('aria-invalid')).toBe('false');
    expect(await githubTokenItem.getValue()).toBeNull();
  });

  it('a background that does not answer: nothing stored, nothing logged, the error not echoed', async () => {
    const calls = watchConsole();
    send.mockRejectedValueOnce(new Error(`No response for {"token":"${TOKEN}"}`));
    render(<OptionsToken />);
    enter(TOKEN);
    await waitFor(() => expect(status().textContent).toMatch(/^Not saved: Kernel Context’s background did not answer/));
    expect(document.body.innerHTML).not.toContain(TOKEN.slice(4, 20));
    expect(await githubTokenItem.getValue()).toBeNull();
    for (const call of calls) expect(call).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', '   ', 'Enter a token first.'],
    ['a token with a space', 'ghp_abc def', 'Not saved: a token is letters, digits and punctuation, without spaces.'],
    ['a token with a line break', 'ghp_abc\r\nX-Evil: 1', 'Not saved: a token is letters, digits and punctuation, without spaces.'],
  ])('%s is refused without asking GitHub', async (_name, text, message) => {
    render(<OptionsToken />);
    enter(text);
    await waitFor(() => expect(status().textContent).toBe(message));
    expect(send).not.toHaveBeenCalled();
    expect(await githubTokenItem.getValue()).toBeNull();
  });

  it('asks only once while a check is under way', async () => {
    let answer!: (value: { valid: boolean; login?: string }) => void;
    send.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    render(<OptionsToken />);
    enter(TOKEN);
    await waitFor(() => expect(status().textContent).toBe('Checking the token with api.github.com…'));
    fireEvent.click(screen.getByRole('button', { name: 'Check and save' }));
    fireEvent.submit(field().form!);
    answer({ valid: true, login: 'octocat' });
    await waitFor(() => expect(status().getAttribute('data-kind')).toBe('ok'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('Remove deletes the stored token and puts focus in the field', async () => {
    await githubTokenItem.setValue('kc-test-token');
    render(<OptionsToken />);
    await waitFor(() => expect(screen.getByText('••••••••oken')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(status().textContent).toBe('Token removed. GitHub allows 60 requests an hour again.'));
    expect(await githubTokenItem.getValue()).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(document.activeElement).toBe(field());
    expect(send).not.toHaveBeenCalled();
  });

  it('follows a token saved or removed elsewhere (the popup)', async () => {
    render(<OptionsToken />);
    await githubTokenItem.setValue(TOKEN);
    await waitFor(() => expect(screen.getByText('ghp_••••••••9876')).toBeTruthy());
    await githubTokenItem.removeValue();
    await waitFor(() => expect(screen.getByText(/No token saved/)).toBeTruthy());
  });
});
