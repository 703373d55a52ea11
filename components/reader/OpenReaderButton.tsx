/** The popup's way into the annotated reader for the tab it describes. */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { callBackground } from '@/utils/messages/send';

export function OpenReaderButton({ tabId }: { tabId: number | undefined }) {
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (tabId === undefined) return null;
  const open = async () => {
    setBusy(true);
    setFailed(false);
    const reply = await callBackground('ui/open-reader', { tabId });
    setBusy(false);
    setFailed(!reply.ok);
  };
  return (
    <div class="open-reader">
      <button type="button" class="detail__show open-reader__button" disabled={busy} onClick={() => void open()}>
        {t('readerOpen')}
      </button>
      {failed && (
        <p class="popup__hint" role="status">
          {t('readerOpenFailed')}
        </p>
      )}
    </div>
  );
}
