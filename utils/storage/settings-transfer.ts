import { checkSettings, isRecord, type Settings as SettingsValue } from './settings-schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

/** Settings files are small; anything larger is not one of ours. */
export const MAX_IMPORT_BYTES = 256 * 1024;
const FORMAT = 'backstory-settings';
/** Keys that could reach an object's prototype if anything ever merged the file naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportResult = { ok: true; settings: SettingsValue } | { ok: false; error: string };

/** The settings as a file the reader can keep and import elsewhere. */
export function exportSettings(settings: SettingsValue): string {
  return `${JSON.stringify({ format: FORMAT, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

/**
 * Reads an exported settings file. Anything that is not exactly a settings file of this or an older
 * version is refused with a message that says why; nothing is applied unless everything is valid.
 */
export function parseImportedSettings(text: string): ImportResult {
  const tooLarge = refuseLargeImport(new Blob([text]).size);
  if (tooLarge) return tooLarge;
  let data: unknown;
  let forbiddenKey: string | undefined;
  try {
    data = JSON.parse(text, function (key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbiddenKey = key;
      return value;
    });
  } catch {
    return { ok: false, error: 'This file is not JSON, so it cannot be a Backstory settings file.' };
  }
  if (forbiddenKey !== undefined) {
    return {
      ok: false,
      error: `This file contains the key "${forbiddenKey}", which no settings file has; nothing was changed.`,
    };
  }
  if (!isRecord(data) || data.format !== FORMAT || !Number.isInteger(data.version)) {
    return { ok: false, error: 'This JSON file is not a Backstory settings file.' };
  }
  const version = data.version as number;
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: `This file is from a newer version of Backstory (settings v${version}); update Backstory first.`,
    };
  }
  if (version < 1) {
    return {
      ok: false,
      error: `This file claims settings v${version}, which no Backstory writes; nothing was changed.`,
    };
  }
  if (!isRecord(data.settings)) {
    return { ok: false, error: 'This Backstory file holds no settings; nothing was changed.' };
  }
  let settings: unknown = data.settings;
  for (let step = version + 1; step <= SETTINGS_VERSION; step++)
    settings = SETTINGS_MIGRATIONS[step]?.(settings) ?? settings;
  const parsed = checkSettings(settings);
  if (!parsed.success) {
    const where = parsed.issues.join(', ');
    return { ok: false, error: `This settings file has values Backstory cannot use (${where}); nothing was changed.` };
  }
  return { ok: true, settings: parsed.data };
}

/** The refusal of a file of `bytes` bytes, if it is too large to be a settings file (checked before reading it). */
export function refuseLargeImport(bytes: number): Extract<ImportResult, { ok: false }> | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    ok: false,
    error: `This file is too large to be a Backstory settings file (limit ${MAX_IMPORT_BYTES / 1024} KB).`,
  };
}
