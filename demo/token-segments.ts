// A compact JWS taken apart for display: its segments, the decoded header and payload as pretty JSON,
// and its time claims in words. Display only: nothing here decides whether a token is valid.
import { base64url } from 'jose';
import { formatJson } from './json-text.js';

export interface TokenSegments {
  readonly header: string;
  readonly payload: string;
  readonly signature: string;
  readonly headerJson: string;
  readonly payloadJson: string;
  /** `iat` and `exp` as local times and distances from now. */
  readonly times: readonly string[];
  readonly signatureSummary: string;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function decodeTokenSegments(token: string): TokenSegments {
  const [header = '', payload = '', signature = '', ...extra] = token.split('.');
  const payloadValue = decodeJson(payload);
  let signatureSummary: string;
  try {
    signatureSummary = signature ? `${base64url.decode(signature).byteLength} bytes, base64url-encoded.` : 'Empty: the token is unsigned.';
  } catch {
    signatureSummary = 'Not valid base64url.';
  }
  if (extra.length) signatureSummary += ` The token has ${extra.length} extra segment(s).`;
  return {
    header,
    payload,
    signature,
    headerJson: pretty(decodeJson(header)),
    payloadJson: pretty(payloadValue),
    times: timeLines(payloadValue),
    signatureSummary,
  };
}

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(segment))) as unknown;
  } catch {
    return undefined;
  }
}

function pretty(value: unknown): string {
  return value === undefined ? '(not base64url JSON)' : formatJson(value);
}

function timeLines(payload: unknown): string[] {
  if (typeof payload !== 'object' || payload === null) return [];
  const claims = payload as Record<string, unknown>;
  const now = Date.now() / 1000;
  const lines: string[] = [];
  for (const [claim, meaning] of [['iat', 'issued'], ['exp', 'expires']] as const) {
    const value = claims[claim];
    if (typeof value !== 'number') continue;
    const delta = Math.round(value - now);
    const distance = delta === 0 ? 'now' : delta > 0 ? `in ${delta} s` : `${-delta} s ago`;
    lines.push(`${claim}: ${meaning} ${timeFormat.format(value * 1000)} (${distance})`);
  }
  return lines;
}
