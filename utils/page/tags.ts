/** Tag names and ARIA roles by what they mean for the walk. */

export const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'INPUT',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
  'DATALIST',
]);

export const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'LEGEND',
  'OPTGROUP',
  'HTML',
]);

/** Inline elements that change nothing for the walk unless their attributes say so. */
export const PLAIN_INLINE = new Set(['SPAN', 'MARK', 'FONT']);

/**
 * Phrasing elements whose attributes are not even read: links and emphasis inside a paragraph take the
 * paragraph's decisions (the boxes around them carry the classes that matter). Most inline elements
 * of an article are these, so this saves most attribute reads.
 */
export const TRANSPARENT_INLINE = new Set([
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'SMALL',
  'U',
  'S',
  'SUB',
  'SUP',
  'ABBR',
  'CITE',
  'Q',
  'TIME',
  'CODE',
  'KBD',
  'VAR',
  'DFN',
  'BDI',
  'BDO',
  'DATA',
  'INS',
  'DEL',
]);

export const PERIPHERAL_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);

export const PERIPHERAL_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'dialog',
  'menu',
  'menubar',
  'alert',
]);

/** Page-level containers are never a sidebar, whatever their classes say ("has-sidebar"). */
export const CONTAINERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
