// Filters the member directory in place. Without this script every filter link opens its own
// pre-built page (/members/nation/wales/); with it, the page of all members shows the matching
// members at once, updates the heading, the count (a polite live region), aria-current and the
// title, and records the filter page's address so Back, Forward and reload all agree.
(() => {
  const list = document.getElementById('member-list');
  const nav = document.querySelector('[data-member-filters]');
  // Only the page of all members holds every member; a filtered page cannot show the others.
  if (!list || !nav || !list.hasAttribute('data-complete') || !('pushState' in history)) return;

  const heading = document.getElementById('members-title');
  const shown = document.querySelector('#members-count [data-shown]');
  const links = Array.from(nav.querySelectorAll('a[data-filter]'));
  const items = Array.from(list.querySelectorAll('.members > li'));
  const groups = Array.from(list.querySelectorAll('.letter-group'));
  const letters = Array.from(document.querySelectorAll('.az a'));
  const allTitle = document.title;
  const separator = allTitle.lastIndexOf(' | ');
  const siteSuffix = separator >= 0 ? allTitle.slice(separator) : '';

  const matches = (item, filter) => {
    const [kind, id] = filter.split(':');
    if (kind === 'nation') return item.dataset.nations.split(' ').includes(id);
    if (kind === 'type') return item.dataset.type === id;
    return true;
  };

  const apply = (link) => {
    const filter = link.dataset.filter;
    let count = 0;
    for (const item of items) {
      const visible = matches(item, filter);
      item.hidden = !visible;
      if (visible) count += 1;
    }
    // A letter with no member left is hidden, and so is its link in the A to Z.
    for (const group of groups) {
      group.hidden = !Array.from(group.querySelectorAll('li')).some((item) => !item.hidden);
    }
    for (const letter of letters) {
      const target = document.getElementById(new URL(letter.href).hash.slice(1));
      letter.parentElement.hidden = Boolean(target && target.closest('.letter-group').hidden);
    }
    for (const other of links) {
      if (other.dataset.filter === filter) other.setAttribute('aria-current', 'page');
      else other.removeAttribute('aria-current');
    }
    heading.textContent = link.dataset.heading;
    shown.textContent = String(count);
    document.title = filter === '' ? allTitle : link.dataset.heading + siteSuffix;
  };

  const linkFor = (filter) => links.find((link) => link.dataset.filter === filter);
  const linkForPath = (path) => links.find((link) => new URL(link.href).pathname === path);

  nav.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-filter]');
    // Let the browser handle new tabs and windows (middle click, Ctrl, Cmd, Shift).
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.getAttribute('aria-current') === 'page') return;
    apply(link);
    history.pushState({ memberFilter: link.dataset.filter }, '', link.href);
  });

  window.addEventListener('popstate', (event) => {
    const filter = event.state && typeof event.state.memberFilter === 'string' ? event.state.memberFilter : null;
    const link = filter !== null ? linkFor(filter) : linkForPath(location.pathname);
    if (link) apply(link);
  });

  history.replaceState({ memberFilter: '' }, '', location.href);
})();
