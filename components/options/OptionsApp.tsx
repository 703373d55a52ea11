import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { Welcome } from './Welcome';
import type { Settings } from '@/utils/storage/settings-schema';
import { readSettings, saveSettings, watchSettings, type SettingsRead } from '@/utils/storage/settings';

export function OptionsApp() {
  const [read, setRead] = useState<SettingsRead | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void readSettings().then(setRead);
    return watchSettings(setRead);
  }, []);

  const update = async (patch: Partial<Settings>) => {
    if (!read) return;
    await saveSettings({ ...read.settings, ...patch });
    setSaved(true);
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {location.hash === '#welcome' && <Welcome />}
      {read?.notice && (
        <p class="options__notice" role="alert">
          {read.notice}
        </p>
      )}
      <label class="options__row">
        <input
          type="checkbox"
          checked={read?.settings.enabled ?? true}
          disabled={!read}
          onChange={(event) => void update({ enabled: event.currentTarget.checked })}
        />
        {t('optionsEnabled')}
      </label>
      <p class="options__status" role="status">
        {saved ? t('optionsSaved') : ''}
      </p>
      <p class="options__about">{t('optionsAbout')}</p>
    </main>
  );
}
