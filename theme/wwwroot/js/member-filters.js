// The member directory, enhanced. Without this script every nation and type link opens its own
// pre-built page (/members/nation/wales/type/charity/), so the filters combine with links alone.
// With it:
// - on the page of all members (when they fit on one page), nation and type filter in place and
//   combine: the list, heading, counts on the links, their addresses, aria-current and the title
//   follow, and the filter page's address is recorded so Back, Forward and reload agree;
// - a box finds members by name or place as the visitor types, across every page of the current
//   filter (the other pages are fetched once, on first use).
(() => {
  const list = document.getElementById('member-list');
  const nav = document.querySelector('[data-member-filters]');
  const find = document.querySelector('[data-member-find]');
  if (!list || !nav) return;

  const heading = document.getElementById('members-title');
  const count = document.getElementById('members-count');
  const total = Number(count.dataset.total);
  const links = Array.from(nav.querySelectorAll('a[data-nation], a[data-type]'));
  const items = Array.from(list.querySelectorAll('.members > li'));
  const groups = Array.from(list.querySelectorAll('.letter-group'));
  const az = document.querySelector('.az');
  const pagination = document.querySelector('.pagination');
  const allTitle = document.title;
  const separator = allTitle.lastIndexOf(' | ');
  const siteSuffix = separator >= 0 ? allTitle.slice(separator) : '';
  const complete = list.hasAttribute('data-complete') && 'pushState' in history;
  const state = { nation: nav.dataset.nation || '', type: nav.dataset.type || '' };
  // The count sentence as the filters left it, put back when the name box is emptied.
  let listed = Array.from(count.childNodes);

  // The page's words and addresses in its own language, from the filter list's data-text-* and data-base.
  const strings = nav.dataset;
  const locale = document.documentElement.lang || 'en-GB';
  const fill = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);
  const number = (value) => value.toLocaleString(locale);
  const nameOf = (kind, id) => links.find((l) => l.dataset[kind] === id).dataset.name;
  const fits = (item, nation, type) =>
    (nation === '' || item.dataset.nations.split(' ').includes(nation)) && (type === '' || item.dataset.type === type);
  // The same addresses and headings as MemberDirectory.UrlOf and MemberDirectoryPages.TitleOf.
  const urlOf = (nation, type) => strings.base + (nation ? `nation/${nation}/` : '') + (type ? `type/${type}/` : '');
  const titleOf = (nation, type) => {
    if (!nation && !type) return strings.textAll;
    if (!type) return fill(strings.textIn, nameOf('nation', nation));
    if (!nation) return fill(strings.textOfType, nameOf('type', type));
    return fill(strings.textInOfType, nameOf('nation', nation), nameOf('type', type));
  };

  /** Shows the members of state.nation and state.type, in place, and brings every link up to date. */
  const applyFilters = () => {
    let shown = 0;
    for (const item of items) {
      item.hidden = !fits(item, state.nation, state.type);
      if (!item.hidden) shown += 1;
    }
    // A letter with no member left is hidden, and so is its link in the A to Z.
    for (const group of groups) {
      group.hidden = !Array.from(group.querySelectorAll('li')).some((item) => !item.hidden);
    }
    for (const letter of az ? az.querySelectorAll('a') : []) {
      const target = document.getElementById(new URL(letter.href).hash.slice(1));
      letter.parentElement.hidden = Boolean(target && target.closest('.letter-group').hidden);
    }
    // Each link keeps the other filter, as the pre-built pages' links do; an empty choice is hidden as there.
    for (const link of links) {
      const isNation = 'nation' in link.dataset;
      const nation = isNation ? link.dataset.nation : state.nation;
      const type = isNation ? state.type : link.dataset.type;
      const matching = items.filter((item) => fits(item, nation, type)).length;
      const chosen = isNation ? nation === state.nation : type === state.type;
      link.href = urlOf(nation, type);
      link.querySelector('[data-count]').textContent = `(${number(matching)})`;
      link.parentElement.hidden = matching === 0 && !chosen && link.dataset[isNation ? 'nation' : 'type'] !== '' && (!isNation || state.type !== '');
      if (chosen) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    nav.querySelector('[data-filter-summary]').textContent = `${nameOf('nation', state.nation)}, ${nameOf('type', state.type).toLowerCase()}`;
    const title = titleOf(state.nation, state.type);
    heading.textContent = title;
    document.title = title === strings.textAll ? allTitle : title + siteSuffix;
    count.replaceChildren(...listed);
    count.querySelector('[data-shown]').textContent = number(shown);
    if (find) findMembers();
  };

  if (complete) {
    nav.addEventListener('click', (event) => {
      const link = event.target.closest('a[data-nation], a[data-type]');
      // Let the browser handle new tabs and windows (middle click, Ctrl, Cmd, Shift).
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (link.getAttribute('aria-current') === 'page') return;
      if ('nation' in link.dataset) state.nation = link.dataset.nation;
      else state.type = link.dataset.type;
      applyFilters();
      history.pushState({ memberFilter: { ...state } }, '', link.href);
    });

    window.addEventListener('popstate', (event) => {
      const saved = event.state && event.state.memberFilter;
      if (!saved) return;
      Object.assign(state, saved);
      applyFilters();
    });

    history.replaceState({ memberFilter: { ...state } }, '', location.href);
  }

  // Finding by name or place. Accents and case are ignored; every word typed must appear.
  const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const input = find && find.querySelector('input[type=search]');
  // The list of matches is made on the first search, not at load, so a visit that never searches does not change
  // the page during its first layout (Lighthouse's blocking time on /members/ at 240 members: 60 ms, then 0-20 ms).
  let matches = null;
  const matchList = () => {
    if (!matches) {
      matches = document.createElement('ul');
      matches.className = 'members member-matches';
      list.after(matches);
    }
    return matches;
  };
  let everyone = null;

  /** Every member of this filter, A to Z: this page's, and the other pages' fetched once. */
  const loadAll = async () => {
    const pages = (list.dataset.pages || '').split(' ').filter(Boolean);
    if (pages.length === 0) return items;
    const parsed = await Promise.all(pages.map(async (url) => {
      if (url === list.dataset.page) return items;
      const response = await fetch(url);
      if (!response.ok) return [];
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      return Array.from(page.querySelectorAll('#member-list .members > li'));
    }));
    return parsed.flat();
  };

  const findMembers = async () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      if (matches) {
        matches.hidden = true;
        matches.replaceChildren();
      }
      list.hidden = false;
      if (az) az.hidden = false;
      if (pagination) pagination.hidden = false;
      count.replaceChildren(...listed);
      return;
    }
    if (everyone === null) everyone = loadAll();
    const candidates = (await everyone).filter((item) => fits(item, state.nation, state.type));
    // Typing may have moved on while the other pages loaded.
    if (fold(input.value).split(/\s+/).filter(Boolean).join(' ') !== words.join(' ')) return;
    const found = candidates.filter((item) => {
      const text = fold(item.textContent);
      return words.every((word) => text.includes(word));
    });
    const shownMatches = matchList();
    shownMatches.replaceChildren(...found.map((item) => { const copy = item.cloneNode(true); copy.hidden = false; return copy; }));
    shownMatches.hidden = false;
    list.hidden = true;
    if (az) az.hidden = true;
    if (pagination) pagination.hidden = true;
    const typed = input.value.trim();
    count.textContent = found.length === 0
      ? fill(strings.textNone, typed)
      : fill(strings.textMatch, number(found.length), number(candidates.length), typed);
  };

  if (input) {
    find.addEventListener('submit', (event) => event.preventDefault());
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(findMembers, 150);
    });
  }
})();
