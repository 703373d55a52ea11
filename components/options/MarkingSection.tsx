import { t, type MessageKey } from '@/utils/i18n';
import { CARD_LANGUAGES, MARK_STYLES, type Settings } from '@/utils/storage/settings-schema';
import type { SaveSettings } from './OptionsApp';

const STYLE_LABEL: Record<Settings['markStyle'], MessageKey> = {
  underline: 'markStyleUnderline',
  highlight: 'markStyleHighlight',
  dotted: 'markStyleDotted',
};
const LANGUAGE_LABEL: Record<Settings['cardLanguage'], MessageKey> = {
  page: 'cardLanguagePage',
  en: 'languageEn',
  ru: 'languageRu',
  uk: 'languageUk',
  de: 'languageDe',
  fr: 'languageFr',
};

export function MarkingSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  return (
    <section class="options__section" aria-labelledby="marking-title">
      <h2 id="marking-title">{t('optionsMarking')}</h2>
      <fieldset>
        <legend>{t('optionsMarkStyle')}</legend>
        {MARK_STYLES.map((style) => (
          <label key={style} class="options__row">
            <input
              type="radio"
              name="mark-style"
              value={style}
              checked={settings.markStyle === style}
              onChange={() => void save({ ...settings, markStyle: style })}
            />
            <span class={`options__sample options__sample--${style}`}>{t(STYLE_LABEL[style])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsMarkMode')}</legend>
        {(['first', 'every'] as const).map((mode) => (
          <label key={mode} class="options__row">
            <input
              type="radio"
              name="mark-mode"
              value={mode}
              checked={settings.markMode === mode}
              onChange={() => void save({ ...settings, markMode: mode })}
            />
            {t(mode === 'first' ? 'markModeFirst' : 'markModeEvery')}
          </label>
        ))}
      </fieldset>
      <label class="options__row">
        {t('optionsCardLanguage')}
        <select
          value={settings.cardLanguage}
          onChange={(event) =>
            void save({ ...settings, cardLanguage: event.currentTarget.value as Settings['cardLanguage'] })
          }
        >
          {CARD_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(LANGUAGE_LABEL[lang])}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
