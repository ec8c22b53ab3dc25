/**
 * Reading a critic and an outlet from the lines pages use to say who wrote them: a byline, a closing signature
 * ("-Emily Yoshida, New York Magazine"), an author bio ("Matt Taylor is the TV editor at The Pop Break"), or the
 * text naming its own publication ("we at The Spool"). Each reader returns null rather than a guess.
 */
import { firstSentence, normaliseWhitespace } from '../text/sentences.ts';
import { isNameLike } from './person-names.ts';

export interface Attributed {
  critic: string | null;
  outlet: string | null;
  evidence: string;
}

const CAP = "(?:[\\p{Lu}\\d][\\p{L}\\p{M}\\p{N}'’&.\\-]*|[a-z][a-z0-9\\-]*\\.(?:com|net|org|co\\.uk|io))";
/** A publication's name: "The Pop Break", "New York Magazine", "RogerEbert.com", "The A.V. Club". */
const OUTLET = `(?:The\\s+)?${CAP}(?:\\s+(?:(?:of|the|and|&|de|on)\\s+)*${CAP}){0,5}`;
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.\\-]*|de|del|van|von|der|la|le)){0,3}";

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const TRAILING_DATE = new RegExp(`\\s*(?:(?:on|updated|published|posted)\\s+)?(?:${MONTH}\\s+\\d.*|\\d{1,4}[/.\\-]\\d.*)$`, 'i');
const TRAILING_ROLE =
  /\s+(?:(?:chief|senior|staff|contributing|film|movie|tv|associate|managing|deputy|guest)\s+)*(?:writer|critic|editor|contributor|reporter|correspondent|columnist)$/i;
const LEADING_BY = /^(?:(?:written|words|review|reviewed|posted|story)\s+)?by\b[:\s]*/i;

const BIO = new RegExp(`^(${NAME})\\s+((?:is|was|has been|writes|covers|reviews|contributes)\\b.*)$`, 'u');
const BIO_OUTLET = new RegExp(
  '\\b(?:(?:editor|critic|writer|contributor|columnist|reviewer|correspondent|founder|co-founder|host|blogger|' +
    `journalist|reporter)\\b[^.;]{0,40}?\\b(?:at|for|of|with)|(?:writes|reviews|contributes)\\b[^.;]{0,40}?\\bfor)\\s+(${OUTLET})`,
  'u',
);
// Only first-person plural: "here at Sundance" is a dateline and "join us at the Roxy" an invitation.
const SELF_REFERENCE = new RegExp(`\\b(?:[Ww]e|(?:[Aa]ll|[Tt]hose) of us)\\s+(?:here\\s+)?at\\s+(${OUTLET})`, 'u');
const OUTLET_ONLY = new RegExp(`^${OUTLET}$`, 'u');
const SECTION_HEADING = new RegExp(`^(${OUTLET})\\s*[/|»›]\\s*\\S`, 'u');

/** The critic named by a byline: "By Jane Doe | Staff writer | April 3, 2019" gives "Jane Doe". */
export function criticFromByline(byline: string): string | null {
  const text = normaliseWhitespace(byline).replace(LEADING_BY, '');
  for (const part of text.split(/\s*(?:\||•|·|—|–|\s-\s|,|\/)\s*/)) {
    const candidate = stripTrailing(part.replace(LEADING_BY, ''));
    if (candidate !== '' && isNameLike(candidate)) return candidate;
  }
  return null;
}

/** A closing signature: "-Emily Yoshida, New York Magazine", "— Jane Doe for The Spool", "By Jane Doe". */
export function readSignature(line: string): Attributed | null {
  const text = normaliseWhitespace(line).replace(/^[-–—~]+\s*/, '').replace(LEADING_BY, '');
  const m = /^(.+?)(?:\s*(?:,|\||\/|\s[-–—]\s|\sfor\s)\s*(.+))?$/.exec(text);
  const critic = stripTrailing(m?.[1] ?? '');
  if (!m || !isFullName(critic)) return null;
  return { critic, outlet: outletFrom(m[2] ?? ''), evidence: normaliseWhitespace(line) };
}

/** An author bio that starts with the author's name; the outlet only when a role ties them to it. */
export function readAuthorBio(line: string): Attributed | null {
  const text = normaliseWhitespace(line);
  const m = BIO.exec(text);
  const critic = m?.[1] ?? '';
  if (!m || !isFullName(critic)) return null;
  const found = BIO_OUTLET.exec(m[2] ?? '');
  const outlet = found ? outletFrom(found[1] ?? '') : null;
  // The first sentence usually names and places the author (the rest is hobbies); keep more only if needed.
  const first = firstSentence(text);
  return { critic, outlet, evidence: outlet === null || first.includes(outlet) ? first : text };
}

/** The text naming its own publication: "we at The Spool select…", "all of us at The Film Stage". */
export function selfReferencedOutlet(texts: readonly string[]): { outlet: string; evidence: string } | null {
  for (const text of texts) {
    const m = SELF_REFERENCE.exec(text);
    const outlet = m ? outletFrom(m[1] ?? '') : null;
    if (m && outlet) return { outlet, evidence: m[0] };
  }
  return null;
}

/**
 * A section heading such as "The Spool / Filmmaker of the Month" names the outlet only when the body names it
 * too; on its own it could as well be a festival or a column.
 */
export function sectionHeadingOutlet(headings: readonly string[], body: readonly string[]): { outlet: string; evidence: string } | null {
  for (const heading of headings) {
    const m = SECTION_HEADING.exec(normaliseWhitespace(heading));
    const outlet = m ? outletFrom(m[1] ?? '') : null;
    if (m && outlet && body.some((p) => p.includes(outlet))) return { outlet, evidence: heading };
  }
  return null;
}

/** Signatures and bios give full names; a lone capitalised word there is more likely the start of a sentence. */
function isFullName(text: string): boolean {
  return text.includes(' ') && isNameLike(text);
}

function outletFrom(raw: string): string | null {
  const text = stripTrailing(raw).replace(/['’]s$/, '').replace(/(?<=[\p{Ll}\d])\.$/u, '').trim();
  if (text === '' || !OUTLET_ONLY.test(text)) return null;
  return text;
}

function stripTrailing(text: string): string {
  return text.replace(TRAILING_DATE, '').replace(TRAILING_ROLE, '').replace(/[\s,;:]+$/, '').trim();
}
