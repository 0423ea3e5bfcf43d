// Avatar colours: a stable, well-spread choice from a palette whose text colours meet WCAG AA, so the same
// person has the same colour in every list, on every page.

/** An avatar's colours, as CSS hex colours. */
export interface AvatarColor {
  readonly background: string;
  readonly foreground: string;
}

/**
 * The avatar palette: sixteen hues 22.5° apart (OKLCH), each a light tint with a dark shade of the same hue
 * for text. Every pair has a contrast ratio above 6:1, beyond WCAG AA's 4.5:1.
 */
export const avatarPalette = Object.freeze([
  Object.freeze({ background: '#ffd4d2', foreground: '#78292e' }), // red
  Object.freeze({ background: '#ffd6c5', foreground: '#762e0c' }), // vermilion
  Object.freeze({ background: '#fcdbbc', foreground: '#6e3700' }), // orange
  Object.freeze({ background: '#f1e0b8', foreground: '#614200' }), // amber
  Object.freeze({ background: '#e3e5bb', foreground: '#4c4b00' }), // olive
  Object.freeze({ background: '#d4eac4', foreground: '#2f5303' }), // lime
  Object.freeze({ background: '#c5edd2', foreground: '#00582c' }), // green
  Object.freeze({ background: '#bbeee1', foreground: '#005a47' }), // teal
  Object.freeze({ background: '#b7edf0', foreground: '#00585f' }), // cyan
  Object.freeze({ background: '#baeafc', foreground: '#005372' }), // sky
  Object.freeze({ background: '#c4e6ff', foreground: '#004b7e' }), // blue
  Object.freeze({ background: '#d1e1ff', foreground: '#2e4382' }), // indigo
  Object.freeze({ background: '#e0dcff', foreground: '#483a7e' }), // violet
  Object.freeze({ background: '#eed7fc', foreground: '#5c3371' }), // purple
  Object.freeze({ background: '#f9d4f0', foreground: '#6a2d5f' }), // magenta
  Object.freeze({ background: '#ffd3e1', foreground: '#742948' }), // rose
] as const);

/**
 * FNV-1a (32-bit) over the UTF-8 bytes of `key`, then MurmurHash3's finaliser: FNV-1a alone leaves its low
 * bits poorly mixed, so keys that differ in one character ("ada1", "ada2") would land in neighbouring colours.
 */
function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  const addByte = (byte: number): void => {
    hash = Math.imul(hash ^ byte, 0x01000193);
  };
  for (const character of key) {
    // A lone surrogate has a code point too, so every string hashes (as WTF-8) without throwing.
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x80) {
      addByte(codePoint);
    } else if (codePoint < 0x800) {
      addByte(0xc0 | (codePoint >> 6));
      addByte(0x80 | (codePoint & 0x3f));
    } else if (codePoint < 0x10000) {
      addByte(0xe0 | (codePoint >> 12));
      addByte(0x80 | ((codePoint >> 6) & 0x3f));
      addByte(0x80 | (codePoint & 0x3f));
    } else {
      addByte(0xf0 | (codePoint >> 18));
      addByte(0x80 | ((codePoint >> 12) & 0x3f));
      addByte(0x80 | ((codePoint >> 6) & 0x3f));
      addByte(0x80 | (codePoint & 0x3f));
    }
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The palette colours for a stable key (see {@link avatarColorKey}): the same key always gets the same colour. */
export function avatarColor(key: string): AvatarColor {
  const colour = avatarPalette[keyHash(typeof key === 'string' ? key : '') % avatarPalette.length];
  // The modulo keeps the index in range; the fallback only satisfies the type checker.
  return colour ?? avatarPalette[0];
}

/** What {@link avatarColorKey} reads from a profile. */
export interface AvatarColorProfile {
  readonly email?: string | null;
  readonly displayName: string;
}

/**
 * The colour key of a profile: its e-mail address (trimmed, lower case) when it has one, as it identifies
 * the person across pages and renames; otherwise the display name, NFC-normalised with whitespace collapsed.
 */
export function avatarColorKey(profile: AvatarColorProfile): string {
  const email = profile.email?.trim().toLowerCase() ?? '';
  if (email !== '') return email.normalize('NFC');
  return profile.displayName.normalize('NFC').trim().replace(/\s+/g, ' ');
}
