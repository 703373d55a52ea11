/**
 * The reader page: loads what the background kept for it (a page snapshot or a selection), reads it
 * (extraction, the engine) and shows the annotated article, the explained selection, or why there is
 * nothing to show. The work runs after the first paint, so "Preparing…" is what a slow page shows.
 */
import { useEffect, useState } from 'preact/hooks';
import { createEngine } from '@/utils/engine/index';
import { t } from '@/utils/i18n';
import { pickCardLanguage } from '@/utils/overlay/card-language';
import { toNameRecords } from '@/utils/pack/names';
import type { Language, Pack } from '@/utils/pack/schema';
import { readSource, type ReaderContent } from '@/utils/reader/read-source';
import { loadReaderSource } from '@/utils/reader/reader-sources';
import { readSettings } from '@/utils/storage/settings';
import { ArticleReader } from './ArticleReader';
import { ReaderMessage } from './ReaderMessage';
import { SelectionReader } from './SelectionReader';

type ReaderState =
  | { kind: 'loading' }
  | { kind: 'gone' }
  | { kind: 'broken' }
  | { kind: 'read'; content: ReaderContent; lang: Language };

async function prepare(pack: Pack, sourceId: string | null): Promise<ReaderState> {
  const [source, { settings }] = await Promise.all([loadReaderSource(sourceId), readSettings()]);
  if (!source) return { kind: 'gone' };
  await new Promise((resolve) => setTimeout(resolve, 0));
  const content = readSource(source, createEngine(toNameRecords(pack)));
  const pageLang = content.kind === 'article' ? content.article.lang : content.kind === 'selection' ? content.lang : '';
  const mentionLangs =
    content.kind === 'article'
      ? content.annotation.mentions.map((mention) => mention.why.lang)
      : content.kind === 'selection'
        ? content.mentions.map((mention) => mention.why.lang)
        : [];
  return { kind: 'read', content, lang: pickCardLanguage(settings.cardLanguage, pageLang, mentionLangs) };
}

export function ReaderApp({ pack, sourceId }: { pack: Pack; sourceId: string | null }) {
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  useEffect(() => {
    prepare(pack, sourceId).then(setState, (error: unknown) => {
      console.warn('Backstory reader:', error);
      setState({ kind: 'broken' });
    });
  }, [pack, sourceId]);
  useEffect(() => {
    if (state.kind !== 'read') return;
    const { content } = state;
    const title = content.kind === 'article' ? content.article.title : content.kind === 'failure' ? content.title : '';
    document.title = title ? `${title} · Backstory` : t('readerSelectionTitle');
  }, [state]);

  if (state.kind === 'loading') {
    return (
      <main class="reader reader--message" data-state="loading" aria-busy="true">
        <p>{t('readerLoading')}</p>
      </main>
    );
  }
  if (state.kind === 'gone') return <ReaderMessage problem="gone" />;
  if (state.kind === 'broken') return <ReaderMessage problem="unreadable" />;
  const { content, lang } = state;
  switch (content.kind) {
    case 'article':
      return <ArticleReader content={content} pack={pack} lang={lang} />;
    case 'selection':
      return <SelectionReader content={content} pack={pack} lang={lang} />;
    case 'failure':
      return <ReaderMessage problem={content.reason} url={content.url} title={content.title} />;
  }
}
