/**
 * Text as it enters Plaudit, made safe for every later stage: SQLite refuses lone surrogates in a UTF-8 column,
 * terminals act on control characters, and XML forbids most of them. Applied once at the edge (files, exports,
 * the API), so everything behind it holds well-formed text; what was replaced is counted, so it can be reported.
 */

// Tab, newline and carriage return are text; every other C0 control, DEL and the C1 controls are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// Form feed and vertical tab separate pages and lines in old text files: kept as line breaks.
const LINE_BREAKS = /[\u000b\u000c]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const REPLACEMENT_CHARACTER = '\ufffd';

export interface InputText {
  text: string;
  /** Lone surrogates replaced by U+FFFD. */
  loneSurrogates: number;
  /** Control characters replaced by U+FFFD. */
  controlCharacters: number;
}

/**
 * @example
 * normaliseInputText('Her\u0007 Smell\ud800'); // { text: 'Her\ufffd Smell\ufffd', loneSurrogates: 1, controlCharacters: 1 }
 */
export function normaliseInputText(text: string): InputText {
  let loneSurrogates = 0;
  let controlCharacters = 0;
  let out = text.replace(LINE_BREAKS, '\n');
  out = out.replace(LONE_SURROGATE, () => {
    loneSurrogates++;
    return REPLACEMENT_CHARACTER;
  });
  out = out.replace(CONTROL, () => {
    controlCharacters++;
    return REPLACEMENT_CHARACTER;
  });
  return { text: out, loneSurrogates, controlCharacters };
}

/** What a report says about a normalised text, or null when nothing was replaced. */
export function describeReplacements(result: Pick<InputText, 'loneSurrogates' | 'controlCharacters'>): string | null {
  const parts: string[] = [];
  if (result.controlCharacters > 0) parts.push(plural(result.controlCharacters, 'control character'));
  if (result.loneSurrogates > 0) parts.push(plural(result.loneSurrogates, 'lone surrogate'));
  return parts.length === 0 ? null : `${parts.join(' and ')} replaced by U+FFFD`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * At most `max` characters of a value for an error message, so an error never echoes a whole file.
 *
 * @example
 * excerpt('a'.repeat(500), 10); // 'aaaaaaaaaa… (500 characters)'
 */
export function excerpt(value: string, max = 80): string {
  if (value.length <= max) return value;
  // Never cut a surrogate pair in two: the excerpt itself must stay well-formed text.
  const end = /[\ud800-\udbff]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return `${value.slice(0, end)}… (${value.length} characters)`;
}
