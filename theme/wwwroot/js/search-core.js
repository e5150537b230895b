// The search engine in the browser: reads the index files the build wrote (Movement.Site.Search.SearchIndexPacker)
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

/**
 * A page's term for a word, as SearchTerms.TermOf: each index holds one language's pages, and the client is given
 * that language's term function as `stem` (english-stemmer.js, or welsh-mutations.js on the Welsh search page).
 */
export function termOf(word, stem) {
  return stem(word);
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

/** The words a page must have, as SearchQuery.KeyWords: all but stop words, unless quoted or all are stop words. */
export function keyWordsOf(queryWords, stopWords) {
  const key = queryWords.filter((w) => w.phrase >= 0 || !stopWords.has(w.word));
  return key.length > 0 ? key : queryWords;
}

/** Single-letter edits between two words, swaps of neighbours included, as EditDistance.Between. */
export function editDistance(a, b) {
  const rows = [0, 1, 2].map(() => new Array(b.length + 1).fill(0));
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    const before = rows[(i + 1) % 3];
    const previous = rows[(i + 2) % 3];
    const current = rows[i % 3];
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], before[j - 2] + 1);
    }
  }
  return rows[a.length % 3][b.length];
}

/** A word's first letter, a whole code point: the key of its vocabulary file, as SearchEngine.FirstLetter. */
export function firstLetter(word) {
  return String.fromCodePoint(word.codePointAt(0));
}

const FACETS = ['type', 'nation', 'topic'];
// TitlePlace packs a title's length and a term's place in one number: length * 32 + place + 1.
const TITLE_SLOTS = 32;

export class SearchIndexClient {
  constructor(manifestPath, load, stem) {
    this.load = load;
    this.stem = stem;
    this.manifest = load(manifestPath);
    this.termChunks = new Map();
    this.positionChunks = new Map();
    this.vocabularies = new Map();
    this.records = new Map();
  }

  /**
   * Ranks the pages for a query, as SearchEngine.Search; `filters` maps type/nation/topic to arrays of ticked ids.
   * `partial` says no page had every word, so these have some of them; `corrections` lists { word, correction }.
   */
  async search(text, filters = {}, typing = false) {
    const manifest = await this.manifest;
    const query = parseQuery(text, typing, manifest.minPrefixLength);
    const counts = Object.fromEntries(FACETS.map((f) => [f, Object.fromEntries(manifest.facets[f].map(([id]) => [id, 0]))]));
    if (query.words.length === 0) return { hits: [], counts, query, partial: false, corrections: [] };

    const keyWords = keyWordsOf(query.words, this.stopWords(manifest));
    const matches = await Promise.all(keyWords.map((w) => this.match(manifest, w)));
    const corrections = matches.filter((m) => m.correction).map((m) => ({ word: m.word, correction: m.correction }));
    let all = new Set(matches[0].hits.keys());
    for (const { hits } of matches.slice(1)) all = new Set([...all].filter((doc) => hits.has(doc)));
    if (query.phraseCount > 0 && all.size > 0) {
      const phrasePositions = await this.phrasePositions(manifest, query);
      all = new Set([...all].filter((doc) => inPhrases(phrasePositions, doc)));
    }
    const partial = all.size === 0 && keyWords.length > 1 && query.phraseCount === 0; // Quotes ask for those words exactly.
    const matchedDocs = partial ? new Set(matches.flatMap((m) => [...m.hits.keys()])) : all;

    const matched = [...matchedDocs].map((doc) => this.score(manifest, doc, matches, keyWords.length));
    const ukWide = manifest.facets.nation.findIndex(([id]) => id === 'uk-wide');
    const everyNation = manifest.facets.nation.map((_, i) => i);
    const ticked = FACETS.map((f) => filters[f] ?? []);
    // A UK-wide page is for every nation, so it stays when one nation is ticked, as SearchEngine.NationsOf.
    const valuesOf = (combo, g) => (g === 0 ? [combo[0]] : g === 1 && combo[1].includes(ukWide) ? everyNation : combo[g]);
    const passes = (combo, skip) => ticked.every((selected, g) =>
      g === skip || selected.length === 0 || valuesOf(combo, g).some((v) => selected.includes(manifest.facets[FACETS[g]][v][0])));

    const hits = matched.filter((m) => passes(m.combo, -1))
      .sort((a, b) => (partial ? b.words - a.words : 0) || b.score - a.score || a.doc - b.doc)
      .map(({ doc, score }) => ({ doc, score }));
    FACETS.forEach((facet, g) => {
      for (const m of matched) {
        if (!passes(m.combo, g)) continue;
        for (const v of valuesOf(m.combo, g)) counts[facet][manifest.facets[facet][v][0]]++;
      }
    });
    return { hits, counts, query, partial, corrections };
  }

  stopWords(manifest) {
    this.stopWordSet ??= new Set(manifest.stopWords);
    return this.stopWordSet;
  }

  /** A page's score: its words' scores and title boost, scaled by its type's weight; and how many words it has. */
  score(manifest, doc, matches, keyWordCount) {
    let sum = 0;
    let words = 0;
    let combo = 0;
    const places = [];
    for (const { hits } of matches) {
      const hit = hits.get(doc);
      if (!hit) continue;
      sum += hit.score;
      words++;
      places.push(hit.title);
      combo = hit.combo;
    }
    const boost = words === keyWordCount ? titleBoost(manifest, places) : 0;
    const type = manifest.facets.type[manifest.combos[combo][0]][0];
    const weight = manifest.typeWeights[type] ?? 100;
    return { doc, score: Math.floor((sum + boost) * weight / 100), words, combo: manifest.combos[combo] };
  }

  /** The result record of a page: url, title, type, date, lang and text for the excerpt. */
  async record(doc) {
    const manifest = await this.manifest;
    if (!this.records.has(doc)) this.records.set(doc, this.load(`${manifest.records}${doc}.json`));
    return this.records.get(doc);
  }

  /** Pages matching one query word with its best score on each, as SearchEngine.Match; and the word a typo was taken for. */
  async match(manifest, queryWord) {
    const hits = new Map();
    const exact = candidatesOf(queryWord.word, this.stem);
    for (const term of exact) offer(hits, await this.postings(manifest, term), 1);
    if (queryWord.isPrefix) {
      const terms = [];
      for (const index of prefixChunks(manifest.chunks, queryWord.word)) {
        for (const term of Object.keys(await this.termChunk(manifest, index))) {
          if (term.startsWith(queryWord.word) && !exact.includes(term)) terms.push(term);
        }
      }
      terms.sort();
      for (const term of terms.slice(0, manifest.maxPrefixTerms)) offer(hits, await this.postings(manifest, term), manifest.prefixDivisor);
    }
    const result = { word: queryWord.word, hits, correction: null };
    if (queryWord.phrase >= 0) return result;
    for (const alternative of this.synonymsOf(manifest, queryWord.word)) {
      await this.offerAll(manifest, hits, alternative, manifest.synonymDivisor);
    }
    if (hits.size === 0) {
      result.correction = await this.correct(manifest, queryWord.word);
      if (result.correction) {
        for (const term of candidatesOf(result.correction, this.stem)) offer(hits, await this.postings(manifest, term), manifest.typoDivisor);
      }
    }
    return result;
  }

  async postings(manifest, term) {
    const index = chunkOf(manifest.chunks, term);
    return index < 0 ? undefined : (await this.termChunk(manifest, index))[term];
  }

  /** The other alternatives of each synonym group that has the word (by its stem) as a one-word alternative. */
  synonymsOf(manifest, word) {
    const stem = candidatesOf(word, this.stem)[0];
    const stemOf = (alternative) => candidatesOf(alternative[0], this.stem)[0];
    return manifest.synonyms
      .filter((group) => group.some((a) => a.length === 1 && stemOf(a) === stem))
      .flatMap((group) => group.filter((a) => a.length > 1 || stemOf(a) !== stem));
  }

  /** Offers the pages that have every (non-stop) word of a synonym, at the words' average score. */
  async offerAll(manifest, hits, alternative, divisor) {
    const words = keyWordsOf(alternative.map((word) => ({ word, phrase: -1 })), this.stopWords(manifest));
    const each = [];
    for (const { word } of words) {
      const found = new Map();
      for (const term of candidatesOf(word, this.stem)) offer(found, await this.postings(manifest, term), 1);
      each.push(found);
    }
    for (const [doc, first] of each[0]) {
      if (!each.every((found) => found.has(doc))) continue;
      const sum = each.reduce((total, found) => total + found.get(doc).score, 0);
      better(hits, doc, { score: Math.floor(Math.floor(sum / each.length) / divisor), title: words.length === 1 ? first.title : 0, combo: first.combo });
    }
  }

  /** The vocabulary word nearest a word that matched nothing, as SearchEngine.Correct; null when none is near enough. */
  async correct(manifest, word) {
    if (word.length < manifest.typoMinLength || !/\p{L}/u.test(word) || this.stopWords(manifest).has(word)) return null;
    const file = manifest.vocabulary[firstLetter(word)];
    if (!file) return null;
    if (!this.vocabularies.has(file)) this.vocabularies.set(file, this.load(`v/${file}.json`));
    const vocabulary = await this.vocabularies.get(file);
    const allowed = word.length >= manifest.typoTwoEditsLength ? 2 : 1;
    let best = null;
    let bestPages = 0;
    let bestDistance = allowed + 1;
    for (const [candidate, pages] of Object.entries(vocabulary)) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const distance = editDistance(word, candidate);
      if (distance < bestDistance || (distance === bestDistance && best !== null && pages > bestPages)) {
        best = candidate;
        bestPages = pages;
        bestDistance = distance;
      }
    }
    return best;
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

/** The boost of a page whose title has every query word, as SearchEngine.TitleBoost: more in order, most when it is the whole title. */
function titleBoost(manifest, places) {
  if (places.some((p) => p === 0)) return 0;
  const index = (p) => (p % TITLE_SLOTS) - 1;
  const inOrder = places.every((p, k) => k === 0 || index(p) === index(places[k - 1]) + 1);
  return manifest.titleAllBoost +
    (inOrder && places.length > 1 ? manifest.titlePhraseBoost : 0) +
    (inOrder && places.length === Math.floor(places[0] / TITLE_SLOTS) ? manifest.exactTitleBoost : 0);
}

/** Each page of a term's postings (page gap, score, combination, title place) offered at the score divided by `divisor`. */
function offer(hits, list, divisor) {
  if (!list) return;
  let doc = 0;
  for (let i = 0; i < list.length; i += 4) {
    doc += list[i];
    better(hits, doc, { score: Math.floor(list[i + 1] / divisor), combo: list[i + 2], title: list[i + 3] });
  }
}

function better(hits, doc, hit) {
  const known = hits.get(doc);
  if (!known || hit.score > known.score) hits.set(doc, hit);
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
    const term = termOf(word, stem);
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
