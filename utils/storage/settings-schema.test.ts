import { describe, expect, it } from 'vitest';
import {
  checkSettings,
  DEFAULT_SETTINGS,
  isEntryMuted,
  isSiteEnabled,
  salvageSettings,
  siteKey,
  withEntryMuted,
} from './settings-schema';

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

describe('checking a stored or imported value', () => {
  it('fills what is missing with the defaults and drops what it does not know', () => {
    const checked = checkSettings({ markStyle: 'dotted', shinyNewThing: 1 });
    expect(checked).toEqual({ success: true, data: { ...DEFAULT_SETTINGS, markStyle: 'dotted' } });
  });

  it('keeps a full, valid value as it is, in copies the caller may change', () => {
    const value = {
      enabled: false,
      markMode: 'every',
      markStyle: 'highlight',
      cardLanguage: 'uk',
      disabledSites: ['reuters.com'],
      mutedEverywhere: ['nato'],
      mutedBySite: { 'dw.com': ['vladimir-putin'] },
    };
    const checked = checkSettings(value);
    expect(checked).toEqual({ success: true, data: value });
    if (checked.success) expect(checked.data.disabledSites).not.toBe(value.disabledSites);
    const defaults = checkSettings({});
    if (defaults.success) expect(defaults.data.disabledSites).not.toBe(DEFAULT_SETTINGS.disabledSites);
  });

  it('names every bad part by its path and uses none of the value', () => {
    const hostile = JSON.parse(
      '{"enabled":"yes","markMode":"all","disabledSites":["ok.com","<b>x</b>",3],' +
        '"mutedBySite":{"__proto__":["nato"],"dw.com":["Bad Id"]},"mutedEverywhere":"nato"}',
    ) as unknown;
    expect(checkSettings(hostile)).toEqual({
      success: false,
      issues: [
        'enabled',
        'markMode',
        'disabledSites.1',
        'disabledSites.2',
        'mutedEverywhere',
        'mutedBySite.__proto__',
        'mutedBySite.dw.com.0',
      ],
    });
    expect(({} as Record<string, unknown>).nato).toBeUndefined();
  });

  it('refuses what is not an object at all', () => {
    for (const value of [null, 'garbage', 3, ['enabled']]) {
      expect(checkSettings(value)).toEqual({ success: false, issues: ['(root)'] });
    }
  });

  it('salvages a stored value part by part: good items and fields are kept, bad ones left out and named', () => {
    const hostile = JSON.parse(
      '{"enabled":"yes","markMode":"every","disabledSites":["ok.com","<b>x</b>",3,"dw.com"],' +
        '"mutedBySite":{"__proto__":["nato"],"dw.com":["Bad Id","nato"]},"mutedEverywhere":"nato"}',
    ) as unknown;
    const { data, issues } = salvageSettings(hostile);
    expect(data).toEqual({
      ...DEFAULT_SETTINGS,
      markMode: 'every',
      disabledSites: ['ok.com', 'dw.com'],
      mutedBySite: { 'dw.com': ['nato'] },
    });
    expect(issues).toEqual([
      'enabled',
      'disabledSites.1',
      'disabledSites.2',
      'mutedEverywhere',
      'mutedBySite.__proto__',
      'mutedBySite.dw.com.0',
    ]);
    expect(Object.getPrototypeOf(data.mutedBySite)).toBe(Object.prototype);
    expect(salvageSettings('garbage')).toEqual({ data: DEFAULT_SETTINGS, issues: ['(root)'] });
    expect(salvageSettings({}).data.disabledSites).not.toBe(DEFAULT_SETTINGS.disabledSites);
  });
});
