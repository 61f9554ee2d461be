import { render } from 'preact';
import '@/components/options.css';
import { OptionsPage } from '@/components/OptionsPage';
import { t } from '@/utils/i18n/t';

// index.html's title is English; the page's language and title follow the messages.
document.documentElement.lang = t('meta_locale');
document.title = t('options_title');
render(<OptionsPage />, document.getElementById('app')!);
