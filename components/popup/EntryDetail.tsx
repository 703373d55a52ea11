import { useState } from 'preact/hooks';
import type { Entry, Language } from '@/utils/pack/schema';
import { t } from '@/utils/i18n';
import { formatPackDate } from '@/components/card/format-date';
import { pick } from '@/utils/popup/pack-language';
import { showOnPage } from '@/utils/popup/site-actions';

interface Props {
  entry: Entry;
  lang: Language;
  /** How often the page mentions the entry. */
  mentions: number;
  tabId: number | undefined;
  onBack: () => void;
}

/** One card, read in the popup: what it is, why it matters here, dated facts, since then, sources. */
export function EntryDetail({ entry, lang, mentions, tabId, onBack }: Props) {
  const [notOnPage, setNotOnPage] = useState(false);
  const show = async () => {
    if (tabId === undefined) return;
    if (await showOnPage(tabId, entry.id)) window.close();
    else setNotOnPage(true);
  };
  const sources = [...new Map(entry.keyFacts.flatMap((fact) => fact.sources).map((s) => [s.url, s])).values()];
  return (
    <article class="detail" aria-labelledby="detail-title">
      <button type="button" class="popup__link detail__back" onClick={onBack} autoFocus>
        ← {t('back')}
      </button>
      <h2 id="detail-title" class="detail__title">
        {pick(entry.title, lang)}
      </h2>
      <p class="detail__summary">{pick(entry.summary, lang)}</p>
      {mentions > 0 && tabId !== undefined && (
        <button type="button" class="detail__show" data-action="show-on-page" onClick={() => void show()}>
          {t('showOnPage')}
        </button>
      )}
      {notOnPage && <p class="popup__hint">{t('notOnPage')}</p>}
      <h3>{t('roleAtTheTime')}</h3>
      <p>{pick(entry.roleAtTheTime, lang)}</p>
      <h3>{t('whyItMatters')}</h3>
      <p>{pick(entry.whyItMatters, lang)}</p>
      <h3>{t('keyFacts')}</h3>
      <ul class="detail__facts">
        {entry.keyFacts.slice(0, 4).map((fact) => (
          <li key={fact.text.en}>
            {fact.date && <time dateTime={fact.date}>{formatPackDate(fact.date, lang)}: </time>}
            {pick(fact.text, lang)}
          </li>
        ))}
      </ul>
      {entry.sinceThen && (
        <>
          <h3>{t('sinceThen', formatPackDate(entry.sinceThen.asOf, lang))}</h3>
          <p>{pick(entry.sinceThen.text, lang)}</p>
        </>
      )}
      <h3>{t('sources')}</h3>
      <ul class="detail__sources">
        {sources.slice(0, 5).map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.publisher}
            </a>
            {source.date && ` · ${source.date}`}
          </li>
        ))}
      </ul>
    </article>
  );
}
