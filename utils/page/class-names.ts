/**
 * Class and id names that say what a box is: sidebars and related links, standfirsts, headlines,
 * captions, article bodies. English names plus the German, French and Russian-transliterated ones
 * news sites use. Matched as whole tokens between spaces, hyphens or underscores.
 */

export const PERIPHERAL_CLASS = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'nav',
      'navbar',
      'navigation',
      'menu',
      'sidebar',
      'side',
      'aside',
      'rail',
      'right-col',
      'left-col',
      'related',
      'recommended',
      'recommendations?',
      'more-stories',
      'more-from',
      'more',
      'most-?read',
      'mostread',
      'most-?popular',
      'popular',
      'trending',
      'read-?more',
      'also-?read',
      'see-?also',
      'comments?',
      'disqus',
      'social',
      'share',
      'sharing',
      'newsletter',
      'subscribe',
      'subscription',
      'promo',
      'advert',
      'advertisement',
      'ads?',
      'sponsored',
      'breadcrumbs?',
      'footer',
      'cookies?',
      'consent',
      'outbrain',
      'taboola',
      'widget',
      'tags',
      'paywall',
      'toc',
      // German, French and Russian-transliterated names for the same boxes.
      'mehr',
      'weitere',
      'meistgelesen',
      'meistgeklickt',
      'leserbriefe',
      'fuss',
      'lire-aussi',
      'a-lire',
      'plus-lus',
      'populaires',
      'chitajte',
      'chitaite',
      'populyarnoe',
    ].join('|') +
    ')(?:$|[\\s_-])',
  'i',
);
export const TEASER_CLASS = /(?:^|[\s_-])teasers?(?:$|[\s_-])/i;
export const STANDFIRST_CLASS =
  /(?:^|[\s_-])(?:standfirst|lede|lead|dek|subtitle|subheadline|summary|intro|excerpt|strapline|description|announce|anons|article-?lead)(?:$|[\s_-])/i;
export const HEADLINE_CLASS = /(?:^|[\s_-])(?:headline|article-?title|entry-title|story-title|post-title)(?:$|[\s_-])/i;
export const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|figcaption|photo-?credit|legend|legende|unterzeile|bildunterschrift)(?:$|[\s_-])/i;
export const BODY_CLASS =
  /(?:^|[\s_-])(?:article-?body|article__body|story-?body|entry-content|post-content|article-?text|article__text|news-?text|text-?content|article-content)(?:$|[\s_-])/i;
