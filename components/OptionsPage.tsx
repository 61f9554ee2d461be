import { OptionsCacheLimit } from './OptionsCacheLimit';
import { OptionsReset } from './OptionsReset';
import { OptionsToken } from './OptionsToken';
import { OptionsTransfer } from './OptionsTransfer';
import { t } from '@/utils/i18n/t';

/** The options page: the GitHub token, the cache size limit, export and import, reset. */
export function OptionsPage() {
  return (
    <main class="kc-options">
      <h1>{t('options_title')}</h1>
      <p class="kc-hint">{t('options_intro')}</p>
      <OptionsToken />
      <OptionsCacheLimit />
      <OptionsTransfer />
      <OptionsReset />
    </main>
  );
}
