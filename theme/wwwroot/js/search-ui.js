// The search page's client: runs queries as the visitor types or submits, shows filters with counts and
// results with marked excerpts, announces the outcome in a live region, and lets arrow keys move between
// the box and the results. The query and ticked filters live in the address (?q=…&nation=wales), so a
// reload, a shared link or the back button gives the same search. Loaded by search-loader.js; the engine is search-core.js.
const PAGE_SIZE = 10;
const TYPING_DELAY = 150;
const FACETS = ['type', 'nation', 'topic'];
// The words the page writes, in English unless the page gives its own language's (data-search-words, from the site's
// strings files); {0} and {1} are filled in here.
const ENGLISH = {
  search_unavailable: 'Search is not available right now. Please try again later.',
  search_none: 'No results for “{0}”.', search_one: '{0} result for “{1}”.', search_other: '{0} results for “{1}”.',
  search_on: '({0} on)', search_did_you_mean: 'Did you mean ', search_included: '? The results include it. ',
  search_partial: 'No page has all of your words: these are results for some of your words.',
  facet_type: 'Type', facet_nation: 'Nation', facet_topic: 'Topic',
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const fill = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);
const WIDE = '(min-width: 48rem)';

export async function start(root) {
  const words = { ...ENGLISH, ...(root.dataset.searchWords ? JSON.parse(root.dataset.searchWords) : {}) };
  const [core, stemmer] = await Promise.all([import(root.dataset.searchCore), import(root.dataset.searchStemmer)]);
  const manifestUrl = new URL(root.dataset.searchManifest, location.href);
  const base = new URL('.', manifestUrl);
  const load = async (path) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`Search index file ${path}: ${response.status}`);
    return response.json();
  };
  const client = new core.SearchIndexClient(manifestUrl.pathname.slice(base.pathname.length), load, stemmer.stem);
  const manifest = await client.manifest;

  const form = root.querySelector('form');
  const input = form.querySelector('input[name="q"]');
  const status = root.querySelector('[data-search-status]');
  const note = root.querySelector('[data-search-note]');
  const list = root.querySelector('[data-search-results]');
  const more = root.querySelector('[data-search-more]');
  const panel = root.querySelector('[data-search-panel]');
  const onCount = root.querySelector('[data-search-filter-count]');
  const boxes = buildFilters(root.querySelector('[data-search-filters]'), manifest, words);

  // Filters sit beside the results on wide screens and fold behind their button on phones.
  const wide = matchMedia(WIDE);
  const fit = () => { panel.open = wide.matches; };
  fit();
  wide.addEventListener('change', fit);

  /** Ticks the boxes the address names; returns the address's query. */
  const restore = () => {
    const params = new URLSearchParams(location.search);
    for (const facet of FACETS) {
      const wanted = params.getAll(facet);
      for (const box of boxes[facet]) box.input.checked = wanted.includes(box.input.value);
    }
    return params.get('q') ?? '';
  };
  restore();

  let latest = 0;
  let shown = [];
  let current = null;
  let timer = 0;

  const filters = () => Object.fromEntries(FACETS.map((facet) =>
    [facet, boxes[facet].filter((b) => b.input.checked).map((b) => b.input.value)]));

  let askedFor = '';

  async function run(typing) {
    const text = input.value;
    // The same question twice (typing that ended while the client loaded, then its delayed run) would
    // rebuild the list under a visitor who may already be moving through it with the arrow keys.
    const question = JSON.stringify([text, filters(), typing]);
    if (question === askedFor) return;
    askedFor = question;
    const ticket = ++latest;
    let result;
    try {
      result = await client.search(text, filters(), typing);
    } catch (error) {
      askedFor = '';
      status.textContent = words.search_unavailable;
      throw error;
    }
    if (ticket !== latest) return; // A newer query has started; its answer wins.
    // Excerpts mark the words a typo was taken for, as they are what the results matched.
    const meant = new Map(result.corrections.map(({ word, correction }) => [word, correction]));
    current = { ...result, marked: { ...result.query, words: result.query.words.map((w) => ({ ...w, word: meant.get(w.word) ?? w.word })) } };
    shown = [];
    list.replaceChildren();
    const ticked = updateFilters(boxes, result.counts);
    onCount.textContent = ticked > 0 ? ` ${fill(words.search_on, ticked)}` : '';
    remember(text, typing);
    showNote(note, result, words);
    if (result.query.words.length === 0) {
      status.textContent = '';
      more.hidden = true;
      return;
    }
    await showMore(ticket);
    const count = result.hits.length;
    status.textContent = count === 0
      ? fill(words.search_none, text.trim())
      : fill(count === 1 ? words.search_one : words.search_other, count, text.trim());
  }

  /** Writes the query and filters into the address: a new history entry for a search asked for, not for each keystroke. */
  function remember(text, typing) {
    const params = new URLSearchParams();
    if (text.trim()) params.set('q', text);
    for (const [facet, values] of Object.entries(filters())) for (const value of values) params.append(facet, value);
    const address = params.size ? `?${params}` : location.pathname;
    if (address === (location.search || location.pathname)) return;
    if (typing) history.replaceState(null, '', address); else history.pushState(null, '', address);
  }

  window.addEventListener('popstate', () => {
    input.value = restore();
    clearTimeout(timer);
    run(false);
  });

  async function showMore(ticket) {
    const next = current.hits.slice(shown.length, shown.length + PAGE_SIZE);
    const records = await Promise.all(next.map((hit) => client.record(hit.doc)));
    if (ticket !== latest) return;
    records.forEach((record) => {
      list.append(resultItem(record, core.excerpt(record, current.marked, stemmer.stem), manifest, words));
      shown.push(record);
    });
    more.hidden = shown.length >= current.hits.length;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(false);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(true), TYPING_DELAY);
  });
  root.querySelector('[data-search-filters]').addEventListener('change', () => run(false));
  more.addEventListener('click', async () => {
    const first = shown.length;
    await showMore(latest);
    list.querySelectorAll('a')[first]?.focus();
  });

  // Arrow keys: from the box down into the results, between results, and Escape back to the box.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      links[at + 1]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1]).focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
    }
  });

  // Words typed while the client loaded are still being typed when the visitor is in the box, so the
  // last one may be unfinished; a query from ?q= is complete.
  if (input.value.trim()) await run(document.activeElement === input);
}

function buildFilters(container, manifest, words) {
  const boxes = {};
  for (const facet of FACETS) {
    const legendText = words[`facet_${facet}`];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = legendText;
    fieldset.append(legend);
    boxes[facet] = manifest.facets[facet].map(([id, label]) => {
      const wrapper = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = facet;
      input.value = id;
      const text = document.createElement('span');
      wrapper.append(input, text);
      fieldset.append(wrapper);
      return { input, text, label, wrapper };
    });
    container.append(fieldset);
    boxes[facet].fieldset = fieldset;
  }
  return boxes;
}

/** Says when a word was taken for another ("Did you mean") and when results have only some of the words. */
function showNote(note, result, words) {
  note.replaceChildren();
  if (result.corrections.length > 0) {
    const meant = new Map(result.corrections.map(({ word, correction }) => [word, correction]));
    const text = result.query.words.map(({ word }) => meant.get(word) ?? word).join(' ');
    const params = new URLSearchParams(location.search);
    params.set('q', text);
    const link = document.createElement('a');
    link.href = `?${params}`;
    link.textContent = text;
    note.append(words.search_did_you_mean, link, words.search_included);
  }
  if (result.partial) note.append(words.search_partial);
  note.hidden = note.childNodes.length === 0;
}

/** Shows each filter value's count, hiding values that would give nothing; returns how many values are ticked. */
function updateFilters(boxes, counts) {
  let ticked = 0;
  for (const facet of FACETS) {
    let visible = 0;
    for (const box of boxes[facet]) {
      const count = counts[facet][box.input.value];
      box.text.textContent = ` ${box.label} (${count})`;
      box.wrapper.hidden = count === 0 && !box.input.checked;
      if (!box.wrapper.hidden) visible++;
      if (box.input.checked) ticked++;
    }
    boxes[facet].fieldset.hidden = visible === 0;
  }
  return ticked;
}

function resultItem(record, pieces, manifest, words) {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = record.url;
  link.textContent = record.title;
  if (record.lang !== document.documentElement.lang.slice(0, 2)) link.lang = record.lang;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-meta';
  meta.textContent = manifest.facets.type.find(([id]) => id === record.type)?.[1] ?? record.type;
  if (record.date) {
    const time = document.createElement('time');
    time.dateTime = record.date;
    // As the site writes dates ("9 June 2025", "9 Mehefin 2025"), from the page's month names.
    const [year, month, day] = record.date.split('-').map(Number);
    time.textContent = `${day} ${words.months[month - 1]} ${year}`;
    meta.append(' · ', time);
  }

  const text = document.createElement('p');
  text.className = 'search-excerpt';
  if (record.lang !== 'en') text.lang = record.lang;
  for (const piece of pieces) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      text.append(mark);
    } else {
      text.append(piece.text);
    }
  }
  item.append(heading, meta, text);
  return item;
}
