// For partners' pages, optional: include it once on a page with our widgets and each widget's frame takes the
// height its card needs, at any width. It listens for the height each of our frames posts, and sets that
// frame's height attribute (no style, so a strict Content-Security-Policy has nothing to refuse). The only thing
// it sends is a request, with no data, for frames that spoke before it came to post their height again.
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

  // A frame that spoke before this script came (deferred, in a footer, or slower to arrive than the frame) will
  // not speak again unless its size changes: ask every frame of ours to post its height once more.
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.src.startsWith(embeds) && frame.contentWindow) {
      frame.contentWindow.postMessage({ type: 'movement-embed-measure' }, '*');
    }
  }
})();
