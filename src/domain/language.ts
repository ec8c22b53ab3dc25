/**
 * The language a review is written in, as the language stage read it (extract/detect-language.ts). The judge's text
 * model was trained on English reviews only, so a review in another language is stored and labelled, but its text
 * is not judged: only an explicit label or rating (or a judgement it arrives with) gives it a verdict.
 */

/** ISO 639-3, as the detector names languages: "eng", "fra", "spa"; "und" when the text cannot tell. */
export type LanguageCode = string;

export const ENGLISH: LanguageCode = 'eng';
export const UNDETERMINED: LanguageCode = 'und';

export interface LanguageReading {
  /** The language the review is written in, or "und" when its text is too short or too mixed to tell. */
  code: LanguageCode;
  /** Whether the English text model may read this text: English, or undetermined with nothing saying otherwise. */
  textJudged: boolean;
  /** Why, in words a reader of the profile understands. */
  reason: string;
  version: string;
}

/**
 * Whether a stored review's text is one the English text model may read: English, undetermined (read as English,
 * see extract/detect-language.ts), or stored before languages were detected (null; it was read as English then).
 */
export function readAsEnglish(code: LanguageCode | null | undefined): boolean {
  return code === null || code === undefined || code === ENGLISH || code === UNDETERMINED;
}

/** Names for the codes a reader is likely to meet; any other code is shown as it is. */
const NAMES: Readonly<Record<string, string>> = {
  eng: 'English', fra: 'French', spa: 'Spanish', deu: 'German', ita: 'Italian', por: 'Portuguese', nld: 'Dutch',
  swe: 'Swedish', dan: 'Danish', nob: 'Norwegian', fin: 'Finnish', pol: 'Polish', ces: 'Czech', ron: 'Romanian',
  hun: 'Hungarian', tur: 'Turkish', rus: 'Russian', ukr: 'Ukrainian', ell: 'Greek', cmn: 'Chinese', jpn: 'Japanese',
  kor: 'Korean', arb: 'Arabic', heb: 'Hebrew', hin: 'Hindi', cat: 'Catalan', glg: 'Galician', und: 'undetermined',
};

export function languageName(code: LanguageCode): string {
  return NAMES[code] ?? code;
}

/** Why a review in this language has no verdict of its own: the same words on every face. */
export function notJudgedReason(code: LanguageCode): string {
  return `written in ${languageName(code)}: the text model reads English only, and the review has no rating or label to judge it by`;
}
