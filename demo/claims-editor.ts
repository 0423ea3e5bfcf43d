// Section 2, Claims: the form (displayName, email, avatarUrl, userProfile rows, expiry) and the raw JSON
// beside it, kept in step both ways; every edit re-signs the token.
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { claimsFromFields, claimsJson, fieldsFromClaims, readClaimsJson, type Claims } from './claims.js';
import { demoAvatarUrls, signedAvatarsShow } from './demo-avatars.js';
import { byId } from './page-elements.js';
import type { PlaygroundState } from './playground-state.js';

interface PairRow {
  readonly id: number;
  label: string;
  value: string;
}

type RowAction = 'up' | 'down' | 'remove';

export function setUpClaimsEditor(state: PlaygroundState): void {
  const form = byId('claims-form', HTMLFormElement);
  const displayName = byId('claim-display-name', HTMLInputElement);
  const email = byId('claim-email', HTMLInputElement);
  const avatarUrl = byId('claim-avatar-url', HTMLInputElement);
  const expiresIn = byId('claim-expires-in', HTMLInputElement);
  const rowList = byId('user-profile-rows', HTMLOListElement);
  const json = byId('claims-json', HTMLTextAreaElement);
  const jsonProblem = byId('claims-json-problem', HTMLElement);

  let rows: PairRow[] = [];
  let nextRowId = 1;
  const toRows = (pairs: ReadonlyArray<readonly [string, string]>): PairRow[] =>
    pairs.map(([label, value]) => ({ id: nextRowId++, label, value }));

  const renderRows = (): void => {
    render(
      repeat(
        rows,
        (row) => row.id,
        (row, index) => html`<li class="pair-row" data-row=${row.id}>
          <input
            class="pair-label"
            type="text"
            autocomplete="off"
            placeholder="label"
            aria-label=${`Row ${index + 1} label`}
            .value=${row.label}
            data-field="label"
          />
          <input
            class="pair-value"
            type="text"
            autocomplete="off"
            placeholder="value"
            aria-label=${`Row ${index + 1} value`}
            .value=${row.value}
            data-field="value"
          />
          <span class="pair-buttons">
            <button type="button" class="icon-button" data-action="up" aria-label=${`Move row ${index + 1} up`} ?disabled=${index === 0}>↑</button>
            <button type="button" class="icon-button" data-action="down" aria-label=${`Move row ${index + 1} down`} ?disabled=${index === rows.length - 1}>↓</button>
            <button type="button" class="icon-button" data-action="remove" aria-label=${`Remove row ${index + 1}`}>✕</button>
          </span>
        </li>`,
      ),
      rowList,
    );
  };

  const showClaims = (claims: Claims): void => {
    const { fields, notShown } = fieldsFromClaims(claims);
    displayName.value = fields.displayName;
    email.value = fields.email;
    avatarUrl.value = fields.avatarUrl;
    if (!notShown.includes('userProfile')) rows = toRows(fields.userProfile);
    renderRows();
    jsonProblem.textContent = notShown.length
      ? `The form cannot show ${notShown.join(', ')} as written; the JSON is what gets signed.`
      : '';
  };

  const formChanged = (): void => {
    const claims = claimsFromFields({
      displayName: displayName.value,
      email: email.value,
      avatarUrl: avatarUrl.value,
      userProfile: rows.map((row) => [row.label, row.value] as const),
    });
    json.value = claimsJson(claims);
    jsonProblem.textContent = '';
    void state.update({ claims });
  };

  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target === expiresIn) {
      const seconds = expiresIn.valueAsNumber;
      if (Number.isInteger(seconds) && seconds > 0) void state.update({ expiresIn: seconds });
      return;
    }
    if (target instanceof HTMLInputElement && target.dataset.field) {
      const row = rows.find((candidate) => String(candidate.id) === target.closest('li')?.dataset.row);
      if (row) row[target.dataset.field === 'label' ? 'label' : 'value'] = target.value;
    }
    formChanged();
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  rowList.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-action]') : null;
    const index = rows.findIndex((row) => String(row.id) === button?.closest('li')?.dataset.row);
    if (!button || index < 0) return;
    moveRow(index, button.dataset.action as RowAction);
  });

  const moveRow = (index: number, action: RowAction): void => {
    const [row] = rows.splice(index, 1);
    if (!row) return;
    if (action !== 'remove') rows.splice(action === 'up' ? index - 1 : index + 1, 0, row);
    renderRows();
    formChanged();
    // Keep the keyboard where it was: on the moved row's button, or the row that took a removed row's place.
    if (action === 'remove') {
      const next = rows[Math.min(index, rows.length - 1)];
      const focusTarget = next ? rowList.querySelector<HTMLElement>(`[data-row="${next.id}"] [data-action="remove"]`) : null;
      (focusTarget ?? byId('add-user-profile-row', HTMLButtonElement)).focus();
      return;
    }
    const moved = rowList.querySelector<HTMLButtonElement>(`[data-row="${row.id}"] [data-action="${action}"]`);
    const opposite = rowList.querySelector<HTMLButtonElement>(`[data-row="${row.id}"] [data-action="${action === 'up' ? 'down' : 'up'}"]`);
    (moved && !moved.disabled ? moved : opposite)?.focus();
  };

  byId('add-user-profile-row', HTMLButtonElement).addEventListener('click', () => {
    rows.push({ id: nextRowId++, label: '', value: '' });
    renderRows();
    formChanged();
    rowList.querySelector<HTMLInputElement>('li:last-child .pair-label')?.focus();
  });

  json.addEventListener('input', () => {
    const read = readClaimsJson(json.value);
    if ('problem' in read) {
      jsonProblem.textContent = read.problem;
      return;
    }
    showClaims(read.claims);
    void state.update({ claims: read.claims });
  });

  render(
    demoAvatarUrls.map((url) => html`<option value=${url}></option>`),
    byId('demo-avatar-urls', HTMLDataListElement),
  );
  byId('avatar-url-hint', HTMLElement).textContent = signedAvatarsShow
    ? 'Only absolute https: URLs are kept; anything else shows initials. The suggestions are this page\'s demo avatars.'
    : `Only absolute https: URLs are kept; anything else shows initials. This page is served over ${location.protocol.replace(':', '')}, so its own demo avatars (suggested here) are dropped too: try it.`;

  expiresIn.value = String(state.expiresIn);
  json.value = claimsJson(state.claims);
  showClaims(state.claims);
}
