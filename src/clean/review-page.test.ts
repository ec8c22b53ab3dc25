/**
 * A review page built the way review sites build them: rating box and byline above the article body, the verdict
 * in a box after it, and around it the furniture the clean stage must drop (related reviews, a newsletter box,
 * a share bar, captions, a comment thread).
 */
import { describe, expect, it } from 'vitest';
import { cleanHtml } from './clean-html.ts';

const BODY = [
  'Alex Ross Perry’s film follows a grunge-era rock star as she burns down everything around her, and it never once looks away.',
  'Elisabeth Moss gives the performance of her career, all nerves and charm, in long takes that leave the audience nowhere to hide.',
  'The second half slows to a near whisper, and the film finds a grace it has spent two hours denying itself and its heroine.',
];
const VERDICT = 'Verdict: a punishing, brilliant portrait of addiction that earns every one of its long, loud minutes.';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Her Smell review | Northern Screen</title></head><body>
<nav><a href="/">Home</a> <a href="/reviews">Reviews</a></nav>
<main>
  <header class="review-header">
    <h1>Her Smell review</h1>
    <p class="byline">By <a rel="author" href="/omar">Omar Castellanos</a></p>
    <div class="review-rating">★★★★</div>
  </header>
  <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
  <div class="entry-content">
    <p>${BODY[0]}</p>
    <figure><img src="moss.jpg" alt=""><figcaption>Elisabeth Moss as Becky Something</figcaption></figure>
    <p>${BODY[1]}</p>
    <div class="newsletter-signup"><h3>Get our newsletter</h3><p>The week's reviews in your inbox every Friday.</p></div>
    <p>${BODY[2]}</p>
  </div>
  <aside class="review-verdict"><p>${VERDICT}</p></aside>
  <section class="related-reviews"><h2>More reviews</h2><ul><li><a href="/a">Past Lives review</a> <span class="rating">5/5</span></li></ul></section>
  <section id="comments"><h2>2 comments</h2><p>Saw it twice, loved it both times and will see it again.</p></section>
</main>
<footer>© Northern Screen</footer>
</body></html>`;

describe('cleanHtml on a review page', () => {
  it('keeps the rating box and the verdict that sit outside the article body', () => {
    const clean = cleanHtml(PAGE);
    expect(clean.paragraphs).toEqual([...BODY, '★★★★', VERDICT]);
  });

  it('reads the visible byline into the metadata', () => {
    expect(cleanHtml(PAGE).meta.byline).toBe('Omar Castellanos');
  });

  it('drops related reviews, the newsletter box, the share bar, the caption and the comments', () => {
    const clean = cleanHtml(PAGE);
    const text = [...clean.headings, ...clean.paragraphs].join('\n');
    for (const furniture of ['Past Lives', '5/5', 'newsletter', 'inbox', 'Share', 'Tweet', 'Becky Something', 'loved it', 'comments']) {
      expect(text).not.toContain(furniture);
    }
    expect(clean.dropped).toContainEqual({ text: 'Elisabeth Moss as Becky Something', reason: 'caption' });
  });
});
