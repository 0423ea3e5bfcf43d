// Addresses standing in for a name: an e-mail address (initials from its local part) and an IP address
// (no initials: it names a machine, not a person).

const whitespace = /\s/;
// The separators of "ada.lovelace", "ada_lovelace", "jean-luc.picard", "ada+lovelace".
const localPartSeparators = /[._+-]+/;

/** The words of an e-mail address's local part, or `undefined` when `text` is not a single e-mail address. */
export function emailLocalWords(text: string): string[] | undefined {
  const address = text.trim();
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@') || whitespace.test(address)) return undefined;
  const domain = address.slice(at + 1);
  const dot = domain.indexOf('.');
  if (dot <= 0 || domain.endsWith('.')) return undefined;
  return address.slice(0, at).split(localPartSeparators).filter((word) => word !== '');
}

// Bounded repetitions only, so matching cannot backtrack catastrophically.
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:\/\d{1,2})?$/;
const ipv6 = /^\[?[\da-f]{0,4}(?::[\da-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?(?:%[\w.-]{1,32})?\]?(?::\d{1,5})?$/i;

/** Whether `text` is an IPv4 address (optional port and prefix length) or an IPv6 address (optional zone, port). */
export function isIpAddress(text: string): boolean {
  const address = text.trim();
  // Three colons or a "::" before the IPv6 pattern is tried, so "12:30" stays a time and "Ada:Bee" a name.
  const looksLikeIpv6 = address.includes('::') || address.split(':').length > 3;
  return ipv4.test(address) || (looksLikeIpv6 && ipv6.test(address));
}
