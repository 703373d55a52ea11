import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/assets/styles/popup.css';

document.documentElement.lang = navigator.language;
render(<PopupApp />, document.getElementById('app')!);
