import { describe, expect, it } from 'vitest';
import { detectLanguage, MIN_LENGTH } from './detect-language.ts';

// Texts written for these tests.
const FRENCH = 'Une mise en scène paresseuse et un scénario qui tourne en rond : le film ennuie dès la première demi-heure et ne se relève jamais.';
const SPANISH = 'Una película torpe y sin alma, con diálogos que suenan falsos y un final que se ve venir desde el primer minuto.';
const ENGLISH = 'A quietly dazzling drama whose long takes breathe and whose last scene lands with real grace.';

describe('detectLanguage', () => {
  it('reads English as English, to be judged by its text', () => {
    expect(detectLanguage({ text: ENGLISH })).toMatchObject({ code: 'eng', textJudged: true });
  });

  it('names French and Spanish, which the text model must not read', () => {
    expect(detectLanguage({ text: FRENCH })).toMatchObject({ code: 'fra', textJudged: false, reason: 'written in French: the text model reads English only' });
    expect(detectLanguage({ text: SPANISH })).toMatchObject({ code: 'spa', textJudged: false });
  });

  it('keeps a long review in its language even where trigram scores crowd together', () => {
    const long = `${FRENCH} ${FRENCH.replace('paresseuse', 'appliquée')} Les acteurs font ce qu'ils peuvent, sans conviction.`;
    expect(detectLanguage({ text: long })).toMatchObject({ code: 'fra', textJudged: false });
  });

  it('calls a text under the minimum length undetermined and reads it as English, labelled "und"', () => {
    const short = 'Pésima de principio a fin.';
    expect(short.length).toBeLessThan(MIN_LENGTH);
    expect(detectLanguage({ text: short })).toMatchObject({ code: 'und', textJudged: true });
    expect(detectLanguage({ text: 'A triumph.' })).toMatchObject({ code: 'und', textJudged: true });
  });

  it("trusts the page's declared language for short text only", () => {
    expect(detectLanguage({ text: 'Pésima de principio a fin.', declared: 'es-ES' })).toMatchObject({ code: 'spa', textJudged: false });
    expect(detectLanguage({ text: 'A triumph.', declared: 'en-GB' })).toMatchObject({ code: 'und', textJudged: true });
    // A template that says "en" on a French page does not make the French English.
    expect(detectLanguage({ text: FRENCH, declared: 'en' })).toMatchObject({ code: 'fra', textJudged: false });
  });

  it('reads plain English sentences the trigrams mistake for French as English (undetermined)', () => {
    const reading = detectLanguage({ text: 'It may not make you walk out, but it certainly left me unsatisfied.' });
    expect(reading?.textJudged).toBe(true);
    expect(['eng', 'und']).toContain(reading?.code);
  });

  it('has nothing to say of a review without text', () => {
    expect(detectLanguage({ text: '  ' })).toBeNull();
  });
});
