import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isEntryMuted, isSiteEnabled, siteKey, withEntryMuted } from './settings-schema';

describe('settings rules', () => {
  it('keys sites by hostname without www.', () => {
    expect(siteKey('www.Reuters.com')).toBe('reuters.com');
    expect(siteKey('ria.ru')).toBe('ria.ru');
  });

  it('turns a site off only where the reader said so', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['reuters.com'] };
    expect(isSiteEnabled(settings, 'www.reuters.com')).toBe(false);
    expect(isSiteEnabled(settings, 'apnews.com')).toBe(true);
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'apnews.com')).toBe(false);
  });

  it('mutes an entry on one site, leaving others and the original settings alone', () => {
    const muted = withEntryMuted(DEFAULT_SETTINGS, 'www.dw.com', 'vladimir-putin');
    expect(isEntryMuted(muted, 'dw.com', 'vladimir-putin')).toBe(true);
    expect(isEntryMuted(muted, 'ria.ru', 'vladimir-putin')).toBe(false);
    expect(isEntryMuted(DEFAULT_SETTINGS, 'dw.com', 'vladimir-putin')).toBe(false);
    expect(withEntryMuted(muted, 'dw.com', 'vladimir-putin')).toBe(muted);
  });

  it('mutes an entry everywhere', () => {
    expect(isEntryMuted({ ...DEFAULT_SETTINGS, mutedEverywhere: ['nato'] }, 'any.site', 'nato')).toBe(true);
  });
});
