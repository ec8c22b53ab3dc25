/**
 * The five real seed reviews of Her Smell, through a deliberately minimal clean written here (the real clean
 * stage lives elsewhere and is not depended on): lines become paragraphs, the leading short lines become
 * headings, labelled credit lines go to the info box, and the few lines a clean stage sets aside as signature or
 * author bio are named per seed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CleanDocument, DropReason, DroppedLine, RawDocument } from '../domain/document.ts';
import { describeWithShared, sharedPath } from '../../test/shared-data.ts';
import { extractReview } from './extract-review.ts';
import { filmFromProse } from './film-from-prose.ts';

const SET_ASIDE: Record<string, Array<[string, DropReason]>> = {
  '001': [['-Emily Yoshida, New York Magazine', 'signature']],
  '002': [
    ['Matt Taylor is the TV editor at The Pop Break', 'author-bio'],
    ['Matt Taylor', 'author-bio'],
    ['Photo Credit:', 'photo-credit'],
    ['Comments are closed.', 'comments'],
  ],
};
const INFO_BOX = /^(?:Director|Writer|Stars|Running time|Parents guide|Playing at):/;
const HEADING_MAX_WORDS = 30;

function minimalClean(seed: string, text: string): CleanDocument {
  const dropped: DroppedLine[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const setAside = (SET_ASIDE[seed] ?? []).find(([start]) => line.startsWith(start));
    if (setAside) dropped.push({ text: line, reason: setAside[1] });
    else if (INFO_BOX.test(line)) dropped.push({ text: line, reason: 'info-box' });
    else kept.push(line);
  }
  let split = kept.findIndex((l) => l.split(/\s+/).length >= HEADING_MAX_WORDS);
  if (split === -1) split = 0;
  return { headings: kept.slice(0, split), paragraphs: kept.slice(split), dropped, meta: {}, version: 'test' };
}

function rawDocument(name: string, content: string): RawDocument {
  return { sourceName: name, sourceKey: name, format: 'text', content, contentHash: name, byteLength: content.length };
}

const EXPECTED: Record<string, { critic: string | null; outlet: string | null }> = {
  '000': { critic: null, outlet: 'The Spool' },
  '001': { critic: 'Emily Yoshida', outlet: 'New York Magazine' },
  '002': { critic: 'Matt Taylor', outlet: 'The Pop Break' },
  '003': { critic: null, outlet: null },
  '004': { critic: null, outlet: null },
};

describeWithShared(['seeds'], 'extractReview on the five real seed reviews', () => {
  const dir = sharedPath('seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

  it('has the five seeds', () => expect(files.map((f) => f.slice(0, 3))).toEqual(Object.keys(EXPECTED)));

  for (const file of files) {
    const seed = file.slice(0, 3);
    describe(file, () => {
      const content = readFileSync(`${dir}/${file}`, 'utf8');
      const clean = minimalClean(seed, content);
      const draft = extractReview(rawDocument(file, content), clean);

      it('finds the film "Her Smell" and no year', () => expect(draft.film?.value).toEqual({ title: 'Her Smell' }));
      it('finds the expected critic', () => expect(draft.critic?.value ?? null).toBe(EXPECTED[seed]?.critic));
      it('finds the expected outlet', () => expect(draft.outlet?.value ?? null).toBe(EXPECTED[seed]?.outlet));
      it('finds no rating and no publication date', () => {
        expect(draft.rating).toBeNull();
        expect(draft.publishedAt).toBeNull();
      });
      it('keeps the text and its first sentence', () => {
        expect(draft.text).toBe(clean.paragraphs.join('\n\n'));
        expect(draft.text.startsWith(draft.firstSentence)).toBe(true);
        expect(draft.firstSentence.length).toBeGreaterThan(10);
      });
      it('finds "Her Smell" from the prose alone too', () => {
        expect(filmFromProse([...clean.headings, ...clean.paragraphs])?.title).toBe('Her Smell');
      });
    });
  }
});
