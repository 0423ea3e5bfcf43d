// Asides in a name: bracketed spans ("Ada (she/her)", "[Host]", "李小龙【讲师】") and quoted nicknames
// ("Robert 'Bob' Smith", «Bob», „Bob“). They are not part of the name, so they are cut out.

/** Each opening bracket and its closing bracket: ASCII, full-width and CJK. */
const openingBrackets: ReadonlyMap<string, string> = new Map([
  ['(', ')'], ['[', ']'], ['{', '}'], ['<', '>'],
  ['（', '）'], ['［', '］'], ['｛', '｝'], ['＜', '＞'], ['｟', '｠'], ['｢', '｣'],
  ['【', '】'], ['「', '」'], ['『', '』'], ['〈', '〉'], ['《', '》'], ['〔', '〕'], ['〖', '〗'], ['〘', '〙'],
  ['〚', '〛'], ['⟨', '⟩'],
]);
const closingBrackets: ReadonlySet<string> = new Set(openingBrackets.values());

/** Each quotation mark that can open a nickname and the marks that can close it: English, German and Polish
 * low-high pairs, Swedish same-mark pairs, French and Danish guillemets, CJK double primes. */
const openingQuotes: ReadonlyMap<string, string> = new Map([
  ['"', '"'], ["'", "'"], ['＂', '＂'], ['＇', '＇'],
  ['“', '”“'], ['”', '”'], ['„', '“”'], ['‟', '”'],
  ['‘', '’‘'], ['’', '’'], ['‚', '‘’'], ['‛', '’'],
  ['«', '»'], ['»', '«'], ['‹', '›'], ['›', '‹'],
  ['〝', '〞〟'],
]);
const closingQuotes: ReadonlySet<string> = new Set([...openingQuotes.values()].join(''));

/** Every bracket and quotation mark, so the scan visits only them (native regex search between marks). */
const asideMarks = new RegExp(
  `[${[...new Set([...openingBrackets.keys(), ...closingBrackets, ...openingQuotes.keys(), ...closingQuotes])]
    .map((mark) => `\\u${mark.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')}]`,
  'g',
);

// Quotation marks double as apostrophes (O'Brien, N’Dour) and as Hebrew gershayim (ד"ר), so a quote opens
// only where a word starts and closes only where a word ends.
const wordCharacterAtEnd = /[\p{L}\p{N}\p{M}]$/u;
const wordCharacterAtStart = /^[\p{L}\p{N}\p{M}]/u;
const whitespace = /\s/;

function opensWord(text: string, index: number): boolean {
  const next = text.charAt(index + 1);
  return !wordCharacterAtEnd.test(text.slice(Math.max(0, index - 2), index)) && next !== '' && !whitespace.test(next);
}

function closesWord(text: string, index: number): boolean {
  const previous = text.charAt(index - 1);
  return previous !== '' && !whitespace.test(previous) && !wordCharacterAtStart.test(text.slice(index + 1, index + 3));
}

interface OpenMark {
  readonly index: number;
  readonly closers: string;
}

/** Which asides {@link removeAsides} cuts out. */
export interface AsideKinds {
  readonly brackets: boolean;
  readonly quotes: boolean;
}

/** The text without its asides, each replaced by a space (an aside separates words), and whether any was cut. */
export interface NameWithoutAsides {
  readonly text: string;
  readonly removed: boolean;
}

/**
 * Cuts matched bracket pairs and quoted spans out of `text`, outermost span first. Unmatched marks stay as
 * punctuation. One pass over the marks with a stack: each is pushed and popped at most once, so the cost is
 * linear.
 */
export function removeAsides(text: string, kinds: AsideKinds): NameWithoutAsides {
  const stack: OpenMark[] = [];
  // How many open marks each closing character could close: says in O(1) whether popping will find one.
  const closable = new Map<string, number>();
  const spans: [start: number, end: number][] = [];
  const push = (index: number, closers: string): void => {
    stack.push({ index, closers });
    for (const closer of closers) closable.set(closer, (closable.get(closer) ?? 0) + 1);
  };
  const pop = (): OpenMark | undefined => {
    const mark = stack.pop();
    if (mark) for (const closer of mark.closers) closable.set(closer, (closable.get(closer) ?? 1) - 1);
    return mark;
  };
  const close = (end: number, closer: string): void => {
    let mark = pop();
    while (mark && !mark.closers.includes(closer)) mark = pop();
    if (!mark) return;
    const start = mark.index;
    // Spans closed earlier and nested in this one are covered by it.
    while (spans.length > 0 && (spans.at(-1)?.[0] ?? -1) > start) spans.pop();
    spans.push([start, end]);
  };

  asideMarks.lastIndex = 0;
  for (let match = asideMarks.exec(text); match; match = asideMarks.exec(text)) {
    const { index } = match;
    const character = match[0];
    const bracketCloser = kinds.brackets ? openingBrackets.get(character) : undefined;
    const quoteCloser = kinds.quotes ? openingQuotes.get(character) : undefined;
    const closesBracket = kinds.brackets && closingBrackets.has(character);
    const closesQuote = kinds.quotes && closingQuotes.has(character);
    if (!bracketCloser && !quoteCloser && !closesBracket && !closesQuote) continue;
    if ((closable.get(character) ?? 0) > 0 && (closesBracket || closesWord(text, index))) {
      close(index, character);
    } else if (bracketCloser) {
      push(index, bracketCloser);
    } else if (quoteCloser && opensWord(text, index)) {
      push(index, quoteCloser);
    }
  }
  if (spans.length === 0) return { text, removed: false };
  let result = '';
  let from = 0;
  for (const [start, end] of spans) {
    result += `${text.slice(from, start)} `;
    from = end + 1;
  }
  return { text: result + text.slice(from), removed: true };
}
