import type { EntryKind, Language, Pack } from '@/utils/pack/schema';
import { t, type MessageKey } from '@/utils/i18n';
import { pick } from '@/utils/popup/pack-language';
import { groupFound } from '@/utils/popup/pack-views';
import type { PageStatus } from '@/utils/popup/page-status';

export const KIND_LABEL: Record<EntryKind, MessageKey> = {
  person: 'kindPerson',
  organisation: 'kindOrganisation',
  event: 'kindEvent',
  document: 'kindDocument',
  place: 'kindPlace',
  concept: 'kindConcept',
};

interface Props {
  pack: Pack;
  status: PageStatus;
  lang: Language;
  onChoose: (entryId: string) => void;
}

/** The entries found on the page, by kind, with how often each is mentioned. */
export function FoundList({ pack, status, lang, onChoose }: Props) {
  if (status.kind !== 'reported' || status.report.verdict === 'unrelated' || status.report.verdict === 'pending') {
    return <p class="popup__empty">{t('nothingFound')}</p>;
  }
  const groups = groupFound(pack, status.report.found);
  if (groups.length === 0) return <p class="popup__empty">{t('nothingFound')}</p>;
  return (
    <div class="found">
      {groups.map((group) => (
        <section key={group.kind} class="found__group">
          <h2 class="found__kind">{t(KIND_LABEL[group.kind])}</h2>
          <ul class="found__list">
            {group.entries.map(({ entry, mentions }) => (
              <li key={entry.id}>
                <button type="button" class="found__entry" data-entry={entry.id} onClick={() => onChoose(entry.id)}>
                  <span class="found__title">{pick(entry.title, lang)}</span>
                  <span class="found__count">{t('mentionCount', String(mentions))}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
