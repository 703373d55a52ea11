import { t } from '@/utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage/settings-schema';
import { exportSettings, parseImportedSettings } from '@/utils/storage/settings-transfer';
import type { SaveSettings } from './OptionsApp';

interface Props {
  settings: Settings;
  save: SaveSettings;
  onMessage: (message: string) => void;
}

/** Export to a file, import from one (refused with a reason, never half-applied), and reset. */
export function BackupSection({ settings, save, onMessage }: Props) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportSettings(settings)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'backstory-settings.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const load = async (file: File | undefined) => {
    if (!file) return;
    const result = parseImportedSettings(await file.text());
    if (result.ok) await save(result.settings, t('optionsImported'));
    else onMessage(result.error);
  };
  const reset = () => {
    if (confirm(t('optionsResetConfirm'))) void save(DEFAULT_SETTINGS, t('optionsResetDone'));
  };

  return (
    <section class="options__section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('optionsBackup')}</h2>
      <div class="options__row">
        <button type="button" onClick={download}>
          {t('optionsExport')}
        </button>
        <label class="options__file">
          {t('optionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            data-action="import"
            onChange={(event) => void load(event.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" onClick={reset}>
          {t('optionsReset')}
        </button>
      </div>
    </section>
  );
}
