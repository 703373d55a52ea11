import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/assets/styles/options.css';

document.documentElement.lang = navigator.language;
render(<OptionsApp />, document.getElementById('app')!);
