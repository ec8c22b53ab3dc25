/**
 * Who wrote the review and where it ran. Sources are tried in order of authority: the export's fields, the
 * page's JSON-LD, its meta tags and byline, a closing signature, an author bio, and for the outlet the text
 * naming its own publication. Nothing here guesses: with no source, the answer is null. A name the page credits
 * to the film (director, cast) is never accepted as the critic, whatever line it came from.
 */
import type { CleanDocument, FieldSource, RawDocument, Sourced } from '../domain/document.ts';
import {
  criticFromByline,
  readAuthorBio,
  readSignature,
  sectionHeadingOutlet,
  selfReferencedOutlet,
  type Attributed,
} from './attribution-lines.ts';
import { creditedNames } from './credited-names.ts';
import type { JsonLdFacts } from './json-ld.ts';
import { isNameLike, nameKey } from './person-names.ts';

export interface Attribution {
  critic: Sourced<string> | null;
  outlet: Sourced<string> | null;
}

interface Input {
  doc: RawDocument;
  clean: CleanDocument;
  jsonLd: JsonLdFacts;
}

export function extractAttribution(input: Input): Attribution {
  const lines = attributedLines(input.clean);
  return { critic: extractCritic(input, lines), outlet: extractOutlet(input, lines) };
}

interface AttributedLine extends Attributed {
  source: FieldSource;
}

/** Signatures, then author bios, as the clean stage set them aside. */
function attributedLines(clean: CleanDocument): AttributedLine[] {
  const out: AttributedLine[] = [];
  for (const line of clean.dropped) {
    if (line.reason !== 'signature') continue;
    const read = readSignature(line.text);
    if (read) out.push({ ...read, source: 'signature' });
  }
  for (const line of clean.dropped) {
    if (line.reason !== 'author-bio') continue;
    const read = readAuthorBio(line.text);
    if (read) out.push({ ...read, source: 'author-bio' });
  }
  return out;
}

function extractCritic(input: Input, lines: readonly AttributedLine[]): Sourced<string> | null {
  const { doc, clean, jsonLd } = input;
  const recorded = doc.record?.critic?.trim();
  if (recorded) return { value: recorded, source: 'record', evidence: recorded };
  const candidates: Array<Sourced<string>> = [];
  if (jsonLd.author && isNameLike(jsonLd.author)) {
    candidates.push({ value: jsonLd.author, source: 'json-ld', evidence: `author: ${jsonLd.author}` });
  }
  const byline = clean.meta.byline ? criticFromByline(clean.meta.byline) : null;
  if (byline) candidates.push({ value: byline, source: 'byline', evidence: clean.meta.byline ?? byline });
  for (const line of lines) {
    if (line.critic) candidates.push({ value: line.critic, source: line.source, evidence: line.evidence });
  }
  if (candidates.length === 0) return null;
  const credited = creditedNames(creditTexts(clean), jsonLd.credited);
  return candidates.find((c) => !credited.has(nameKey(c.value))) ?? null;
}

function extractOutlet(input: Input, lines: readonly AttributedLine[]): Sourced<string> | null {
  const { doc, clean, jsonLd } = input;
  const recorded = doc.record?.outlet?.trim();
  if (recorded) return { value: recorded, source: 'record', evidence: recorded };
  if (jsonLd.publisher) return { value: jsonLd.publisher, source: 'json-ld', evidence: `publisher: ${jsonLd.publisher}` };
  const site = clean.meta.siteName?.trim();
  if (site) return { value: site, source: 'meta-tag', evidence: `site name: ${site}` };
  const line = lines.find((l) => l.outlet !== null);
  if (line?.outlet) return { value: line.outlet, source: line.source, evidence: line.evidence };
  const self = selfReferencedOutlet([...clean.headings, ...clean.paragraphs]);
  if (self) return { value: self.outlet, source: 'text', evidence: self.evidence };
  const section = sectionHeadingOutlet(clean.headings, clean.paragraphs);
  return section ? { value: section.outlet, source: 'headline', evidence: section.evidence } : null;
}

/** Where credits appear: headings, the body, and info boxes the clean stage set aside. */
function creditTexts(clean: CleanDocument): string[] {
  return [
    ...clean.headings,
    ...clean.paragraphs,
    ...clean.dropped.filter((d) => d.reason === 'info-box' || d.reason === 'caption').map((d) => d.text),
  ];
}
