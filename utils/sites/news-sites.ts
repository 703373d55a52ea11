/**
 * News sites where Backstory runs without being asked: outlets that covered the January 2022 talks,
 * in the pack's five languages, from wire services and broadcasters to state and independent media.
 * Each is a registrable domain; `newsSiteMatches` turns them into match patterns for the manifest.
 * Any other site works when the reader enables it from the popup.
 */
export const NEWS_SITES: readonly { domain: string; lang: 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'multi' }[] = [
  // English: wires, broadcasters, broadsheets, specialist and regional outlets
  { domain: 'reuters.com', lang: 'en' },
  { domain: 'apnews.com', lang: 'en' },
  { domain: 'bloomberg.com', lang: 'en' },
  { domain: 'bbc.com', lang: 'multi' },
  { domain: 'bbc.co.uk', lang: 'en' },
  { domain: 'cnn.com', lang: 'en' },
  { domain: 'nbcnews.com', lang: 'en' },
  { domain: 'cbsnews.com', lang: 'en' },
  { domain: 'abcnews.go.com', lang: 'en' },
  { domain: 'npr.org', lang: 'en' },
  { domain: 'pbs.org', lang: 'en' },
  { domain: 'nytimes.com', lang: 'en' },
  { domain: 'washingtonpost.com', lang: 'en' },
  { domain: 'wsj.com', lang: 'en' },
  { domain: 'latimes.com', lang: 'en' },
  { domain: 'politico.com', lang: 'en' },
  { domain: 'politico.eu', lang: 'en' },
  { domain: 'axios.com', lang: 'en' },
  { domain: 'thehill.com', lang: 'en' },
  { domain: 'theguardian.com', lang: 'en' },
  { domain: 'ft.com', lang: 'en' },
  { domain: 'economist.com', lang: 'en' },
  { domain: 'telegraph.co.uk', lang: 'en' },
  { domain: 'independent.co.uk', lang: 'en' },
  { domain: 'thetimes.co.uk', lang: 'en' },
  { domain: 'skynews.com', lang: 'en' },
  { domain: 'aljazeera.com', lang: 'en' },
  { domain: 'euronews.com', lang: 'multi' },
  { domain: 'dw.com', lang: 'multi' },
  { domain: 'france24.com', lang: 'multi' },
  { domain: 'rferl.org', lang: 'multi' },
  { domain: 'voanews.com', lang: 'en' },
  { domain: 'swissinfo.ch', lang: 'multi' },
  { domain: 'kyivindependent.com', lang: 'en' },
  { domain: 'kyivpost.com', lang: 'en' },
  { domain: 'meduza.io', lang: 'multi' },
  { domain: 'themoscowtimes.com', lang: 'en' },
  { domain: 'tass.com', lang: 'en' },
  { domain: 'interfax.com', lang: 'en' },
  { domain: 'foreignpolicy.com', lang: 'en' },
  { domain: 'defensenews.com', lang: 'en' },
  { domain: 'armscontrol.org', lang: 'en' },
  // Russian
  { domain: 'ria.ru', lang: 'ru' },
  { domain: 'tass.ru', lang: 'ru' },
  { domain: 'interfax.ru', lang: 'ru' },
  { domain: 'rbc.ru', lang: 'ru' },
  { domain: 'kommersant.ru', lang: 'ru' },
  { domain: 'vedomosti.ru', lang: 'ru' },
  { domain: 'lenta.ru', lang: 'ru' },
  { domain: 'gazeta.ru', lang: 'ru' },
  { domain: 'iz.ru', lang: 'ru' },
  { domain: 'rg.ru', lang: 'ru' },
  { domain: 'ntv.ru', lang: 'ru' },
  { domain: '1tv.ru', lang: 'ru' },
  { domain: 'vesti.ru', lang: 'ru' },
  { domain: 'novayagazeta.ru', lang: 'ru' },
  { domain: 'novayagazeta.eu', lang: 'ru' },
  { domain: 'fontanka.ru', lang: 'ru' },
  { domain: 'svoboda.org', lang: 'ru' },
  { domain: 'currenttime.tv', lang: 'ru' },
  { domain: 'tvrain.tv', lang: 'ru' },
  // Ukrainian
  { domain: 'pravda.com.ua', lang: 'uk' },
  { domain: 'ukrinform.ua', lang: 'uk' },
  { domain: 'unian.ua', lang: 'uk' },
  { domain: 'suspilne.media', lang: 'uk' },
  { domain: 'rbc.ua', lang: 'uk' },
  { domain: 'zn.ua', lang: 'uk' },
  { domain: 'nv.ua', lang: 'uk' },
  { domain: 'liga.net', lang: 'uk' },
  { domain: 'tsn.ua', lang: 'uk' },
  { domain: 'zaxid.net', lang: 'uk' },
  { domain: 'radiosvoboda.org', lang: 'uk' },
  { domain: 'hromadske.ua', lang: 'uk' },
  { domain: 'eurointegration.com.ua', lang: 'uk' },
  // German
  { domain: 'spiegel.de', lang: 'de' },
  { domain: 'faz.net', lang: 'de' },
  { domain: 'sueddeutsche.de', lang: 'de' },
  { domain: 'zeit.de', lang: 'de' },
  { domain: 'welt.de', lang: 'de' },
  { domain: 'tagesschau.de', lang: 'de' },
  { domain: 'zdf.de', lang: 'de' },
  { domain: 'stern.de', lang: 'de' },
  { domain: 'handelsblatt.com', lang: 'de' },
  { domain: 'nzz.ch', lang: 'de' },
  { domain: 'derstandard.at', lang: 'de' },
  { domain: 'srf.ch', lang: 'de' },
  { domain: 'tagesspiegel.de', lang: 'de' },
  // French
  { domain: 'lemonde.fr', lang: 'fr' },
  { domain: 'lefigaro.fr', lang: 'fr' },
  { domain: 'liberation.fr', lang: 'fr' },
  { domain: 'francetvinfo.fr', lang: 'fr' },
  { domain: 'rfi.fr', lang: 'fr' },
  { domain: 'lesechos.fr', lang: 'fr' },
  { domain: 'ouest-france.fr', lang: 'fr' },
  { domain: 'letemps.ch', lang: 'fr' },
  { domain: 'rts.ch', lang: 'fr' },
  { domain: 'lalibre.be', lang: 'fr' },
  { domain: 'lesoir.be', lang: 'fr' },
  { domain: 'tdg.ch', lang: 'fr' },
];

/**
 * When the content script runs, on listed and added sites alike: with the document, so that its own
 * start-up (about 20 ms of compiling and evaluating in Chromium) happens while the page is still
 * being parsed; it reads the page the moment it is parsed (DOMContentLoaded), not
 * at "idle", which can come hundreds of milliseconds later. Its work on the page is cheap where the
 * page is about something else (a prefilter reads the top and stops), and longer work yields.
 */
export const CONTENT_SCRIPT_RUN_AT = 'document_start';

/** Match patterns for the content script: `*.` covers the domain itself and every subdomain, over https. */
export function newsSiteMatches(sites = NEWS_SITES): string[] {
  return sites.map(({ domain }) => `https://*.${domain}/*`);
}
