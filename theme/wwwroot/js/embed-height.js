// Runs inside a partner's iframe of an embed: tells the page around it how tall the card is, so that page can
// size the frame to it (with embed-fit.js, which partners may include). The frame works without it: its
// height attribute already comes from the artwork's proportions. It posts a number, and reads only the page's
// request to post it again: a fit script that arrives after the card has spoken asks for it.
(() => {
  const card = document.querySelector('.embed');
  if (!card || window.parent === window) {
    return;
  }

  const picture = card.querySelector('.embed-picture');
  const img = picture ? picture.querySelector('img') : null;
  let sent = 0;

  // The card's height at its natural size: the card fills the frame and its picture shrinks or grows with it,
  // so what the picture takes now is replaced by the picture at the frame's width in its own proportions.
  const measure = () => {
    const style = getComputedStyle(card);
    let height = card.lastElementChild.getBoundingClientRect().bottom + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
    if (img && img.naturalWidth > 0) {
      const box = picture.getBoundingClientRect();
      height += Math.min(img.naturalWidth, box.width) * img.naturalHeight / img.naturalWidth - box.height;
    }
    return Math.ceil(height);
  };

  const send = () => {
    const height = measure();
    if (height > 0 && height !== sent) {
      sent = height;
      window.parent.postMessage({ type: 'movement-embed-height', height }, '*');
    }
  };

  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data && event.data.type === 'movement-embed-measure') {
      sent = 0;
      send();
    }
  });
  if (img && !img.complete) {
    img.addEventListener('load', send);
  }
  new ResizeObserver(send).observe(document.documentElement);
  send();
})();
