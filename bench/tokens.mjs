// Signed profile tokens for the card and list suites: one fresh RS256 key pair per (count, seed), `count`
// distinct tokens signed in Node with jose (in worker threads), cached in bench/results/tokens/ so later runs
// start at once. Tokens carry iat and a 90-day exp; a cache file is re-signed once it is within a day of expiry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SignJWT, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8 } from 'jose';
import { generateNames } from './names.mjs';

const CACHE_VERSION = 1;
const CACHE_DIR = path.join(import.meta.dirname, 'results', 'tokens');
const LIFETIME_S = 90 * 24 * 3600;
const RESIGN_BEFORE_S = 24 * 3600;

/** `userProfile` pairs, varied in script and length; every profile gets two. */
const PAIRS = [
  ['title', 'Producer'], ['company', 'Ødegård Film AS'], ['pronouns', 'she/her'], ['role', 'Speaker'],
  ['city', '東京'], ['team', 'فريق التصميم'], ['title', 'Главный инженер'], ['company', 'Müller & Söhne GmbH'],
  ['role', 'Volunteer · Registration desk'], ['city', 'São Paulo'], ['title', 'प्रोडक्ट मैनेजर'], ['team', 'צוות המוצר'],
  ['title', 'Senior Staff Software Engineer, Developer Experience and Tooling'], ['company', '株式会社サンプル'],
  ['pronouns', 'they/them'], ['city', 'Αθήνα'], ['role', '🎤 MC'], ['team', 'ทีมออกแบบ'],
];

/** The claims of attendee `i`: a display name from names.mjs, an e-mail, two profile pairs. */
function profileOf(i, name) {
  return {
    sub: `attendee-${i}`,
    displayName: name,
    email: `attendee${i}@example.com`,
    userProfile: [PAIRS[i % PAIRS.length], PAIRS[(i * 7 + 3) % PAIRS.length]],
  };
}

async function signSlice({ pkcs8, claims, iat }) {
  const key = await importPKCS8(pkcs8, 'RS256');
  const out = [];
  for (const payload of claims) {
    out.push(await new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).setIssuedAt(iat).setExpirationTime(iat + LIFETIME_S).sign(key));
  }
  return out;
}

if (!isMainThread && workerData?.signTokens) {
  parentPort.postMessage(await signSlice(workerData));
}

function readCache(file, count, seed) {
  try {
    const cached = JSON.parse(fs.readFileSync(file, 'utf8'));
    const fresh = cached.version === CACHE_VERSION && cached.count === count && cached.seed === seed
      && cached.tokens?.length === count && cached.exp - RESIGN_BEFORE_S > Date.now() / 1000;
    return fresh ? cached : null;
  } catch {
    return null;
  }
}

/**
 * `count` distinct signed tokens and the SPKI PEM that verifies them, with what each token should show.
 * @param {{count: number, seed?: number, log?: (...parts: string[]) => void}} options
 * @returns {Promise<{publicKeyPem: string, tokens: string[], names: string[], firstValues: string[], cached: boolean}>}
 */
export async function signedTokens({ count, seed = 20260607, log = () => {} }) {
  const file = path.join(CACHE_DIR, `tokens-${count}-${seed}.json`);
  const names = generateNames(count, seed).map(({ name }) => name);
  const claims = names.map((name, i) => profileOf(i, name));
  const firstValues = claims.map((c) => c.userProfile[0][1]);
  const cached = readCache(file, count, seed);
  if (cached) return { publicKeyPem: cached.publicKeyPem, tokens: cached.tokens, names, firstValues, cached: true };

  const started = Date.now();
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  const pkcs8 = await exportPKCS8(privateKey);
  const publicKeyPem = await exportSPKI(publicKey);
  const iat = Math.floor(Date.now() / 1000);
  const workers = Math.max(1, Math.min(os.availableParallelism(), 4, Math.ceil(count / 500)));
  const size = Math.ceil(count / workers);
  const slices = await Promise.all(Array.from({ length: workers }, (_, w) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { signTokens: true, pkcs8, iat, claims: claims.slice(w * size, (w + 1) * size) },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  const tokens = slices.flat();
  if (tokens.length !== count || new Set(tokens).size !== count) throw new Error(`signed ${tokens.length} tokens, ${new Set(tokens).size} distinct; wanted ${count}`);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ version: CACHE_VERSION, count, seed, iat, exp: iat + LIFETIME_S, publicKeyPem, tokens }));
  log(`signed ${count} RS256 tokens in ${((Date.now() - started) / 1000).toFixed(1)} s with ${workers} worker threads; cached in ${path.relative(process.cwd(), file)}`);
  return { publicKeyPem, tokens, names, firstValues, cached: false };
}
