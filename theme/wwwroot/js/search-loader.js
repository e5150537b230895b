// The /search/ page's only script at load: it fills the box from the address (?q=, which the header's search
// box sends) and loads the search client only when it is needed, that is when the address has a query or
// the visitor starts typing. The client's files have fingerprinted names, so the page passes their URLs in data attributes.
const root = document.querySelector('[data-search-manifest]');
if (root) {
  const input = root.querySelector('input[name="q"]');
  let client = null;
  const start = () => {
    // The client's modules are fetched side by side, not each after the one that imports it.
    client ??= Promise.all([root.dataset.searchUi, root.dataset.searchCore, root.dataset.searchStemmer].map((url) => import(url)))
      .then(([ui]) => ui.start(root));
    return client;
  };
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    start();
  } else {
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', start, { once: true });
  }
}
