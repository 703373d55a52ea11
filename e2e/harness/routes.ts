import type { FixtureServer } from './fixture-server';

export interface RoutedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Pages at real news URLs, answered from the local fixture server, so the extension runs under its
 * production manifest and no request leaves the machine. Every other outside request is refused and
 * recorded: the extension must make none of its own.
 */
export class FixtureRoutes {
  private readonly byUrl = new Map<string, string>();
  readonly refused: string[] = [];

  constructor(private readonly server: FixtureServer) {}

  /** Serve `fixture` (a path under the fixture folder) when the browser asks for `url`. */
  add(url: string, fixture: string): void {
    this.byUrl.set(stripHash(url), fixture);
  }

  isLocal(url: string): boolean {
    return url.startsWith(this.server.origin);
  }

  /** The response for a routed URL, `undefined` when the URL is not routed. */
  async respond(url: string): Promise<RoutedResponse | undefined> {
    const fixture = this.byUrl.get(stripHash(url));
    if (fixture === undefined) return undefined;
    const response = await fetch(`${this.server.origin}/${fixture}`);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      if (!['content-length', 'connection', 'keep-alive', 'date', 'transfer-encoding'].includes(key))
        headers[key] = value;
    });
    return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
  }

  refuse(url: string): void {
    this.refused.push(url);
  }
}

function stripHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
