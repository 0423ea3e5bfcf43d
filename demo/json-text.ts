// JSON and JavaScript literals as the playground prints them: indented like JSON.stringify(value, null, 2),
// but a short array of plain values (a userProfile pair) stays on one line.
const inlineWidth = 72;

/** `value` as indented JSON with short arrays inline; parses back to the same value. */
export function formatJson(value: unknown): string {
  return format(value, '', (key) => JSON.stringify(key), (text) => JSON.stringify(text));
}

/** `value` as a JavaScript literal in the same layout: bare keys where possible, single-quoted strings. */
export function formatJsLiteral(value: unknown, indent = ''): string {
  return format(
    value,
    indent,
    (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : singleQuoted(key)),
    singleQuoted,
  );
}

function singleQuoted(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function format(value: unknown, indent: string, key: (name: string) => string, text: (value: string) => string): string {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) {
    const items = (value as unknown[]).map((item) => format(item, `${indent}  `, key, text));
    const inline = `[${items.join(', ')}]`;
    const plain = (value as unknown[]).every((item) => typeof item !== 'object' || item === null);
    if (plain && inline.length + indent.length <= inlineWidth) return inline;
    return `[\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (!entries.length) return '{}';
    const lines = entries.map(([name, member]) => `${indent}  ${key(name)}: ${format(member, `${indent}  `, key, text)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
