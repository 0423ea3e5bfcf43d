// Writes the README's element reference (between `<!-- api:start -->` and `<!-- api:end -->`) from
// custom-elements.json: per element its import, properties and attributes, events, parts, slots and CSS
// custom properties. `--check` only compares, and exits 1 when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
const note = '<!-- Generated from custom-elements.json by scripts/readme-api.mjs (npm run build); edit the JSDoc, not this. -->';

/** Table cell text: one line, pipes escaped (also inside code spans, as GitHub's tables need). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');

function table(headings, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

/** The element's folder under src/elements/, which is also its package export. */
function exportName(module) {
  const folder = /^src\/elements\/([^/]+)\//.exec(module.path)?.[1];
  if (!folder) throw new Error(`${module.path}: not under src/elements/`);
  return folder;
}

function elementSection(element, subpath) {
  const publicFields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public',
  );
  const lines = [
    `### \`<${element.tagName}>\``,
    '',
    ...(element.summary ? [`**${element.summary}**`, ''] : []),
    element.description.replace(/\s*\n\s*/g, ' '),
    '',
    '```js',
    `import 'social-hour-profile/${subpath}'; // registers <${element.tagName}>; exports ${element.name}`,
    '```',
    '',
    ...table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      publicFields.map((field) => [
        code(field.name),
        field.attribute ? code(field.attribute) : field.readonly ? 'read-only' : '—',
        code(field.type?.text),
        code(field.default),
        field.description,
      ]),
    ),
    ...table(['Event', 'Type', 'Description'], (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description])),
    ...table(['Part', 'Description'], (element.cssParts ?? []).map((part) => [code(part.name), part.description])),
    ...table(['Slot', 'Description'], (element.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description])),
    ...table(
      ['CSS property', 'Default', 'Description'],
      (element.cssProperties ?? []).map((property) => [code(property.name), code(property.default), property.description]),
    ),
  ];
  return lines;
}

/** The generated block, markers included, for `manifest` and the package's `exports`. */
export function apiBlock(manifest, exports) {
  const declarations = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) declarations.set(`/${module.path.replace(/\.ts$/, '.js')}#${declaration.name}`, declaration);
  }
  const sections = [];
  for (const module of manifest.modules) {
    for (const definition of module.exports ?? []) {
      if (definition.kind !== 'custom-element-definition') continue;
      const element = declarations.get(`${definition.declaration.module}#${definition.declaration.name}`);
      if (!element) throw new Error(`no declaration for <${definition.name}> (${definition.declaration.module})`);
      const subpath = exportName(module);
      if (!exports[`./${subpath}`]) throw new Error(`package.json exports has no ./${subpath} for <${definition.name}>`);
      sections.push({ subpath, lines: elementSection({ ...element, tagName: definition.name }, subpath) });
    }
  }
  // In the order of the package's exports: avatar, card, list, group.
  const order = Object.keys(exports);
  sections.sort((a, b) => order.indexOf(`./${a.subpath}`) - order.indexOf(`./${b.subpath}`));
  return [start, note, '', ...sections.flatMap((section) => section.lines), end].join('\n');
}

/** `readme` with its api block replaced by `block`; throws when the markers are missing. */
export function withApiBlock(readme, block) {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README.md needs ${start} ... ${end} markers`);
  return readme.slice(0, from) + block + readme.slice(to + end.length);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const updated = withApiBlock(readme, apiBlock(manifest, exports));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md element reference is out of date: run node scripts/readme-api.mjs');
      process.exit(1);
    }
  } else if (updated !== readme) {
    writeFileSync('README.md', updated);
    console.log('README.md: element reference updated from custom-elements.json');
  }
}
