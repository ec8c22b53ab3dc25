import { describe, expect, it } from 'vitest';
import type { FilmFact } from '../../domain/credits.ts';
import { castByVerb, castInBrackets, type PairContext } from './cast-pairs.ts';
import { outsiders } from './outsiders.ts';
import { referencedFilms } from './referenced-films.ts';
import { directorBeforeTitle, roleNounBefore, whoAlso, workAfterPossessive } from './role-patterns.ts';
import type { TextUnit } from './text-unit.ts';

const ctx: PairContext = { filmTitle: 'The Lighthouse Keeper', otherTitles: new Set(['harbour lights']) };
const prose = (text: string): TextUnit => ({ text, source: 'prose' });
const brief = (facts: FilmFact[]) =>
  facts.map((f) => (f.character ? `${f.kind}:${f.value} as ${f.character}` : `${f.kind}:${f.value}`));

describe('cast in brackets', () => {
  it('pairs the character before the brackets with the actor inside', () => {
    expect(brief(castInBrackets(prose('The keeper is Elias Varga (Tom Harrow), a former ferry pilot.'), ctx))).toEqual([
      'cast:Tom Harrow as Elias Varga',
    ]);
    expect(brief(castInBrackets(prose('Then his sister Ruth (Mae Lund) arrives by boat.'), ctx))).toEqual(['cast:Mae Lund as Ruth']);
    expect(brief(castInBrackets(prose('Elias (Tom Harrow, who also produced) keeps the lamp lit.'), ctx))).toEqual([
      'cast:Tom Harrow as Elias',
    ]);
  });

  it("reads the actor's possessive inside the brackets", () => {
    expect(brief(castInBrackets(prose('A visitor (Mae Lund’s Ruth) brings the news.'), ctx))).toEqual(['cast:Mae Lund as Ruth']);
  });

  it('credits described parts without a character, and crew named by their role', () => {
    expect(brief(castInBrackets(prose('His brothers (Ben Olu and Dev Rana) want the house.'), ctx))).toEqual([
      'cast:Ben Olu',
      'cast:Dev Rana',
    ]);
    expect(brief(castInBrackets(prose('Her protégés (including Kit Moran) follow her.'), ctx))).toEqual(['cast:Kit Moran']);
    expect(brief(castInBrackets(prose('The film’s director (Ada Quill) keeps her distance.'), ctx))).toEqual(['director:Ada Quill']);
  });

  it('reads nothing from brackets about a title, a year, or anything that is not a list of names', () => {
    expect(castInBrackets(prose('It recalls Harbour Lights (Jane Roe), a film of the 1990s.'), ctx)).toEqual([]);
    expect(castInBrackets(prose('The Lighthouse Keeper (Ada Quill) is a quiet film.'), ctx)).toEqual([]);
    expect(castInBrackets(prose('The Lighthouse Keeper (2024) is a quiet film.'), ctx)).toEqual([]);
    expect(castInBrackets(prose('She listens (per Jamison) and waits (to me, wisely).'), ctx)).toEqual([]);
    expect(castInBrackets(prose('The songs come from Anika Rowe (of the bands Tin Cup and Harrow).'), ctx)).toEqual([]);
  });
});

describe('cast by verb', () => {
  it('reads "X plays Y" and "Full Name as Character"', () => {
    expect(brief(castByVerb(prose('Harrow plays Elias, a man of few words.'), ctx))).toEqual(['cast:Harrow as Elias']);
    expect(brief(castByVerb(prose('Then Tom Harrow, who plays Elias, takes over.'), ctx))).toEqual(['cast:Tom Harrow as Elias']);
    expect(brief(castByVerb(prose('Mae Lund as Ruth is the film’s secret weapon.'), ctx))).toEqual(['cast:Mae Lund as Ruth']);
  });

  it('does not read a title or a film as a character', () => {
    expect(castByVerb(prose('Films such as Harbour Lights come to mind.'), ctx)).toEqual([]);
    expect(castByVerb(prose('Tom Harrow plays The Lighthouse Keeper with great care.'), ctx)).toEqual([]);
  });
});

describe('crew and cast named by the words around them', () => {
  it('reads a role noun before a name, even with a bracket between', () => {
    expect(brief(roleNounBefore(prose('Cinematographer Lena Park (who shot Harbour Lights) frames it well.'), ctx))).toEqual([
      'cinematography:Lena Park',
    ]);
    expect(brief(roleNounBefore(prose('It comes from writer-director (and Maine native) Ada Quill.'), ctx))).toEqual([
      'director:Ada Quill',
      'writer:Ada Quill',
    ]);
    expect(brief(roleNounBefore(prose('So kudos to actress Mae Lund.'), ctx))).toEqual(['cast:Mae Lund']);
  });

  it('ignores the role when it is another job or about another work', () => {
    expect(roleNounBefore(prose('The casting director Sam Hale deserves a raise.'), ctx)).toEqual([]);
    expect(roleNounBefore(prose('It is no match for actress Jane Roe in Harbour Lights.'), ctx)).toEqual([]);
    expect(roleNounBefore(prose('Think of director Jane Roe’s Harbour Lights.'), ctx)).toEqual([]);
    expect(roleNounBefore(prose('A rock star Courtney Vale would envy her.'), ctx)).toEqual([]);
  });

  it('reads the work after a possessive', () => {
    const facts = workAfterPossessive(
      prose('Lena Park’s restless camera, Sam Hale’s fluid editing and Kit Moran’s thrumming, dread-filled score all help.'),
      ctx,
    );
    expect(brief(facts)).toEqual(['cinematography:Lena Park', 'editing:Sam Hale', 'music:Kit Moran']);
    expect(brief(workAfterPossessive(prose('Quill’s film trusts us; Quill’s esoteric dialogue does not.'), ctx))).toEqual([
      'writer:Quill',
      'director:Quill',
    ]);
  });

  it('does not credit a possessive about another work, the film itself, or a writer’s prose', () => {
    expect(workAfterPossessive(prose('Jane Roe’s performance in Harbour Lights is the model.'), ctx)).toEqual([]);
    expect(workAfterPossessive(prose('Jane Roe’s film Harbour Lights did it first.'), ctx)).toEqual([]);
    expect(workAfterPossessive(prose('The Lighthouse Keeper’s score is lovely.'), ctx)).toEqual([]);
    expect(workAfterPossessive(prose('It owes a lot to Jamison’s writing.'), ctx)).toEqual([]);
  });

  it('reads the possessive a film title takes as its director', () => {
    expect(brief(directorBeforeTitle(prose('This is Ada Quill’s The Lighthouse Keeper, a quiet film.'), ctx))).toEqual([
      'director:Ada Quill',
    ]);
  });

  it('reads "who also produced"', () => {
    expect(brief(whoAlso(prose('Mae Lund, who also produced, is superb.')))).toEqual(['producer:Mae Lund']);
    expect(whoAlso(prose('Jane Roe, who wrote The Long Night, is quoted.'))).toEqual([]);
  });
});

describe('other films a review refers to', () => {
  const titles = (text: string) => referencedFilms(prose(text), { filmTitle: 'The Lighthouse Keeper' }).map((f) => f.value);

  it('reads lists of films, quoted titles in a sentence about films, appositives and dated titles', () => {
    expect(titles('It borrows from films like The Rose, A Woman Under the Influence, and Leaving Las Vegas, yet feels new.')).toEqual([
      'The Rose',
      'A Woman Under the Influence',
      'Leaving Las Vegas',
    ]);
    expect(titles('From “Almost Famous” to “This is Spinal Tap,” rock movies flatter their stars.')).toEqual([
      'Almost Famous',
      'This is Spinal Tap',
    ]);
    expect(titles('She recalls Jane Roe’s character in Georgia, a movie that took fewer risks.')).toEqual(['Georgia']);
    expect(titles('The cinematographer of last year’s Good Time returns.')).toEqual(['Good Time']);
  });

  it('leaves out the film itself, songs and books', () => {
    expect(titles('“The Lighthouse Keeper” is a film that rewards patience.')).toEqual([]);
    expect(titles('They open with a cover of “Another Girl, Another Planet,” and the film takes off.')).toEqual([]);
    expect(titles('In her memoir The Recovering, Jane Roe wrote about films.')).toEqual([]);
  });
});

describe('people who are not in the film', () => {
  it('finds quoted authors, singers, comparisons and actors of other films', () => {
    const keys = outsiders(
      [
        'In her book The Recovering, Leslie Jamison wrote about it.',
        'She bonds with her daughter over a Bryan Adams song.',
        'Moss plays Becky, a Courtney Love-esque rock star.',
        'Becky recalls Jennifer Jason Leigh’s character in Georgia.',
        'It is not obscuring truth (per Jamison).',
      ],
      { filmTitle: 'Her Smell' },
    );
    for (const name of ['leslie jamison', 'jamison', 'bryan adams', 'courtney love', 'jennifer jason leigh']) {
      expect(keys.has(name), name).toBe(true);
    }
    expect(keys.has('moss')).toBe(false);
    expect(keys.has('becky')).toBe(false);
  });
});
