/**
 * A hand-written polarity lexicon of critics' vocabulary, for the first text model. Weights run from -3 to +3.
 * The trained model of the next iteration replaces this; it stays as the fallback and as a readable baseline.
 */
export const CRITIC_LEXICON: Readonly<Record<string, number>> = {
  // Strong praise
  masterpiece: 3, masterful: 3, masterfully: 3, masterwork: 3, triumph: 3, brilliant: 3, brilliantly: 3,
  extraordinary: 3, superb: 3, magnificent: 3, stunning: 3, astonishing: 3, breathtaking: 3, sublime: 3,
  exhilarating: 3, indelible: 2.5, 'must-see': 3, unmissable: 3, exceptional: 3, phenomenal: 3, flawless: 3,
  remarkable: 2.5, riveting: 2.5, thrilling: 2.5, gripping: 2.5, dazzling: 2.5, wonderful: 2.5, excellent: 2.5,
  terrific: 2.5, marvelous: 2.5, marvellous: 2.5, virtuoso: 2.5, luminous: 2, mesmerizing: 2.5, mesmerising: 2.5,
  captivating: 2.5, compelling: 2, powerful: 2, moving: 2, profound: 2, beautiful: 2, beautifully: 2,
  gorgeous: 2, haunting: 1.5, absorbing: 2, engrossing: 2, rewarding: 2, delightful: 2, delight: 2,
  hilarious: 2, funny: 1.5, charming: 2, witty: 2, smart: 1.5, clever: 1.5, intelligent: 1.5, wise: 1.5,
  best: 2, finest: 2.5, great: 2, greatest: 2, good: 1, fine: 0.5, solid: 1, strong: 1.5, effective: 1.5,
  impressive: 2, impressively: 2, exciting: 2, fresh: 1.5, original: 1.5, inventive: 2, ambitious: 1,
  assured: 1.5, confident: 1, committed: 1, fearless: 2, bold: 1.5, daring: 1.5, audacious: 1, vivid: 1.5,
  thoughtful: 1.5, nuanced: 1.5, subtle: 1, authentic: 1.5, honest: 1, heartfelt: 2, poignant: 2, tender: 1.5,
  touching: 2, affecting: 2, enjoyable: 2, entertaining: 2, fun: 1.5, satisfying: 2, well: 0.5, 'well-made': 2,
  recommend: 2, recommended: 2, love: 1.5, loved: 2, lovely: 2, admire: 1.5, admirable: 1.5, celebration: 1.5,
  kudos: 2, gem: 2.5, gems: 2, treat: 1.5, achievement: 2, accomplished: 2, incredible: 2.5, undeniable: 1.5,
  fruitful: 1, catharsis: 1.5, cathartic: 1.5, relief: 0.5, thankful: 1.5, rare: 1, iconic: 2, crackling: 2,
  electric: 2, electrifying: 2.5, propulsive: 1.5, thrill: 2, pleasure: 2, pleasures: 2, joy: 2, joyous: 2,
  succeeds: 2, success: 1.5, successes: 1.5, works: 1, shines: 2, sparkles: 2, soars: 2.5, nails: 1.5,
  // Criticism
  bad: -2, awful: -3, terrible: -3, dreadful: -3, dire: -2.5, abysmal: -3, atrocious: -3, worst: -3,
  disaster: -3, disastrous: -3, mess: -2.5, muddled: -2, incoherent: -2.5, dull: -2.5, boring: -2.5, bored: -2,
  tedious: -2.5, tiresome: -2.5, tired: -1.5, lifeless: -2.5, flat: -1.5, bland: -2, forgettable: -2.5,
  mediocre: -2, disappointing: -2.5, disappointment: -2.5, disappoints: -2.5, fails: -2, failure: -2.5,
  failed: -2, misfire: -2.5, misfires: -2.5, clumsy: -2, clunky: -2, clichéd: -2, cliched: -2, cliché: -1.5,
  predictable: -1.5, formulaic: -2, generic: -1.5, derivative: -1.5, stale: -2, overlong: -1.5, bloated: -2,
  slog: -2.5, pointless: -2.5, shallow: -2, hollow: -2, empty: -1.5, silly: -1, stupid: -2, dumb: -1.5,
  lazy: -2, sloppy: -2, uneven: -1.5, unfunny: -2.5, unbearable: -1.5, insufferable: -2.5, annoying: -1.5,
  irritating: -2, pretentious: -2, self_indulgent: -1.5, 'self-indulgent': -1.5, ridiculous: -1.5, waste: -2.5,
  wasted: -2, squandered: -2, squanders: -2, lacks: -1.5, lacking: -1.5, lackluster: -2, weak: -1.5,
  poorly: -2, poor: -2, ugly: -1, mean: -0.5, confused: -1.5, confusing: -1.5, plodding: -2, sluggish: -2,
  meandering: -1.5, contrived: -2, implausible: -1.5, unconvincing: -2, cheap: -1.5, trite: -2, hackneyed: -2,
  grating: -2, excruciating: -2.5, painful: -1.5, unwatchable: -3, avoid: -2, skip: -1.5, regret: -1.5,
  problem: -1, problems: -1, flaw: -1, flaws: -1, flawed: -1.5, misguided: -2, mishandled: -2,
  overwrought: -1.5, heavy_handed: -1.5, 'heavy-handed': -1.5, schmaltzy: -1.5, sappy: -1.5, mawkish: -2,
  underwhelming: -2, uninspired: -2, unimaginative: -2, unfocused: -1.5, joyless: -2.5, soulless: -2.5,
  numbing: -1.5, tedium: -1.5, exhausting: -0.5, shame: -1, unfortunately: -1.5, sadly: -1,
};

/** Words that turn the polarity of the next few words around. */
export const NEGATORS = new Set([
  'not', "n't", 'no', 'never', 'nothing', 'hardly', 'barely', 'neither', 'nor', 'without', 'lacks', "isn't",
  "wasn't", "doesn't", "didn't", "don't", "can't", "couldn't", "won't", "wouldn't", 'cannot',
]);

/** Words that strengthen the next word. */
export const INTENSIFIERS: Readonly<Record<string, number>> = {
  very: 1.4, so: 1.3, really: 1.3, truly: 1.5, utterly: 1.6, incredibly: 1.6, extremely: 1.6, thoroughly: 1.5,
  deeply: 1.4, completely: 1.4, absolutely: 1.6, remarkably: 1.5, genuinely: 1.4, most: 1.3, too: 1.2,
  damn: 1.5, wildly: 1.4, fully: 1.3,
};

/** Contrast words: what follows them is the critic's weightier point. */
export const CONTRASTS = new Set(['but', 'however', 'yet', 'though', 'although', 'still', 'nevertheless']);
