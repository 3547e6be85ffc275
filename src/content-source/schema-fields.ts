import { z, type ZodTypeAny } from 'zod';
import { valueAt, type DataPath } from './data-path.ts';

/**
 * The fields a schema allows for the object at `path` of `data`, for did-you-mean on an unknown field. Read from the
 * schema itself, so that no list of field names is kept beside it. A union whose member the data picks (a question's
 * `type`) gives that member's fields; any other union, the fields of all its members.
 */
export function knownFields(schema: ZodTypeAny, data: unknown, path: DataPath): string[] {
  let schemas = members(schema, data);
  let value = data;
  for (const key of path) {
    const next = valueAt(value, [key]);
    schemas = schemas.flatMap((member) => {
      if (member instanceof z.ZodObject) {
        const field = (member.shape as Record<string, ZodTypeAny>)[String(key)];
        return field ? members(field, next) : [];
      }
      if (member instanceof z.ZodArray && typeof key === 'number') return members(member.element as ZodTypeAny, next);
      if (member instanceof z.ZodRecord) return members(member.valueSchema as ZodTypeAny, next);
      return [];
    });
    value = next;
  }
  const fields = schemas.flatMap((member) => (member instanceof z.ZodObject ? Object.keys(member.shape) : []));
  return [...new Set(fields)];
}

/** The schemas a value may be checked against, with wrappers (refinements, optional, default) taken off. */
function members(schema: ZodTypeAny, data: unknown): ZodTypeAny[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodUnion) return (inner.options as ZodTypeAny[]).flatMap((option) => members(option, data));
  if (inner instanceof z.ZodDiscriminatedUnion) {
    const chosen: unknown = valueAt(data, [inner.discriminator]);
    const option = inner.optionsMap.get(chosen as string) as ZodTypeAny | undefined;
    return option ? members(option, data) : (inner.options as ZodTypeAny[]).flatMap((o) => members(o, data));
  }
  return [inner];
}

// The wrappers the course's schemas use: refinements and transforms, optional fields, defaults.
function unwrap(schema: ZodTypeAny): ZodTypeAny {
  if (schema instanceof z.ZodEffects) return unwrap(schema.innerType());
  if (schema instanceof z.ZodOptional) return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault) return unwrap(schema.removeDefault());
  return schema;
}
