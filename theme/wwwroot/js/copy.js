// Copy buttons for the partner snippets on resource pages. The buttons are hidden in the HTML and
// shown here only where copying can work; without them the code is still selectable text.
(() => {
  const status = document.getElementById('copy-status');
  if (!status || !navigator.clipboard || !window.isSecureContext) return;

  let clearing;
  const announce = (text) => {
    // Emptying first makes a second "Copied" a change that screen readers announce again.
    status.textContent = '';
    clearTimeout(clearing);
    setTimeout(() => { status.textContent = text; }, 50);
    clearing = setTimeout(() => { status.textContent = ''; }, 5000);
  };

  for (const button of document.querySelectorAll('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy);
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent);
        announce('Copied');
      } catch {
        announce('Could not copy. Select the code and copy it yourself.');
      }
    });
  }
})();
