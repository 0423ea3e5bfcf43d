// The playground: makes a demo key pair in the page, signs a token with it and hands both to the card.
import { exportSPKI, generateKeyPair } from 'jose';
import { signProfileToken } from '../src/token/index.js';
import '../src/define.js';

const card = document.querySelector('sh-profile-card');
if (card) {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  card.publicKey = await exportSPKI(publicKey);
  card.token = await signProfileToken(privateKey, {
    displayName: 'Larry David',
    email: 'larry@example.com',
    userProfile: [
      ['organization', 'Seinfield'],
      ['title', 'Producer'],
      ['interests', 'comedy'],
    ],
  });
}
