import { t } from '@/utils/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/storage/settings-schema';
import { exportSettings, parseImportedSettings, refuseLargeImport } from '@/utils/storage/settings-transfer';
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
  const load = async (file: File) => {
    let text: string;
    try {
      // A 10 MB file is refused by its size, without reading it.
      const tooLarge = refuseLargeImport(file.size);
      if (tooLarge) return onMessage(tooLarge.error);
      text = await file.text();
    } catch {
      return onMessage('This file could not be read; nothing was changed.');
    }
    const result = parseImportedSettings(text);
    if (result.ok) await save(result.settings, t('optionsImported'));
    else onMessage(result.error);
  };
  const picked = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (file) void load(file);
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
            onChange={(event) => picked(event.currentTarget)}
          />
        </label>
        <button type="button" onClick={reset}>
          {t('optionsReset')}
        </button>
      </div>
    </section>
  );
}
