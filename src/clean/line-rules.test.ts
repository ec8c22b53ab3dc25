import { describe, expect, it } from 'vitest';
import type { DropReason } from '../domain/document.ts';
import { classifyLine } from './line-rules.ts';

function expectReason(reason: DropReason | null, lines: string[]): void {
  for (const line of lines) expect({ line, reason: classifyLine(line) }).toEqual({ line, reason });
}

describe('classifyLine', () => {
  it("'breadcrumb': navigation words glued or separated in front of a headline", () => {
    expectReason('breadcrumb', [
      'HomeMoviesPast Lives Review: Tender and Wise',
      'HomeReviewsThe Zone of Interest',
      'MoviesReviewsOppenheimer review',
      'Home > Film > Reviews > Past Lives',
      'Home / Reviews / Anatomy of a Fall',
      'News › Film › Past Lives is a quiet triumph',
    ]);
  });

  it("'advert': read-also teasers, sponsored slots and teaser links ending in an arrow", () => {
    expectReason('advert', [
      'Read also: the ten best streaming deals this month>',
      'Read more: Our interview with the director',
      'See also: The year in review',
      'Related: Celine Song on writing Past Lives',
      'Related Articles',
      'Sponsored',
      'Sponsored Content',
      'ADVERTISEMENT',
      '- Advertisement -',
      'Story continues below advertisement',
      'More reviews from our critics »',
      'You may also like',
    ]);
  });

  it("'advert': the same see-also labels in German, French, Spanish, Italian and Polish", () => {
    expectReason('advert', [
      'Mehr zum Thema',
      'Lesen Sie auch: Die besten Filme des Jahres',
      'Das könnte Sie auch interessieren',
      'À lire aussi : notre entretien avec la réalisatrice',
      'Vous aimerez aussi',
      'VEA TAMBIÉN: Las mejores películas del año',
      'Leggi anche',
      'Czytaj też: Najlepsze filmy roku',
    ]);
    // A sentence that merely starts with the same words is prose.
    expectReason(null, ['Mehr zum Thema Schauspiel erfährt man in diesem Film leider nicht, und das ist schade für alle Beteiligten.']);
  });

  it("'photo-credit': photo, image and courtesy credit lines", () => {
    expectReason('photo-credit', [
      'Photo Credit: A24',
      'Image: Courtesy of Neon',
      'Photo by Jon Pack',
      'Photograph: Twentieth Century Studios',
      '(Photo: Universal Pictures)',
      'Courtesy of Sundance Institute',
    ]);
  });

  it("'comments': comment counters and closed-comment notices", () => {
    expectReason('comments', ['Comments are closed.', 'Leave a comment', 'Leave a Reply', '12 Comments', 'No comments', 'Comments (3)', 'Join the discussion']);
  });

  it("'site-navigation': follow, share, subscribe, newsletter and section lists", () => {
    expectReason('site-navigation', [
      'Most Recent',
      'Stay Connected',
      'Share this:',
      'Follow us on Instagram',
      'Subscribe',
      'Sign up for our weekly newsletter',
      'Newsletter',
      'Trending Now',
      'Tags: Past Lives, Celine Song, A24',
      'Previous Post',
      'View all posts by Dana Whitfield',
      '© 2024 The Reel Ledger. All rights reserved.',
    ]);
  });

  it("'page-chrome': trailer headers, captioning notices and player controls", () => {
    expectReason('page-chrome', ['Past Lives Trailer:', 'Official Trailer', 'Watch the trailer', 'Closed Captioning Available', 'Share', '4 min read']);
  });

  it("'empty': lines with no letters or digits", () => {
    expectReason('empty', ['***', '—', '• • •']);
  });

  it("keeps the critic's prose even when it mentions the same words", () => {
    expectReason(null, [
      'Read the room, the film seems to say, and it mostly does.',
      'Related to this is the way the score keeps circling back to the same four notes.',
      'The photo by the window becomes the film’s quiet centre, and Song knows it.',
      'Her comments about the city are the sharpest lines in the script.',
      'I would subscribe to any film that trusts its audience this much, and this one does.',
      'The trailer sells a romance; the film delivers something stranger and sadder than that.',
      'Home is where the film begins, in a Seoul apartment that feels lived in.',
      'Running time: 1 hour, 45 mins.',
      'Playing at: The Ritz Five',
      'Parents guide: PG-13 (some language)',
      'Directed by Celine Song. With Greta Lee, Teo Yoo and John Magaro.',
      'Past Lives',
      'La critique parle de « cinéma » et de « vie » — et le film tient les deux »',
    ]);
  });
});
