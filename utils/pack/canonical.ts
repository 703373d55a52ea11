/**
 * The canonical on-disk form of pack files: keys in the order the schema declares them, two-space
 * JSON with a trailing newline. Tests compare each file with its canonical form; `format-pack.ts`
 * rewrites files into it.
 */
import { z } from 'zod';
import { META_FILE, TIMELINE_FILE } from './read-pack-dir';
import { Entry, PackMeta, TimelineEvent } from './schema';

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { def: SchemaDef }).def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (WRAPPERS.has(defOf(current).type) && defOf(current).innerType) current = defOf(current).innerType!;
  return current;
}

/** A copy of `value` with object keys in schema order (unknown keys last, in their own order). */
export function canonicalize(value: unknown, schema: z.ZodType): unknown {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'array' && Array.isArray(value) && def.element) {
    return value.map((item) => canonicalize(item, def.element!));
  }
  if (def.type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const shape = (inner as unknown as { shape: Record<string, z.ZodType> }).shape;
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      if (key in record) out[key] = canonicalize(record[key], shape[key]!);
    }
    for (const key of Object.keys(record)) {
      if (!(key in out)) out[key] = record[key];
    }
    return out;
  }
  return value;
}

export function serializePackJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The canonical text of a pack file's contents. */
export function canonicalText(text: string, schema: z.ZodType): string {
  return serializePackJson(canonicalize(JSON.parse(text), schema));
}

/** The schema a pack file is written against: metadata, timeline or an entry. */
export function packFileSchema(file: string): z.ZodType {
  if (file === META_FILE) return PackMeta;
  if (file === TIMELINE_FILE) return z.array(TimelineEvent);
  return Entry;
}
