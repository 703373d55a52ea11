/**
 * npm run analyze -- <file.html|file.txt> [--pretty] [--full]
 * cat page.html | npm run analyze -- [--pretty]
 *
 * Runs the extension's engine and page adapter on a saved page and prints JSON (verdict, score,
 * reasons, mentions with entry id, surface text, offsets and context), or a readable report with
 * `--pretty`. `--full` skips the cheap first look. Errors are one line on stderr, exit code 1.
 */
import { createEngine } from '../utils/engine/index';
import { analyzeHtml, analyzePlainText, InputError } from './lib/analyze-input';
import { loadNames } from './lib/load-names';
import { prettyReport } from './lib/pretty-report';
import { readInput } from './lib/read-input';

const USAGE = 'usage: npm run analyze -- <file.html|file.txt|-> [--pretty] [--full]';

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => !['--pretty', '--full', '--help'].includes(flag));
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (unknown.length > 0 || files.length > 1) {
    throw new InputError(`${unknown[0] ? `unknown option ${unknown[0]}` : 'one file at a time'} (${USAGE})`);
  }
  const path = files[0] === undefined || files[0] === '-' ? null : files[0];
  const input = readInput(path, process.stdin.isTTY === true);
  const { names } = await loadNames();
  const engine = createEngine(names);
  const result =
    input.kind === 'html'
      ? await analyzeHtml(input.content, engine, { firstLook: !flags.has('--full') })
      : analyzePlainText(input.content, engine);
  if (flags.has('--pretty')) process.stdout.write(`${prettyReport(input.name, result)}\n`);
  else process.stdout.write(`${JSON.stringify({ input: input.name, kind: input.kind, ...result }, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof InputError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`analyze: ${message}\n`);
    process.exit(1);
  },
);
