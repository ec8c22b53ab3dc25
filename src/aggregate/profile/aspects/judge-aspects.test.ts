/**
 * Which sentences count for a craft, on reviews written for this test with the shipped text model: a sentence
 * counts only when it judges that craft of this film, not a character's doings, a quoted book, another film or
 * the critic's own series, and a craft named in a concession or a "welcome back" is read on the right side.
 */
import { describe, expect, it } from 'vitest';
import { loadJudgeModel } from '../../../app.ts';
import { analyseReviews, createPolarity } from '../analyse-reviews.ts';
import { findPerformers } from '../people/performers.ts';
import type { TextReview } from '../types.ts';
import { judgeAspects, type AspectJudgement } from './judge-aspects.ts';

const review = (id: number, text: string): TextReview => ({ id, text, verdict: 'positive' });

const reviews = [
  review(1, [
    'Every month, we at The Reel Column choose a filmmaker to study in depth.',
    'The singer is Dana Bright (Ann Example), a punk star on the way down.',
    'As Dana’s tearful solo performance shows, she has nothing left.',
    'Her new song is dull and self-pitying.',
    '“We romanticise the drunk,” Rowe observes.',
    'I stopped drinking thanks largely to Rowe’s writing and a great deal of help.',
  ].join(' ')),
  review(2, [
    'Ann Example gives a ferocious, brilliant performance.',
    'Tom Other has been absent from the screen for too long, and his tired presence here is exactly right.',
    'The costume design is bold and fun, and the sound design wraps the viewer in the noise of the club.',
    'The editing is sharp and fluid.',
    'Ann Example plays Dana, a singer who has burned every bridge.',
    'Even the director of "Night Rooms" has never staged anything this bold.',
  ].join(' ')),
  review(4, [
    'A stagy, listless account of the Welsh writer and his quarrelsome friends.',
    'The film is at its best when it explores the history of son music.',
    'The direction is workmanlike but cautious.',
    'The clever use of pop music lifts every scene.',
  ].join(' ')),
  review(5, [
    'A tired comedy about a washed-up filmmaker and his long-suffering crew.',
    'It is a cheerful portrayal of a village wedding, nothing more.',
    'The sequel misses Jo Bell, co-star of the first film, badly.',
    'A loving tribute to the calypso music pioneers of the fifties.',
    'The effects are at once quaint and cutting edge.',
    'Few stories suit a visual medium like this one.',
    'The brisk cutting keeps every chase clear.',
  ].join(' ')),
];

describe('judgeAspects', () => {
  const analysed = analyseReviews(reviews);
  const people = findPerformers(analysed, ['Ann Example', 'Tom Other']);
  const summary = judgeAspects(analysed, createPolarity(loadJudgeModel()), { performerPattern: people.pattern, model: 'test' });
  const aspect = (name: AspectJudgement['aspect']) => summary.aspects.find((a) => a.aspect === name)!;
  const shown = (name: AspectJudgement['aspect']) => aspect(name).evidence.map((e) => e.sentence);

  it('does not count a character’s performance or song inside the story as acting or music', () => {
    expect(shown('acting').some((s) => s.includes('Dana’s tearful'))).toBe(false);
    expect(shown('music').some((s) => s.startsWith('Her new song'))).toBe(false);
  });

  it('does not count a quoted author’s writing, the critic’s series or another film', () => {
    expect(shown('writing').some((s) => s.includes('Rowe’s writing'))).toBe(false);
    expect(shown('direction').some((s) => s.includes('we at'))).toBe(false);
    expect(shown('direction').some((s) => s.includes('Night Rooms'))).toBe(false);
  });

  it('does not count a person who is the film’s subject, or music as a field, as a craft', () => {
    expect(shown('writing').some((s) => s.includes('Welsh writer'))).toBe(false);
    expect(shown('music').some((s) => s.includes('son music'))).toBe(false);
    expect(shown('music').some((s) => s.includes('use of pop music'))).toBe(true);
  });

  it('does not count idioms, a film about a person, a depiction or another film’s co-star as a craft', () => {
    expect(shown('direction').some((s) => s.includes('washed-up filmmaker'))).toBe(false);
    expect(shown('acting').some((s) => s.includes('village wedding'))).toBe(false);
    expect(shown('acting').some((s) => s.includes('co-star of the first'))).toBe(false);
    expect(shown('music').some((s) => s.includes('music pioneers'))).toBe(false);
    expect(shown('editing').some((s) => s.includes('cutting edge'))).toBe(false);
    expect(shown('cinematography').some((s) => s.includes('visual medium'))).toBe(false);
    // The craft itself still counts.
    expect(shown('editing').some((s) => s.includes('brisk cutting'))).toBe(true);
  });

  it('reads a craft called workmanlike as faulted', () => {
    const direction = aspect('direction').evidence.find((e) => e.sentence.includes('workmanlike'))!;
    expect(direction.stance).toBe('negative');
  });

  it('does not take a role introduction for a judgement of the acting', () => {
    expect(shown('acting').some((s) => s.includes('plays Dana'))).toBe(false);
  });

  it('reads missing a performer as praise, and counts the acting positive', () => {
    const welcome = aspect('acting').evidence.find((e) => e.sentence.startsWith('Tom Other'))!;
    expect(welcome.stance).toBe('positive');
    expect(aspect('acting').reviews).toMatchObject({ positive: 1, negative: 0 });
  });

  it('counts the sound design from its own clause, but quotes for the sound only a sentence that opens on it', () => {
    const sound = aspect('sound');
    expect(sound.evidence.map((e) => e.clause)).toEqual([expect.stringMatching(/^and the sound design/)]);
    expect(sound.best.positive).toBeNull();
    expect(aspect('production-design').best.positive?.sentence).toMatch(/^The costume design/);
  });

  it('reads a craft named in brackets on the aside’s own words, and counts it only when they read clearly', () => {
    const [only] = analyseReviews([review(9, 'The finale, a stunning and heartbreaking song by the lead (captured in a single take), will make you weep.')]);
    const cinematography = judgeAspects([only!], createPolarity(loadJudgeModel()), { model: 'test' }).aspects.find((a) => a.aspect === 'cinematography')!;
    expect(cinematography.evidence[0]).toMatchObject({ clause: 'captured in a single take', stance: 'neutral' });
  });

  it('judges a craft named in a concession on its own words', () => {
    const [only] = analyseReviews([review(3, 'A small, tender gem despite its sluggish, clumsy pacing.')]);
    const editing = judgeAspects([only!], createPolarity(loadJudgeModel()), { model: 'test' }).aspects.find((a) => a.aspect === 'editing')!;
    expect(editing.evidence[0]).toMatchObject({ clause: 'its sluggish, clumsy pacing' });
    expect(editing.evidence[0]!.stance).not.toBe('positive');
  });
});

describe('judgeAspects, on words that name no craft of this film', () => {
  const analysed = analyseReviews([
    review(1, [
      'It shows the townsfolk lining up to cast their ballots at dawn.',
      'A warm documentary about the village music festival and its brass band.',
      'Collectors and fans of the music will treasure the archive footage.',
      'The best scene is a shouting match with a pompous theatre director.',
      'It is a triumph of art direction, all velvet and brass.',
      'A gentle comedy about the trials of being a writer in a small town.',
      'It is one of the finest portrayals on film of a marriage under strain.',
      'The cast is uniformly superb.',
    ].join(' ')),
  ]);
  const summary = judgeAspects(analysed, createPolarity(loadJudgeModel()), { model: 'test' });
  const shown = (name: AspectJudgement['aspect']) => summary.aspects.find((a) => a.aspect === name)?.evidence.map((e) => e.sentence) ?? [];

  it('does not count a verb, a music festival, the music\'s fans, a character\'s job, art direction or a depiction', () => {
    expect(shown('acting').some((s) => s.includes('cast their ballots'))).toBe(false);
    expect(shown('music').some((s) => s.includes('music festival'))).toBe(false);
    expect(shown('music').some((s) => s.includes('fans of the music'))).toBe(false);
    expect(shown('direction').some((s) => s.includes('theatre director'))).toBe(false);
    expect(shown('direction').some((s) => s.includes('art direction'))).toBe(false);
    expect(shown('writing').some((s) => s.includes('being a writer'))).toBe(false);
    expect(shown('acting').some((s) => s.includes('portrayals on film'))).toBe(false);
    // The noun still counts, and art direction is the production design's.
    expect(shown('acting').some((s) => s.includes('cast is uniformly superb'))).toBe(true);
    expect(shown('production-design').some((s) => s.includes('art direction'))).toBe(true);
  });
});
