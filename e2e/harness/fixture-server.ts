import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** A pseudo-header of `<name>.headers.json`: answer only after this many milliseconds (a slow script). */
const DELAY_HEADER = 'x-fixture-delay-ms';

/**
 * Serves a folder of fixture pages on 127.0.0.1. A page may carry response headers (a strict CSP, say)
 * in a `<name>.headers.json` file beside it, and a delay in `x-fixture-delay-ms` there.
 */
export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    void Promise.all([readFile(file), readFile(`${file}.headers.json`, 'utf8').catch(() => '{}')]).then(
      ([body, headers]) => {
        const { [DELAY_HEADER]: delayMs = '0', ...extra } = JSON.parse(headers) as Record<string, string>;
        setTimeout(() => {
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
          response.end(body);
        }, Number(delayMs));
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server did not bind a port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
