import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { BrowserName } from './types';

const CANDIDATES: Record<BrowserName, { env: string; names: string[]; apt: string }> = {
  chromium: { env: 'CHROME_PATH', names: ['chromium', 'chromium-browser', 'google-chrome'], apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', names: ['firefox-esr', 'firefox'], apt: 'firefox-esr' },
};

export class BrowserNotFoundError extends Error {}

/**
 * Chromium's launch flags for the tests and the bench. The machine has no network: these keep Chromium
 * from trying to reach Google at every start.
 */
export const CHROMIUM_QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** The browser's executable: `$CHROME_PATH` / `$FIREFOX_PATH`, else the first candidate on the PATH. */
export function findBrowser(name: BrowserName): string {
  const { env, names, apt } = CANDIDATES[name];
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(`${env} is set to ${fromEnv}, which is not an executable file.`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const candidate of names) {
      const path = join(dir, candidate);
      if (isExecutable(path)) return path;
    }
  }
  throw new BrowserNotFoundError(
    `No ${name} found (looked for ${names.join(', ')} on the PATH). Install it with ` +
      `\`sudo apt-get install -y ${apt}\`, or set ${env} to its executable.`,
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
