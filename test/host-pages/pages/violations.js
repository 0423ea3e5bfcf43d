// The host page's own CSP watch, loaded (classic, same-origin) before anything else: every
// securitypolicyviolation of the page, from the document or any shadow root, into window.cspViolations.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
    sample: event.sample,
    target: event.composedPath()[0]?.nodeName ?? null,
  });
});
