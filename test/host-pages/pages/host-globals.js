// hostGlobals(): what a script can add to a page besides elements: window's own properties, built-in
// prototypes' own properties, and document-level styles. Run in the page (the globals page's module, and
// the test through page.evaluate); returns plain JSON.
export function hostGlobals() {
  const prototypes = { Object, Array, Function, String, Promise, Element, HTMLElement, Node, EventTarget, Document };
  return {
    keys: Object.keys(window),
    names: Object.getOwnPropertyNames(window),
    symbols: Object.getOwnPropertySymbols(window).map(String),
    prototypes: Object.fromEntries(
      Object.entries(prototypes).map(([name, constructor]) => [name, Object.getOwnPropertyNames(constructor.prototype)]),
    ),
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    styleElements: document.querySelectorAll('style').length,
    head: [...document.head.children].map((child) => child.outerHTML),
  };
}
