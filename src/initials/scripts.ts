// Per-script rules: how many initials a name in a script gets, and how its first grapheme becomes an initial
// (Han gives one character, Arabic one letter without harakat, Hebrew letters without niqqud, Indic the
// first consonant cluster without vowel signs...).

/** How a script's first grapheme becomes its initial. */
type InitialShape =
  /** The whole grapheme, upper-cased: Latin "É", Cyrillic "Й", a letter with any combining marks. */
  | 'letter'
  /** The base letter alone, upper-cased: the marks are vowels, tones or cantillation (Arabic, Hebrew, Thai,
   * Myanmar). */
  | 'base'
  /** The letter without accents, upper-cased: Greek capitals carry no tonos ("Άννα" → "Α"). */
  | 'unaccented'
  /** Consonants joined by a virama, without vowel signs: "क्षि" → "क्ष". */
  | 'conjunct'
  /** The grapheme as written: Han, Hangul and kana have no case, and Georgian Mtavruli capitals are neither
   * customary in names nor in most system fonts. */
  | 'whole';

/** A script's initials rule. */
export interface ScriptRule {
  /** Whether a name in this script gets only its first initial. */
  readonly firstOnly: boolean;
  readonly shape: InitialShape;
}

const defaultRule: ScriptRule = { firstOnly: false, shape: 'letter' };

function withRule(rule: ScriptRule, scripts: readonly string[]): [string, ScriptRule][] {
  return scripts.map((script) => [script, rule]);
}

// Han and Hangul names are written without spaces and read as a whole, so their first character stands for
// the name; kana follow the same custom. Joining scripts give one letter because two joined letters form a
// word of their own (خسرو رحیمی must not read خر, "donkey").
const scriptRules: ReadonlyMap<string, ScriptRule> = new Map([
  ...withRule({ firstOnly: true, shape: 'whole' }, ['Han', 'Hangul', 'Hiragana', 'Katakana']),
  ...withRule({ firstOnly: true, shape: 'base' }, [
    'Arabic', 'Syriac', 'Nko', 'Mandaic', 'Mongolian', 'Adlam', 'Hanifi_Rohingya', 'Manichaean', 'Psalter_Pahlavi',
    'Sogdian', 'Old_Uyghur', 'Chorasmian', 'Phags_Pa',
  ]),
  ...withRule({ firstOnly: false, shape: 'base' }, [
    'Hebrew', 'Samaritan', 'Thaana', 'Thai', 'Lao', 'New_Tai_Lue', 'Tai_Viet', 'Myanmar',
  ]),
  ...withRule({ firstOnly: false, shape: 'conjunct' }, [
    'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Oriya', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala',
    'Khmer',
  ]),
  ...withRule({ firstOnly: false, shape: 'unaccented' }, ['Greek']),
  ...withRule({ firstOnly: false, shape: 'whole' }, ['Georgian']),
]);

/** The initials rule of `script` (a name from {@link scriptOf}). */
export function scriptRule(script: string): ScriptRule {
  return scriptRules.get(script) ?? defaultRule;
}

// Scripts told apart for the same-script rule, the most used first. A letter of a script not listed here
// is keyed by its 128-code-point block, which keeps unrelated rare scripts apart.
const knownScripts = [
  'Latin', 'Han', 'Cyrillic', 'Arabic', 'Devanagari', 'Hangul', 'Hiragana', 'Katakana', 'Bengali', 'Greek',
  'Hebrew', 'Thai', 'Tamil', 'Telugu', 'Gujarati', 'Kannada', 'Malayalam', 'Gurmukhi', 'Oriya', 'Sinhala', 'Lao',
  'Myanmar', 'Khmer', 'Georgian', 'Armenian', 'Ethiopic', 'Syriac', 'Thaana', 'Nko', 'Tibetan', 'Mongolian',
  'Cherokee', 'Canadian_Aboriginal', 'Tifinagh', 'Bopomofo', 'Yi', 'Vai', 'Adlam', 'Hanifi_Rohingya', 'Javanese',
  'Balinese', 'Sundanese', 'Tagalog', 'Buginese', 'Batak', 'Tai_Le', 'New_Tai_Lue', 'Tai_Tham', 'Tai_Viet', 'Cham',
  'Kayah_Li', 'Lisu', 'Bamum', 'Ol_Chiki', 'Chakma', 'Meetei_Mayek', 'Syloti_Nagri', 'Limbu', 'Lepcha', 'Osage',
  'Wancho', 'Pahawh_Hmong', 'Nyiakeng_Puachue_Hmong', 'Mende_Kikakui', 'Samaritan', 'Mandaic', 'Coptic',
  'Glagolitic', 'Gothic', 'Runic', 'Ogham', 'Deseret', 'Shavian', 'Manichaean', 'Psalter_Pahlavi', 'Sogdian',
  'Old_Uyghur', 'Chorasmian', 'Phags_Pa', 'Common', 'Inherited',
] as const;
const scriptPatterns = knownScripts.map((script) => [script, new RegExp(`^\\p{sc=${script}}`, 'u')] as const);

/** The Unicode script of the first code point of `text` (a script name, or a block key for rare scripts). */
export function scriptOf(text: string): string {
  for (const [script, pattern] of scriptPatterns) if (pattern.test(text)) return script;
  return `block-${(text.codePointAt(0) ?? 0) >> 7}`;
}

// Thai, Lao, New Tai Lue and Tai Viet write some vowels before the consonant they follow in speech; the
// consonant is the initial.
const leadingVowel = /^\p{Logical_Order_Exception}/u;

/** Whether `grapheme` is a vowel written before its consonant (Thai เ แ โ ใ ไ, Lao ເ ແ ໂ ໃ ໄ). */
export function isLeadingVowel(grapheme: string): boolean {
  return leadingVowel.test(grapheme);
}

// The viramas (Khmer's coeng among them) that join consonants, and the nuktas that change a consonant.
const virama = /^[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D3B\u0D3C\u0D4D\u0DCA\u17D2]$/u;
const nukta = /^[\u093C\u09BC\u0A3C\u0ABC\u0AFD-\u0AFF\u0B3C\u0C3C\u0CBC]$/u;
const joiner = /^[\u200C\u200D]$/u;
const letterOrDigit = /^[\p{L}\p{N}]$/u;
/** Real conjuncts join up to three consonants (स्त्र, न्त्र); a longer run is not a name's first syllable. */
const MAX_CLUSTER_CONSONANTS = 3;

/**
 * The consonant cluster of an Indic grapheme: its letters with their nuktas and the viramas (and ZWJ/ZWNJ)
 * that join them; vowel signs, anusvara, visarga and a virama that joins nothing are dropped. The grapheme
 * segmenter decides how far the cluster reaches (Unicode's conjunct rule), so the initial stays one grapheme.
 */
function consonantCluster(grapheme: string): string {
  let cluster = '';
  let joining = '';
  let consonants = 0;
  for (const character of grapheme) {
    if (letterOrDigit.test(character)) {
      if (consonants === MAX_CLUSTER_CONSONANTS) break;
      consonants += 1;
      cluster += joining + character;
      joining = '';
    } else if (nukta.test(character) && joining === '') {
      cluster += character;
    } else if (virama.test(character) || joiner.test(character)) {
      joining += character;
    }
  }
  return cluster;
}

const firstCodePoint = (text: string): string => String.fromCodePoint(text.codePointAt(0) ?? 0);

// Join controls and tag characters only mean something between characters of one emoji or conjunct; at the
// edge of a letter's grapheme ("a" + ZWJ) they are dropped so the initial holds no invisible character.
const strayFormatCharacters = /[\u200C\u200D\u{E0020}-\u{E007F}]/gu;

/** A letter and three marks cover every orthography (Vietnamese, Yoruba ẹ̀, Lithuanian į̃); more is Zalgo text. */
const MAX_INITIAL_CODE_POINTS = 4;

/** `grapheme` without stray join controls or tags, and with at most {@link MAX_INITIAL_CODE_POINTS}. */
function visibleLetter(grapheme: string): string {
  return [...grapheme.replace(strayFormatCharacters, '')].slice(0, MAX_INITIAL_CODE_POINTS).join('');
}

/** Upper case, unless upper-casing would change the letter into several (ß → SS, ǰ → J̌): then as written. */
function upperCased(initial: string): string {
  const upper = initial.toUpperCase();
  return [...upper].length === [...initial].length ? upper : initial;
}

/** The initial that `grapheme` (a word's first letter or digit, in a script with `rule`) gives. */
export function initialOf(grapheme: string, rule: ScriptRule): string {
  switch (rule.shape) {
    case 'letter':
      return upperCased(visibleLetter(grapheme));
    case 'base':
      return upperCased(firstCodePoint(grapheme));
    case 'unaccented':
      return upperCased(firstCodePoint(grapheme.normalize('NFD')));
    case 'conjunct':
      return consonantCluster(grapheme);
    case 'whole':
      return visibleLetter(grapheme);
  }
}
