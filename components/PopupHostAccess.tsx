import { t } from '@/utils/i18n/t';

export interface PopupHostAccessProps {
  /** Whether the sites' host permissions are granted; undefined until known. */
  granted: boolean | undefined;
  /** Must ask for the permissions at once: the browser allows it only from the click itself. */
  onRequest: () => void;
}


/**
 * Firefox MV3 treats host permissions as optional and revocable: when they are missing the
 * popup says so and asks for them. Elsewhere (Chrome, Firefox MV2) they are granted at
 * install, `granted` is true, and nothing is shown.
 */
export function PopupHostAccess({ granted, onRequest }: PopupHostAccessProps) {
  if (granted !== false) return null;
  return (
    <section class="kc-popup__section kc-popup__warning" aria-labelledby="kc-popup-access">
      <h2 id="kc-popup-access">{t('popup_access_heading')}</h2>
      <p>{t('popup_access_missing')}</p>
      <button type="button" class="kc-popup__primary" onClick={onRequest}>
        {t('popup_access_allow')}
      </button>
    </section>
  );
}
