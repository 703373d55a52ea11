import { useEffect, useState } from 'preact/hooks';
import type { Pack } from '@/utils/pack/schema';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage/settings-schema';
import { readSettings, saveSettings, watchSettings, type SettingsRead } from '@/utils/storage/settings';
import { BackupSection } from './BackupSection';
import { MarkingSection } from './MarkingSection';
import { MutedSection } from './MutedSection';
import { ShortcutSection } from './ShortcutSection';
import { SitesSection } from './SitesSection';
import { Welcome } from './Welcome';

export type SaveSettings = (next: Settings, done?: string) => Promise<void>;

export function OptionsApp({ pack }: { pack: Pack }) {
  const [read, setRead] = useState<SettingsRead | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void readSettings().then(setRead);
    return watchSettings(setRead);
  }, []);

  const save: SaveSettings = async (next, done = t('optionsSaved')) => {
    await saveSettings(next);
    setStatus(done);
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
      <p class="options__status" role="status">
        {status}
      </p>
      {read && (
        <>
          <label class="options__row">
            <input
              type="checkbox"
              checked={read.settings.enabled}
              onChange={(event) => void save({ ...read.settings, enabled: event.currentTarget.checked })}
            />
            {t('optionsEnabled')}
          </label>
          <MarkingSection settings={read.settings} save={save} />
          <SitesSection settings={read.settings} save={save} />
          <MutedSection settings={read.settings} save={save} pack={pack} />
          <ShortcutSection />
          <BackupSection settings={read.settings} save={save} onMessage={setStatus} />
        </>
      )}
      <p class="options__about">{t('optionsAbout')}</p>
    </main>
  );
}
