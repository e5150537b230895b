// The browser's Welsh search key against the word list the C# tests read (WelshMutationsTests): the index is
// built in C# and queries are keyed in JS, so both must give every mutated form its radical's key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { welshKey } from '../../theme/wwwroot/js/welsh-mutations.js';

const list = readFileSync(new URL('../Movement.Site.Tests/Languages/Data/welsh-mutations.tsv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.length > 0 && !l.startsWith('#')).map((l) => l.split('\t'))
  .map(([form, radical]) => ({ form: form.replace(/^!/, ''), radical, undone: !form.startsWith('!') }));

test('every mutated form of the word list has its radical\'s key', () => {
  const wrong = list.filter((w) => w.undone && welshKey(w.form) !== welshKey(w.radical)).map((w) => `${w.form} -> ${welshKey(w.form)}`);
  assert.deepEqual(wrong, []);
  assert.ok(list.length > 60);
});

test('soft g, which drops the letter, is not undone', () => {
  for (const w of list.filter((x) => !x.undone)) assert.notEqual(welshKey(w.form), welshKey(w.radical), w.form);
});

test('the key is the one C# gives for sample words', () => {
  // The same values WelshMutationsTests and SearchIndex tests rely on.
  assert.equal(welshKey('nghymru'), 'cymru');
  assert.equal(welshKey('phlant'), 'plant');
  assert.equal(welshKey('ffordd'), 'ffordd');
  assert.equal(welshKey('yn'), 'yn');
});
