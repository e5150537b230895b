// The search engine in the browser: reads the index files the build wrote (Movement.Site.Search.WriteSearchIndex)
// and ranks exactly as Movement.Site.Search.SearchEngine does in C#. No DOM here, so Node tests can run it.
// `load(path)` fetches a file relative to the manifest's folder; `stem` is the English stemmer.

const MAX_WORD_LENGTH = 40;
const APOSTROPHES = new Set(["'", '\u2019', '\u02BC']);
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;

// U+00C0 onwards, each letter without its accent, as SearchTokeniser's table (the build has no Unicode
// decomposition, so both sides use this table rather than normalize('NFD')).
const FOLD_FIRST = 0xC0;
const FOLD_TABLE = 'AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſ';

/** Lower case without accents, as SearchTokeniser.Fold. */
export function fold(text) {
  let result = '';
  for (const c of text.toLowerCase()) {
    const code = c.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36F) continue; // An accent typed as a separate mark.
    result += code >= FOLD_FIRST && code < FOLD_FIRST + FOLD_TABLE.length ? FOLD_TABLE[code - FOLD_FIRST] : c;
  }
  return result;
}

/** The words of a text, as SearchTokeniser.Words: letters and digits; inner apostrophes join; all else separates. */
export function words(text) {
  const result = [];
  const chars = [...fold(text)];
  let word = '';
  const flush = () => {
    if (word.length > 0 && word.length <= MAX_WORD_LENGTH) result.push(word);
    word = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (LETTER_OR_DIGIT.test(c)) {
      word += c;
      continue;
    }
    const joins = APOSTROPHES.has(c) && word.length > 0 && i + 1 < chars.length && LETTER_OR_DIGIT.test(chars[i + 1]);
    if (!joins) flush();
  }
  flush();
  return result;
}

/** The index terms a query word may match: its English stem and the word itself, as SearchTerms.CandidatesOf. */
export function candidatesOf(word, stem) {
  const stemmed = stem(word);
  return stemmed === word ? [word] : [stemmed, word];
}

/** A page's term for a word, by the page's language, as SearchTerms.TermOf. */
export function termOf(word, lang, stem) {
  return lang === 'cy' ? word : stem(word);
}

/** Words outside quotes must all match; quoted words must also be adjacent; while typing, the last word may be unfinished. */
export function parseQuery(text, typing, minPrefixLength) {
  const result = [];
  const segments = text.split('"');
  let phrases = 0;
  segments.forEach((segment, s) => {
    const segmentWords = words(segment);
    const phrase = s % 2 === 1 && segmentWords.length > 1 ? phrases++ : -1;
    for (const word of segmentWords) result.push({ word, phrase, isPrefix: false });
  });
  const last = result[result.length - 1];
  if (typing && last && last.phrase < 0 && segments.length % 2 === 1 && text.length > 0 &&
      !/\s/.test(text[text.length - 1]) && last.word.length >= minPrefixLength) {
    last.isPrefix = true;
  }
  return { words: result, phraseCount: phrases };
}

const FACETS = ['type', 'nation', 'topic'];

export class SearchIndexClient {
  constructor(manifestPath, load, stem) {
    this.load = load;
    this.stem = stem;
    this.manifest = load(manifestPath);
    this.termChunks = new Map();
    this.positionChunks = new Map();
    this.records = new Map();
  }

  /** Ranks the pages for a query; `filters` maps type/nation/topic to arrays of ticked ids. */
  async search(text, filters = {}, typing = false) {
    const manifest = await this.manifest;
    const query = parseQuery(text, typing, manifest.minPrefixLength);
    const counts = Object.fromEntries(FACETS.map((f) => [f, Object.fromEntries(manifest.facets[f].map(([id]) => [id, 0]))]));
    if (query.words.length === 0) return { hits: [], counts, query };

    const matches = await Promise.all(query.words.map((w) => this.match(manifest, w)));
    let scores = null;
    for (const match of matches) {
      if (scores === null) {
        scores = match;
        continue;
      }
      const next = new Map();
      for (const [doc, score] of scores) if (match.has(doc)) next.set(doc, score + match.get(doc));
      scores = next;
    }

    const combos = new Map(); // document -> combination number, from the postings
    for (const match of matches) for (const [doc, combo] of match.combos) combos.set(doc, combo);
    const matched = [];
    const phrasePositions = query.phraseCount > 0 ? await this.phrasePositions(manifest, query) : null;
    for (const [doc, score] of scores) {
      if (phrasePositions && !inPhrases(phrasePositions, doc)) continue;
      matched.push({ doc, score, combo: manifest.combos[combos.get(doc)] });
    }

    const ticked = FACETS.map((f) => filters[f] ?? []);
    const valuesOf = (combo, g) => (g === 0 ? [combo[0]] : combo[g]);
    const passes = (combo, skip) => ticked.every((selected, g) =>
      g === skip || selected.length === 0 || valuesOf(combo, g).some((v) => selected.includes(manifest.facets[FACETS[g]][v][0])));

    const hits = matched.filter((m) => passes(m.combo, -1))
      .map(({ doc, score }) => ({ doc, score }))
      .sort((a, b) => b.score - a.score || a.doc - b.doc);
    FACETS.forEach((facet, g) => {
      for (const m of matched) {
        if (!passes(m.combo, g)) continue;
        for (const v of valuesOf(m.combo, g)) counts[facet][manifest.facets[facet][v][0]]++;
      }
    });
    return { hits, counts, query };
  }

  /** The result record of a page: url, title, type, date, lang and text for the excerpt. */
  async record(doc) {
    const manifest = await this.manifest;
    if (!this.records.has(doc)) this.records.set(doc, this.load(`${manifest.records}${doc}.json`));
    return this.records.get(doc);
  }

  async match(manifest, queryWord) {
    const scores = new Map();
    scores.combos = new Map();
    const exact = candidatesOf(queryWord.word, this.stem);
    for (const term of exact) {
      const index = chunkOf(manifest.chunks, term);
      if (index < 0) continue;
      add(scores, (await this.termChunk(manifest, index))[term], 1);
    }
    if (queryWord.isPrefix) {
      const terms = [];
      for (const index of prefixChunks(manifest.chunks, queryWord.word)) {
        for (const term of Object.keys(await this.termChunk(manifest, index))) {
          if (term.startsWith(queryWord.word) && !exact.includes(term)) terms.push(term);
        }
      }
      terms.sort();
      for (const term of terms.slice(0, manifest.maxPrefixTerms)) {
        add(scores, (await this.termChunk(manifest, chunkOf(manifest.chunks, term)))[term], manifest.prefixDivisor);
      }
    }
    return scores;
  }

  termChunk(manifest, index) {
    if (!this.termChunks.has(index)) this.termChunks.set(index, this.load(`t/${manifest.chunks[index][1]}.json`));
    return this.termChunks.get(index);
  }

  positionChunk(manifest, index) {
    if (!this.positionChunks.has(index)) this.positionChunks.set(index, this.load(`p/${manifest.chunks[index][1]}.json`));
    return this.positionChunks.get(index);
  }

  /** For each phrase, for each of its words: a map from page to the positions of any of the word's terms. */
  async phrasePositions(manifest, query) {
    const phrases = [];
    for (let p = 0; p < query.phraseCount; p++) {
      const phrase = [];
      for (const { word } of query.words.filter((w) => w.phrase === p)) {
        const positions = new Map();
        for (const term of candidatesOf(word, this.stem)) {
          const index = chunkOf(manifest.chunks, term);
          if (index < 0) continue;
          const list = (await this.positionChunk(manifest, index))[term] ?? [];
          let doc = 0;
          for (let i = 0; i < list.length;) {
            doc += list[i];
            const count = list[i + 1];
            const set = positions.get(doc) ?? new Set();
            let position = 0;
            for (let k = 0; k < count; k++) {
              position += list[i + 2 + k];
              set.add(position);
            }
            positions.set(doc, set);
            i += 2 + count;
          }
        }
        phrase.push(positions);
      }
      phrases.push(phrase);
    }
    return phrases;
  }
}

function add(scores, list, divisor) {
  if (!list) return;
  let doc = 0;
  for (let i = 0; i < list.length; i += 3) {
    doc += list[i];
    const score = Math.floor(list[i + 1] / divisor);
    if (!scores.has(doc) || score > scores.get(doc)) scores.set(doc, score);
    scores.combos.set(doc, list[i + 2]);
  }
}

function inPhrases(phrases, doc) {
  return phrases.every((phrase) => {
    const first = phrase[0].get(doc);
    if (!first) return false;
    for (const start of first) {
      if (phrase.every((positions, k) => positions.get(doc)?.has(start + k))) return true;
    }
    return false;
  });
}

/** The chunk whose term range holds a term: the last one starting at or before it; -1 before the first. */
export function chunkOf(chunks, term) {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (chunks[middle][0] <= term) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The chunks that may hold terms starting with a prefix. */
export function prefixChunks(chunks, prefix) {
  const result = [];
  const first = Math.max(0, chunkOf(chunks, prefix));
  for (let i = first; i < chunks.length && (i === first || chunks[i][0].startsWith(prefix)); i++) result.push(i);
  return result;
}

/**
 * The part of a page's text to show for a result: the window of `size` words with the most matches, as a
 * list of pieces { text, mark }. A word matches when its term is one of the query's or, for an unfinished
 * last word, when it starts with it.
 */
export function excerpt(record, query, stem, size = 30) {
  const pieces = record.text.split(/\s+/).filter((p) => p.length > 0);
  const wanted = query.words.map((w) => ({ ...w, terms: candidatesOf(w.word, stem) }));
  const marks = pieces.map((piece) => words(piece).some((word) => {
    const term = termOf(word, record.lang, stem);
    return wanted.some((w) => w.terms.includes(term) || w.terms.includes(word) || (w.isPrefix && word.startsWith(w.word)));
  }));
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start <= Math.max(0, pieces.length - size); start++) {
    const count = marks.slice(start, start + size).filter(Boolean).length;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  const result = [];
  if (best > 0) result.push({ text: '… ', mark: false });
  pieces.slice(best, best + size).forEach((piece, i) => {
    const space = i > 0 ? ' ' : '';
    if (!marks[best + i]) {
      result.push({ text: space + piece, mark: false });
      return;
    }
    const [, before, core, after] = piece.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u);
    result.push({ text: space + before, mark: false }, { text: core, mark: true }, { text: after, mark: false });
  });
  if (best + size < pieces.length) result.push({ text: ' …', mark: false });
  return result.filter((p) => p.text.length > 0);
}
