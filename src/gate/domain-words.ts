/**
 * The words that mark what a text is about: film criticism's own vocabulary, and that of the other kinds of
 * page a film-review aggregator is fed by mistake (game and product reviews, book and music reviews, TV
 * recaps, news, science, recipes, sport). Each word belongs to one domain only; a word used just as much
 * outside film criticism ("character", "story", "stars", "camera", "screen", "score") is left out of every list,
 * because it would only add noise to the balance. English only: Plaudit reads English reviews.
 */

export type Domain = 'film' | 'game' | 'product' | 'book' | 'music' | 'tv' | 'news' | 'science' | 'recipe' | 'sport';

/** How a domain is named in a reason: "31 game words". */
export const DOMAIN_LABELS: Record<Domain, string> = {
  film: 'film',
  game: 'game',
  product: 'product and tech',
  book: 'book',
  music: 'music',
  tv: 'TV',
  news: 'news and politics',
  science: 'science and health',
  recipe: 'recipe',
  sport: 'sport',
};

const WORDS: Record<Domain, string> = {
  film: `film films movie movies filmmaker filmmakers filmmaking director directors directed directs directing
    directorial screenplay screenwriter screenwriters cinematography cinematographer cinematic cinema cinemas
    performance performances cast casting starring actor actors actress actresses onscreen on-screen runtime
    festival premiere premiered biopic documentary documentaries thriller thrillers sequel prequel remake
    blockbuster arthouse theaters theatres theatrical multiplex screenings screening oscar oscars
    filmography auteur editing montage scenes cameo co-stars co-star`,
  game: `game games gameplay gamer gamers console consoles multiplayer single-player controller playstation xbox
    nintendo steam dlc quests npc npcs co-op playthrough open-world rpg mmo esports checkpoint checkpoints
    boss bosses levels players framerate achievements`,
  product: `battery smartphone smartphones laptop laptops phone phones iphone android processor cpu gpu ram
    storage specs usb bluetooth wi-fi wifi charging wireless headphones keyboard device devices hardware
    software app apps gb tb mah warranty benchmark benchmarks display price pricing firmware`,
  book: `novel novels novelist author authors chapter chapters pages prose paperback hardcover hardback book books
    memoir fiction nonfiction non-fiction poetry poems poet literary bestseller ebook publisher`,
  music: `album albums tracks band bands songs song singer vocals vocalist guitar guitarist lyrics ep concert concerts
    drummer bassist melody melodies rapper hip-hop jazz tracklist`,
  tv: `episode episodes season seasons series showrunner showrunners finale sitcom miniseries spinoff spin-off
    renewed binge tv television recap`,
  news: `government minister ministers election elections police percent officials president parliament senate
    congress voters political policy court economy economic billion investors shares spokesperson spokesman
    spokeswoman authorities ministry federal military republicans democrats lawmakers prosecutors according
    reportedly announced announcement rumors rumours rumored confirmed insiders estimates analysts forecasts`,
  science: `study studies research researchers scientists data patients clinical cells species university
    disease vaccine infection trial participants`,
  recipe: `ingredients oven tablespoon tablespoons teaspoon teaspoons tbsp tsp bake baking flour butter garlic
    simmer stir chopped recipe recipes`,
  sport: `match team teams league coach goals championship tournament football soccer basketball cricket rugby
    tennis striker midfielder`,
};

/** Two-word phrases counted as one word of their domain, for words that say little alone. */
const PHRASES: Record<string, Domain> = {
  'box office': 'film',
  'film festival': 'film',
  'battery life': 'product',
  'short stories': 'book',
  'record label': 'music',
};

export const DOMAIN_OF_WORD: ReadonlyMap<string, Domain> = new Map(
  (Object.entries(WORDS) as Array<[Domain, string]>).flatMap(([domain, words]) =>
    words.split(/\s+/).filter((w) => w !== '').map((w): [string, Domain] => [w, domain]),
  ),
);

export const DOMAIN_OF_PHRASE: ReadonlyMap<string, Domain> = new Map(Object.entries(PHRASES));

/** Words by which a critic judges: a review judges, news and lists mostly report. */
export const JUDGEMENT_WORDS: ReadonlySet<string> = new Set(
  `masterpiece brilliant brilliantly superb excellent stunning gripping compelling moving powerful beautiful
  beautifully hilarious charming delightful riveting engaging affecting assured tender dull boring tedious clumsy
  disappointing disappointment messy overlong forgettable predictable clichéd cliched uneven lacklustre lackluster
  bland fails succeeds recommend terrific wonderful awful terrible mediocre mesmerising mesmerizing haunting
  heartfelt heartbreaking funny unfunny sluggish plodding stilted wooden nuanced flawed flawless captivating
  triumph misfire slog preachy sentimental tense lean` .split(/\s+/).filter((w) => w !== ''),
);
