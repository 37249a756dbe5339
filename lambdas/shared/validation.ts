import type { ZodError, ZodType, z } from 'zod';
import { type ErrorDetail, InvalidInput } from '../domain/errors';

/** zod issues → API.md's `details: [{field, issue}]`; unknown fields get one detail each. */
export const toDetails = (error: ZodError, prefix?: string): ErrorDetail[] =>
  error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: base ? `${base}.${key}` : key, issue: 'unknown field' }));
    }
    return [{ field: base || (prefix ?? 'body'), issue: issue.message }];
  });

export const validate = <S extends ZodType>(schema: S, value: unknown, part: 'body' | 'query' | 'path'): z.output<S> => {
  const result = schema.safeParse(value);
  if (!result.success) {
    const where = part === 'body' ? 'the request body' : part === 'query' ? 'a query parameter' : 'a path parameter';
    throw new InvalidInput(`${where} is not valid; see details`, toDetails(result.error, part === 'body' ? undefined : part));
  }
  return result.data;
};
