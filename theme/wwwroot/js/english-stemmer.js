// Snowball English ("Porter2") stemmer, written from the published algorithm description.
// It must stem exactly as Movement.Site.Search.EnglishStemmer does, which built the search index:
// a query word only finds pages when both sides agree on its stem.

const VOWELS = new Set('aeiouy'); // Y (a y acting as a consonant) is not one
const isV = (c) => VOWELS.has(c);

// Whole words the rules would get wrong. A Map, so "constructor" and the like are not found.
const SPECIAL = new Map(Object.entries({
  skis: 'ski', skies: 'sky', idly: 'idl', gently: 'gentl', ugly: 'ugli', early: 'earli',
  only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
  cosmos: 'cosmos', bias: 'bias', andes: 'andes',
}));

// R1 starts right after these, so that e.g. general/generous and universe/university stay apart.
const PREFIX = /^(?:gener|commun|arsen|past|univers|later|emerg|organ|inter)/;

const STEP2 = {
  tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize',
  ization: 'ize', ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al',
  alli: 'al', fulness: 'ful', ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive',
  biliti: 'ble', bli: 'ble', ogist: 'og', ogi: 'og', fulli: 'ful', lessli: 'less', li: '',
};
const STEP3 = {
  tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic',
  ful: '', ness: '', ative: '',
};

// The leftmost match of an end-anchored alternation is the longest suffix, which is the only
// one a step may act on (a shorter one is not tried when the longest fails its condition).
const suffixes = (words) => new RegExp(`(?:${words.join('|')})$`);
const STEP2_RE = suffixes(Object.keys(STEP2));
const STEP3_RE = suffixes(Object.keys(STEP3));
const STEP4_RE = suffixes(
  'al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion'.split(' '));

// Where the region after the first non-vowel following a vowel (from start on) begins.
function region(w, start) {
  for (let i = start + 1; i < w.length; i++) if (!isV(w[i]) && isV(w[i - 1])) return i + 1;
  return w.length;
}

// Non-vowel, vowel, non-vowel other than w, x or Y; or vowel then non-vowel as the whole
// word; or "past" (keeps pasted and pasting with paste rather than past).
function endsShort(w) {
  const n = w.length;
  if (w.endsWith('past')) return true;
  if (n === 2) return isV(w[0]) && !isV(w[1]);
  return n > 2 && !isV(w[n - 3]) && isV(w[n - 2]) && !isV(w[n - 1]) && !'wxY'.includes(w[n - 1]);
}

/** Returns the stem of a lower-case word. */
export function stem(word) {
  if (word.length < 3) return word;
  if (SPECIAL.has(word)) return SPECIAL.get(word);

  // Initial y, and y after a vowel, act as consonants: mark them Y.
  const bare = word[0] === "'" ? word.slice(1) : word;
  let w = bare.replace(/(^|[aeiouy])y/g, '$1Y');
  const yFound = w !== bare;
  const prefix = PREFIX.exec(w);
  const p1 = prefix ? prefix[0].length : region(w, 0);
  const p2 = region(w, p1);
  let m;

  // Step 0 (possessives), then 1a (plurals).
  w = w.replace(/'(?:s'?)?$/, '');
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/ie[ds]$/.test(w)) w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
  else if (/[aeiouy].*[^us]s$/.test(w)) w = w.slice(0, -1); // gaps, kiwis; not gas, bus, kiss

  // Step 1b: -eed, -ed, -ing and their -ly forms.
  if ((m = /eed(?:ly)?$/.exec(w))) {
    const s = w.slice(0, m.index);
    if (m.index >= p1 && !/^(?:proc|exc|succ)$/.test(s)) w = s + 'ee';
  } else if ((m = /(?:ed|ing)(?:ly)?$/.exec(w))) {
    let s = w.slice(0, m.index);
    if (m[0] === 'ing' && /^[^aeiouy]y$/.test(s)) {
      w = s[0] + 'ie'; // dying, lying, tying
    } else if (!(m[0] === 'ing' && /^(?:inn|out|cann|herr|earr|even)$/.test(s)) && /[aeiouy]/.test(s)) {
      if (/(?:at|bl|iz)$/.test(s)) s += 'e';
      else if (/([bdfgmnprt])\1$/.test(s)) s = /^[aeo]..$/.test(s) ? s : s.slice(0, -1); // hopp; not add
      else if (s.length <= p1 && endsShort(s)) s += 'e'; // hop -> hope
      w = s;
    }
  }

  // Step 1c: y after a consonant that is not the first letter.
  w = w.replace(/(.[^aeiouy])[yY]$/, '$1i');

  if ((m = STEP2_RE.exec(w)) && m.index >= p1) {
    const s = m[0], before = w[m.index - 1];
    if ((s !== 'ogi' || before === 'l') && (s !== 'li' || 'cdeghkmnrt'.includes(before))) {
      w = w.slice(0, m.index) + STEP2[s];
    }
  }

  if ((m = STEP3_RE.exec(w)) && m.index >= p1 && (m[0] !== 'ative' || m.index >= p2)) {
    w = w.slice(0, m.index) + STEP3[m[0]];
  }

  if ((m = STEP4_RE.exec(w)) && m.index >= p2 && (m[0] !== 'ion' || /[st]/.test(w[m.index - 1]))) {
    w = w.slice(0, m.index);
  }

  // Step 5: a final e in R2 (or in R1 after no short syllable), or ll in R2.
  const n = w.length - 1;
  if ((w[n] === 'e' && (n >= p2 || (n >= p1 && !endsShort(w.slice(0, n)))))
    || (w[n] === 'l' && n >= p2 && w[n - 1] === 'l')) w = w.slice(0, n);

  return yFound ? w.replace(/Y/g, 'y') : w;
}
