/**
 * Rules that judge one line on its own: site furniture that reads the same on every page (navigation, adverts,
 * photo credits, comment counters). Each pattern is anchored and limited to short lines, because a sentence of
 * the critic's prose that merely mentions "subscribe" or "comments" must survive.
 */
import type { DropReason } from '../domain/document.ts';
import { endsLikeSentence, hasLetters, wordCount } from './normalize-text.ts';

interface LineRule {
  reason: DropReason;
  /** Longest line (in words) the rule may drop: furniture is short, prose is not. */
  maxWords: number;
  matches(text: string): boolean;
}

// Section names that sites put first in a breadcrumb trail.
const NAV_WORDS =
  'Home|Homepage|Movies|Movie|Films?|TV|Television|News|Reviews?|Entertainment|Music|Culture|Arts?|Features?|Opinion|Blog|Cinema|Streaming';
// "HomeMoviesHer Smell…": the trail's links flattened without spaces, so a nav word runs straight into a capital.
const GLUED_TRAIL = new RegExp(`^(?:Home|Homepage)(?:${NAV_WORDS})*(?=\\p{Lu})`, 'u');
const GLUED_SECTIONS = new RegExp(`^(?:${NAV_WORDS}){2,}(?=\\p{Lu})`, 'u');
const SEPARATED_TRAIL = /^(?:home|homepage)\s*[>»›/|→]\s*\S/i;
const ARROW_TRAIL = /^[^>»›]{1,60}\s[>»›]\s[^>»›]{1,60}\s[>»›]\s\S/;
// French and Swiss German quote with « »: a line holding « uses » as a quote mark, not an arrow.
const ARROW_TRAIL_NO_GUILLEMETS = /^[^>›]{1,60}\s[>›]\s[^>›]{1,60}\s[>›]\s\S/;

const RULES: LineRule[] = [
  {
    reason: 'breadcrumb',
    maxWords: 30,
    matches: (text) =>
      GLUED_TRAIL.test(text) || GLUED_SECTIONS.test(text) || SEPARATED_TRAIL.test(text) ||
      (text.includes('«') ? ARROW_TRAIL_NO_GUILLEMETS : ARROW_TRAIL).test(text),
  },
  {
    reason: 'advert',
    maxWords: 30,
    matches: (text) =>
      /^(?:read|see)\s+(?:also|more|next)\b/i.test(text) ||
      /^also\s+(?:read|see|watch)\b/i.test(text) ||
      /^(?:related|recommended|more|further reading|trending)\s*:/i.test(text) ||
      /^(?:related|recommended|sponsored|promoted|suggested)\s+(?:articles?|stories|posts?|content|links?|reading|reviews|videos?|for you)\b/i.test(text) ||
      /^(?:sponsored|promoted|paid (?:content|post)|partner content)(?:\s+(?:by|content)\b.*)?\s*:?$/i.test(text) ||
      /^[-–—\s]*(?:advertisement|advertising|ad|ads|anzeige|werbung|publicité|publicidad)[-–—\s]*:?$/i.test(text) ||
      /^(?:story|article) continues below/i.test(text) ||
      /^(?:continue reading|scroll (?:down )?to continue|click here)\b/i.test(text) ||
      /^you (?:may|might) (?:also )?(?:like|enjoy)\b/i.test(text) ||
      // A teaser link flattened with its arrow: "…with free trial>", "More reviews »" (» closes a « quote).
      /(?:[>›→]|&gt;)\s*$/.test(text) ||
      (/»\s*$/.test(text) && !text.includes('«')),
  },
  {
    // The same "see also" and "related" labels in the other languages reviews are written in (German, French,
    // Spanish, Italian, Polish, Dutch), as a label alone or leading into a teaser link.
    reason: 'advert',
    maxWords: 16,
    matches: (text) =>
      /^(?:lesen sie (?:auch|hier|mehr)|mehr (?:zum thema|dazu|zu diesem thema)|weitere (?:informationen|artikel|beiträge|nachrichten)|zum weiterlesen|das könnte sie (?:auch )?interessieren|auch interessant|schon gelesen|ähnliche (?:artikel|beiträge|nachrichten|themen)|verwandte (?:artikel|themen)|(?:à )?lire aussi|vous aimerez aussi|sur le même sujet|leggi anche|lee también|ver también|vea también|puedes ver|te puede interesar|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|lees ook|meer over)(?=$|[\s:?!.…])/i.test(text) &&
      (wordCount(text) <= 6 || /^[^:]{1,40}:/.test(text)),
  },
  {
    reason: 'photo-credit',
    maxWords: 25,
    matches: (text) =>
      /^\(?\s*(?:photos?|photographs?|images?|pictures?|pictured|stills?|top image|header image|featured image|cover image|film still|credit|credits|illustration)(?:\s+(?:credit|credits|courtesy))?\s*(?::|—|–|\bby\b|\bcourtesy\b|\bvia\b)/i.test(text) ||
      /^(?:photo|image|still|picture)s?\s+(?:courtesy|provided|supplied)\b/i.test(text) ||
      /^[Cc]ourtesy(?: of)?\s+\p{Lu}/u.test(text),
  },
  {
    reason: 'comments',
    maxWords: 14,
    matches: (text) =>
      /^(?:\d+|no|one|zero)\s+(?:comments?|responses?|replies|thoughts on\b.*)$/i.test(text) ||
      /^(?:reader )?comments(?:\s*\(\d+\))?\s*:?$/i.test(text) ||
      /^comments (?:are|have been) (?:closed|disabled|turned off)\b/i.test(text) ||
      /^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b/i.test(text) ||
      /^(?:join|start) the (?:discussion|conversation)\b/i.test(text) ||
      /^(?:show|view|load|hide) (?:all )?comments\b/i.test(text) ||
      /^be the first to comment\b/i.test(text) ||
      /^you must be logged in to (?:post|leave) a comment\b/i.test(text),
  },
  {
    reason: 'page-chrome',
    maxWords: 10,
    matches: (text) =>
      // "Her Smell Trailer:", "Official Trailer": a heading for an embedded player the flattening removed.
      (/\btrailers?\s*:?\s*$/i.test(text) && !endsLikeSentence(text)) ||
      /^(?:watch|see|view|play) (?:the )?(?:official )?(?:trailer|video|clip)\b/i.test(text) ||
      /^(?:closed[- ]captioning|closed[- ]captioned|audio description|subtitles?|cc)(?: (?:is )?available)?\.?$/i.test(text) ||
      /^(?:play|pause|mute|unmute|replay|loading|print|email|e-mail|tweet|pin it|share|copy link|back to top|skip ad)\W*$/i.test(text) ||
      /^\d+\s*(?:min(?:ute)?s?)\s+read$/i.test(text) ||
      /^(?:click|tap) to (?:play|enlarge|expand|zoom)\b/i.test(text) ||
      /^we use cookies\b/i.test(text),
  },
  {
    reason: 'site-navigation',
    maxWords: 12,
    matches: (text) =>
      /^(?:most (?:recent|popular|read|viewed|shared)|latest(?: (?:news|posts|stories|reviews|articles|videos))?|trending(?: now)?|popular (?:posts|stories|articles)|recent (?:posts|articles|stories|reviews)|top stories|editor'?s picks)\s*:?$/i.test(text) ||
      /^(?:stay connected|connect with us|follow us\b.*|find us on\b.*|like us on\b.*)$/i.test(text) ||
      /^share (?:this|the|on|via|article|story|post|review)\b.*$/i.test(text) ||
      /^(?:subscribe|sign up|sign in|log in|login)\b/i.test(text) ||
      /\bnewsletters?\b/i.test(text) ||
      /^(?:skip to (?:main )?content|main menu|menu|search|home|homepage|navigation|close)\s*$/i.test(text) ||
      /^(?:previous|next|older|newer) (?:post|article|story|review|entry)\b/i.test(text) ||
      /^(?:view|see|read) (?:all|more) (?:posts|articles|stories|reviews) (?:by|from)\b/i.test(text) ||
      /^(?:more|other) (?:posts|articles|stories) (?:by|from)\b/i.test(text) ||
      /^all rights reserved\b|^©|^copyright\s*(?:©\s*)?\d{4}/i.test(text) ||
      /^(?:privacy policy|terms of (?:use|service)|contact us|about us|advertise with us)\b/i.test(text),
  },
  {
    // Label lines whose value can be long ("Tags: a, b, c, …"), so they get a looser word limit.
    reason: 'site-navigation',
    maxWords: 40,
    matches: (text) => /^(?:tags?|tagged|categories|category|filed under|posted in|topics?)\s*:/i.test(text),
  },
];

/** Why a line on its own is page furniture, or null when it may be review text. */
export function classifyLine(text: string): DropReason | null {
  if (!hasLetters(text)) return 'empty';
  const words = wordCount(text);
  for (const rule of RULES) {
    if (words <= rule.maxWords && rule.matches(text)) return rule.reason;
  }
  return null;
}
