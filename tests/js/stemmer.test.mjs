// Checks the browser stemmer against the Snowball English vocabulary shared with the C# tests:
// the site index is stemmed in C# and queries in JS, so both must agree on every word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { stem } from '../../theme/wwwroot/js/english-stemmer.js';

const dataDir = new URL('../Movement.Site.Tests/Search/Data/snowball-english/', import.meta.url);
const lines = (name) => readFileSync(new URL(name, dataDir), 'utf8').replace(/\n$/, '').split('\n');

test('every vocabulary word stems as Snowball does', () => {
  const words = lines('voc.txt');
  const expected = lines('output.txt');
  assert.equal(words.length, expected.length);

  const mismatches = [];
  words.forEach((word, i) => {
    const actual = stem(word);
    if (actual !== expected[i]) mismatches.push(`line ${i + 1}: ${word} -> ${actual}, expected ${expected[i]}`);
  });
  assert.equal(mismatches.length, 0,
    `${mismatches.length} of ${words.length} words stem wrongly:\n${mismatches.slice(0, 20).join('\n')}`);
});

test('stems typical words', () => {
  const cases = {
    babies: 'babi', campaigning: 'campaign', generously: 'generous', generate: 'generat',
    communication: 'communic', hoping: 'hope', hopping: 'hop', falling: 'fall', cries: 'cri',
    ties: 'tie', gas: 'gas', gaps: 'gap', sayings: 'say', youth: 'youth',
    nationalization: 'nation', "dog's": 'dog',
  };
  for (const [word, expected] of Object.entries(cases)) assert.equal(stem(word), expected, word);
});

test('stems special words from the exception lists', () => {
  const cases = { skies: 'sky', dying: 'die', news: 'news', succeeding: 'succeed', innings: 'inning' };
  for (const [word, expected] of Object.entries(cases)) assert.equal(stem(word), expected, word);
});

test('leaves words of one or two letters alone', () => {
  for (const word of ['a', 'is', "'s"]) assert.equal(stem(word), word);
});
