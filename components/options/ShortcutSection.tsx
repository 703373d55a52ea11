import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/** Where the keyboard shortcut is set: the browser's own shortcut settings. */
export function ShortcutSection() {
  const [shortcuts, setShortcuts] = useState<string[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcuts(commands.filter((c) => c.name !== '_execute_action').map(describe)))
      .catch(() => setShortcuts([]));
  }, []);

  return (
    <section class="options__section" aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">{t('optionsShortcut')}</h2>
      <p>{t('optionsShortcutText')}</p>
      <ul class="options__list">
        {shortcuts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void openShortcutSettings()}>
        {t('optionsShortcutOpen')}
      </button>
    </section>
  );
}

function describe(command: { description?: string; shortcut?: string }): string {
  return `${command.description ?? ''}: ${command.shortcut || t('optionsShortcutUnset')}`;
}

/** Firefox opens its own page through the API; Chrome's lives at a chrome:// address. */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
