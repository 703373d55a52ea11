/**
 * Words that are not pack entries but help judge a page: month names and years (to read dates in the
 * text), words of the talks' subject, and words of the usual lookalike stories. They ride in the same
 * automaton as the aliases, so reading them costs no extra pass. Keys are written naturally and
 * normalised with `normalizeKey` when the index is built.
 */
import { normalizeKey } from './normalize';

export type Cue =
  { type: 'month'; month: number } | { type: 'year'; year: number } | { type: 'topic'; topic: TopicCue };

/** `talks`/`guarantees` point towards the subject; the others are stories that share its words. */
export type TopicCue = 'talks' | 'guarantees' | 'geneva-conventions' | 'iran' | 'syria' | 'tank';

export const NEGATIVE_TOPICS: ReadonlySet<TopicCue> = new Set(['geneva-conventions', 'iran', 'syria', 'tank']);

export const TOPIC_LABELS: Record<TopicCue, string> = {
  talks: 'talks or negotiations',
  guarantees: 'security guarantees',
  'geneva-conventions': 'the Geneva Conventions',
  iran: 'Iran',
  syria: 'Syria',
  tank: 'Sherman tanks',
};

const MONTHS: string[][] = [
  // en, en short, ru (nom, gen, prep), uk (nom, gen, loc), de, fr
  ['january', 'jan', 'январь', 'января', 'январе', 'січень', 'січня', 'січні', 'januar', 'jänner', 'janvier', 'janv'],
  [
    'february',
    'feb',
    'февраль',
    'февраля',
    'феврале',
    'лютий',
    'лютого',
    'лютому',
    'februar',
    'feber',
    'février',
    'févr',
  ],
  ['march', 'mar', 'март', 'марта', 'марте', 'березень', 'березня', 'березні', 'märz', 'mars'],
  ['april', 'apr', 'апрель', 'апреля', 'апреле', 'квітень', 'квітня', 'квітні', 'avril'],
  ['may', 'май', 'мая', 'мае', 'травень', 'травня', 'травні', 'mai'],
  ['june', 'jun', 'июнь', 'июня', 'июне', 'червень', 'червня', 'червні', 'juni', 'juin'],
  ['july', 'jul', 'июль', 'июля', 'июле', 'липень', 'липня', 'липні', 'juli', 'juillet'],
  ['august', 'aug', 'август', 'августа', 'августе', 'серпень', 'серпня', 'серпні', 'août'],
  ['september', 'sep', 'sept', 'сентябрь', 'сентября', 'сентябре', 'вересень', 'вересня', 'вересні', 'septembre'],
  ['october', 'oct', 'октябрь', 'октября', 'октябре', 'жовтень', 'жовтня', 'жовтні', 'oktober', 'octobre'],
  ['november', 'nov', 'ноябрь', 'ноября', 'ноябре', 'листопад', 'листопада', 'листопаді', 'novembre'],
  ['december', 'dec', 'декабрь', 'декабря', 'декабре', 'грудень', 'грудня', 'грудні', 'dezember', 'décembre', 'dez'],
];

const TOPICS: Record<TopicCue, string[]> = {
  talks: [
    'talks',
    'negotiations',
    'negotiators',
    'переговоры',
    'переговоров',
    'переговорах',
    'переговорам',
    'переговори',
    'переговорів',
    'перемовини',
    'перемовин',
    'verhandlungen',
    'gespräche',
    'pourparlers',
    'négociations',
    'strategic stability',
    'стратегической стабильности',
    'стратегічної стабільності',
    'strategischen stabilität',
    'stabilité stratégique',
  ],
  guarantees: [
    'security guarantees',
    'гарантии безопасности',
    'гарантий безопасности',
    'гарантиях безопасности',
    'гарантії безпеки',
    'гарантій безпеки',
    'sicherheitsgarantien',
    'garanties de sécurité',
  ],
  'geneva-conventions': [
    'geneva conventions',
    'geneva convention',
    'женевские конвенции',
    'женевских конвенций',
    'женевской конвенции',
    'женевська конвенція',
    'женевських конвенцій',
    'женевської конвенції',
    'genfer konventionen',
    'genfer konvention',
    'conventions de genève',
    'convention de genève',
  ],
  iran: ['iran', 'iranian', 'jcpoa', 'иран', 'ирана', 'иране', 'ираном', 'іран', 'ірану', 'ірані', 'iraner', 'iranien'],
  syria: ['syria', 'syrian', 'сирия', 'сирии', 'сирію', 'сирія', 'сирії', 'syrien', 'syrie'],
  tank: ['sherman tank', 'sherman tanks', 'танк шерман', 'танки шерман', 'sherman-panzer', 'char sherman'],
};

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2035;

/** Every cue with its folded key. */
export function cueKeys(): Array<{ key: string; cue: Cue }> {
  const out: Array<{ key: string; cue: Cue }> = [];
  const push = (key: string, cue: Cue) => out.push({ key: normalizeKey(key), cue });
  MONTHS.forEach((names, index) => {
    for (const key of names) push(key, { type: 'month', month: index + 1 });
  });
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) push(String(year), { type: 'year', year });
  for (const [topic, keys] of Object.entries(TOPICS) as Array<[TopicCue, string[]]>) {
    for (const key of keys) push(key, { type: 'topic', topic });
  }
  return out;
}
