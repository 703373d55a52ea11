/**
 * fast-check arbitraries for the property tests: small DOM trees of news-like markup whose text is
 * filler words in the five pack languages sprinkled with real aliases from the pack (some broken by a
 * soft hyphen or a zero-width space, some split across an inline tag), plus the odd element the page
 * walk must skip (script, style, textarea, contenteditable).
 */
import fc from 'fast-check';
import { loadPack } from '../../utils/pack/load-pack';
import { toNameRecords } from '../../utils/pack/names';
import type { NameRecord } from '../../utils/pack/schema';

export const NAMES: NameRecord[] = toNameRecords(loadPack('packs/geneva-2022'));

const LANGS = ['en', 'ru', 'uk', 'de', 'fr'] as const;
const ALIASES: string[] = [...new Set(NAMES.flatMap((record) => record.aliases.map((alias) => alias.text)))];
const ALIASES_BY_LANG = LANGS.map((lang) =>
  NAMES.flatMap((record) => record.aliases.filter((alias) => alias.lang === lang).map((alias) => alias.text)),
);

const FILLER: Record<(typeof LANGS)[number], string[]> = {
  en: 'the talks in Geneva ended on Monday said officials and security guarantees were discussed'.split(' '),
  ru: 'переговоры в Женеве завершились в понедельник заявили официальные лица гарантии безопасности'.split(' '),
  uk: 'переговори у Женеві завершилися в понеділок заявили посадовці гарантії безпеки'.split(' '),
  de: 'die Gespräche in Genf endeten am Montag sagten Beamte über Sicherheitsgarantien'.split(' '),
  fr: 'les pourparlers à Genève se sont terminés lundi ont déclaré des responsables sur la sécurité'.split(' '),
};

/** An alias as it may appear on a page: plain, with a soft hyphen or zero-width space inside. */
const aliasText = fc
  .tuple(fc.integer({ min: 0, max: LANGS.length - 1 }), fc.nat(), fc.constantFrom('', '\u00ad', '\u200b'), fc.nat())
  .map(([lang, pick, invisible, at]) => {
    const pool = ALIASES_BY_LANG[lang]!.length > 0 ? ALIASES_BY_LANG[lang]! : ALIASES;
    const alias = pool[pick % pool.length]!;
    if (!invisible || alias.length < 3) return alias;
    const cut = 1 + (at % (alias.length - 1));
    return alias.slice(0, cut) + invisible + alias.slice(cut);
  });

const fillerText = fc
  .tuple(fc.constantFrom(...LANGS), fc.array(fc.nat(), { minLength: 1, maxLength: 12 }))
  .map(([lang, picks]) => picks.map((pick) => FILLER[lang][pick % FILLER[lang].length]).join(' '));

const sentence = fc
  .array(fc.oneof({ weight: 3, arbitrary: fillerText }, { weight: 2, arbitrary: aliasText }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => `${parts.join(' ')}.`);

export type TreeNode = string | { tag: string; attrs?: Record<string, string>; children: TreeNode[] };

const BLOCKS = ['p', 'div', 'section', 'blockquote', 'li', 'h2', 'figcaption'];
const INLINES = ['b', 'i', 'em', 'a', 'span', 'strong'];
const SKIPPED = ['script', 'style', 'textarea'];

/** A multiword alias split across an inline tag: `<span><b>Sergei</b> Ryabkov</span>`. */
const splitAlias = aliasText
  .filter((alias) => alias.includes(' '))
  .map((alias): TreeNode => {
    const space = alias.indexOf(' ');
    return { tag: 'span', children: [{ tag: 'b', children: [alias.slice(0, space)] }, alias.slice(space)] };
  });

const { tree } = fc.letrec<{ tree: TreeNode[]; node: TreeNode }>((tie) => ({
  tree: fc.array(tie('node'), { minLength: 1, maxLength: 5 }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: sentence },
    { weight: 2, arbitrary: fc.record({ tag: fc.constantFrom(...BLOCKS), children: tie('tree') }) },
    {
      weight: 2,
      arbitrary: fc.record({ tag: fc.constantFrom(...INLINES), children: fc.array(sentence, { maxLength: 2 }) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ tag: fc.constantFrom(...SKIPPED), children: fc.array(aliasText, { maxLength: 1 }) }),
    },
    { weight: 1, arbitrary: splitAlias },
    {
      weight: 1,
      arbitrary: fc.record({
        tag: fc.constant('div'),
        attrs: fc.constant({ contenteditable: 'true' }),
        children: fc.array(aliasText, { maxLength: 2 }),
      }),
    },
  ),
}));

/** A page body: an article of generated nodes, sometimes with a split name ("<b>First</b> Last"). */
export const pageBody = fc.record({
  headline: sentence,
  body: tree,
  lang: fc.constantFrom(...LANGS),
});

export type PageBody = typeof pageBody extends fc.Arbitrary<infer T> ? T : never;

function build(document: Document, node: TreeNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
  for (const child of node.children) element.append(build(document, child));
  return element;
}

/** Replaces `document`'s content with the generated page (DOM calls only, no HTML parsing of page text). */
export function loadPage(document: Document, page: PageBody): void {
  document.documentElement.setAttribute('lang', page.lang);
  const title = document.createElement('title');
  title.textContent = page.headline;
  const published = document.createElement('meta');
  published.setAttribute('property', 'article:published_time');
  published.setAttribute('content', '2022-01-10T12:00:00Z');
  document.head.replaceChildren(title, published);
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = page.headline;
  article.append(h1, ...page.body.map((node) => build(document, node)));
  const main = document.createElement('main');
  main.append(article);
  document.body.replaceChildren(main);
}
