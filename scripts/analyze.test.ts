import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'backstory-analyze-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/analyze.ts', ...args], {
      cwd: join(import.meta.dirname, '..'),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const PAGE = `<!doctype html><html lang="en"><head><title>Ryabkov and Sherman meet in Geneva</title>
<meta property="article:published_time" content="2022-01-10T18:00:00Z"></head><body><main><article>
<h1>Ryabkov and Sherman meet in Geneva</h1>
<p>Deputy Foreign Minister Sergei <b>Ryabkov</b> and Deputy Secretary of State Wendy Sherman held talks in Geneva on Monday at the Strategic Stability Dialogue.</p>
<p>Ryabkov said NATO must not expand; Sherman said the NATO-Russia Council meets on Wednesday.</p>
</article></main></body></html>`;

describe('npm run analyze', () => {
  it('prints the verdict and the mentions of a saved page as JSON', async () => {
    const result = await analyze(file('page.html', PAGE));
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      verdict: string;
      mentions: Array<{ entry: string; text: string; context: string }>;
    };
    expect(json.verdict).toBe('about');
    expect(json.mentions.map((mention) => mention.entry)).toContain('sergei-ryabkov');
    // "Sergei <b>Ryabkov</b>": one mention across two text nodes, with its context.
    expect(json.mentions.find((mention) => mention.text === 'Sergei Ryabkov')?.context).toContain(
      'Minister [Sergei Ryabkov] and',
    );
  }, 60_000);

  it('prints a readable report with --pretty', async () => {
    const result = await analyze(file('pretty.html', PAGE), '--pretty');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^verdict: about \(score \d+\)/m);
  }, 60_000);

  it.each([
    ['a missing file', () => join(dir, 'nope.html'), /^analyze: cannot read .*nope\.html: no such file\n$/],
    ['a directory', () => dir, /^analyze: cannot read .*: it is a directory\n$/],
    [
      'an .html file without HTML',
      () => file('plain.html', 'just some words'),
      /^analyze: .*plain\.html is not HTML \(no HTML tags found\)\n$/,
    ],
    ['an empty file', () => file('empty.txt', '  \n'), /^analyze: .*empty\.txt is empty\n$/],
    [
      'a binary file',
      () => file('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
      /^analyze: .*image\.html is not a text file\n$/,
    ],
    [
      'a page with no text',
      () => file('blank.html', '<html><body><script>x()</script></body></html>'),
      /^analyze: the page has no readable text\n$/,
    ],
    ['an unknown option', () => '--colour', /^analyze: unknown option --colour \(usage: .*\)\n$/],
  ])(
    'fails in one line, without a stack trace, on %s',
    async (_label, path, message) => {
      const result = await analyze(path());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    },
    60_000,
  );
});
