// The one Chromium every test and benchmark uses: Debian's (or CHROME_PATH), headless, never a
// downloaded browser, with the flags this closed network needs.

/** The browser binary: `CHROME_PATH` when set, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for every launch: no sandbox (root in CI), software rendering, no background network traffic. */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

/** Maps every host but 127.0.0.1 to "not found", so a page cannot reach outside this machine. */
export const loopbackOnlyArg = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
