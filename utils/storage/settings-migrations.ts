import { DEFAULT_SETTINGS, isRecord } from './settings-schema';

/** The version of the stored settings' shape that this code writes. */
export const SETTINGS_VERSION = 2;

/**
 * One function per version step, taking the shape before it. Each must accept anything (a value may
 * have been hand-edited) and return something the schema can judge; it never throws.
 */
export const SETTINGS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {
  // 0.1.0 stored only `{ enabled }`; every later field starts at its default, and an odd value is left
  // for the schema to reject with a notice rather than guessed at here.
  2: (previous) => (isRecord(previous) ? { ...DEFAULT_SETTINGS, ...previous } : previous),
};
