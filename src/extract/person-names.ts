/**
 * What a person's name looks like, for telling critics, directors and actors apart from film titles and outlets.
 * The first-name list is deliberately short: it is one signal among several (parentheses after a character,
 * "plays", role nouns), not a census.
 */

const FIRST_NAMES = new Set(
  (
    'aaron adam adrian agnes alan albert alex alexander alexandra alfred alice alicia alison amanda amber amy ana ' +
    'andrea andrew andy angela angelina ann anna anne annette anthony april armond ashley audrey barbara barry ben ' +
    'benedict benjamin beth betty bill billy bob bobby brad bradley brandon brian brie bruce bryan carey carl carla ' +
    'carol caroline carrie catherine cate charles charlie charlotte chloe chris christian christina christine ' +
    'christopher claire clara clint colin courtney craig dakota dan dana daniel danny dave david dawn dean debra ' +
    'denis dennis denzel diane don donald donna doug dustin ed eddie edgar edward elizabeth elisabeth ellen emily ' +
    'emma eric erica erin ethan eva eve frances francis frank fred gary gayle george georgia gerard glenn grace ' +
    'greta gus hannah harold harrison harry heather helen henry holly hugh ian isabelle jack jackie jacob jake james ' +
    'jamie jane janet jason jeff jeffrey jennifer jenny jeremy jerry jesse jessica jim jimmy joan joanna joaquin ' +
    'joe joel john johnny jon jonathan jordan joseph josh joshua judy julia julian julie justin karen kate katherine ' +
    'kathleen kathryn katie keanu keegan keith kelly ken kenneth kevin kim kirsten kristen kumail kyle larry laura ' +
    'lauren leah lee leonardo leslie linda lisa liz louis lucy luke lupita lynne maggie manohla marc margaret ' +
    'margot maria marie mark martin mary matt matthew maya megan melissa meryl michael michelle mike molly monica ' +
    'nancy natalie nathan neil nicholas nick nicole noah nora olivia oscar owen pam pamela patricia patrick paul ' +
    'pedro penelope peter phil philip rachel ralph rebecca richard rick rob robert robin roger ron rose ruth ryan ' +
    'sally sam samantha samuel sandra sara sarah saoirse scarlett scott sean sharon sheila sofia sophia spike ' +
    'stanley stephen steve steven stuart susan tessa thomas tilda tim timothee timothy tina todd tom tony tyler ' +
    'valerie vanessa victoria vincent viola virginia walter wendy wes william willem zoe'
  ).split(' '),
);

/** Lower-case words that sit inside names: "Guillermo del Toro", "Ludwig van Beethoven". */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'y', 'st.']);

/** Words that are never part of a person's name in a byline. */
const NOT_NAMES = new Set([
  'staff', 'admin', 'administrator', 'editor', 'editors', 'editorial', 'team', 'guest', 'contributor', 'anonymous',
  'unknown', 'news', 'reviews', 'review', 'film', 'films', 'movies', 'the', 'press', 'desk', 'writer', 'critic',
  'i', 'he', 'she', 'they', 'we', 'you', 'it', 'this', 'that', 'there', 'here', 'and',
]);

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Lu}\.)$/u;

export function isKnownFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase());
}

/**
 * Whether the text reads as one person's name, or two joined by "and": capitalised words (initials and particles
 * allowed), no digits, not an organisation ("The …").
 */
export function isNameLike(text: string): boolean {
  const people = text.split(/\s+(?:and|&)\s+/);
  return people.length <= 3 && people.every(isOneName);
}

function isOneName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5 || /\d|@|\//.test(text)) return false;
  const first = words[0] ?? '';
  if (!NAME_WORD.test(first)) return false;
  return words.every((w) => !NOT_NAMES.has(w.toLowerCase()) && (NAME_WORD.test(w) || NAME_PARTICLES.has(w)));
}

/** Name comparison that ignores case, accents, punctuation and spacing. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Keys of the characters some facts name, and of their first names ("Becky Something" -> "becky"). */
export function characterKeys(facts: readonly { character?: string | undefined }[]): Set<string> {
  const keys = new Set<string>();
  for (const fact of facts) {
    if (fact.character === undefined) continue;
    const key = nameKey(fact.character);
    keys.add(key);
    keys.add(key.split(' ')[0] ?? key);
  }
  return keys;
}
