import { render } from 'preact';
import pack from 'virtual:backstory/pack';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/assets/styles/options.css';

document.documentElement.lang = navigator.language;
render(<OptionsApp pack={pack} />, document.getElementById('app')!);
