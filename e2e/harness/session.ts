import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { launchFirefox } from './firefox';
import { FixtureRoutes } from './routes';
import type { BrowserName, BrowserSession } from './types';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'e2e', 'fixtures');
/** The builds under test: `.output/` unless `BACKSTORY_OUTPUT_DIR` points at another build folder. */
const OUTPUT = process.env.BACKSTORY_OUTPUT_DIR ?? join(ROOT, '.output');
const BUILDS: Record<BrowserName, string> = {
  chromium: join(OUTPUT, 'chrome-mv3'),
  firefox: join(OUTPUT, 'firefox-mv3'),
};

export interface SessionOptions {
  /** The folder served on 127.0.0.1; the e2e fixtures by default. */
  fixtures?: string;
  headless?: boolean;
  /** `prefers-color-scheme` for every page of the session, in both browsers. */
  colorScheme?: 'light' | 'dark';
  /** Chromium only: a touch screen (pages can be tapped with `TestPage.tap`). */
  hasTouch?: boolean;
  /** Scripts run in each page's main world before the page's own (e.g. a mutation recorder). */
  initScripts?: string[];
  /**
   * Firefox only: `permissions.request` grants without its prompt, as if the reader accepted it (the
   * pref `extensions.webextOptionalPermissionPrompts`). Chromium has no such switch: its prompt cannot
   * be answered from a test.
   */
  grantPermissionRequests?: boolean;
}

/** A fixture server on 127.0.0.1 plus a browser with the built extension, ready for a test to drive. */
export async function startSession(
  name: BrowserName,
  options: SessionOptions = {},
): Promise<BrowserSession & { server: FixtureServer }> {
  const server = await startFixtureServer(options.fixtures ?? FIXTURES);
  const routes = new FixtureRoutes(server);
  const extensionDir = BUILDS[name];
  const manifest = readManifest(extensionDir);
  const session =
    name === 'chromium'
      ? await launchChromium({
          extensionDir,
          routes,
          headless: options.headless,
          colorScheme: options.colorScheme,
          hasTouch: options.hasTouch,
          initScripts: options.initScripts,
        })
      : await launchFirefox({
          extensionDir,
          routes,
          headless: options.headless,
          addonId: geckoId(manifest),
          colorScheme: options.colorScheme,
          initScripts: options.initScripts,
          grantPermissionRequests: options.grantPermissionRequests,
        });
  return {
    ...session,
    server,
    localUrl: (fixture) => `${server.origin}/${fixture}`,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

interface Manifest {
  browser_specific_settings?: { gecko?: { id?: string } };
}

function readManifest(dir: string): Manifest {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    throw new Error(`No built extension in ${dir}. Run \`npm run build:all\` first.`);
  }
}

function geckoId(manifest: Manifest): string {
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no browser_specific_settings.gecko.id');
  return id;
}
