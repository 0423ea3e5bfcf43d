// The package as a host gets it: `npm pack`, then `npm install <tarball>` into a fresh project outside the
// repository. From that project: the token and initials exports in Node, the declarations `exports` names
// (type-checked by tsc), and the elements in headless Chromium, bundled from the installed files, plus the
// standalone bundle loaded twice on one page. Every host but 127.0.0.1 is unresolvable in the browser.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, loopbackOnlyArg } from '../../scripts/chromium.mjs';
import { apiBlock, withApiBlock } from '../../scripts/readme-api.mjs';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const elementTags = ['sh-avatar', 'sh-profile-card', 'sh-attendee-list', 'sh-avatar-group'];

// npm exports its own settings to scripts (npm_config_local_prefix=<repo>, npm_package_*...); the install
// must see the temporary project only, so those stay out, except where to find the cache and registry.
const npmEnvironment = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^npm_/i.test(name) || /^npm_config_(cache|registry|userconfig|globalconfig|.*_proxy|proxy|cafile|strict_ssl)$/i.test(name),
  ),
);
const npm = (args, cwd) => run('npm', args, { cwd, env: npmEnvironment, maxBuffer: 16 * 1024 * 1024 });

let workspace;
let project;
let installed;
let packedFiles;
let browser;
let server;
let origin;
let host;

/** An RS256 key pair from WebCrypto, the public key also as SPKI PEM. */
async function rsaKeys() {
  const { publicKey, privateKey } = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const spki = Buffer.from(await crypto.subtle.exportKey('spki', publicKey)).toString('base64');
  const publicPem = `-----BEGIN PUBLIC KEY-----\n${spki.match(/.{1,64}/g).join('\n')}\n-----END PUBLIC KEY-----\n`;
  return { publicKey, privateKey, publicPem };
}

/** Imports `specifier` as code in the temporary project would: resolved from its node_modules. */
async function importFromProject(specifier) {
  const probe = path.join(project, `probe-${specifier.replace(/\W+/g, '-')}.mjs`);
  writeFileSync(probe, `export * from '${specifier}';\nexport const resolvedFrom = import.meta.resolve('${specifier}');\n`);
  return import(pathToFileURL(probe).href);
}

/** Bundles `source` (an ES module importing the installed package) into the served directory. */
async function bundlePage(name, source) {
  const entry = path.join(project, `${name}.entry.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    outfile: path.join(project, 'public', `${name}.js`),
    absWorkingDir: project,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    metafile: true,
    logLevel: 'error',
  });
  return Object.keys(result.metafile.inputs);
}

/** A page of the test server with its page errors and console errors collected. */
async function openPage(url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(`${origin}${url}`);
  await page.waitForFunction(() => window.pageReady === true, null, { timeout: 20_000 });
  return { page, problems, close: () => context.close() };
}

/** In the page: a new <sh-avatar>, rendered and painted, and what its canvas holds. */
function paintedAvatar(page, name) {
  return page.evaluate(async (avatarName) => {
    const avatar = document.createElement('sh-avatar');
    avatar.name = avatarName;
    avatar.size = 48;
    document.body.append(avatar);
    await avatar.updateComplete;
    const canvas = avatar.shadowRoot?.querySelector('canvas');
    if (!canvas || canvas.width === 0) return { painted: 0, colours: 0, label: avatar.getAttribute('aria-label') };
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      painted += 1;
      colours.add(`${data[i] >> 4},${data[i + 1] >> 4},${data[i + 2] >> 4}`);
    }
    return { painted, pixels: data.length / 4, colours: colours.size, label: avatar.getAttribute('aria-label') };
  }, name);
}

/** In the page: a new <sh-profile-card> given `token` and `publicPem`, and the event it fires. */
function verifiedCard(page, token, publicPem) {
  return page.evaluate(
    ({ cardToken, pem }) =>
      new Promise((resolve) => {
        const card = document.createElement('sh-profile-card');
        const settle = (event) =>
          resolve({
            type: event.type,
            name: event.profile?.displayName ?? null,
            code: event.code ?? null,
            shown: card.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim() ?? null,
          });
        // The card re-renders just after the event (the task completes, then updates the host): wait a microtask.
        card.addEventListener('sh-profile-verified', (event) => {
          void Promise.resolve()
            .then(() => card.updateComplete)
            .then(() => settle(event));
        });
        card.addEventListener('sh-profile-error', settle);
        card.publicKey = pem;
        card.token = cardToken;
        document.body.append(card);
      }),
    { cardToken: token, pem: publicPem },
  );
}

const html = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>package test</title></head><body>${body}</body></html>`;

before(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'social-hour-profile-package-'));
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', workspace], repo);
  const [packed] = JSON.parse(stdout);
  packedFiles = packed.files.map((file) => file.path);
  project = path.join(workspace, 'host-project');
  mkdirSync(path.join(project, 'public'), { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'host-project', private: true, type: 'module' }));
  await npm(['install', path.join(workspace, packed.filename), '--prefer-offline', '--no-audit', '--no-fund'], project);
  installed = path.join(project, 'node_modules/social-hour-profile');
  host = await rsaKeys();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  test('holds dist/, the manifest, README and package.json, and no sources or tests', () => {
    const outside = packedFiles.filter(
      (file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE', 'custom-elements.json'].includes(file),
    );
    assert.deepEqual(outside, []);
    assert.ok(packedFiles.includes('dist/social-hour-profile.min.js'), 'the standalone bundle is packed');
  });

  test('has every file `exports` names, each ES module with its declarations, and their source maps', () => {
    const { exports, customElements } = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(exports)) {
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) assert.ok(existsSync(path.join(installed, file)), `${subpath}: ${file} is missing`);
      if (typeof target === 'object') assert.match(target.types, /\.d\.ts$/, `${subpath} names its declarations`);
    }
    assert.ok(existsSync(path.join(installed, customElements)), 'the customElements manifest is packed');
    const modules = readdirSync(path.join(installed, 'dist'), { recursive: true }).filter((file) => file.endsWith('.js'));
    const mapped = modules.filter((file) => {
      const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(readFileSync(path.join(installed, 'dist', file), 'utf8'))?.[1];
      if (map) assert.ok(existsSync(path.join(installed, 'dist', path.dirname(file), map)), `${file}: ${map} is missing`);
      return map !== undefined;
    });
    // Only modules of nothing but imports and re-exports (dist/index.js, dist/token.js) have no mappings.
    assert.ok(mapped.length > modules.length / 2, `${mapped.length} of ${modules.length} modules have source maps`);
  });

  test("has a README whose element reference is the manifest's", () => {
    const readme = readFileSync(path.join(installed, 'README.md'), 'utf8');
    const manifest = JSON.parse(readFileSync(path.join(installed, 'custom-elements.json'), 'utf8'));
    const { exports } = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    assert.equal(readme, withApiBlock(readme, apiBlock(manifest, exports)), 'run node scripts/readme-api.mjs');
  });

  test('registers elements only in the modules `sideEffects` lists', () => {
    const { sideEffects } = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    const listed = sideEffects.filter((file) => file.startsWith('./dist/'));
    for (const file of listed) assert.ok(existsSync(path.join(installed, file)), `sideEffects lists ${file}, which is missing`);
    const registering = readdirSync(path.join(installed, 'dist'), { recursive: true })
      .filter((file) => file.endsWith('.js') && file !== 'social-hour-profile.min.js')
      .filter((file) => readFileSync(path.join(installed, 'dist', file), 'utf8').includes('customElements.define('))
      .map((file) => `./dist/${file}`);
    assert.deepEqual(registering.sort(), ['./dist/attendee-list.js', './dist/avatar-group.js', './dist/avatar.js', './dist/profile-card.js']);
    // define.js registers through its imports of those four, so it is listed too.
    assert.deepEqual(listed.sort(), [...registering, './dist/define.js'].sort());
  });
});

describe('in Node, from the installed package', () => {
  test('social-hour-profile/token signs a profile token that it then verifies', async () => {
    const token = await importFromProject('social-hour-profile/token');
    assert.ok(token.resolvedFrom.startsWith(pathToFileURL(installed).href), `resolved to ${token.resolvedFrom}`);
    const signed = await token.signProfileToken(host.privateKey, { displayName: 'Ada Lovelace', email: 'ada@example.com' });
    const fromPem = await token.verifyProfileToken(signed, host.publicPem);
    assert.equal(fromPem.verified, true);
    assert.equal(fromPem.displayName, 'Ada Lovelace');
    assert.equal(fromPem.email, 'ada@example.com');
    const fromKey = await token.verifyProfileToken(signed, host.publicKey);
    assert.equal(fromKey.displayName, 'Ada Lovelace');
  });

  test('social-hour-profile/token refuses a forged signature with the `signature` code', async () => {
    const token = await importFromProject('social-hour-profile/token');
    const signed = await token.signProfileToken(host.privateKey, { displayName: 'Ada Lovelace' });
    const other = await rsaKeys();
    await assert.rejects(token.verifyProfileToken(signed, other.publicPem), (error) => {
      assert.ok(error instanceof token.ProfileTokenError);
      assert.equal(error.code, 'signature');
      return true;
    });
  });

  test('social-hour-profile/initials gives initials and a colour for a name', async () => {
    const initials = await importFromProject('social-hour-profile/initials');
    assert.equal(initials.initials('Ada Lovelace'), 'AL');
    assert.equal(initials.initials('毛泽东'), '毛');
    const colour = initials.avatarColor(initials.avatarColorKey({ displayName: 'Ada Lovelace' }));
    assert.match(colour.background, /^#[0-9a-f]{6}$/i);
    assert.match(colour.foreground, /^#[0-9a-f]{6}$/i);
  });

  test('the main entry imports without a DOM and registers no element', async () => {
    const main = await importFromProject('social-hour-profile');
    assert.equal(typeof main.ShAvatar, 'function');
    assert.equal(typeof main.verifyProfileToken, 'function');
    // Lit's Node build brings a customElements shim; nothing of ours is in it.
    for (const tag of elementTags) assert.equal(globalThis.customElements?.get(tag), undefined, tag);
  });
});

describe('with TypeScript, from the installed declarations', () => {
  test('every export type-checks, with typed tags and events', async () => {
    writeFileSync(
      path.join(project, 'typed.ts'),
      `import { verifyProfileToken, signProfileToken, ProfileTokenError, type VerifiedProfile } from 'social-hour-profile/token';
import { initials, avatarColor } from 'social-hour-profile/initials';
import { ShAvatar } from 'social-hour-profile/avatar';
import { ShProfileCard } from 'social-hour-profile/profile-card';
import { ShAttendeeList } from 'social-hour-profile/attendee-list';
import { ShAvatarGroup } from 'social-hour-profile/avatar-group';
import { ShAvatarLoadEvent } from 'social-hour-profile';
import 'social-hour-profile/define';

export async function check(token: string, pem: string): Promise<string> {
  const profile: VerifiedProfile = await verifyProfileToken(token, pem);
  const avatar: ShAvatar | null = document.querySelector('sh-avatar');
  const card: ShProfileCard = document.createElement('sh-profile-card');
  const list: ShAttendeeList = document.createElement('sh-attendee-list');
  const group: ShAvatarGroup = document.createElement('sh-avatar-group');
  card.addEventListener('sh-profile-verified', (event) => console.log(event.profile.displayName));
  avatar?.addEventListener('sh-avatar-load', (event: ShAvatarLoadEvent) => console.log(event.src));
  list.tokens = [token];
  group.max = 3;
  const signed: Promise<string> = signProfileToken(pem, { displayName: 'Ada' });
  void signed;
  const error = new ProfileTokenError('expired');
  return initials(profile.displayName) + avatarColor('x').background + error.code;
}
`,
    );
    const compilerOptions = {
      target: 'es2022',
      lib: ['es2023', 'dom', 'dom.iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    };
    // Bundlers read `exports` like `bundler` resolution; Node does like `nodenext`.
    const resolutions = [{ module: 'esnext', moduleResolution: 'bundler' }, { module: 'nodenext', moduleResolution: 'nodenext' }];
    const failures = await Promise.all(
      resolutions.map(async (resolution) => {
        const config = path.join(project, `tsconfig.${resolution.moduleResolution}.json`);
        writeFileSync(config, JSON.stringify({ compilerOptions: { ...compilerOptions, ...resolution }, files: ['typed.ts'] }));
        const tsc = path.join(repo, 'node_modules/typescript/bin/tsc');
        return run(process.execPath, [tsc, '-p', config], { cwd: project }).then(
          () => null,
          (error) => `tsc (${resolution.moduleResolution}):\n${error.stdout}${error.stderr}`,
        );
      }),
    );
    assert.deepEqual(failures.filter(Boolean), []);
  });
});

describe('in Chromium, from the installed package', () => {
  before(async () => {
    const defineInputs = await bundlePage('define', `import 'social-hour-profile/define';\nwindow.pageReady = true;\n`);
    const ours = defineInputs.filter((input) => input.includes('social-hour-profile'));
    assert.ok(ours.length > 0 && ours.every((input) => input.startsWith('node_modules/social-hour-profile/dist/')), 'bundled from the installed dist/');
    await bundlePage('avatar-only', `import { ShAvatar } from 'social-hour-profile/avatar';\nwindow.secondAvatarClass = ShAvatar;\nwindow.pageReady = true;\n`);
    const pages = {
      '/elements.html': html('<script type="module" src="/define.js"></script>'),
      '/two-bundles.html': html('<script type="module" src="/define.js"></script><script type="module" src="/avatar-only.js"></script>'),
      '/standalone-twice.html': html(
        '<script type="module" src="/standalone/social-hour-profile.min.js"></script>' +
          '<script type="module" src="/standalone/social-hour-profile.min.js?copy=2"></script>' +
          '<script type="module">window.pageReady = true;</script>',
      ),
    };
    const files = {
      '/define.js': path.join(project, 'public/define.js'),
      '/avatar-only.js': path.join(project, 'public/avatar-only.js'),
      '/standalone/social-hour-profile.min.js': path.join(installed, 'dist/social-hour-profile.min.js'),
    };
    server = createServer((request, response) => {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (pathname === '/favicon.ico') {
        response.writeHead(204).end();
      } else if (pages[pathname]) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[pathname]);
      } else if (files[pathname]) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(files[pathname]));
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, loopbackOnlyArg] });
  });

  test('<sh-avatar> paints initials on its canvas', async () => {
    const { page, problems, close } = await openPage('/elements.html');
    const avatar = await paintedAvatar(page, 'Ada Lovelace');
    assert.equal(avatar.label, 'Ada Lovelace');
    assert.ok(avatar.painted > avatar.pixels * 0.5, `${avatar.painted} of ${avatar.pixels} pixels painted`);
    assert.ok(avatar.colours >= 2, 'a background and the letters');
    assert.deepEqual(problems, []);
    await close();
  });

  test('<sh-profile-card> verifies a token and shows the name', async () => {
    const { signProfileToken } = await importFromProject('social-hour-profile/token');
    const token = await signProfileToken(host.privateKey, { displayName: 'Ada Lovelace' });
    const { page, problems, close } = await openPage('/elements.html');
    assert.deepEqual(await verifiedCard(page, token, host.publicPem), {
      type: 'sh-profile-verified',
      name: 'Ada Lovelace',
      code: null,
      shown: 'Ada Lovelace',
    });
    assert.deepEqual(problems, []);
    await close();
  });

  test('two bundles of the package on one page do not throw; the first registration stays', async () => {
    const { page, problems, close } = await openPage('/two-bundles.html');
    const state = await page.evaluate(() => ({
      defined: ['sh-avatar', 'sh-profile-card', 'sh-attendee-list', 'sh-avatar-group'].map((tag) => customElements.get(tag) !== undefined),
      secondCopyKept: customElements.get('sh-avatar') !== window.secondAvatarClass,
    }));
    assert.deepEqual(state, { defined: [true, true, true, true], secondCopyKept: true });
    assert.ok((await paintedAvatar(page, 'Grace Hopper')).painted > 0);
    assert.deepEqual(problems, []);
    await close();
  });

  test('the standalone bundle loaded twice registers every element once and works', async () => {
    const { signProfileToken } = await importFromProject('social-hour-profile/token');
    const token = await signProfileToken(host.privateKey, { displayName: 'Grace Hopper' });
    const { page, problems, close } = await openPage('/standalone-twice.html');
    const state = await page.evaluate(async (tags) => {
      const first = await import('/standalone/social-hour-profile.min.js');
      const second = await import('/standalone/social-hour-profile.min.js?copy=2');
      return {
        defined: tags.map((tag) => customElements.get(tag) !== undefined),
        twoCopies: first.ShAvatar !== second.ShAvatar,
        registeredFirst: customElements.get('sh-avatar') === first.ShAvatar,
        initials: second.initials('Grace Hopper'),
      };
    }, elementTags);
    assert.deepEqual(state, { defined: [true, true, true, true], twoCopies: true, registeredFirst: true, initials: 'GH' });
    assert.ok((await paintedAvatar(page, 'Grace Hopper')).painted > 0);
    assert.equal((await verifiedCard(page, token, host.publicPem)).name, 'Grace Hopper');
    assert.deepEqual(problems, []);
    await close();
  });
});
