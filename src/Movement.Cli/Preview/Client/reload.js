// Movement preview: reloads the page after each good rebuild, and shows a failed rebuild's errors over the
// page (which stays the last good build). Served only by `movement preview`; never part of a built site.
// No inline script or style: the overlay is built with the DOM and styled by /_movement/overlay.css.
(() => {
  'use strict';
  const script = document.currentScript;
  const start = script.dataset.start;
  const build = script.dataset.build;
  let overlay = null;
  let focusBefore = null;

  const close = () => {
    if (!overlay) return;
    overlay.remove();
    overlay = null;
    document.removeEventListener('keydown', onKey);
    if (focusBefore && focusBefore.focus) focusBefore.focus();
  };

  const onKey = (event) => {
    if (event.key === 'Escape') close();
  };

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const stylesheet = () => {
    if (document.querySelector('link[data-movement-preview]')) return;
    const link = element('link');
    link.rel = 'stylesheet';
    link.href = '/_movement/overlay.css';
    link.dataset.movementPreview = '';
    document.head.appendChild(link);
  };

  const show = (report) => {
    close();
    stylesheet();
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    overlay = element('div', 'movement-preview');
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'movement-preview-title');
    overlay.setAttribute('aria-describedby', 'movement-preview-help');
    const box = element('div', 'movement-preview__box');
    const title = element('h2', 'movement-preview__title', `The site has ${errors} error${errors === 1 ? '' : 's'}`);
    title.id = 'movement-preview-title';
    const help = element('p', 'movement-preview__help', report.build > 0
      ? `You are seeing the last good build (${report.build}). Fix the file and save: this page reloads by itself.`
      : 'Nothing has built yet. Fix the file and save: this page reloads by itself.');
    help.id = 'movement-preview-help';
    const list = element('ol', 'movement-preview__list');
    for (const diagnostic of report.diagnostics) {
      const item = element('li', `movement-preview__item movement-preview__item--${diagnostic.severity}`);
      item.appendChild(element('pre', 'movement-preview__text', diagnostic.text));
      list.appendChild(item);
    }
    const button = element('button', 'movement-preview__close', 'Close');
    button.type = 'button';
    button.addEventListener('click', close);
    box.append(title, help, list, button);
    overlay.appendChild(box);
    focusBefore = document.activeElement;
    document.body.appendChild(overlay);
    document.addEventListener('keydown', onKey);
    button.focus();
  };

  const events = new EventSource('/_movement/events');
  // On every (re)connection: a different server run or a newer good build means this page is out of date.
  events.addEventListener('hello', (event) => {
    const now = JSON.parse(event.data);
    if (now.start !== start || String(now.build) !== build) window.location.reload();
  });
  events.addEventListener('reload', () => window.location.reload());
  events.addEventListener('errors', (event) => show(JSON.parse(event.data)));
})();
