/**
 * Turns zod's issues with a settings object into messages a person can act on: which file or variable, which
 * setting, what it should be and what it was, and for a key that is not a setting, the one they probably meant.
 *
 * @example
 * // plaudit.config.json: unknown setting "minReview" (did you mean "minReviews"?)
 */
import type { z } from 'zod';

export interface IssueContext {
  /** The schema the input was checked against, to list the keys it knows. */
  schema: z.ZodType;
  input: unknown;
  /** Where the value at this path came from: a file name, an environment variable, a flag. */
  source: (path: readonly PropertyKey[]) => string;
}

export function describeIssue(issue: z.core.$ZodIssue, context: IssueContext): string {
  const where = context.source(issue.path);
  const setting = `setting "${issue.path.map(String).join('.')}"`;
  const value = describeValue(valueAt(context.input, issue.path));
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => `${where}: ${unknownKey(key, issue.path, context.schema)}`).join('\n');
    case 'invalid_type':
      return `${where}: ${setting} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${value}`;
    case 'invalid_value':
      return `${where}: ${setting} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${value}`;
    case 'too_small':
      return `${where}: ${setting} must be at least ${String(issue.minimum)}, not ${value}`;
    case 'too_big':
      return `${where}: ${setting} must be at most ${String(issue.maximum)}, not ${value}`;
    default:
      return `${where}: ${setting} must be ${issue.message === 'Invalid URL' ? 'an http(s) URL' : issue.message}, not ${value}`;
  }
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text (a JSON string)',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
};

function unknownKey(key: string, path: readonly PropertyKey[], schema: z.ZodType): string {
  const prefix = path.length === 0 ? '' : `${path.map(String).join('.')}.`;
  const known = keysAt(schema, path);
  const guess = closest(key, known);
  const hint = guess !== null ? ` (did you mean "${prefix}${guess}"?)` : known.length > 0 ? ` (the settings are: ${known.join(', ')})` : '';
  return `unknown setting "${prefix}${key}"${hint}`;
}

/** The keys an object schema at this path knows, looking through defaults and optionals. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (let i = 0; i <= path.length; i++) {
    current = unwrap(current);
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (shape === undefined) return [];
    if (i === path.length) return Object.keys(shape);
    current = shape[String(path[i])];
  }
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema as { _zod?: { def?: { innerType?: unknown } } } | undefined;
  while (current?._zod?.def?.innerType !== undefined) current = current._zod.def.innerType as typeof current;
  return current;
}

/** The known key a typo most likely meant: same letters ignoring case, a prefix, or a couple of edits away. */
function closest(typed: string, known: readonly string[]): string | null {
  const lower = typed.toLowerCase();
  let best: { key: string; distance: number } | null = null;
  for (const key of known) {
    const candidate = key.toLowerCase();
    const distance = candidate === lower ? 0 : lower.length >= 2 && candidate.startsWith(lower) ? 1 : editDistance(lower, candidate);
    if (distance <= Math.max(2, Math.floor(key.length / 3)) && (best === null || distance < best.distance)) best = { key, distance };
  }
  return best?.key ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
