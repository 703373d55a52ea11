import { render } from 'preact';
import pack from 'virtual:backstory/pack';
import { ReaderApp } from '@/components/reader/ReaderApp';
import '@/assets/styles/reader.css';

document.documentElement.lang = navigator.language;
render(
  <ReaderApp pack={pack} sourceId={new URLSearchParams(location.search).get('source')} />,
  document.getElementById('app')!,
);
