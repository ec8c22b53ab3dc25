/** JSON Schemas of the film-name and media-tool answers (film-lookups.ts, omdb.ts, the 409 of an ambiguous name). */
const nullable = (type: string) => ({ type: [type, 'null'] });
const interval = { ...nullable('object'), properties: { low: { type: 'number' }, high: { type: 'number' } } };

export const LOOKUP_SCHEMAS = {
  FilmCandidate: {
    type: 'object',
    description: 'A film an ambiguous film name fits.',
    required: ['id', 'title', 'year', 'name', 'links'],
    properties: {
      id: { type: 'integer' },
      title: nullable('string'),
      year: nullable('integer'),
      reviewCount: { type: 'integer' },
      name: { type: 'string', description: 'A film name that opens this film alone: "Title (Year)" where that is unique, else the id.' },
      links: { type: 'object', properties: { self: { type: 'string' }, page: { type: 'string' } } },
    },
  },
  FilmLookup: {
    type: 'object',
    description: "A film's critic figures for media tools: the same figures as its profile. Null figures below the minimum number of reviews (see note).",
    required: ['film', 'reviewCount', 'positiveCount', 'negativeCount', 'percentPositive', 'averageScore', 'link'],
    properties: {
      film: {
        type: 'object',
        properties: { id: { type: 'integer' }, title: nullable('string'), year: nullable('integer'), imdbId: nullable('string'), tmdbId: nullable('integer') },
      },
      reviewCount: { type: 'integer' },
      positiveCount: { type: 'integer' },
      negativeCount: { type: 'integer' },
      percentPositive: { ...nullable('integer'), description: 'round(100 × expected positive / reviews): a known verdict (label, rating, editor) counts 1 or 0, a verdict read from the text counts by its probability (see /methodology#percent-positive)' },
      percentPositiveInterval: { ...interval, description: '95% Wilson interval, in percent, widened by the text model\'s film-level error where verdicts were read from the text' },
      averageScore: { ...nullable('integer'), description: 'The average 0-100 score' },
      averageScoreInterval: { ...interval, description: '95% t interval of the average' },
      minReviews: { type: 'integer' },
      note: nullable('string'),
      link: { type: 'string', description: "The film's page, absolute (the configured publicUrl, else the origin asked)" },
      links: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  OmdbMovie: {
    type: 'object',
    description:
      'OMDb\'s shape with Plaudit\'s figures. Ratings carry them under the sources "Plaudit critics (percent positive)" ("87%") and "Plaudit critics (average score)" ("74/100"), never "Rotten Tomatoes" or "Metacritic"; Metascore is always "N/A". Catalog fields are "N/A" where the catalog has nothing.',
    properties: {
      Title: { type: 'string' },
      Year: { type: 'string' },
      Rated: { type: 'string' },
      Released: { type: 'string' },
      Runtime: { type: 'string' },
      Genre: { type: 'string' },
      Director: { type: 'string' },
      Plot: { type: 'string' },
      Ratings: { type: 'array', items: { type: 'object', properties: { Source: { type: 'string' }, Value: { type: 'string' } } } },
      Metascore: { const: 'N/A' },
      imdbID: { type: 'string' },
      Type: { const: 'movie' },
      Website: { type: 'string', description: "The film's page on this site" },
      Response: { const: 'True' },
    },
  },
  OmdbError: {
    type: 'object',
    required: ['Response', 'Error'],
    properties: { Response: { const: 'False' }, Error: { type: 'string' } },
  },
};
