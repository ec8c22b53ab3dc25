/**
 * What a publicist looks for in a line, and what makes them pass it over. Each cue is a pattern on the words alone,
 * case-insensitive, so it reads the same on prose and on lowercased, tokenised text (a review corpus, a feed that
 * shouts in capitals). The cues order candidates (rank-quotes.ts); `brokenPunctuation` and `creditBlock` refuse one
 * outright (candidates.ts), because no amount of praise makes a typo or a cast list printable.
 */
export interface Cue {
  name: CueName;
  /** Multiplies the rank: above 1 a publicist would reach for the line, below 1 they would pass it over. */
  weight: number;
  pattern: RegExp;
}

export type CueName = 'headline-verdict' | 'subject-is-verdict' | 'whole-film-verdict' | 'superlative' | 'performance' | 'career-best' | 'minor-craft-first' | 'plot-summary' | 'another-work' | 'first-person' | 'opens-with-quotation';

const OPENING = String.raw`^[…"“‘'\s]*`;

/**
 * Weights fitted by hand on the tuning half of ../shared/data/pull-quotes/dev.jsonl (even scaledata_id);
 * `npx tsx bench/pull-quotes.ts` prints both halves. The held-out half was not read while choosing them.
 */
export const CUES: readonly Cue[] = [
  {
    // A verdict on the film as a whole: "The film is …", "It's a …", "… one of the best …", "I recommend it".
    name: 'whole-film-verdict',
    weight: 1.2,
    pattern: new RegExp(
      String.raw`${OPENING}(?:the|this) (?:film|movie|picture|motion picture)\b|\b(?:it|this|this one|this film|this movie)(?:['’]s| is) (?:a|an|one|easily|simply|quite|the)\b|\bone of the\b|\bof the (?:year|decade)\b|\brecommend|\bworth (?:seeing|watching|a look)\b|\bmust[- ]see\b`,
      'iu',
    ),
  },
  {
    // A sentence shaped as a verdict on its subject: "<the title> is a …", "<it> remains one of …".
    name: 'subject-is-verdict',
    weight: 1.2,
    pattern: /^(?:[\p{L}'’-]+\s+){1,4}(?:is|remains|was)\s+(?:a|an|one|the|at|nevertheless|easily|simply|surely|also|never|unlike|more|as)\b/iu,
  },
  {
    // A superlative or a word for rare achievement: what goes on the poster.
    name: 'superlative',
    weight: 1.2,
    pattern:
      /\b(?:best|finest|greatest|masterpiece|masterful|masterwork|triumph|tour de force|brilliant|extraordinary|remarkable|unforgettable|astonishing|stunning|superb|exhilarating|riveting|electrifying|mesmerizing|mesmerising|rare|rarest|dazzling|magnificent|essential)\b|\bmost (?!of\b)[\p{L}-]+/iu,
  },
  {
    // A performance singled out ("delivers the best performance of her career").
    name: 'performance',
    weight: 1.1,
    pattern: /\b(?:performances?|portrayal|turn as|of (?:her|his|their) career)\b/iu,
  },
  {
    // A performance called the best of a career ("delivers the best performance of her career"): the line
    // publicists reach for first about an actor, on top of the superlative and the performance it also shows. The
    // dev pairs hold one such phrase (negated, in a pan), so its weight is set by hand on the Her Smell seeds, where
    // it brings that line into the four a film page shows. 22 of the RT export's quotes say it.
    name: 'career-best',
    weight: 1.3,
    pattern: /\b(?:best|finest|greatest|strongest) (?:performance|work|role|turn) (?:of|in) (?:her|his|their) (?:career|life)\b|\bcareer[- ](?:best|defining|high)\b/iu,
  },
  {
    // A minor craft as the subject: the costumes ahead of the film is not what a poster says.
    name: 'minor-craft-first',
    weight: 0.7,
    pattern: new RegExp(
      String.raw`${OPENING}(?:the\s+)?(?:costumes?|costume design|sound|sound design|sound mix|production design|set design|sets|make-?up|hair|special effects|effects|visual effects|colou?rs|lighting|editing|cinematography|photography|camera ?work|score|soundtrack|music|songs|locations?|props)\b`,
      'iu',
    ),
  },
  {
    // Plot summary: what happens, not what the critic thinks of it.
    name: 'plot-summary',
    weight: 0.55,
    pattern:
      /\b(?:follows|follow the|tells the story|is the story of|is about|centers on|centres on|revolves around|stars as|plays an?|portrays an?|takes place|is set in|begins with|begins when|opens with|opens on|finds (?:him|her|them)sel(?:f|ves)|struggles (?:with|to)|tries to|must (?:find|decide|choose|face))\b/iu,
  },
  {
    // Another work as the subject: a remake, the source, the director's earlier film, a comparison.
    name: 'another-work',
    weight: 0.85,
    pattern: /\b(?:remake|sequel|prequel|the original|previous|earlier (?:film|movie|work)s?|last film|recalls|reminiscent of|compared (?:to|with)|unlike|other films|films like|movies like)\b/iu,
  },
  {
    // The critic's own experience reads less well out of context than a verdict.
    name: 'first-person',
    weight: 0.9,
    pattern: /\b(?:i|i['’](?:m|ve|d)|me|my)\b/iu,
  },
  {
    // Opening on a quotation mark (a title, a line of dialogue) prints as doubled marks inside the blurb's own.
    name: 'opens-with-quotation',
    weight: 0.85,
    pattern: /^[…\s]*["“‘]/u,
  },
];

/**
 * A verdict on the film in one word or phrase ("masterpiece", "a triumph", "must-see"): the superlatives of the
 * cue above and the words headlines use for the same. A headline with one is about the film even when it never
 * says "film" (candidates.ts).
 */
export const VERDICT_WORD = new RegExp(
  `${CUES.find((cue) => cue.name === 'superlative')!.pattern.source}|\\b(?:gem|classic|knockout|marvel|must[- ]see|tour de force|powerhouse|showstopper|winner|delight)\\b`,
  'iu',
);

/**
 * The critic's own headline giving a verdict ("A Punk Rock Masterpiece"): the line the outlet chose to sell the
 * review with, so a publicist reaches for it. Not a pattern on the words alone, since the same words in the body
 * are a sentence like any other: rank-quotes.ts adds it to a headline's cues. There is no data with headlines to fit
 * its weight on; it puts such a headline among the best whole-film verdicts (the Her Smell seeds), not above all.
 */
export const HEADLINE_VERDICT: Cue = { name: 'headline-verdict', weight: 1.15, pattern: VERDICT_WORD };

/** The cues a text shows, each once. */
export function cuesOf(text: string): Cue[] {
  return CUES.filter((cue) => cue.pattern.test(text));
}

/**
 * A typo or broken punctuation that a printed blurb would carry: a comma or full stop inside a word ("te,lls"),
 * doubled punctuation, doubled or empty quotation marks, a space before a comma in prose. Tokenised text
 * ("word , word") is not prose and keeps its spaces, so a space before punctuation alone is not enough.
 */
export function brokenPunctuation(text: string): boolean {
  if (/\p{Ll}[,;]\p{L}/u.test(text)) return true;
  if (/,,|;;|\s[,;]\p{L}/u.test(text)) return true;
  if (/["“”]\s*["“”]\s*[\p{L}]|[\p{L},.]\s*["“”]\s*["“”]/u.test(text) && !/"\s+"/.test(text)) return true;
  return false;
}

/** A credit block run into prose ("screenplay: … cinematography: …"), as where a page's credits are flattened. */
export function creditBlock(text: string): boolean {
  return /\b(?:screenplay|cinematography|music|director|producers?|starring|cast|released by|running time|distributor|editing|editor|rated)\s*:/iu.test(text);
}
