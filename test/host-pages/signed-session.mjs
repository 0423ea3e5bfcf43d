// What a host's server gives its pages: an RS256 public key (SPKI PEM) and profile tokens signed in
// Node with jose, one for the card and one per attendee of the list.
import { SignJWT, exportSPKI, generateKeyPair } from 'jose';

const firstNames = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Margaret', 'Tim',
  'Radia', 'Linus', 'Hedy', 'Dennis', 'Katherine', 'Guido', 'Sophie', 'Yukihiro', 'Annie', 'Bjarne'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Hamilton',
  'Berners-Lee', 'Perlman', 'Torvalds', 'Lamarr', 'Ritchie', 'Johnson'];

/** `count` distinct attendees' profiles (every first name with every last name, in turn). */
export function attendeeProfiles(count) {
  return Array.from({ length: count }, (_, index) => ({
    displayName: `${firstNames[index % firstNames.length]} ${lastNames[Math.floor(index / firstNames.length) % lastNames.length]}`,
    email: `attendee${index}@example.com`,
    userProfile: [['title', `Speaker ${index}`]],
  }));
}

/** A key pair, the card's token for `card` and one token per profile of `attendees`. */
export async function signedSession({ card, attendees = [] }) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const sign = (profile) =>
    new SignJWT(profile).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).setIssuedAt().setExpirationTime('10m').sign(privateKey);
  const [token, ...tokens] = await Promise.all([card, ...attendees].map(sign));
  return { publicKey: await exportSPKI(publicKey), token, tokens };
}
