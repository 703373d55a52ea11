/**
 * The card's own words, in each language the pack is written in. They follow the card's language
 * (the page's, or the reader's choice), not the browser's, so they live here rather than in
 * `_locales` (which follows the browser's UI language).
 */
import type { EntryKind, Language } from '@/utils/pack/schema';

export interface CardLabels {
  kinds: Record<EntryKind, string>;
  whyItMatters: string;
  keyFacts: string;
  sinceThen: string;
  /** "as of {date}" */
  asOf: (date: string) => string;
  sources: string;
  whyMarked: string;
  /** "Marked for “{words}”" */
  matched: (words: string) => string;
  muteHere: string;
  muted: string;
  showInTimeline: string;
  close: string;
  loading: string;
  unavailable: string;
  /** What the live region says when a card opens from the keyboard. */
  announce: (title: string) => string;
  /** The name screen readers give the card. */
  cardName: (title: string) => string;
}

export const CARD_LABELS: Record<Language, CardLabels> = {
  en: {
    kinds: {
      person: 'Person',
      organisation: 'Organisation',
      event: 'Event',
      document: 'Document',
      place: 'Place',
      concept: 'Concept',
    },
    whyItMatters: 'Why it matters',
    keyFacts: 'Key facts',
    sinceThen: 'Since then',
    asOf: (date) => `as of ${date}`,
    sources: 'Sources',
    whyMarked: 'Why this is marked',
    matched: (words) => `Marked for “${words}”`,
    muteHere: 'Don’t mark this here',
    muted: 'No longer marked on this site.',
    showInTimeline: 'Show in the timeline',
    close: 'Close',
    loading: 'Loading…',
    unavailable: 'This card could not be loaded.',
    announce: (title) => `Backstory card: ${title}. Press Tab to read it, Escape to close it.`,
    cardName: (title) => `Backstory: ${title}`,
  },
  ru: {
    kinds: {
      person: 'Персона',
      organisation: 'Организация',
      event: 'Событие',
      document: 'Документ',
      place: 'Место',
      concept: 'Понятие',
    },
    whyItMatters: 'Почему это важно',
    keyFacts: 'Главные факты',
    sinceThen: 'С тех пор',
    asOf: (date) => `на ${date}`,
    sources: 'Источники',
    whyMarked: 'Почему это отмечено',
    matched: (words) => `Отмечено по словам «${words}»`,
    muteHere: 'Не отмечать на этом сайте',
    muted: 'На этом сайте больше не отмечается.',
    showInTimeline: 'Показать в хронологии',
    close: 'Закрыть',
    loading: 'Загрузка…',
    unavailable: 'Не удалось загрузить карточку.',
    announce: (title) => `Карточка Backstory: ${title}. Tab — читать, Escape — закрыть.`,
    cardName: (title) => `Backstory: ${title}`,
  },
  uk: {
    kinds: {
      person: 'Особа',
      organisation: 'Організація',
      event: 'Подія',
      document: 'Документ',
      place: 'Місце',
      concept: 'Поняття',
    },
    whyItMatters: 'Чому це важливо',
    keyFacts: 'Головні факти',
    sinceThen: 'Відтоді',
    asOf: (date) => `станом на ${date}`,
    sources: 'Джерела',
    whyMarked: 'Чому це позначено',
    matched: (words) => `Позначено за словами «${words}»`,
    muteHere: 'Не позначати на цьому сайті',
    muted: 'На цьому сайті більше не позначається.',
    showInTimeline: 'Показати в хронології',
    close: 'Закрити',
    loading: 'Завантаження…',
    unavailable: 'Не вдалося завантажити картку.',
    announce: (title) => `Картка Backstory: ${title}. Tab — читати, Escape — закрити.`,
    cardName: (title) => `Backstory: ${title}`,
  },
  de: {
    kinds: {
      person: 'Person',
      organisation: 'Organisation',
      event: 'Ereignis',
      document: 'Dokument',
      place: 'Ort',
      concept: 'Begriff',
    },
    whyItMatters: 'Warum es wichtig ist',
    keyFacts: 'Wichtige Fakten',
    sinceThen: 'Seitdem',
    asOf: (date) => `Stand ${date}`,
    sources: 'Quellen',
    whyMarked: 'Warum das markiert ist',
    matched: (words) => `Markiert wegen „${words}“`,
    muteHere: 'Hier nicht mehr markieren',
    muted: 'Auf dieser Website nicht mehr markiert.',
    showInTimeline: 'In der Zeitleiste zeigen',
    close: 'Schließen',
    loading: 'Wird geladen…',
    unavailable: 'Diese Karte konnte nicht geladen werden.',
    announce: (title) => `Backstory-Karte: ${title}. Tab zum Lesen, Escape zum Schließen.`,
    cardName: (title) => `Backstory: ${title}`,
  },
  fr: {
    kinds: {
      person: 'Personne',
      organisation: 'Organisation',
      event: 'Événement',
      document: 'Document',
      place: 'Lieu',
      concept: 'Notion',
    },
    whyItMatters: 'Pourquoi c’est important',
    keyFacts: 'Faits clés',
    sinceThen: 'Depuis',
    asOf: (date) => `au ${date}`,
    sources: 'Sources',
    whyMarked: 'Pourquoi c’est marqué',
    matched: (words) => `Marqué pour « ${words} »`,
    muteHere: 'Ne plus marquer ici',
    muted: 'N’est plus marqué sur ce site.',
    showInTimeline: 'Voir dans la chronologie',
    close: 'Fermer',
    loading: 'Chargement…',
    unavailable: 'Impossible de charger cette fiche.',
    announce: (title) => `Fiche Backstory : ${title}. Tab pour la lire, Échap pour la fermer.`,
    cardName: (title) => `Backstory : ${title}`,
  },
};
