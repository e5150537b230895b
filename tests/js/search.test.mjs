// Runs the browser's search engine (search-core.js) in Node over the demo site's index, built by the real
// CLI, and holds it to the same tokeniser cases and relevance expectations as the C# engine.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem } from '../../theme/wwwroot/js/english-stemmer.js';
import { stem as welshKey } from '../../theme/wwwroot/js/welsh-mutations.js';
import { words, SearchIndexClient, excerpt, parseQuery, editDistance } from '../../theme/wwwroot/js/search-core.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const data = (name) => JSON.parse(readFileSync(join(root, 'tests/Movement.Site.Tests/Search/Data', name), 'utf8'));

let site;
let loaded;
// Each language has its own index; its search page names its manifest (/search/ and /cy/search/).
const open = (lang = 'en') => {
  const folder = join(site, 'search');
  const page = readFileSync(join(site, lang === 'en' ? '' : lang, 'search', 'index.html'), 'utf8');
  const manifest = page.match(/data-search-manifest="\/search\/(manifest\.[0-9a-f]+\.json)"/)[1];
  const load = async (path) => {
    loaded.push(path);
    return JSON.parse(readFileSync(join(folder, path), 'utf8'));
  };
  loaded = [];
  return new SearchIndexClient(manifest, load, lang === 'cy' ? welshKey : stem);
};

before(() => {
  site = mkdtempSync(join(tmpdir(), 'movement-search-'));
  execFileSync('dotnet', ['run', '--project', join(root, 'src/Movement.Cli'), '--', 'build',
    '--input', join(root, 'input'), '--output', site], { stdio: 'pipe' });
  process.on('exit', () => rmSync(site, { recursive: true, force: true }));
});

test('text is cut into the same words as in C#', () => {
  for (const { text, words: expected } of data('tokeniser-cases.json')) {
    assert.deepEqual(words(text), expected, text);
  }
});

test('edits between words are counted as in C#', () => {
  for (const { a, b, distance } of data('edit-distance-cases.json')) {
    assert.equal(editDistance(a, b), distance, `${a} ${b}`);
    assert.equal(editDistance(b, a), distance, `${b} ${a}`);
  }
});

test('the relevance set: precision at 1 and 3, and the same top three as the C# engine', async () => {
  const client = open();
  const golden = data('relevance-top3.json');
  let first = 0;
  let three = 0;
  const cases = data('relevance.json');
  for (const [i, { query, typing, filters, expect }] of cases.entries()) {
    const { hits } = await client.search(query, filters ?? {}, typing ?? false);
    const urls = await Promise.all(hits.slice(0, 3).map(async (hit) => (await client.record(hit.doc)).url));
    const rank = urls.indexOf(expect) + 1;
    if (rank === 1) first++;
    if (rank >= 1) three++;
    assert.deepEqual(urls, golden[i].top3, `${query} ${JSON.stringify(filters ?? {})}: the C# engine's top three differ`);
  }
  console.log(`Relevance set (JS client): ${cases.length} queries; precision@1 ${(first / cases.length).toFixed(2)}, precision@3 ${(three / cases.length).toFixed(2)}`);
});

test('the Welsh index finds a word in any of its mutated forms, and holds no English page', async () => {
  const client = open('cy');
  for (const query of ['Cymru', 'Gymru', 'Nghymru', 'chymru']) {
    const { hits } = await client.search(query);
    const urls = await Promise.all(hits.map(async (hit) => (await client.record(hit.doc)).url));
    assert.ok(urls.includes('/cy/amdanom/'), `${query}: ${urls}`);
    assert.ok(urls.every((url) => url.startsWith('/cy/')), `${query}: ${urls}`);
  }
});

test('a query downloads the manifest and only the chunks of its terms', async () => {
  const client = open();
  const { hits } = await client.search('Fife');
  assert.equal(hits.length, 1);
  assert.equal(loaded.length, 2);
  assert.match(loaded[0], /^manifest\.[0-9a-f]{10}\.json$/);
  assert.match(loaded[1], /^t\/[0-9a-f]{10}\.json$/);

  await client.search('"parent-infant relationship"');
  assert.ok(loaded.some((path) => path.startsWith('p/')), 'a phrase needs word positions');
});

test('a word that matches nothing fetches one letter\'s vocabulary, and is corrected to the nearest word', async () => {
  const client = open();
  const { hits, corrections } = await client.search('helth visiting');
  assert.deepEqual(corrections, [{ word: 'helth', correction: 'health' }]);
  assert.equal((await client.record(hits[0].doc)).url, '/members/institute-of-health-visiting/');
  assert.equal(loaded.filter((path) => path.startsWith('v/')).length, 1);

  const first = open();
  await first.search('health visiting');
  assert.equal(loaded.filter((path) => path.startsWith('v/')).length, 0, 'words that match need no vocabulary');
});

test('when no page has every word, pages with some of them come, most words first', async () => {
  const client = open();
  const { hits, partial } = await client.search('Cardiff Blackpool');
  assert.equal(partial, true);
  const urls = await Promise.all(hits.map(async (hit) => (await client.record(hit.doc)).url));
  assert.deepEqual(urls.slice(0, 2).sort(), ['/members/better-start-blackpool/', '/members/cardiff-baby-bonding-cafe/']);
  assert.equal((await client.search('"Cardiff Blackpool"')).hits.length, 0, 'quoted words are asked for exactly');
});

test('filters count what each value would give and narrow the results', async () => {
  const client = open();
  const all = await client.search('Wolverhampton');
  const members = await client.search('Wolverhampton', { type: ['member'] });
  assert.equal(members.hits.length, all.counts.type.member);
  assert.ok(members.hits.length < all.hits.length);
  assert.equal(members.counts.type.news, all.counts.type.news, 'a filter does not change its own counts');
  for (const hit of members.hits) assert.equal((await client.record(hit.doc)).type, 'member');
});

test('the excerpt marks the words that matched, in any of their forms', async () => {
  const client = open();
  const { hits, query } = await client.search('baby bonding');
  const record = await client.record(hits[0].doc);
  const marked = excerpt(record, query, stem).filter((p) => p.mark).map((p) => p.text.toLowerCase());
  assert.ok(marked.length > 0);
  for (const word of marked) assert.match(word, /^(bab|bond)/, word);
});

test('an unfinished last word is a prefix only while typing', () => {
  assert.equal(parseQuery('card', true, 3).words[0].isPrefix, true);
  assert.equal(parseQuery('card ', true, 3).words[0].isPrefix, false);
  assert.equal(parseQuery('card', false, 3).words[0].isPrefix, false);
  assert.equal(parseQuery('"card', true, 3).words[0].isPrefix, false);
});
