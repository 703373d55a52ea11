/** The reader page's own bar: the name, the timeline and print buttons, and the keys. */
import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export function ReaderBar({ children }: { children?: ComponentChildren }) {
  return (
    <header class="reader__bar">
      <p class="reader__brand">Backstory</p>
      <div class="reader__actions">
        {children}
        <button type="button" class="reader__button" onClick={() => window.print()}>
          {t('readerPrint')}
        </button>
      </div>
    </header>
  );
}
