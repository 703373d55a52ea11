// zod/mini keeps the validator small enough for the content script, which reads settings on every page.
import * as z from 'zod/mini';

/** Every reader setting, its type and its default. Add fields with defaults; never repurpose one. */
export const Settings = z.object({
  /** Backstory runs on pages at all. */
  enabled: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
