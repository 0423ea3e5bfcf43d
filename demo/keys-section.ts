// Section 1, Keys: shows the key pair as PEM, takes a host's pasted keys, generates a new pair.
import { checkPastedKeys, generatePlaygroundKeys, loadStoredKeys, storeKeys, type PlaygroundKeys } from './playground-keys.js';
import type { PlaygroundState } from './playground-state.js';
import { byId } from './page-elements.js';

export async function setUpKeysSection(state: PlaygroundState): Promise<void> {
  const publicKey = byId('public-key', HTMLTextAreaElement);
  const privateKey = byId('private-key', HTMLTextAreaElement);
  const status = byId('key-status', HTMLElement);
  const problem = byId('key-problem', HTMLElement);
  const usePasted = byId('use-pasted-keys', HTMLButtonElement);
  const generateButton = byId('generate-keys', HTMLButtonElement);
  const buttons = [usePasted, generateButton];

  const showProblem = (message: string | null): void => {
    problem.hidden = message === null;
    problem.textContent = message ?? '';
  };
  const use = async (keys: PlaygroundKeys, description: string): Promise<void> => {
    storeKeys(keys);
    publicKey.value = keys.publicKeyPem;
    privateKey.value = keys.privateKeyPem ?? '';
    status.textContent = description;
    showProblem(null);
    await state.update({ keys });
  };
  const busy = async (message: string, work: () => Promise<void>): Promise<void> => {
    for (const button of buttons) button.disabled = true;
    status.textContent = message;
    try {
      await work();
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  };
  const generate = () =>
    busy('Generating an RSA-2048 key pair…', async () => {
      await use(await generatePlaygroundKeys(), 'A new RSA-2048 key pair was generated in this page; it is kept in this tab only.');
    });

  usePasted.addEventListener('click', () => {
    void busy('Checking the pasted keys…', async () => {
      try {
        const keys = await checkPastedKeys(publicKey.value, privateKey.value);
        await use(keys, keys.privateKeyPem
          ? 'Using your pasted key pair: tokens are signed with your private key and verified with your public key.'
          : 'Using your pasted public key. With no private key the page cannot sign: verify a token from your server under Token.');
      } catch (error) {
        status.textContent = describe(state.keys);
        showProblem(error instanceof Error ? error.message : String(error));
      }
    });
  });
  generateButton.addEventListener('click', () => void generate());

  const stored = loadStoredKeys();
  if (stored) await use(stored, `${describe(stored)} Restored from this tab's sessionStorage.`);
  else await generate();
}

function describe(keys: PlaygroundKeys | null): string {
  if (!keys) return 'No keys yet.';
  if (keys.source === 'generated') return 'An RSA-2048 key pair generated in this page.';
  return keys.privateKeyPem ? 'Your pasted key pair.' : 'Your pasted public key (no private key).';
}
