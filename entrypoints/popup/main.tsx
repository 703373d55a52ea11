import { render } from 'preact';
import pack from 'virtual:backstory/pack';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/assets/styles/popup.css';

document.documentElement.lang = navigator.language;
render(<PopupApp pack={pack} />, document.getElementById('app')!);
