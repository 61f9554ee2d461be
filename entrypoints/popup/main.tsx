import { render } from 'preact';
import '@/components/popup.css';
import { PopupContainer } from '@/components/PopupContainer';
import { t } from '@/utils/i18n/t';

// index.html says "Kernel Context" in English; the page's language and title follow the messages.
document.documentElement.lang = t('meta_locale');
document.title = t('manifest_name');
render(<PopupContainer />, document.getElementById('app')!);
