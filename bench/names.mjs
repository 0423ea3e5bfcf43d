// Deterministic international display names for the benchmark: same seed, same 1,000 distinct names everywhere.

/** A small, fast seeded PRNG (mulberry32); returns floats in [0, 1). */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN_GIVEN = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Linda', 'Michael', 'Susan', 'David', 'Karen',
  'Oliver', 'Emma', 'Liam', 'Sophia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Chloe', 'Amara', 'Kwame'];
const LATIN_FAMILY = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark',
  'van der Berg', 'de la Cruz', "O'Brien", 'McDonald', 'Schmidt', 'Rossi', 'Kowalski', 'Nguyen', 'Silva', 'Okafor'];

/** Per kind: given names, family names, and how to join them. `familyFirst` joins without a space half the time. */
const POOLS = {
  latin: { given: LATIN_GIVEN, family: LATIN_FAMILY },
  accented: {
    given: ['José', 'Zoë', 'Łukasz', 'Ångström', 'Éloïse', 'Jürgen', 'Søren', 'Çağlar', 'Ñuño', 'Žofie', 'Ðorđe',
      'Íñigo', 'Maëlle', 'Ørjan', 'Ștefan', 'Ümit', 'François', 'Þór', 'Ærin', 'Đặng'],
    family: ['Müller', 'García', 'Ødegård', 'Šimůnek', 'Brontë', 'Gonçalves', 'Łęcki', 'Ísleifsson', 'Dvořáková',
      'Ñáñez', 'Çelik', 'Énard', 'Szőke', 'Yılmaz', 'Nørgaard', 'Hernández', 'Jiménez', 'Åberg', 'Nguyễn', 'Ōtsuka'],
  },
  cjk: {
    given: ['伟', '芳', '娜', '敏', '静', '浩然', '子轩', '雨桐', '太郎', '花子', '翔太', '美咲', '陽菜', 'さくら', 'ゆうき'],
    family: ['王', '李', '张', '刘', '陈', '杨', '黄', '山田', '佐藤', '鈴木', '高橋', '田中', '渡辺', '中村'],
    familyFirst: true,
  },
  korean: {
    given: ['민준', '서연', '지훈', '하은', '도윤', '지우', '예준', '수아', '시우', '하린'],
    family: ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '남궁', '황보'],
    familyFirst: true,
  },
  arabic: {
    given: ['محمد', 'فاطمة', 'أحمد', 'مريم', 'علي', 'خديجة', 'عمر', 'ليلى', 'يوسف', 'نور', 'حسن', 'مُحَمَّد'],
    family: ['العلي', 'الحسن', 'منصور', 'حداد', 'الخطيب', 'سليمان', 'القاسم', 'عبدالله', 'النجار', 'الراشد'],
  },
  persian: {
    // علی‌رضا carries a ZWNJ inside the word, as Persian writes it.
    given: ['خسرو', 'مریم', 'علی‌رضا', 'پریسا', 'سیاوش', 'نگار', 'کوروش', 'شیرین', 'فرهاد', 'ژیلا'],
    family: ['رحیمی', 'محمدی', 'حسینی', 'کریمی', 'تهرانی', 'اصفهانی', 'جعفری', 'رضایی', 'موسوی', 'قاسمی'],
  },
  hebrew: {
    given: ['דוד', 'שרה', 'יוסף', 'רחל', 'משה', 'מרים', 'אברהם', 'לאה', 'נועה', 'יונתן', 'שָׂרָה'],
    family: ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם', 'פרידמן', 'שפירא', 'אזולאי'],
  },
  cyrillic: {
    given: ['Александр', 'Мария', 'Дмитрий', 'Анна', 'Сергей', 'Елена', 'Иван', 'Ольга', 'Андрій', 'Олена',
      'Никола', 'Јована', 'Ёжи'],
    family: ['Иванов', 'Петрова', 'Смирнов', 'Кузнецова', 'Шевченко', 'Коваленко', 'Попов', 'Соколова', 'Јовановић',
      'Ёлкин'],
  },
  greek: {
    given: ['Γιώργος', 'Μαρία', 'Ελένη', 'Δημήτρης', 'Νίκος', 'Αικατερίνη', 'Σοφία', 'Κώστας', 'Ιωάννης', 'Αναστασία'],
    family: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Νικολάου', 'Δημητρίου', 'Ιωάννου', 'Παπαδάκη', 'Βασιλείου',
      'Αντωνίου', 'Μακρή'],
  },
  devanagari: {
    given: ['अमित', 'प्रिया', 'राहुल', 'सुनीता', 'विक्रम', 'अंजलि', 'श्रेया', 'क्षितिज', 'ज्ञानेश', 'दीपक'],
    family: ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'त्रिपाठी', 'श्रीवास्तव', 'कुमार'],
  },
  thai: {
    // Several start with a leading vowel (เ แ โ ไ), which Thai initials skip.
    given: ['สมชาย', 'สมศรี', 'ประเสริฐ', 'เกศินี', 'ไพโรจน์', 'โสภา', 'แสงเดือน', 'อนุชา', 'วิไล', 'เอกชัย'],
    family: ['ใจดี', 'รัตนากร', 'ศรีสุข', 'แก้วมณี', 'เพชรรัตน์', 'วงศ์ใหญ่', 'สุขประเสริฐ', 'ทองดี'],
  },
  emoji: {
    given: ['🦊', '🌸', '🚀', '👩‍💻', '🦁', '🎉', '🏳️‍🌈', '🇯🇵', '❤️', '👍🏽', '🧑🏿‍🚀', '🇧🇷'],
    family: LATIN_GIVEN,
  },
  hyphenated: {
    given: ['Jean-Luc', 'Anne-Marie', 'Mary-Kate', 'Hans-Peter', 'Marie-Ève', 'Karl-Heinz', 'Jean-Baptiste',
      'Ana-Sofía', ...LATIN_GIVEN.slice(0, 6)],
    family: ['Smith-Jones', 'Lloyd-Webber', 'Bonham-Carter', 'García-Márquez', 'Zeta-Jones', 'Saint-Exupéry',
      'Rimsky-Korsakov', 'Ben-Gurion'],
  },
};

const TITLES = ['Dr.', 'Prof.', 'Mr', 'Mrs', 'Ms', 'Mx', 'Sir', 'Dame', 'Prof. Dr.'];
const SUFFIXES = ['Jr.', 'Sr.', 'II', 'III', 'PhD', 'MD'];
const NICKNAMES = ['Bob', 'Liz', 'Bill', 'Kate', 'Mo', 'Jo'];
const MONONYMS = ['Madonna', 'Cher', 'Pelé', 'Björk', 'Prince', 'Zendaya', 'Sting', 'Rihanna', 'Adele', 'Moby',
  'Banksy', 'Бьянка', '宮崎', 'ユキ', 'Ελπίδα', 'ऋषि', 'ซัน', 'يارا', 'נויה', '하늘'];

/** The name kinds, in the order they rotate through the list. */
export const NAME_KINDS = ['latin', 'accented', 'cjk', 'korean', 'arabic', 'persian', 'hebrew', 'cyrillic', 'greek',
  'devanagari', 'thai', 'emoji', 'hyphenated', 'titles', 'single'];

function nameOfKind(kind, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  if (kind === 'titles') {
    // Titles, suffixes, `Last, First`, quoted and bracketed nicknames, e-mail addresses.
    const given = pick(LATIN_GIVEN);
    const family = pick(LATIN_FAMILY.slice(0, 10));
    switch (Math.floor(rand() * 5)) {
      case 0: return `${pick(TITLES)} ${given} ${family}`;
      case 1: return `${given} ${family} ${pick(SUFFIXES)}`;
      case 2: return `${family}, ${given}`;
      case 3: return rand() < 0.5 ? `${given} "${pick(NICKNAMES)}" ${family}` : `${given} (${pick(NICKNAMES)}) ${family}`;
      default: return `${given.toLowerCase()}.${family.toLowerCase()}@example.com`;
    }
  }
  if (kind === 'single') {
    if (rand() < 0.4) return pick(MONONYMS);
    return pick(POOLS[pick(NAME_KINDS.slice(0, 11))].given);
  }
  const pool = POOLS[kind];
  const given = pick(pool.given);
  const family = pick(pool.family);
  if (kind === 'emoji') return rand() < 0.5 ? `${given} ${family}` : `${family} ${given}`;
  if (pool.familyFirst) return rand() < 0.5 ? `${family}${given}` : `${family} ${given}`;
  if (kind === 'latin' && rand() < 0.15) return `${given} ${pick(LATIN_GIVEN).charAt(0)}. ${family}`;
  // Some accented names arrive decomposed (NFD), with combining marks.
  if (kind === 'accented' && rand() < 0.2) return `${given} ${family}`.normalize('NFD');
  return `${given} ${family}`;
}

/**
 * `count` distinct names, kinds in rotation; when a kind has run out of fresh combinations the next kind is used.
 * @param {number} [count]
 * @param {number} [seed]
 * @returns {{name: string, kind: string}[]}
 */
export function generateNames(count = 1000, seed = 20260607) {
  const rand = mulberry32(seed);
  const seen = new Set();
  const out = [];
  for (let i = 0; out.length < count; i += 1) {
    const kind = NAME_KINDS[i % NAME_KINDS.length];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const name = nameOfKind(kind, rand);
      if (!seen.has(name)) {
        seen.add(name);
        out.push({ name, kind });
        break;
      }
    }
  }
  return out;
}
