import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_CACHE_LIMIT_MB } from '@/utils/settings/cache-limit';
import { resetSettings } from '@/utils/settings/export';
import { type Status, StatusLine } from './OptionsStatus';
import { t } from '@/utils/i18n/t';

/** "Reset to defaults", asked again inline (no window.confirm): Yes resets, No or Escape does not. */
export function OptionsReset() {
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const noButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes after the next render: the question's safe answer, or back to the button. */
  const focusNext = useRef<'no' | 'reset' | null>(null);

  // Before paint, so the focus never rests on the page body in between.
  useLayoutEffect(() => {
    if (focusNext.current === 'no') noButton.current?.focus();
    if (focusNext.current === 'reset') resetButton.current?.focus();
    focusNext.current = null;
  }, [asking]);

  const ask = () => {
    focusNext.current = 'no';
    setStatus(null);
    setAsking(true);
  };

  const answer = async (yes: boolean) => {
    if (yes) {
      try {
        await resetSettings();
        setStatus({ kind: 'ok', text: t('options_reset_done') });
      } catch {
        setStatus({ kind: 'error', text: t('options_reset_failed') });
      }
    }
    focusNext.current = 'reset';
    setAsking(false);
  };

  return (
    <section class="kc-section" aria-labelledby="kc-reset-heading">
      <h2 id="kc-reset-heading">{t('options_reset_heading')}</h2>
      <p id="kc-reset-explain">{t('options_reset_explain', DEFAULT_CACHE_LIMIT_MB)}</p>
      {asking ? (
        // Keyed apart: no element of the question is reused for the button, or the reverse.
        <div
          key="question"
          class="kc-confirm kc-row"
          role="group"
          aria-labelledby="kc-reset-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') void answer(false);
          }}
        >
          <span id="kc-reset-question">{t('options_reset_question')}</span>
          <button type="button" class="kc-danger" onClick={() => void answer(true)}>
            {t('options_reset_yes')}
          </button>
          <button type="button" ref={noButton} onClick={() => void answer(false)}>
            {t('options_reset_no')}
          </button>
        </div>
      ) : (
        <div key="button" class="kc-row">
          <button type="button" ref={resetButton} aria-describedby="kc-reset-explain" onClick={ask}>
            {t('options_reset')}
          </button>
        </div>
      )}
      <StatusLine id="kc-reset-status" status={status} />
    </section>
  );
}
