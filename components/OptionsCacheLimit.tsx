import { useEffect, useState } from 'preact/hooks';
import { CACHE_LIMIT_CHOICES_MB, DEFAULT_CACHE_LIMIT_MB, cacheLimitItem, cleanCacheLimit } from '@/utils/settings/cache-limit';
import { type Status, StatusLine } from './OptionsStatus';
import { t } from '@/utils/i18n/t';

/** The cache size limit: one of a few sizes; the background follows the stored value. */
export function OptionsCacheLimit() {
  const [limit, setLimit] = useState(DEFAULT_CACHE_LIMIT_MB);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    let changed = false;
    // A change seen meanwhile is newer than what this first read finds.
    void cacheLimitItem.getValue().then((value) => changed || setLimit(cleanCacheLimit(value)));
    return cacheLimitItem.watch((value) => {
      changed = true;
      setLimit(cleanCacheLimit(value));
    });
  }, []);

  const change = async (value: string) => {
    const mb = cleanCacheLimit(Number(value));
    setLimit(mb);
    await cacheLimitItem.setValue(mb);
    setStatus({ kind: 'ok', text: t('options_cache_set', mb) });
  };

  return (
    <section class="kc-section" aria-labelledby="kc-cache-heading">
      <h2 id="kc-cache-heading">{t('options_cache_heading')}</h2>
      <p id="kc-cache-explain">{t('options_cache_explain')}</p>
      <div class="kc-row">
        <label for="kc-cache-limit">{t('options_cache_label')}</label>
        <select
          id="kc-cache-limit"
          value={String(limit)}
          aria-describedby="kc-cache-explain kc-cache-status"
          onChange={(event) => void change(event.currentTarget.value)}
        >
          {/* "50 MB": the unit is a symbol, the same in every language. */}
          {CACHE_LIMIT_CHOICES_MB.map((mb) => (
            <option key={mb} value={String(mb)}>
              {mb === DEFAULT_CACHE_LIMIT_MB ? t('options_cache_choice_default', mb) : `${mb} MB`}
            </option>
          ))}
        </select>
      </div>
      <StatusLine id="kc-cache-status" status={status} />
    </section>
  );
}
