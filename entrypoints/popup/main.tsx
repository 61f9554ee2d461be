import { render } from 'preact';
import '@/components/popup.css';
import { PopupContainer } from '@/components/PopupContainer';

render(<PopupContainer />, document.getElementById('app')!);
