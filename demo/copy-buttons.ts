// Copy buttons: every `<button data-copy-from="id">` copies the value or text of element `id`, and says so
// in the button and in a polite live region for screen readers.
const copiedFor = 1500;

export function enableCopyButtons(root: ParentNode, status: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-copy-from]') : null;
    if (!button) return;
    const source = document.getElementById(button.dataset.copyFrom ?? '');
    if (!source) return;
    const text = source instanceof HTMLTextAreaElement || source instanceof HTMLInputElement ? source.value : (source.textContent ?? '');
    void copyText(text, source).then((copied) => {
      const label = button.dataset.label ?? button.textContent ?? '';
      button.dataset.label = label;
      button.textContent = copied ? 'Copied' : 'Select and copy by hand';
      status.textContent = copied ? `${label.replace(/^Copy /, '')} copied to the clipboard.` : 'Copying was refused; the text is selected.';
      setTimeout(() => {
        button.textContent = label;
      }, copiedFor);
    });
  });
}

async function copyText(text: string, source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (an embedded or insecure page): select the text so the user can copy it.
    selectContents(source);
    return false;
  }
}

function selectContents(element: HTMLElement): void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
