/**
 * An article image as the reader first sees it: a placeholder with its alt text. Nothing is fetched
 * until the reader presses "Show image"; then only the image itself, without a referrer.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export function InertImage({
  alt,
  src,
  children,
}: {
  alt: string;
  src: string | null;
  children?: preact.ComponentChildren;
}) {
  const [shown, setShown] = useState(false);
  return (
    <figure class="inert-image" data-shown={shown ? 'true' : 'false'}>
      {shown && src ? (
        <img src={src} alt={alt} referrerpolicy="no-referrer" loading="lazy" decoding="async" />
      ) : (
        <div class="inert-image__placeholder">
          <span class="inert-image__alt">{alt || t('readerImage')}</span>
          {src && (
            <button type="button" class="reader__button" onClick={() => setShown(true)}>
              {t('readerShowImage')}
            </button>
          )}
        </div>
      )}
      {children && <figcaption>{children}</figcaption>}
    </figure>
  );
}
