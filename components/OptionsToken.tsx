import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging/protocol';
import { cleanToken, githubTokenItem } from '@/utils/settings/github-token';
import type { Failure } from '@/utils/types';
import { type Status, StatusLine } from './OptionsStatus';
import { tx } from '@/utils/i18n/rich';
import { t } from '@/utils/i18n/t';

/**
 * A token as it may be shown: its last four characters at most, and only when that is a
 * small part of it; a known GitHub prefix (`ghp_`, `github_pat_`…) says nothing secret.
 */
export function maskToken(token: string): string {
  const prefix = /^(github_pat_|gh[pousr]_)/.exec(token)?.[0] ?? '';
  const tail = token.length - prefix.length >= 12 ? token.slice(-4) : '';
  return `${prefix}••••••••${tail}`;
}

/** Why a check failed, from the background's answer: its own words, plus when to retry. */
function failureText(failure: Failure | undefined): string {
  if (!failure) return t('options_token_rejected');
  const time = failure.retryAt ? new Date(failure.retryAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : undefined;
  const why = failure.detail || t('options_token_rejected');
  return time ? t('options_token_failure_until', why, time) : why;
}

/**
 * The GitHub token: checked with one call through the background, stored only when GitHub
 * accepts it, shown masked, removable. It is never logged and never put back in a field.
 */
export function OptionsToken() {
  const [stored, setStored] = useState<string | null>(null);
  /** The token last found valid here, and whose it is: shown while it is the one stored. */
  const [checked, setChecked] = useState<{ token: string; login?: string } | null>(null);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const input = useRef<HTMLInputElement>(null);
  /** Set at once, unlike `busy`: a second click before the next render asks nothing. */
  const checking = useRef(false);

  useEffect(() => {
    let changed = false;
    // A change seen meanwhile is newer than what this first read finds.
    void githubTokenItem.getValue().then((value) => changed || setStored(cleanToken(value)));
    return githubTokenItem.watch((value) => {
      changed = true;
      setStored(cleanToken(value));
    });
  }, []);

  const check = async (event: Event) => {
    event.preventDefault();
    if (checking.current) return;
    const token = cleanToken(draft);
    if (token === null) {
      setInvalid(draft.trim() !== '');
      setStatus({ kind: 'error', text: draft.trim() === '' ? t('options_token_empty') : t('options_token_malformed') });
      return;
    }
    checking.current = true;
    setBusy(true);
    setInvalid(false);
    setStatus({ kind: 'info', text: t('options_token_checking') });
    try {
      const answer = await sendMessage('validateGitHubToken', { token });
      if (answer.valid) {
        await githubTokenItem.setValue(token);
        setStored(token);
        setChecked({ token, ...(answer.login ? { login: answer.login } : {}) });
        setDraft('');
        setStatus({ kind: 'ok', text: answer.login ? t('options_token_valid_for', answer.login, maskToken(token)) : t('options_token_valid', maskToken(token)) });
      } else {
        setInvalid(answer.failure?.reason === 'http-error' || !answer.failure);
        setStatus({ kind: 'error', text: t('options_token_not_saved', failureText(answer.failure)) });
      }
    } catch {
      // The error could echo the request, token included: it is neither shown nor logged.
      setStatus({ kind: 'error', text: t('options_token_no_answer') });
    } finally {
      checking.current = false;
      setBusy(false);
    }
  };

  const remove = async () => {
    await githubTokenItem.removeValue();
    setStored(null);
    setStatus({ kind: 'ok', text: t('options_token_removed') });
    // The button is gone: the field is where a new token would go.
    input.current?.focus();
  };

  const login = checked && checked.token === stored ? checked.login : undefined;

  return (
    <section class="kc-section" aria-labelledby="kc-token-heading">
      <h2 id="kc-token-heading">{t('options_token_heading')}</h2>
      <p id="kc-token-explain">{t('options_token_explain')}</p>
      <p class="kc-hint">{t('options_token_hint')}</p>
      <p class="kc-current" data-kc-token={stored ? 'saved' : 'none'}>
        {stored ? (
          <>
            {login ? tx('options_token_saved_for', <code>{maskToken(stored)}</code>, login) : tx('options_token_saved', <code>{maskToken(stored)}</code>)}{' '}
            <button type="button" onClick={() => void remove()}>
              {t('options_token_remove')}
            </button>
          </>
        ) : (
          t('options_token_none')
        )}
      </p>
      <form class="kc-row" onSubmit={(event) => void check(event)}>
        <label for="kc-token">{t('options_token_label')}</label>
        <input
          ref={input}
          id="kc-token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={invalid}
          aria-describedby="kc-token-explain kc-token-status"
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="kc-primary" aria-disabled={busy}>
          {t('options_token_check')}
        </button>
      </form>
      <StatusLine id="kc-token-status" status={status} />
    </section>
  );
}
