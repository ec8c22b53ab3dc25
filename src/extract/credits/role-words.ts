/**
 * The words that name a film credit, in the three places reviews put them: a label ("Director:", "Running
 * time:"), a verb before "by" ("Directed by", "Distributed by"), and a noun before a name ("cinematographer Sean
 * Price Williams") or after a possessive ("Robert Greene's fluid editing").
 */
import type { FactKind } from '../../domain/credits.ts';

/** Labels of info boxes and credit lines, lower-cased, without the colon. */
export const LABEL_KINDS: ReadonlyMap<string, readonly FactKind[]> = new Map<string, FactKind[]>([
  ...entries(['director', 'directors', 'directed by', 'direction', 'dir.', 'dir'], ['director']),
  ...entries(['written and directed by', 'writer-director', 'writer/director', 'writer-directors'], ['director', 'writer']),
  ...entries(['writer', 'writers', 'written by', 'screenplay', 'screenplay by', 'screenwriter', 'screenwriters', 'script'], ['writer']),
  ...entries(['producer', 'producers', 'produced by'], ['producer']),
  ...entries(['stars', 'starring', 'cast', 'with', 'featuring', 'actors'], ['cast']),
  ...entries(['cinematography', 'cinematographer', 'director of photography', 'photography', 'cinematography by', 'photographed by', 'shot by'], ['cinematography']),
  ...entries(['editor', 'editors', 'editing', 'film editing', 'edited by', 'editing by'], ['editing']),
  ...entries(['music', 'music by', 'score', 'original score', 'original music', 'composer', 'composers', 'scored by'], ['music']),
  ...entries(['production design', 'production designer', 'production design by'], ['production-design']),
  ...entries(['costume design', 'costume designer', 'costumes', 'costume design by', 'costumes by'], ['costume']),
  ...entries(['sound', 'sound design', 'sound designer', 'sound by'], ['sound']),
  ...entries(['distributor', 'distributed by', 'distribution', 'released by'], ['distributor']),
  ...entries(['running time', 'runtime', 'run time', 'length', 'duration'], ['runtime']),
  ...entries(['rated', 'rating', 'mpaa rating', 'mpaa', 'parents guide', "parents' guide", 'parental guidance', 'certificate', 'mpa rating'], ['mpaa']),
  ...entries(['playing at', 'now playing', 'showing at', 'where to watch', 'streaming on', 'available on', 'in theaters', 'opens'], ['availability']),
]);

/** Verbs of "<verb> by <names>", in prose or a credit line. */
export const BY_KINDS: ReadonlyMap<string, readonly FactKind[]> = new Map<string, FactKind[]>([
  ...entries(['written and directed', 'written and helmed'], ['director', 'writer']),
  ...entries(['directed', 'helmed', 'co-directed'], ['director']),
  ...entries(['written', 'co-written', 'scripted', 'screenplay'], ['writer']),
  ...entries(['produced', 'co-produced', 'executive produced'], ['producer']),
  ...entries(['shot', 'photographed', 'lensed', 'cinematography'], ['cinematography']),
  ...entries(['edited', 'cut', 'editing'], ['editing']),
  ...entries(['scored', 'music', 'score'], ['music']),
  ...entries(['production design'], ['production-design']),
  ...entries(['costume design', 'costumes'], ['costume']),
  ...entries(['sound design'], ['sound']),
  ...entries(['distributed', 'released'], ['distributor']),
]);

/**
 * Nouns before a name. Bare "writer" and "star" are left out on purpose: "writer Leslie Jamison" is usually an
 * author the critic quotes, and "rock star Courtney Love" a comparison.
 */
export const ROLE_NOUN_KINDS: ReadonlyMap<string, readonly FactKind[]> = new Map<string, FactKind[]>([
  ...entries(['writer/director', 'writer-director', 'writer and director', 'writer–director'], ['director', 'writer']),
  ...entries(['director', 'filmmaker', 'co-director'], ['director']),
  ...entries(['screenwriter', 'co-writer', 'scriptwriter', 'screenwriters'], ['writer']),
  ...entries(['producer', 'co-producer', 'executive producer'], ['producer']),
  ...entries(['cinematographer', 'director of photography', 'dp', 'd.p.'], ['cinematography']),
  ...entries(['editor', 'film editor'], ['editing']),
  ...entries(['composer', 'film composer'], ['music']),
  ...entries(['production designer'], ['production-design']),
  ...entries(['costume designer'], ['costume']),
  ...entries(['sound designer'], ['sound']),
  ...entries(['actress', 'actor', 'co-star', 'costar', 'co-stars', 'actors', 'actresses'], ['cast']),
]);

/** Nouns after "<Name>'s [adjectives]": the work the name is credited with. */
export const WORK_NOUN_KINDS: ReadonlyMap<string, FactKind> = new Map<string, FactKind>([
  ...single(['camera', 'camerawork', 'cinematography', 'photography', 'lensing', 'lens'], 'cinematography'),
  ...single(['editing', 'cutting', 'montage'], 'editing'),
  ...single(['score', 'music', 'soundtrack'], 'music'),
  ...single(['production design', 'set design', 'sets'], 'production-design'),
  ...single(['costumes', 'costume design', 'costuming'], 'costume'),
  ...single(['sound design', 'soundscape'], 'sound'),
  ...single(['script', 'screenplay', 'dialogue', 'dialog'], 'writer'),
  ...single(['direction', 'directing', 'directorial'], 'director'),
  ...single(['performance', 'turn', 'portrayal', 'acting'], 'cast'),
]);

function entries(words: readonly string[], kinds: FactKind[]): Array<[string, FactKind[]]> {
  return words.map((word) => [word, kinds]);
}

function single(words: readonly string[], kind: FactKind): Array<[string, FactKind]> {
  return words.map((word) => [word, kind]);
}

/** An alternation of the keys, longest first so "writer-director" wins over "director", regex-escaped. */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * An alternation whose words match with either case of their first letter ("[Dd]irected"): role words may open
 * a sentence, but the `i` flag would let the names after them (\p{Lu}) match lower case too.
 */
export function caseless(pattern: string): string {
  return pattern
    .split('|')
    .map((word) => (/^[a-z]/.test(word) ? `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}` : word))
    .join('|');
}
