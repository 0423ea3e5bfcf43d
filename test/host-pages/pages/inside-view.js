// insideView(): what each element of the host page's <body> shows inside its shadow root (nested
// <sh-avatar>s included), to compare the page with and without a host stylesheet. Run in the page
// through page.evaluate; returns plain JSON.
//
// Boxes are relative to the element's outermost part (its base or card), not to the host element: the
// host's own box belongs to the page (see hostile-css.test.mjs). Canvases are recorded where they can be
// seen (the topmost element at their centre).
export function insideView() {
  const round = (n) => Math.round(n * 100) / 100;
  const fnv1a = (bytes) => {
    let hash = 2166136261;
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 16777619);
    return (hash >>> 0).toString(16);
  };
  const ownText = (element) =>
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== '');
  const view = {};
  for (const host of document.body.children) {
    if (!host.localName.startsWith('sh-')) continue;
    const outermost = host.shadowRoot.querySelector('[part]');
    const origin = outermost.getBoundingClientRect();
    const parts = {};
    const canvases = {};
    const images = {};
    const walk = (root, prefix) => {
      for (const [index, element] of [...root.querySelectorAll('*')].entries()) {
        if (!element.checkVisibility()) continue;
        const part = element.getAttribute('part');
        const name = `${prefix}${element.localName}${part ? `[part="${part}"]` : ''}#${index}`;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        if (part) {
          parts[name] = [round(box.x - origin.x), round(box.y - origin.y), round(box.width), round(box.height)].join(' ');
          if (ownText(element)) parts[name] += ` ${style.fontSize}/${style.lineHeight} ${style.fontFamily.split(',')[0]} ${style.color}`;
        }
        // Canvases that can be seen: a list row clipped by its scroller waits to be painted until it is.
        const seen = () => root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === element;
        if (element.localName === 'canvas' && seen()) {
          canvases[name] = element.width
            ? `${element.width}×${element.height} ${fnv1a(element.getContext('2d').getImageData(0, 0, element.width, element.height).data)}`
            : 'unpainted';
        }
        if (element.localName === 'img') {
          const hit = root.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
          images[name] = `${style.display} ${style.visibility} opacity ${style.opacity} ${element.naturalWidth > 0 ? 'loaded' : 'not loaded'} ${hit === element ? 'on top' : 'covered'}`;
        }
        if (element.shadowRoot) walk(element.shadowRoot, `${name} > `);
      }
    };
    walk(host.shadowRoot, '');
    view[host.id] = { parts, canvases, images };
  }
  return view;
}
