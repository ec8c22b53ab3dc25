/** The forms of the ids other services give films, read the same way wherever an id arrives. */

/** IMDb's title id: "tt" and 7 to 10 digits. */
export const IMDB_ID = /^tt\d{7,10}$/;

/**
 * "tt0077651" from the id itself or an IMDb address (https://www.imdb.com/title/tt0077651/); undefined for
 * anything else, so a malformed value is never taken for an id.
 *
 * @example
 * imdbIdOf('https://www.imdb.com/title/tt0077651/') // 'tt0077651'
 * imdbIdOf('tt12')                                  // undefined
 */
export function imdbIdOf(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /(?:^|\/title\/)(tt\d{7,10})(?:$|[/?#])/.exec(value.trim());
  return match?.[1];
}
