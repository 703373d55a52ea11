import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings-schema';
import { exportSettings, MAX_IMPORT_BYTES, parseImportedSettings } from './settings-transfer';

const custom = {
  ...DEFAULT_SETTINGS,
  markMode: 'every' as const,
  mutedBySite: { 'dw.com': ['vladimir-putin'] },
  disabledSites: ['example.org'],
};

describe('settings export and import', () => {
  it('round-trips', () => {
    expect(parseImportedSettings(exportSettings(custom))).toEqual({ ok: true, settings: custom });
  });

  it('imports a file from version 1', () => {
    const v1 = JSON.stringify({ format: 'backstory-settings', version: 1, settings: { enabled: false } });
    expect(parseImportedSettings(v1)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, enabled: false } });
  });

  it.each([
    ['not JSON', '<html><script>alert(1)</script></html>', /not JSON/],
    ['another JSON file', '{"name":"package"}', /not a Backstory settings file/],
    ['a future version', '{"format":"backstory-settings","version":99,"settings":{}}', /newer version/],
    ['a version below the first', '{"format":"backstory-settings","version":0,"settings":{}}', /no Backstory writes/],
    ['a file without settings', '{"format":"backstory-settings","version":2}', /holds no settings/],
    [
      'settings that are not an object',
      '{"format":"backstory-settings","version":2,"settings":[]}',
      /holds no settings/,
    ],
    [
      'a wrong type',
      '{"format":"backstory-settings","version":2,"settings":{"enabled":"maybe"}}',
      /cannot use \(enabled\)/,
    ],
    [
      'a prototype key',
      '{"format":"backstory-settings","version":2,"settings":{"mutedBySite":{"__proto__":["nato"]}}}',
      /contains the key "__proto__"/,
    ],
    [
      'markup as a site',
      '{"format":"backstory-settings","version":2,"settings":{"disabledSites":["<img src=x onerror=alert(1)>"]}}',
      /cannot use \(disabledSites\.0\)/,
    ],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseImportedSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"format":"backstory-settings","version":2,"settings":{"pad":"${'x'.repeat(10 * 1024 * 1024)}"}}`;
    const result = parseImportedSettings(huge);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
  });

  it('does not let a prototype key reach any object', () => {
    parseImportedSettings('{"format":"backstory-settings","version":2,"settings":{"__proto__":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
