/**
 * The crafts critics judge, and the words that name each one in review prose. Phrases are matched case-
 * insensitively on word boundaries. Ambiguous words are left out on purpose ("cut", "set", "sound" as a verb,
 * "character"), because a missed mention costs less than a sentence judged under the wrong craft.
 */

export const ASPECTS = [
  'acting',
  'direction',
  'writing',
  'cinematography',
  'music',
  'editing',
  'sound',
  'production-design',
] as const;

export type Aspect = (typeof ASPECTS)[number];

export const ASPECT_LABELS: Record<Aspect, string> = {
  acting: 'acting',
  direction: 'direction',
  writing: 'writing',
  cinematography: 'cinematography',
  music: 'music/score',
  editing: 'editing',
  sound: 'sound',
  'production-design': 'production design',
};

/** How the consensus names a craft: "praise … the cinematography". */
export const ASPECT_NOUNS: Record<Aspect, string> = {
  acting: 'the acting',
  direction: 'the direction',
  writing: 'the writing',
  cinematography: 'the cinematography',
  music: 'the music',
  editing: 'the editing',
  sound: 'the sound design',
  'production-design': 'the production design',
};

const TERMS: Record<Aspect, readonly string[]> = {
  acting: [
    'performances?', 'performer', 'acting', 'actors?', 'actress(?:es)?', 'cast', 'casting', 'ensemble', 'portrayals?',
    'portrays', 'leading (?:lady|man)', 'star turn', 'turn as', 'co-stars?', 'supporting players', 'embodies',
  ],
  direction: [
    'director', 'direction', 'directs', 'directing', 'directorial', 'filmmaker', 'filmmaking', 'helmer', 'helmed',
    'staging', 'stages', 'mise[- ]en[- ]sc[eè]ne',
  ],
  writing: [
    'script', 'screenplay', 'screenwriter', 'writing', 'written', 'writer', 'dialogue', 'dialog', 'storytelling',
    'plot', 'plotting', 'narrative', 'characteri[sz]ation',
  ],
  cinematography: [
    'cinematography', 'cinematographer', 'camera', 'camerawork', 'photography', 'photographed', 'lensing', 'lensed',
    'framing', 'visuals?', 'imagery', 'lighting', 'handheld', 'long takes?', 'single take', 'close-ups?',
  ],
  music: ['score', 'music', 'musical', 'soundtrack', 'songs?', 'composer', 'tunes?'],
  editing: ['editing', 'editor', 'edited', 'pacing', 'paced', 'montage', 'cross-cutting', 'jump cuts?', 'cutting'],
  sound: ['sound design', 'sound mix', 'sound editing', 'sound work', 'soundscape', 'sound effects', 'ambient noise', 'audio'],
  'production-design': [
    'production design(?:er)?', 'set design', '(?:the|its|whose) sets', 'costumes?', 'costume design(?:er)?', 'art direction', 'make-?up',
    'locations?', 'd[ée]cor',
  ],
};

const PATTERNS: ReadonlyArray<[Aspect, RegExp]> = ASPECTS.map((aspect) => [
  aspect,
  new RegExp(`\\b(?:${TERMS[aspect].join('|')})\\b`, 'giu'),
]);

export interface AspectMention {
  aspect: Aspect;
  /** The words matched. */
  term: string;
  /** Offset of the match in the sentence. */
  at: number;
  /** Found by a performer's name rather than a craft word. */
  performer?: boolean;
}

/**
 * A role noun used as a title ("writer-director Alex Ross Perry", "cinematographer Sean Price Williams") names a
 * person, not a judgement of the craft; "behind the camera" means the crew in general.
 */
const TITLE_AFTER = /^(?:[\/-][\p{L}]+)?\s+(?:\([^)]*\)\s+)?\p{Lu}/u;
const ROLE_NOUNS = new Set(['director', 'writer', 'screenwriter', 'filmmaker', 'cinematographer', 'composer', 'editor', 'helmer']);
const PERFORMER_NOUNS = new Set(['actor', 'actress', 'performer', 'musician']);

/** A craft word that names a person ("the writer", "an actress"), singular or plural. */
export function isPersonTerm(term: string): boolean {
  const noun = term.toLowerCase().replace(/(?<=r|ss)(?:es|s)$/, '');
  return ROLE_NOUNS.has(noun) || PERFORMER_NOUNS.has(noun);
}
const IDIOMS = /^behind the (?:movie )?camera|^for the camera/i;
/**
 * Uses of a craft word that name no craft: a gerund as a verb ("lighting a match", "acting like a rock star"), a
 * compound ("cutting-edge", "score-settling", "music video", "a visual medium", "Cuban music pioneers", "a music
 * festival"), a character speaking to the camera, "musical" as the genre or the subject ("it's a musical", "musical
 * history"), music as a field ("partners in music", "titans of music"), and idioms.
 */
const VERB_USE = /^(?:lighting|acting|cutting|editing|writing|staging|directing)\s+(?:a|an|the|his|her|their|its|like|as|out|up)\b/i;
/** "To cast their vote", "casts a spell", "cast a long shadow": the verb, followed by what is cast. */
const CAST_VERB = /^cast(?:s|ing)?\s+(?:a|an|their|his|her|its|our|your|my|aside|off|doubt|light|shadows?|spells?|votes?|ballots?|glances?)\b/i;
/**
 * A director, or direction, of something other than the film: "an obnoxious commercial director" (a character's
 * job), "a triumph of art direction" (the production designer's craft), "the casting director".
 */
const OTHER_DIRECTION = /\b(?:art|casting|commercial|stage|theat(?:er|re)|funeral|music(?:al)?|video|museum|managing|executive|programm?e?|school)\s+$/i;
const COMPOUND_AFTER =
  /^-\p{L}|^(?:\s+or\s+\p{L}+)?\s+recordings?\b|^\s+(?:video|videos|industry|business|world|scene|history|lovers?|fans?|project|legends?|pioneers?|icons?|greats|medium|culture|festivals?|troupes?|documentar(?:y|ies))\b/iu;
/** "Old fashioned and cutting edge": the idiom, with or without its hyphen, cuts nothing. */
const CUTTING_EDGE = /^\s+edge\b/i;
const TO_THE_CAMERA = /\b(?:talks?|talking|speaks?|speaking|explain(?:s|ing)?|address(?:es|ing)?|looks?|looking)\s+(?:directly\s+)?(?:to|into|at)\s+(?:the\s+)?$/i;
const MUSICAL_CRAFT = /^musical\s+(?:numbers?|score|sequences?|performances?|interludes?|moments?|set[- ]pieces?)\b/i;
const PHRASES = /\bthe music stops\b/i;
/**
 * Music as a field or a genre: "partners in music", "titans of music", "the development of son music", "fans of the
 * music". Only right after "in"/"of", after the history-like noun of a subject ("history of jazz music"), or after
 * its fans; "the use of pop music" and "of its music" are the film's own.
 */
const MUSIC_AS_FIELD =
  /\b(?:(?:in|of)|(?:history|development|evolution|roots|origins|world|birth|pioneers?|legends?|titans?|giants?)\s+of\s+\p{L}+|(?:fans?|lovers?|devotees?|aficionados?)\s+of\s+(?:the|this|that|such)?)\s+$/iu;

/**
 * Every craft a sentence names, once per craft (the first judging mention), plus the acting mentions of named
 * performers ("Moss's performance", "the brilliant Moss") outside brackets, where a name only introduces a cast
 * member ("Becky (Elisabeth Moss)").
 */
export function findAspectMentions(sentence: string, performerPattern?: RegExp): AspectMention[] {
  const mentions: AspectMention[] = [];
  for (const [aspect, pattern] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      if (isTitleOrIdiom(sentence, m[0], m.index)) continue;
      mentions.push({ aspect, term: m[0], at: m.index });
      break;
    }
  }
  if (performerPattern && !mentions.some((m) => m.aspect === 'acting')) {
    performerPattern.lastIndex = 0;
    for (const m of sentence.matchAll(performerPattern)) {
      if (insideBrackets(sentence, m.index)) continue;
      mentions.push({ aspect: 'acting', term: m[0], at: m.index, performer: true });
      break;
    }
  }
  return mentions;
}

function isTitleOrIdiom(sentence: string, term: string, at: number): boolean {
  const after = sentence.slice(at + term.length, at + term.length + 40);
  const from = sentence.slice(at);
  if (VERB_USE.test(from) || COMPOUND_AFTER.test(after) || PHRASES.test(sentence.slice(Math.max(0, at - 4), at + term.length + 8))) return true;
  const lower = term.toLowerCase();
  if (lower.startsWith('cast') && CAST_VERB.test(from)) return true;
  if ((lower === 'director' || lower === 'direction') && OTHER_DIRECTION.test(sentence.slice(Math.max(0, at - 24), at))) return true;
  if (lower === 'camera' && TO_THE_CAMERA.test(sentence.slice(0, at))) return true;
  if (lower === 'cutting' && CUTTING_EDGE.test(after)) return true;
  if (lower === 'musical' && !MUSICAL_CRAFT.test(from)) return true;
  if (lower === 'music' && MUSIC_AS_FIELD.test(sentence.slice(Math.max(0, at - 32), at))) return true;
  if (ROLE_NOUNS.has(term.toLowerCase()) && TITLE_AFTER.test(after)) return true;
  if (/[\/-]$/.test(sentence.slice(Math.max(0, at - 1), at))) return true;
  return IDIOMS.test(sentence.slice(Math.max(0, at - 17), at + term.length).replace(/^.*?(behind|for)/i, '$1'));
}

export function insideBrackets(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('(', at);
  return open >= 0 && sentence.lastIndexOf(')', at) < open;
}
