// The baselines' token check: bare WebCrypto. One SPKI import, then per token crypto.subtle.verify
// (RSASSA-PKCS1-v1_5, SHA-256) over `header.payload`, the payload decoded as UTF-8 JSON and its `exp` checked.
// No header, shape or claim rules beyond that: the lower bound any verifier pays.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const base64urlToBytes = (segment) =>
  base64ToBytes(segment.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((segment.length + 3) % 4));

/** The SPKI PEM as a verify-only CryptoKey. */
export function importPublicKey(pem) {
  const body = pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  return crypto.subtle.importKey('spki', base64ToBytes(body), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
}

/** The token's claims once its signature checks out and it has not expired; throws otherwise. */
export async function verifyToken(key, token) {
  const [header, payload, signature] = token.split('.');
  const ok = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, base64urlToBytes(signature), encoder.encode(`${header}.${payload}`));
  if (!ok) throw new Error('bad signature');
  const claims = JSON.parse(decoder.decode(base64urlToBytes(payload)));
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) throw new Error('expired');
  return claims;
}

// The baseline yields between batches exactly as <sh-attendee-list> does: the same function.
export { yieldToMain } from '../../src/elements/attendee-list/batch-verification.ts';

/**
 * One plain row: a div with the name and the first userProfile value as text, classed
 * `<prefix>-row`, `<prefix>-name` and `<prefix>-value`.
 */
export function plainRow(claims, prefix) {
  const el = document.createElement('div');
  el.className = `${prefix}-row`;
  const name = document.createElement('span');
  name.className = `${prefix}-name`;
  name.textContent = claims.displayName;
  const value = document.createElement('span');
  value.className = `${prefix}-value`;
  value.textContent = claims.userProfile?.[0]?.[1] ?? '';
  el.append(name, value);
  return el;
}
