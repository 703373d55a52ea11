/**
 * Reads the analyze command's input (a file, or stdin) and decides whether it is HTML or plain text,
 * with errors a pack author can act on.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from './analyze-input';

export interface Input {
  name: string;
  content: string;
  kind: 'html' | 'text';
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const LOOKS_LIKE_HTML = /<(?:!doctype\s+html|html|head|body|article|main|p|div|h1|title|meta)[\s>/]/i;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  EMFILE: 'too many open files',
};

function readBytes(path: string | 0): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new InputError(
      `cannot read ${path === 0 ? 'standard input' : path}: ${REASONS[code] ?? (error as Error).message}`,
    );
  }
}

export function readInput(path: string | null, stdinIsTerminal: boolean): Input {
  if (path === null && stdinIsTerminal)
    throw new InputError('give a file (.html or .txt) or pipe a page into standard input');
  const name = path ?? 'standard input';
  const bytes = readBytes(path ?? 0);
  if (bytes.includes(0)) throw new InputError(`${name} is not a text file`);
  const content = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!content.trim()) throw new InputError(`${name} is empty`);
  const extension = path ? extname(path).toLowerCase() : '';
  const looksLikeHtml = LOOKS_LIKE_HTML.test(content.slice(0, 5000));
  if (HTML_EXTENSIONS.has(extension) && !looksLikeHtml)
    throw new InputError(`${name} is not HTML (no HTML tags found)`);
  const kind = HTML_EXTENSIONS.has(extension) || (!TEXT_EXTENSIONS.has(extension) && looksLikeHtml) ? 'html' : 'text';
  return { name, content, kind };
}
