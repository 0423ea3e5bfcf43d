// initials(): every rule of the initials contract, with international names, plus properties that hold for
// any string. Runs unchanged in Chromium and in Node.
import { expect } from 'chai';
import fc from 'fast-check';
import { initials } from '../../src/initials/index.js';

/** chai's `equal`, as the synchronous assertion it is: once any test file imports @open-wc/testing, its
 * semantic-dom-diff types declare every `equal` a Promise, which no-floating-promises would flag. */
function expectEqual<T>(actual: T, expected: T, message?: string): void {
  void expect(actual, message).to.equal(expected);
}

function expectDeepEqual<T>(actual: T, expected: T, message?: string): void {
  void expect(actual, message).to.deep.equal(expected);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesOf = (text: string): string[] => [...segmenter.segment(text)].map(({ segment }) => segment);

/** Asserts `initials(name)` for each [name, expected] pair, naming the failing name. */
function expectInitials(cases: readonly (readonly [string, string])[], options?: Parameters<typeof initials>[1]): void {
  for (const [name, expected] of cases) {
    const shown = name.length > 60 ? `${name.slice(0, 40)}… (${name.length} units)` : name;
    expectEqual(initials(name, options), expected, `initials(${JSON.stringify(shown)})`);
  }
}

const bidiControls = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u;
const emojiCluster = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}|\u20E3/u;
const joinControl = /[\u200C\u200D]/u;

/** Control or format characters the initials must not hold: none at all, except ZWJ, ZWNJ and tags inside an
 * emoji, and ZWJ/ZWNJ between two letters of a conjunct. */
function invisibleCharactersIn(result: string): string[] {
  const found: string[] = [];
  for (const grapheme of graphemesOf(result)) {
    if (emojiCluster.test(grapheme)) continue;
    const characters = [...grapheme];
    characters.forEach((character, index) => {
      const insideConjunct = joinControl.test(character) && index > 0 && index < characters.length - 1;
      if (/[\p{Cc}\p{Cf}]/u.test(character) && !insideConjunct) found.push(character);
    });
  }
  return found;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('initials', () => {
  describe('for Latin names', () => {
    it('gives the first letters of the first and last words, upper-cased', () => {
      expectInitials([
        ['Ada Lovelace', 'AL'],
        ['ada lovelace', 'AL'],
        ['Ada King Lovelace', 'AL'],
        ['Ludwig van Beethoven', 'LB'],
        ['  Ada \t  Lovelace \n', 'AL'],
        ['Ada\u00A0Lovelace', 'AL'],
      ]);
    });

    it('gives a one-word name one letter', () => {
      expectInitials([['Ada', 'A'], ['madonna', 'M'], ['  Cher  ', 'C']]);
    });

    it('gives one grapheme with firstInitialOnly', () => {
      expectEqual(initials('Ada Lovelace', { firstInitialOnly: true }), 'A');
      expectEqual(initials('Émile Zola', { firstInitialOnly: true }), 'É');
    });

    it('keeps accented letters, whether composed or decomposed', () => {
      expectInitials([
        ['Émile Zola', 'ÉZ'],
        ['E\u0301mile Zola', '\u00C9Z'],
        ['ángel garcía', 'ÁG'],
        ['Ørjan Åsheim', 'ØÅ'],
        ['łukasz żak', 'ŁŻ'],
        ['İsmail Öztürk', 'İÖ'],
        ['Nguye\u0302\u0303n Văn An', 'NA'],
        ['Đặng Thái Sơn', 'ĐS'],
        ['ñusta çelik', 'ÑÇ'],
      ]);
    });

    it('keeps a letter and its combining marks as one grapheme', () => {
      // Q with a combining acute has no precomposed form: a UTF-16 slice would cut the accent off.
      expectEqual(initials('q\u0301uinn smith'), 'Q\u0301S');
      expectEqual(initials('ẹ\u0300dún'), 'Ẹ\u0300');
    });

    it('keeps letters whose capital is two letters as written', () => {
      expectInitials([['ß', 'ß'], ['ǰosé ßmith', 'ǰß'], ['ŉ', 'ŉ']]);
    });

    it('does not split hyphenated names', () => {
      expectInitials([
        ['Jean-Luc Picard', 'JP'],
        ['Marie-Claire', 'M'],
        ['Anne-Marie Smith-Jones', 'AS'],
      ]);
    });

    it('reads an apostrophe inside a word as part of the word', () => {
      expectInitials([
        ["Conan O'Brien", 'CO'],
        ['D’Angelo Russell', 'DR'],
        ["Ngũgĩ wa Thiong'o", 'NT'],
      ]);
    });

    it('skips leading punctuation and symbols to the first letter or digit', () => {
      expectInitials([
        ['@ada', 'A'],
        ['¡Hola Mundo!', 'HM'],
        ['...Ada -Lovelace-', 'AL'],
        ['*Ada* _Lovelace_', 'AL'],
        ['2Pac Shakur', '2S'],
        ['R2 D2', 'RD'],
      ]);
    });

    it('leaves out words without a letter', () => {
      expectInitials([
        ['Agent 007', 'A'],
        ['Ada Lovelace 🎉', 'AL'],
        ['🎉 Ada Lovelace 🎉', 'AL'],
        ['Ada & Charles', 'AC'],
        ['Ada – Lovelace', 'AL'],
      ]);
    });

    it('limits a letter to three combining marks (Zalgo text)', () => {
      const zalgo = 'Z\u0337\u0322\u031B\u0334\u0338\u0336a\u0335 Z\u0337\u0322\u031B\u0334\u0338\u0336a';
      const result = initials(zalgo);
      expect(graphemesOf(result)).to.have.length(2);
      for (const grapheme of graphemesOf(result)) expect([...grapheme].length).to.be.at.most(4);
    });
  });

  describe('with bracketed asides', () => {
    it('removes bracketed spans', () => {
      expectInitials([
        ['Ada (she/her) Lovelace', 'AL'],
        ['Ada Lovelace (she/her)', 'AL'],
        ['[Host] Ada Lovelace', 'AL'],
        ['Ada Lovelace {away}', 'AL'],
        ['Ada Lovelace <ada@example.com>', 'AL'],
        ['Ada (Analytical (Engine) Society) Lovelace', 'AL'],
      ]);
    });

    it('removes full-width and CJK bracketed spans', () => {
      const pairs = ['（）', '［］', '｛｝', '＜＞', '【】', '「」', '『』', '〈〉', '《》', '〔〕'];
      for (const [open = '', close = ''] of pairs.map((pair) => [...pair])) {
        expectInitials([
          [`Ada ${open}Host${close} Lovelace`, 'AL'],
          [`Ada Lovelace ${open}Host${close}`, 'AL'],
        ]);
      }
      expectInitials([['李小龙（讲师）', '李'], ['【讲师】李小龙', '李']]);
    });

    it('separates words where a span was removed', () => {
      expectInitials([['Ada(she/her)Lovelace', 'AL'], ['Ada[x]Lovelace', 'AL']]);
    });

    it('leaves unmatched brackets as punctuation', () => {
      expectInitials([
        ['Ada (Lovelace', 'AL'],
        ['Ada Lovelace)', 'AL'],
        ['(Ada] Lovelace', 'AL'],
      ]);
    });

    it('uses the bracketed text when it is all there is', () => {
      expectInitials([['(Bob)', 'B'], ['<ada@example.com>', 'A'], ['[Ada Lovelace]', 'AL']]);
    });

    it('treats HTML as text, never as markup', () => {
      expectInitials([['<b>Ada</b> Lovelace', 'AL'], ['<script>alert(1)</script>', 'A']]);
      const result = initials('<img src=x onerror=alert(1)>');
      expect(result).to.not.match(/[<>]/);
      expect(graphemesOf(result).length).to.be.at.most(2);
    });
  });

  describe('with quoted nicknames', () => {
    it('removes nicknames in every kind of quotation mark', () => {
      expectInitials([
        ['Robert "Bob" Smith', 'RS'],
        ["Robert 'Bob' Smith", 'RS'],
        ['Robert “Bob” Smith', 'RS'],
        ['Robert ‘Bob’ Smith', 'RS'],
        ['Robert «Bob» Smith', 'RS'],
        ['Robert „Bob“ Smith', 'RS'],
        ['Robert ”Bob” Smith', 'RS'],
        ['Robert »Bob« Smith', 'RS'],
        ['Robert ‹Bob› Smith', 'RS'],
        ['Robert Smith "Bob"', 'RS'],
        ['Robert "Bobby Joe" Smith', 'RS'],
      ]);
    });

    it('does not take an apostrophe for a quotation mark', () => {
      expectInitials([
        ["Shaquille O'Neal 'Shaq'", 'SO'],
        ["D'Angelo 'Dee' O'Brien", 'DO'],
        ['Jesus’ Disciple', 'JD'],
      ]);
    });

    it('does not take Hebrew gershayim for a quotation mark', () => {
      expectEqual(initials('ד"ר משה "מושיקו" כהן'), 'מכ');
    });

    it('keeps an unclosed quotation mark as punctuation', () => {
      expectInitials([['Robert "Bob Smith', 'RS'], ["Robert 'Bob Smith", 'RS']]);
    });

    it('uses the quoted text when it is all there is', () => {
      expectInitials([['"Bob"', 'B'], ['"Ada Lovelace" <ada@example.com>', 'AL']]);
    });
  });

  describe('with titles and suffixes', () => {
    it('drops leading honorifics, with or without a dot, in any case', () => {
      expectInitials([
        ['Dr. Ada Lovelace', 'AL'],
        ['dr ada lovelace', 'AL'],
        ['DR. ADA LOVELACE', 'AL'],
        ['Prof. Dr. Ada Lovelace', 'AL'],
        ['Mr John Smith', 'JS'],
        ['Mrs. Jane Smith', 'JS'],
        ['Ms Jane Smith', 'JS'],
        ['Mx. Sam Taylor', 'ST'],
        ['Sir Ian McKellen', 'IM'],
        ['Dame Judi Dench', 'JD'],
        ['Lady Ada Lovelace', 'AL'],
        ['Rev. Martin Luther King', 'MK'],
        ['Herr Jürgen Müller', 'JM'],
        ['Mme Marie Curie', 'MC'],
        ['Sra. Ana García', 'AG'],
        ['Dott.ssa Maria Rossi', 'MR'],
      ]);
    });

    it('drops the faculty of a German doctorate, but not a given name', () => {
      expectInitials([
        ['Dr. med. Hans Müller', 'HM'],
        ['Prof. Dr. rer. nat. Hans Müller', 'HM'],
        ['Dr.-Ing. Hans Müller', 'HM'],
        ['Dr. Phil McGraw', 'PM'],
        ['Nat King Cole', 'NC'],
      ]);
    });

    it('drops honorifics in other scripts', () => {
      expectInitials([
        ['آقای خسرو رحیمی', 'خ'],
        ['د. أحمد زويل', 'أ'],
        ['ד"ר משה כהן', 'מכ'],
        ['श्री राम कुमार', 'रक'],
        ['г-н Иван Петров', 'ИП'],
      ]);
    });

    it('keeps an honorific when no other word remains', () => {
      expectInitials([['Dr.', 'D'], ['Lord Byron', 'B'], ['Sir', 'S']]);
    });

    it('keeps given names that are also titles elsewhere', () => {
      expectInitials([['Don Smith', 'DS'], ['Hon Lam', 'HL'], ['Gen Hoshino', 'GH'], ['Pan Wei', 'PW']]);
    });

    it('drops trailing suffixes', () => {
      expectInitials([
        ['John Smith Jr.', 'JS'],
        ['John Smith, Jr.', 'JS'],
        ['Martin Luther King Jr', 'MK'],
        ['John Smith III', 'JS'],
        ['Henry VIII', 'H'],
        ['Ada Lovelace PhD', 'AL'],
        ['Ada Lovelace, Ph.D.', 'AL'],
        ['Gregory House MD', 'GH'],
        ['Ada Lovelace, MD, PhD', 'AL'],
      ]);
    });

    it('keeps surnames that look like suffixes', () => {
      expectInitials([['Jet Li', 'JL'], ['Xi Jinping', 'XJ'], ['Tran Thi Vi', 'TV'], ['Jr.', 'J']]);
    });
  });

  describe('with "Last, First"', () => {
    it('reorders a name with one comma', () => {
      expectInitials([
        ['Lovelace, Ada', 'AL'],
        ['Lovelace,Ada', 'AL'],
        ['Lovelace，Ada', 'AL'],
        ['Lovelace, Dr. Ada', 'AL'],
        ['de Gaulle, Charles', 'CG'],
        ['رحیمی، خسرو', 'خ'],
      ]);
    });

    it('reorders around suffixes', () => {
      expectInitials([
        ['Smith Jr., John', 'JS'],
        ['King, Martin Luther, Jr.', 'MK'],
        ['Lovelace, Ada, PhD', 'AL'],
      ]);
    });

    it('leaves a list of several commas in order', () => {
      expectInitials([['Ada, Bob, Carol', 'AC'], ['Smith,', 'S']]);
    });
  });

  describe('with an e-mail address', () => {
    it('uses the local part split on . _ - +', () => {
      expectInitials([
        ['ada.lovelace@example.com', 'AL'],
        ['ADA_LOVELACE@EXAMPLE.COM', 'AL'],
        ['jean-luc.picard@starfleet.org', 'JP'],
        ['ada+lovelace@example.com', 'AL'],
        ['ada@example.com', 'A'],
        ['ada.lovelace.1815@example.com', 'AL'],
        ['  ada.lovelace@example.com  ', 'AL'],
      ]);
    });

    it('gives no initials for a local part without letters', () => {
      expectEqual(initials('12345@example.com'), '');
    });
  });

  describe('with names without letters', () => {
    it('gives no initials', () => {
      expectInitials([
        ['', ''],
        ['   ', ''],
        ['\t\n\u3000', ''],
        ['123', ''],
        ['?', ''],
        ['!!!', ''],
        ['-', ''],
        ['∞ ½', ''],
        ['\u0301\u0301', ''],
        ['ー', ''],
      ]);
    });

    it('gives no initials for IP addresses', () => {
      expectInitials([
        ['192.168.0.1', ''],
        ['10.0.0.1:8080', ''],
        ['::1', ''],
        ['fe80::1%eth0', ''],
        ['2001:db8::ff00:42:8329', ''],
        ['[2001:db8::1]:443', ''],
      ]);
      expectEqual(initials('192.168.0.1', { allowPhoneInitials: true }), '');
      expectEqual(initials('fe80::1', { allowPhoneInitials: true }), '');
    });

    it('gives no initials for phone numbers by default', () => {
      expectInitials([
        ['+1 (555) 123-4567', ''],
        ['555-1234', ''],
        ['+44 20 7946 0958', ''],
        ['5551234567', ''],
        ['+1 555 123 4567 ext. 89', ''],
        ['tel:+15551234567', ''],
      ]);
    });

    it('gives phone numbers the first digits of their first and last groups with allowPhoneInitials', () => {
      expectInitials(
        [
          ['+1 (555) 123-4567', '14'],
          ['+44 20 7946 0958', '40'],
          ['555.123.4567', '54'],
          ['5551234567', '5'],
          ['+1 555 123 4567 ext. 89', '14'],
          ['０３-１２３４-５６７８', '05'],
          ['+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧', '٩٤'],
          ['123', '1'],
          ['42', ''],
          ['Ada Lovelace', 'AL'],
          ['Caller 5551234', 'C'],
        ],
        { allowPhoneInitials: true },
      );
      expectEqual(initials('+44 20 7946 0958', { allowPhoneInitials: true, firstInitialOnly: true }), '4');
    });
  });

  describe('with emoji', () => {
    it('gives an emoji-only name its first emoji', () => {
      expectInitials([['🎉', '🎉'], ['🎉🎂', '🎉'], ['🎉 🎂', '🎉'], ['❤️', '❤️'], ['(🎉)', '🎉']]);
    });

    it('keeps a ZWJ family emoji whole', () => {
      expectEqual(initials('👨‍👩‍👧‍👦'), '👨‍👩‍👧‍👦');
      expectEqual(initials('👨‍👩‍👧‍👦 👨‍👩‍👧‍👦'), '👨‍👩‍👧‍👦');
    });

    it('keeps a flag whole', () => {
      expectInitials([['🇯🇵', '🇯🇵'], ['🇯🇵🇫🇷', '🇯🇵'], ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'], ['🏳️‍🌈', '🏳️‍🌈']]);
    });

    it('keeps a skin-tone sequence whole', () => {
      expectInitials([['👍🏽', '👍🏽'], ['👩🏽‍💻', '👩🏽‍💻'], ['👩🏻‍❤️‍💋‍👨🏼', '👩🏻‍❤️‍💋‍👨🏼']]);
    });

    it('keeps a keycap whole', () => {
      expectInitials([['1️⃣', '1️⃣'], ['#️⃣ 2️⃣', '#️⃣']]);
    });
  });

  describe('for CJK and Korean names', () => {
    it('gives a Han name its first character', () => {
      expectInitials([
        ['李小龙', '李'],
        ['毛泽东', '毛'],
        ['李 小龙', '李'],
        ['山田\u3000太郎', '山'],
        ['李 Bruce', '李'],
      ]);
    });

    it('keeps an astral Han character whole', () => {
      expectEqual(initials('𠮷野家'), '𠮷');
    });

    it('keeps an ideographic variation sequence whole', () => {
      expectEqual(initials('葛\u{E0100}飾'), '葛\u{E0100}');
    });

    it('gives a Hangul name its first syllable, with or without spaces', () => {
      expectInitials([
        ['김민준', '김'],
        ['김 민준', '김'],
        ['남궁 민수', '남'],
        ['\u1100\u1175\u11B7\u1106\u1175\u11AB', '김'],
      ]);
    });

    it('gives a kana name its first character', () => {
      expectInitials([['さくら', 'さ'], ['サトウ ハナコ', 'サ'], ['ｻﾄｳ ﾊﾅｺ', 'サ']]);
    });
  });

  describe('for Arabic-family names', () => {
    it('gives one letter', () => {
      expectInitials([
        ['محمد علي', 'م'],
        ['عمران خان', 'ع'],
        ['ܐܦܪܝܡ ܣܘܪܝܝܐ', 'ܐ'],
        ['ߛߊ߬ߟߌߝ ߞߊ߲ߕߋ', 'ߛ'],
        ['ᠮᠣᠩᠭᠣᠯ ᠬᠦᠮᠦᠨ', 'ᠮ'],
      ]);
    });

    it('never joins two letters of a Persian name into a word', () => {
      expectEqual(initials('خسرو رحیمی'), 'خ');
    });

    it('drops harakat', () => {
      expectInitials([['مُحَمَّد', 'م'], ['خُسرو رَحیمی', 'خ'], ['ﺧُﺴﺮﻭ', 'خ']]);
    });

    it('keeps hamza and madda, which make other letters', () => {
      expectInitials([['أحمد', 'أ'], ['إبراهيم', 'إ'], ['آمنة', 'آ'], ['\u0627\u0654حمد', 'أ']]);
    });

    it('skips the tatweel', () => {
      expectEqual(initials('ـمحمد'), 'م');
    });
  });

  describe('for Hebrew names', () => {
    it('gives two letters without niqqud', () => {
      expectInitials([['דוד לוי', 'דל'], ['שָׁלוֹם כֹּהֵן', 'שכ'], ['\uFB2Aלום', 'ש']]);
    });

    it('keeps logical order and adds no bidi marks', () => {
      const result = initials('דוד לוי');
      expectDeepEqual([...result], ['ד', 'ל']);
      expect(result).to.not.match(bidiControls);
      expectEqual(initials('\u2067דוד לוי\u2069'), 'דל');
    });
  });

  describe('for Indic names', () => {
    it('keeps the first consonant cluster with its virama', () => {
      expectInitials([
        ['क्षितिज', 'क्ष'],
        ['प्रिया शर्मा', 'प्रश'],
        ['ক্ষমা', 'ক্ষ'],
        ['ప్రసాద్', 'ప్ర'],
        ['स्त्री', 'स्त्र'],
      ]);
    });

    it('drops vowel signs and vowel modifiers', () => {
      expectInitials([
        ['राम', 'र'],
        ['आँचल', 'आ'],
        ['अमित शाह', 'अश'],
        ['रवीन्द्रनाथ ठाकुर', 'रठ'],
        ['রবীন্দ্রনাথ ঠাকুর', 'রঠ'],
        ['ராமன்', 'ர'],
        ['கமலா ஹாரிஸ்', 'கஹ'],
        ['નરેન્દ્ર મોદી', 'નમ'],
        ['ಕೃಷ್ಣ', 'ಕ'],
        ['മോഹൻലാൽ', 'മ'],
        ['ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', 'ਗਸ'],
        ['ସୁଦର୍ଶନ', 'ସ'],
        ['කුමාර', 'ක'],
      ]);
    });

    it('keeps a nukta, which makes another consonant', () => {
      expectEqual(initials('ज़ैनब'), 'ज\u093C');
    });

    it('drops a virama that joins nothing', () => {
      expectEqual(initials('ஸ்ரீதேவி'), 'ஸ');
    });
  });

  describe('for Thai and Lao names', () => {
    it('skips a leading vowel', () => {
      expectInitials([
        ['สมชาย ใจดี', 'สจ'],
        ['เกศินี', 'ก'],
        ['ไพโรจน์ แสงทอง', 'พส'],
        ['ເພັດ ແກ້ວ', 'ພກ'],
        ['ໄຊ', 'ຊ'],
      ]);
    });

    it('drops vowel and tone marks above and below the consonant', () => {
      expectInitials([['พิชัย', 'พ'], ['ก้อง', 'ก'], ['ກິ່ງ', 'ກ'], ['กำ', 'ก']]);
    });
  });

  describe('for other Brahmic and vowel-marking scripts', () => {
    it('gives Khmer its first consonant cluster without vowel signs', () => {
      expectInitials([['សុខា', 'ស'], ['ស្រី', 'ស្រ']]);
    });

    it('gives Myanmar and Thaana their base consonants', () => {
      expectInitials([['မောင်မောင်', 'မ'], ['މުޙައްމަދު ނަޝީދު', 'މނ']]);
    });
  });

  describe('for Cyrillic, Greek, Georgian and Armenian names', () => {
    it('upper-cases Cyrillic', () => {
      expectInitials([['Иван Петров', 'ИП'], ['иван петров', 'ИП'], ['Йоанна', 'Й'], ['и\u0306оанна', 'Й']]);
    });

    it('upper-cases Greek without accents', () => {
      expectInitials([
        ['Νίκος Παπαδόπουλος', 'ΝΠ'],
        ['Άννα Οικονόμου', 'ΑΟ'],
        ['ελένη', 'Ε'],
        ['Ἀλέξανδρος', 'Α'],
      ]);
    });

    it('keeps Georgian in Mkhedruli', () => {
      expectEqual(initials('გიორგი ბერიძე'), 'გბ');
    });

    it('upper-cases Armenian', () => {
      expectInitials([['Արամ Խաչատրյան', 'ԱԽ'], ['արամ', 'Ա']]);
    });

    it('handles other scripts with the default rule', () => {
      expectInitials([['አበበ ቢቂላ', 'አቢ'], ['ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ', 'ᏣᎦ']]);
    });
  });

  describe('with words in different scripts', () => {
    it('counts the last word only in the script of the first', () => {
      expectInitials([
        ['Ivan Петров', 'I'],
        ['Алексей Smith', 'А'],
        ['Bruce 李', 'B'],
        ['דוד Levi', 'ד'],
        ['Ada Lovelace 李', 'A'],
      ]);
    });
  });

  describe('with compatibility forms', () => {
    it('folds full-width Latin to ASCII', () => {
      expectInitials([['ＡＢＣ', 'A'], ['Ｒｏｂｅｒｔ Ｓｍｉｔｈ', 'RS'], ['ｒｏｂｅｒｔ', 'R']]);
    });

    it('folds styled mathematical letters and ligatures', () => {
      expectInitials([['𝐀𝐝𝐚 𝐋𝐨𝐯𝐞𝐥𝐚𝐜𝐞', 'AL'], ['𝓙𝓸𝓱𝓷', 'J'], ['ﬁona', 'F']]);
    });
  });

  describe('with invisible and control characters', () => {
    it('drops format characters', () => {
      expectInitials([
        ['\u200BAda Lovelace', 'AL'],
        ['A\u200Bda Lovelace', 'AL'],
        ['\u202EAda Lovelace\u202C', 'AL'],
        ['\u200EAda \u200FLovelace', 'AL'],
        ['\uFEFFAda', 'A'],
        ['\u00ADAda \u2060Lovelace', 'AL'],
        ['\u2066\u2067Ada\u2069 Lovelace', 'AL'],
      ]);
    });

    it('drops Hangul fillers, which are invisible letters', () => {
      expectInitials([['\u3164', ''], ['\u3164 Ada', 'A'], ['\uFFA0\u115F', '']]);
    });

    it('strips control characters', () => {
      expectInitials([['\u0000Ada\u0007 \u001BLovelace', 'AL'], ['Ada\u0000', 'A'], ['\u0085Ada\u001FLovelace', 'AL']]);
    });

    it('never treats a lone surrogate as a letter', () => {
      expectInitials([['\uD800', ''], ['\uDC00', ''], ['\uDE00Ada', 'A'], ['Ada \uD83D Lovelace', 'AL']]);
    });

    it('drops a stray ZWJ after a letter', () => {
      expectEqual(initials('a\u200Db'), 'A');
    });
  });

  describe('with very long names', () => {
    it('finds the first and last words of a 100 kB name', () => {
      expectInitials([
        [`Ada ${'x'.repeat(100_000)} Lovelace`, 'AL'],
        [`Ada ${'Middle '.repeat(15_000)}Lovelace`, 'AL'],
        [`Ada ${'x'.repeat(100_000)}`, 'AX'],
        ['a'.repeat(100_000), 'A'],
        [' '.repeat(100_000), ''],
        ['\u0301'.repeat(100_000), ''],
        ['🎉'.repeat(50_000), '🎉'],
        [`${'('.repeat(1_000)}Ada ${'x'.repeat(100_000)} Lovelace`, 'AL'],
        [`${'"'.repeat(1_000)}Ada`, 'A'],
        [`A${'\u0301'.repeat(100_000)}da`, '\u00C1\u0301\u0301\u0301'],
      ]);
    });

    it('finds the first and last words of a 2,000-word name', () => {
      expectEqual(initials(Array.from({ length: 2000 }, (_, index) => `word${index}`).join(' ')), 'WW');
    });
  });

  describe('for any string', () => {
    const units = {
      grapheme: fc.string({ unit: 'grapheme', maxLength: 40 }),
      binary: fc.string({ unit: 'binary', maxLength: 40 }),
      codeUnit: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }),
      nameParts: fc.string({
        unit: fc.constantFrom(
          'Ada', 'lovelace', ' ', ' ', '(', ')', '（', '「', '」', '"', "'", '’', '«', '»', ',', '،', '@', '.', '-',
          '+', 'Dr.', 'Jr.', 'II', '\u200D', '\u200C', '\u200B', '\u202E', '\u094D', 'क', 'ष', 'ि', '\u093C',
          '🇯', '🇵', '👨', '🏽', '\uFE0F', '\u20E3', '\u{E0067}', '\uD800', '\uDC00', 'ß', 'ǰ', 'ไ', 'ก', '\u0E34',
          'ـ', 'خ', 'ُ', 'ש', '\u05B8', '\u0301', '\u3164', '5', '٣', '李', '김', 'Ά', 'გ', '\u0000', '\n', 'ＡＢ',
          '\uFDFA', '𝐀', 'ൎ', '\u1100', '\u1161', 'Ꮳ',
        ),
        maxLength: 30,
      }),
    };

    for (const [unit, strings] of Object.entries(units)) {
      it(`never throws and gives at most two graphemes (${unit})`, () => {
        fc.assert(
          fc.property(strings, fc.boolean(), fc.boolean(), (name, firstInitialOnly, allowPhoneInitials) => {
            const result = initials(name, { firstInitialOnly, allowPhoneInitials });
            expect(result).to.be.a('string');
            expect(graphemesOf(result).length).to.be.at.most(firstInitialOnly ? 1 : 2);
          }),
          { numRuns: 500 },
        );
      });

      it(`gives no control, format or lone surrogate characters (${unit})`, () => {
        fc.assert(
          fc.property(strings, (name) => {
            const result = initials(name);
            expectDeepEqual(invisibleCharactersIn(result), [], JSON.stringify(result));
            expect(result).to.not.match(loneSurrogate);
            expect(result).to.not.match(bidiControls);
          }),
          { numRuns: 500 },
        );
      });
    }

    it('gives the same initials for NFC and NFD input', () => {
      fc.assert(
        fc.property(units.grapheme, (name) => {
          expectEqual(initials(name.normalize('NFD')), initials(name.normalize('NFC')));
        }),
        { numRuns: 500 },
      );
    });

    it('gives digits only for phone numbers with allowPhoneInitials', () => {
      const phoneCharacters = fc.constantFrom('0', '1', '5', '9', ' ', '-', '(', ')', '.', '+');
      const phone = fc.string({ unit: phoneCharacters, minLength: 1 });
      fc.assert(
        fc.property(phone, (number) => {
          expect(initials(number, { allowPhoneInitials: true })).to.match(/^\d{0,2}$/);
          expectEqual(initials(number), '');
        }),
      );
    });

    it('stays bounded for long strings', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', minLength: 1000, maxLength: 3000 }), (name) => {
          expect(graphemesOf(initials(name)).length).to.be.at.most(2);
        }),
        { numRuns: 30 },
      );
    });
  });
});
