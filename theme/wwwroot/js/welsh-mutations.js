// The search term of a Welsh word: its first consonant with every mutation undone, as
// Movement.Site.Search.WelshMutations does when it builds the index (see there for the rules and their cost).
// Both are tested on one word list, tests/Movement.Site.Tests/Languages/Data/welsh-mutations.tsv.

// Longest first: "ngh" before "ng", "ll" before "l", "ff" (a radical letter of its own) before "f".
const INITIALS = [
  ['ngh', 'c'], ['mh', 'p'], ['nh', 't'], ['ng', 'c'], ['ch', 'c'], ['ph', 'p'], ['th', 't'], ['dd', 't'],
  ['ff', 'ff'], ['ll', 'l'], ['rh', 'r'],
  ['c', 'c'], ['g', 'c'], ['p', 'p'], ['b', 'p'], ['f', 'p'], ['m', 'p'], ['t', 't'], ['d', 't'], ['n', 't'],
  ['l', 'l'], ['r', 'r'],
];

export const MIN_LENGTH = 3;

/** The search client takes a language's term function as `stem`; for Welsh it is the mutation key. */
export const stem = (word) => welshKey(word);

/** The key of a lower-cased, accent-free Welsh word: "nghymru" and "gymru" give "cymru". */
export function welshKey(word) {
  if (word.length < MIN_LENGTH) return word;
  for (const [initial, key] of INITIALS) {
    if (word.startsWith(initial)) return initial === key ? word : key + word.slice(initial.length);
  }
  return word;
}
