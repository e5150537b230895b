// For partners' pages, optional: include it once on a page with our widgets and each widget's frame takes the
// height its card needs, at any width. It listens for the height each of our frames posts, and sets that
// frame's height attribute (no style, so a strict Content-Security-Policy has nothing to refuse).
(() => {
  const script = document.currentScript;
  if (!script || !script.src) {
    return;
  }

  const embeds = new URL(script.src).origin + '/embed/';
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'movement-embed-height' || !Number.isFinite(data.height)) {
      return;
    }

    const height = String(Math.round(Math.min(Math.max(data.height, 80), 4000)));
    for (const frame of document.getElementsByTagName('iframe')) {
      // Only our own frames, and only the one that spoke: the message's origin is opaque (the frame is sandboxed).
      if (frame.contentWindow === event.source && frame.src.startsWith(embeds) && frame.getAttribute('height') !== height) {
        frame.setAttribute('height', height);
      }
    }
  });
})();
