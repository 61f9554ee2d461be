import { useState } from 'preact/hooks';
import { MAX_IMPORT_CHARS, exportSettings, importSettings } from '@/utils/settings/export';
import { type Status, StatusLine } from './OptionsStatus';
import { t } from '@/utils/i18n/t';

export const EXPORT_FILE_NAME = 'kernel-context-settings.json';

/** Hands the text to the browser as a download, through a Blob and an `<a download>`. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the Blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export (a download, and the JSON shown) and import (a file or pasted text). */
export function OptionsTransfer() {
  const [exported, setExported] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [status, setStatus] = useState<Status | null>(null);

  const exportNow = async () => {
    try {
      const json = await exportSettings();
      setExported(json);
      download(json, EXPORT_FILE_NAME);
      setStatus({ kind: 'ok', text: t('options_exported', EXPORT_FILE_NAME) });
    } catch {
      setStatus({ kind: 'error', text: t('options_export_failed') });
    }
  };

  const importText = async (text: string): Promise<boolean> => {
    const result = await importSettings(text);
    setStatus(result.ok ? { kind: 'ok', text: t('options_imported') } : { kind: 'error', text: t('options_not_imported', result.reason) });
    return result.ok;
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      if (file.size > MAX_IMPORT_CHARS) setStatus({ kind: 'error', text: t('options_import_too_large') });
      else await importText(await file.text());
    } catch {
      setStatus({ kind: 'error', text: t('options_import_unreadable') });
    } finally {
      // So that choosing the same file again is a change too.
      input.value = '';
    }
  };

  const importPasted = async (event: Event) => {
    event.preventDefault();
    if (await importText(pasted)) setPasted('');
  };

  return (
    <section class="kc-section" aria-labelledby="kc-transfer-heading">
      <h2 id="kc-transfer-heading">{t('options_transfer_heading')}</h2>
      <p id="kc-transfer-explain">{t('options_transfer_explain')}</p>
      <div class="kc-row">
        <button type="button" aria-describedby="kc-transfer-explain" onClick={() => void exportNow()}>
          {t('options_export')}
        </button>
      </div>
      {exported !== null && (
        <div class="kc-field">
          <label for="kc-exported">{t('options_exported_label')}</label>
          <textarea id="kc-exported" readOnly rows={8} spellcheck={false} value={exported} />
        </div>
      )}
      <div class="kc-field">
        <label for="kc-import-file">{t('options_import_file_label')}</label>
        <input
          id="kc-import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="kc-transfer-status"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <form class="kc-field" onSubmit={(event) => void importPasted(event)}>
        <label for="kc-import-text">{t('options_import_paste_label')}</label>
        <textarea
          id="kc-import-text"
          rows={6}
          spellcheck={false}
          value={pasted}
          aria-describedby="kc-transfer-status"
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
        <div class="kc-row">
          <button type="submit">{t('options_import_pasted')}</button>
        </div>
      </form>
      <StatusLine id="kc-transfer-status" status={status} />
    </section>
  );
}
