/**
 * Golden tests on the five real seed reviews in ../shared/seeds: the cleaned output matches the committed summary
 * (regenerate with `npx tsx test/fixtures/seeds/regenerate.ts`), and the properties the clean stage promises
 * hold: no boilerplate left, no paragraph twice, the critic's prose kept, dropped lines with the right reasons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { CleanDocument, DropReason } from '../domain/document.ts';
import { seedDocument } from '../../test/fixtures/seeds/seed-document.ts';
import { seedName, summarizeClean } from '../../test/fixtures/seeds/seed-summary.ts';
import { describeWithShared, sharedPath } from '../../test/shared-data.ts';
import { cleanDocument } from './clean-document.ts';
import { comparisonKey, containsWords } from './normalize-text.ts';

const fixturesDir = fileURLToPath(new URL('../../test/fixtures/seeds/', import.meta.url));

// Seed number -> what must hold for it. Snippets are a few words of the critic's prose each.
const EXPECTATIONS: Record<string, { reasons: DropReason[]; headings: number; prose: string[]; exact?: string[] }> = {
  '000': {
    reasons: ['advert', 'repeated-pull-quote', 'caption', 'caption', 'caption', 'page-chrome'],
    headings: 3,
    prose: [
      'One woman sits with her back to another',
      'Leslie Jamison wrote:',
      'In recovery, I found a community that resisted',
      'But the truer story of my drinking is really a story about tedium',
      'In The New York Times earlier this month, Jamison wrote',
      'there are more stories left to tell.',
      'It’s a recovery story in which no one is really saved',
    ],
  },
  '001': {
    reasons: ['info-box', 'info-box', 'info-box', 'info-box', 'page-chrome', 'signature'],
    headings: 0,
    prose: ['A low thrum runs throughout much of Her Smell.', 'The thrum goes away, but we spend the rest of the film anxiously fearing its return.'],
  },
  '002': {
    reasons: ['breadcrumb', 'photo-credit', 'author-bio', 'author-bio', 'author-bio', 'comments', 'site-navigation', 'site-navigation'],
    headings: 1,
    prose: ['Alex Ross Perry is a poorly kept secret', 'This is the sort of role that every actor dreams of.'],
    exact: ['Her Smell is now playing in select theaters.'],
  },
  '003': {
    reasons: [],
    headings: 0,
    prose: ['Rock and roll is an escapist fantasy.', 'is now streaming on Amazon Prime.', 'Stoltz has been absent from the screen for too long'],
  },
  '004': {
    reasons: [],
    headings: 0,
    prose: ['Her Smell follows a grunge-era rock star backstage', 'Her Smell. Directed by Alex Ross Perry.'],
    exact: ['A beer?', 'A joint?', 'Running time: 2 hours, 15 mins.', 'Parents guide: R (language)', 'Playing at: PFS at the Roxy'],
  },
};

// Furniture that must not survive anywhere in the paragraphs, written as general patterns.
const BOILERPLATE: RegExp[] = [
  /^Read (?:also|more)\b/i,
  />\s*$/,
  /^Photo Credit\b/i,
  /^Comments are closed/i,
  /^(?:Most Recent|Stay Connected)$/,
  /^\p{Lu}\p{L}+ \p{Lu}\p{L}+ is the \w+ editor at\b/u,
  /\bTrailer:\s*$/,
  /^Closed Captioning/i,
  /^(?:Director|Writer|Stars):/,
  /^[-–—]\s*\p{Lu}\p{L}+ \p{Lu}\p{L}+,/u,
  /^Home(?=\p{Lu})/u,
];

describeWithShared(['seeds'], 'clean: seed reviews (golden)', () => {
  const files = readdirSync(sharedPath('seeds')).filter((name) => name.endsWith('.txt')).sort();
  const cleaned = new Map<string, CleanDocument>(
    files.map((file) => [file, cleanDocument(seedDocument(file, readFileSync(sharedPath('seeds', file), 'utf8')))]),
  );
  const expectationsOf = (file: string) => {
    const expectations = EXPECTATIONS[file.slice(0, 3)];
    if (!expectations) throw new Error(`no expectations for seed ${file}`);
    return expectations;
  };

  it('finds the five seeds', () => {
    expect(files.map((file) => file.slice(0, 3))).toEqual(Object.keys(EXPECTATIONS));
  });

  it.each(files)('%s matches its golden file', (file) => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, seedName(file), 'expected.json'), 'utf8')) as unknown;
    expect(summarizeClean(cleaned.get(file) as CleanDocument)).toEqual(expected);
  });

  it.each(files)('%s: no boilerplate survives in any paragraph', (file) => {
    for (const paragraph of (cleaned.get(file) as CleanDocument).paragraphs) {
      for (const pattern of BOILERPLATE) expect({ paragraph, match: pattern.test(paragraph) }).toEqual({ paragraph, match: false });
    }
  });

  it.each(files)('%s: no paragraph appears twice, not even as a quote inside another', (file) => {
    const keys = (cleaned.get(file) as CleanDocument).paragraphs.map(comparisonKey);
    expect(new Set(keys).size).toBe(keys.length);
    keys.forEach((key, index) => {
      if (key.split(' ').length < 8) return;
      const containers = keys.filter((other, otherIndex) => otherIndex !== index && containsWords(other, key));
      expect({ key, containers }).toEqual({ key, containers: [] });
    });
  });

  it.each(files)("%s: keeps the critic's prose", (file) => {
    const { paragraphs } = cleaned.get(file) as CleanDocument;
    const { prose, exact = [] } = expectationsOf(file);
    const text = paragraphs.join('\n');
    for (const snippet of prose) expect(text).toContain(snippet);
    for (const paragraph of exact) expect(paragraphs).toContain(paragraph);
  });

  it.each(files)('%s: drops lines with the right reasons and keeps the headline apart', (file) => {
    const clean = cleaned.get(file) as CleanDocument;
    const expectations = expectationsOf(file);
    expect(clean.dropped.map((line) => line.reason)).toEqual(expectations.reasons);
    expect(clean.headings).toHaveLength(expectations.headings);
  });

  it('keeps the whole author bio and signature in dropped, for extraction', () => {
    const bio = cleaned.get(files[2] as string)?.dropped.find((line) => line.text.length > 40 && line.reason === 'author-bio');
    expect(bio?.text).toMatch(/^Matt Taylor is the TV editor at The Pop Break\b.*Follow him on Twitter @\w+\.$/);
    const signature = cleaned.get(files[1] as string)?.dropped.find((line) => line.reason === 'signature');
    expect(signature?.text).toBe('-Emily Yoshida, New York Magazine');
  });

  it('puts the series label, headline and standfirst of seed 000 in headings', () => {
    const headings = cleaned.get(files[0] as string)?.headings ?? [];
    expect(headings[0]).toContain('Filmmaker of the Month');
    expect(headings[1]).toMatch(/^Desire, Use, Repeat:/);
    expect(headings[2]).toMatch(/road to sobriety\.$/);
  });
});
