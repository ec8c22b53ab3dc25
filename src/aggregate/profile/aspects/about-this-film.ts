/**
 * Whether a sentence that names a craft judges that craft of this film. Critics name crafts for other things too:
 * a character's performance or song inside the story ("Becky’s plaintive solo performance", "her new song"), the
 * writing of a book they quote ("Jamison’s writing"), another film ("the director of Videodrome"), their own
 * publication ("Every month, we at The Spool select a filmmaker"), words quoted from elsewhere, a likeness ("could be mistaken for diegetic sound design"), and a cast
 * introduction ("Moss plays Becky") that names a performer without judging her. Each rule returns why it refuses, so
 * a refusal can be explained.
 */
import { isPersonTerm, type Aspect } from './lexicon.ts';
import type { FilmPeople } from './film-people.ts';

export interface MentionAt {
  aspect: Aspect;
  term: string;
  at: number;
  performer?: boolean;
}

/** The owner of a craft word: "Becky’s plaintive solo performance", "Jamison’s writing" (up to three words between). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}\p{M}-]+)['’]s?\s+(?:[\p{L}-]+,?\s+){0,3}$/u;
/** Crafts a character can own inside the story: a performance on a stage, a song, the character's own writing. */
const STORY_CRAFTS: ReadonlySet<Aspect> = new Set(['acting', 'music', 'writing']);
const PUBLICATION = /\b(?:we at|here at|our (?:series|column|feature|retrospective)|every (?:month|week), we)\b/i;
const ANOTHER_WORK =
  /^(?:director|filmmaker|writer|screenwriter|maker|composer|co-?stars?|stars?)\s+of\s+(?:[“"'‘]|\p{Ll}*\p{Lu}|the (?:first|original|previous|earlier|last)\b)/u;
/**
 * "An account of the Welsh writer", "the story of a struggling actress", "a film about a self-indulgent filmmaker",
 * "a comedy about the perils of being a writer", "a star vehicle for an actress in a slump": the person is the
 * film's subject.
 */
const SUBJECT_OF =
  /\b(?:(?:story|account|portrait|biopic|life|tale|profile|study|memoir|chronicle)\s+of|(?:film|movie|documentary|drama|comedy|satire|story|tale)\s+about|vehicle\s+for)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+,?\s+){0,5}$/iu;
/**
 * "A pat portrayal of a marriage", "the most convincing portrayals in art of an artist": a portrayal of a thing with
 * no performer's name or possessive before it is the film's depiction, not acting ("her portrayal of a grieving
 * mother" and "Day-Lewis's portrayal" stay acting).
 */
const DEPICTION = /^portrayals?\s+(?:(?:in|on)\s+\p{Ll}+\s+)?of\s+(?:a|an|the)\s+\p{Ll}/u;
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "The handheld camera follows Moss": the performer is what the camera shows, not a performance judged. */
const CAMERA_SUBJECT = /\bcamera\s+(?:follows|tracks|stays on|watches|captures|finds|circles)\s+$/i;

export function refusal(sentence: string, mention: MentionAt, people: FilmPeople): string | null {
  const before = sentence.slice(0, mention.at);
  const after = sentence.slice(mention.at);
  if (PUBLICATION.test(sentence)) return 'about the publication';
  if (insideQuotes(sentence, mention.at)) return 'quoted from elsewhere';
  const owner = OWNER_BEFORE.exec(before)?.[1];
  if (owner && people.citedAuthors.has(owner)) return 'a quoted author’s work';
  if (owner && people.characters.has(owner) && STORY_CRAFTS.has(mention.aspect)) return 'a character’s, inside the story';
  if (ANOTHER_WORK.test(after)) return 'another film';
  if (/\b(?:mistaken for|passe?s? for)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before)) return 'a likeness, not the craft itself';
  if (mention.aspect === 'acting' && !mention.performer && nearestOwnerIsCharacter(before, people)) return 'a character’s, inside the story';
  if (mention.aspect === 'music' && /^songs?\b/i.test(mention.term) && /\b(?:her|his|their|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(before)) {
    return 'a song inside the story';
  }
  if (isPersonTerm(mention.term) && SUBJECT_OF.test(before)) return 'the film’s subject, not its craft';
  if (mention.aspect === 'acting' && DEPICTION.test(after) && ARTICLE_BEFORE.test(before)) return 'the film’s depiction, not a performance';
  if (mention.aspect === 'writing' && /^narrative\s+of\b/i.test(after)) return 'the story’s subject, not its writing';
  return null;
}

/** A performer named only to introduce the role ("Moss plays Becky, a …") or as the camera's subject is not judged. */
export function introducesRole(sentence: string, at: number, name: string): boolean {
  if (CAMERA_SUBJECT.test(sentence.slice(0, at))) return true;
  return /^(?:['’]s?)?\s+(?:plays|stars as|is cast as)\b/u.test(sentence.slice(at + name.length));
}

/**
 * The acting word sits in a character's doings: the last owner named before it is a character ("all of Becky’s
 * self-mythologizing: in her rambling lyricism, a state of grandiose performance").
 */
function nearestOwnerIsCharacter(before: string, people: FilmPeople): boolean {
  const owners = [...before.matchAll(/(\p{Lu}[\p{L}\p{M}-]+)['’]s?\s/gu)].map((m) => m[1]!);
  const last = owners[owners.length - 1];
  return last !== undefined && people.characters.has(last);
}

function insideQuotes(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  if (open > 0) return true;
  // Straight quotes: an odd count before the word, when the sentence closes them after it.
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1 && sentence.indexOf('"', at) >= 0;
}
