/**
 * Runs of capitalised words in one sentence ("Alex Ross Perry", "Phantom of the Opera", "Her Smell"): the raw
 * material for finding titles and names in prose. A run may hold lower-case joining words ("of the") between
 * capitalised ones, but not prepositions like "in" or "at", which join names to titles far more often than
 * they sit inside one ("Moss in Her Smell"). A possessive ends a run ("Perry's | Her Smell").
 */

export interface CapitalisedRun {
  /** The words joined by single spaces, possessive and closing quote removed. */
  text: string;
  words: string[];
  /** Offset of the first character in the sentence. */
  start: number;
  /** Offset just past the last character, including a possessive "'s" or a closing quote. */
  end: number;
  /** The run begins the sentence (only opening quotes or brackets before it). */
  sentenceInitial: boolean;
  /** The run ends in "'s" or "s'". */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&\-]|['’](?=\p{L}))*['’]?/gu;
const JOINERS = new Set(['of', 'the', 'de', 'la', 'le', 'du', 'von', 'van', 'der', 'del']);
/** Contractions that look possessive but are not ("It's a mess"). */
const CONTRACTIONS = new Set(['it', 'that', 'let', 'he', 'she', 'there', 'what', 'here', 'who', 'where', 'how']);

interface Pending {
  words: string[];
  start: number;
  end: number;
  joiners: string[];
  sentenceInitial: boolean;
}

export function capitalisedRuns(sentence: string): CapitalisedRun[] {
  const runs: CapitalisedRun[] = [];
  let current: Pending | null = null;
  let prevEnd = 0;
  let firstWord = true;
  for (const m of sentence.matchAll(WORD)) {
    const raw = m[0];
    const index = m.index;
    const gap = sentence.slice(prevEnd, index);
    prevEnd = index + raw.length;
    const { word, possessive, closesQuote } = splitWord(raw);
    const capital: boolean = /^\p{Lu}/u.test(word) || (current !== null && /^\p{N}/u.test(word));
    const joinable: boolean = current !== null && (gap === ' ' || gap === ' & ');
    if (joinable && current && capital) {
      // One at a time: spreading a long run of joiners ("of of of …") as arguments overflows the call stack.
      for (const joiner of current.joiners) current.words.push(joiner);
      if (gap === ' & ') current.words.push('&');
      current.words.push(word);
      current.joiners = [];
      current.end = prevEnd;
    } else if (joinable && current && JOINERS.has(word)) {
      current.joiners.push(word);
    } else {
      if (current) runs.push(finish(current, false));
      current = capital ? { words: [word], start: index, end: prevEnd, joiners: [], sentenceInitial: firstWord } : null;
    }
    firstWord = false;
    if (current && (possessive || closesQuote)) {
      runs.push(finish(current, possessive));
      current = null;
    }
  }
  if (current) runs.push(finish(current, false));
  return runs;
}

function finish(p: Pending, possessive: boolean): CapitalisedRun {
  return { text: p.words.join(' '), words: p.words, start: p.start, end: p.end, sentenceInitial: p.sentenceInitial, possessive };
}

/** "Perry's" -> Perry (possessive), "Williams'" -> Williams (possessive), "Smell’" -> Smell (closing quote). */
function splitWord(raw: string): { word: string; possessive: boolean; closesQuote: boolean } {
  const sMatch = /^(.+)['’]s$/u.exec(raw);
  if (sMatch && !CONTRACTIONS.has((sMatch[1] ?? '').toLowerCase())) {
    return { word: sMatch[1] ?? raw, possessive: true, closesQuote: false };
  }
  if (/['’]$/.test(raw)) {
    const word = raw.slice(0, -1);
    return { word, possessive: /s$/.test(word), closesQuote: !/s$/.test(word) };
  }
  return { word: raw, possessive: false, closesQuote: false };
}
