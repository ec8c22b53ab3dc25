/**
 * The language a review is written in, read from its words, so that the English text model never reads another
 * language as if it were English (issue 18). Pure: a function of the text and the language its page declares.
 *
 * The detector is franc-min (wooorm): trigram profiles of 82 languages shipped inside the package, so it runs
 * offline with nothing downloaded at run time; ESM, no native code, runs on Node 20, and kept up by the author of
 * the unified/remark tools. The full franc (187 languages) confuses English with close minor languages (Scots,
 * Pidgin) far more often, and eld is larger for no gain on the few languages critics write in.
 *
 * What happens when the words cannot tell:
 * - Under MIN_LENGTH characters ("A triumph.", "Pésima."), trigrams guess at chance: a third of the English one-line
 *   quotes we measured came out as French, Spanish or Dutch. Such text is "undetermined" and read as English, the
 *   language of the reviews the model knows, unless the page itself declares another language; the review is
 *   labelled "und" so a reader sees that nobody knows, rather than being told it is English.
 * - Up to DECISIVE_LENGTH, if the best language is not English but English scores within CLOSE_CALL of it, the
 *   text is undetermined too (an English quote heavy with names or a foreign phrase), read as English, labelled so.
 *   Longer text is not given that benefit: franc's scores are relative to the text's length, so all languages
 *   crowd towards the best one on long text (a French page scores English 0.86), and its best guess is reliable there.
 * - Trigrams still take some plain English sentences for French or German ("A meta-satire that doesn't quite come
 *   off."). A text whose words are ENGLISH_SHARE or more common English function words, words no French, Spanish,
 *   German or Italian sentence uses as such, is undetermined too, whatever the trigrams say.
 * - Otherwise a language other than English is that language, and the text is not judged.
 */
import { francAll } from 'franc-min';
import { ENGLISH, languageName, UNDETERMINED, type LanguageReading } from '../domain/language.ts';

export const LANGUAGE_VERSION = 'language-1+franc-min-6';

/** Below this many characters of text the detector's guess is no better than chance (bench/language.ts). */
export const MIN_LENGTH = 40;

/** English within this share of the best language's score is too close to call (franc's scores are relative, best = 1). */
export const CLOSE_CALL = 0.8;

/** From this many characters the detector's best language decides alone (bench/language.ts). */
export const DECISIVE_LENGTH = 150;

/** A text at least this share of whose words are in ENGLISH_WORDS reads as English to a person (bench/language.ts). */
export const ENGLISH_SHARE = 0.2;

/**
 * Function words of English that are not words (or not common ones) of the Romance and Germanic languages critics
 * also write in: "a", "in", "on", "me", "no", "as", "die", "son" are left out for that reason.
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  ('the and of to is it that this with but for its was be by not are his her he she they you my more than so at from ' +
    'have has does just all who what there their too very much well if can will would into out about like an or i ' +
    "it's doesn't isn't don't can't never only even which when how been being were them our your").split(' '),
);

/** The share of the text's words that are English function words, and how many there are. */
function englishWords(text: string): { share: number; count: number } {
  const words = text.toLowerCase().replace(/\u2019/g, "'").match(/[\p{L}']+/gu) ?? [];
  const count = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return { share: words.length === 0 ? 0 : count / words.length, count };
}

/** The languages a page's lang attribute names in two letters, as the detector names them. */
const DECLARED: Readonly<Record<string, string>> = {
  en: 'eng', fr: 'fra', es: 'spa', de: 'deu', it: 'ita', pt: 'por', nl: 'nld', sv: 'swe', da: 'dan', nb: 'nob',
  no: 'nob', fi: 'fin', pl: 'pol', cs: 'ces', ro: 'ron', hu: 'hun', tr: 'tur', ru: 'rus', uk: 'ukr', el: 'ell',
  zh: 'cmn', ja: 'jpn', ko: 'kor', ar: 'arb', he: 'heb', hi: 'hin', ca: 'cat', gl: 'glg',
};

export interface LanguageInput {
  /** The review's text, as the judge would read it. */
  text: string;
  /** The language the page declares (`<html lang="fr-FR">`), if any: trusted only where the words cannot tell. */
  declared?: string | undefined;
}

/** The review's language, or null when there is no text to read (a rating-only row). */
export function detectLanguage(input: LanguageInput): LanguageReading | null {
  const text = input.text.trim();
  if (text === '') return null;
  const declared = declaredCode(input.declared);
  if (text.length < MIN_LENGTH) return undetermined(declared, `too short (${text.length} characters) to tell its language from its words`);
  const scores = francAll(text);
  const [best, bestScore] = scores[0] ?? [UNDETERMINED, 0];
  if (best === ENGLISH) return reading(ENGLISH, true, 'written in English');
  if (best === UNDETERMINED || bestScore === 0) return undetermined(declared, 'its words do not tell its language');
  const english = scores.find(([code]) => code === ENGLISH)?.[1] ?? 0;
  if (text.length < DECISIVE_LENGTH && english >= CLOSE_CALL) {
    return undetermined(declared, `its words read as ${languageName(best)} and English nearly alike`);
  }
  const plain = englishWords(text);
  if (plain.count >= 2 && plain.share >= ENGLISH_SHARE) {
    return undetermined(declared, `its letters read as ${languageName(best)} but its words are English ones`);
  }
  return reading(best, false, `written in ${languageName(best)}: the text model reads English only`);
}

/** Undetermined text is read as English unless its page says it is in another language. */
function undetermined(declared: string | null, why: string): LanguageReading {
  if (declared !== null && declared !== ENGLISH) {
    return reading(declared, false, `${why}, and its page declares ${languageName(declared)}: the text model reads English only`);
  }
  return reading(UNDETERMINED, true, `${why}: read as English`);
}

function reading(code: string, textJudged: boolean, reason: string): LanguageReading {
  return { code, textJudged, reason, version: LANGUAGE_VERSION };
}

function declaredCode(lang: string | undefined): string | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return DECLARED[primary] ?? null;
}
