/**
 * Request validation with zod: a failed parse becomes PlauditError('invalid-argument') carrying the ZodError,
 * which the error edge turns into 400 with a message and the list of issues.
 */
import { z } from 'zod';
import { PlauditError } from '../domain/errors.ts';

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`).join('; ');
  throw new PlauditError('invalid-argument', `Invalid ${what}: ${problems}`, { cause: parsed.error });
}

/** A positive id in a path. */
export const IdParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export type PageParams = z.infer<typeof PageQuery>;

export interface PageInfo {
  limit: number;
  offset: number;
  total: number;
  /** The URL of the next page, or null on the last one. */
  next: string | null;
}

/** One page of a list, with the link to the next one built from the request URL. */
export function paginate<T>(all: readonly T[], page: PageParams, url: string): { items: T[]; page: PageInfo } {
  return { items: all.slice(page.offset, page.offset + page.limit), page: pageInfo(all.length, page, url) };
}

/** The page block for a list of `total` items of which the store read only this page. */
export function pageInfo(total: number, page: PageParams, url: string): PageInfo {
  const nextOffset = page.offset + page.limit;
  let next: string | null = null;
  if (nextOffset < total) {
    const link = new URL(url);
    link.searchParams.set('offset', String(nextOffset));
    link.searchParams.set('limit', String(page.limit));
    next = `${link.pathname}${link.search}`;
  }
  return { limit: page.limit, offset: page.offset, total, next };
}
