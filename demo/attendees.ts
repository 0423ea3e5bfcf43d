// Made-up attendees for the list demo: varied international names (Latin with and without accents, CJK,
// Korean, Arabic, Hebrew, Persian, Devanagari, Thai, Cyrillic, Greek, Vietnamese, West African), an
// organisation and title each, and optionally one of the demo avatars. Seeded, so every run is the same.
import type { SessionProfileInput } from '../src/token/index.js';

interface NamePool {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Family name first, as in Chinese, Japanese, Korean and Vietnamese. */
  readonly familyFirst?: boolean;
  /** No space between family and given name, as in Chinese and Japanese. */
  readonly joined?: boolean;
}

const namePools: readonly NamePool[] = [
  {
    given: ['Ava', 'Noah', 'Olivia', 'Liam', 'Grace', 'Ethan', 'Chloe', 'Samuel', 'Ruby', 'Isaac', 'Harper', 'Owen', 'Matilda', 'Felix'],
    family: ['Smith', 'Johnson', "O'Brien", 'McDonald', 'Clarke', 'Walker', 'Hughes', 'Bennett', 'Fitzgerald', 'Osei-Bonsu', 'Whitfield'],
  },
  {
    given: ['José', 'Lucía', 'Íñigo', 'María', 'João', 'Conceição', 'Ramón', 'Inês', 'Begoña', 'Sebastián', 'Luíza', 'Tomás'],
    family: ['García', 'Hernández', 'Gonçalves', 'Núñez', 'de la Cruz', 'Peña', 'Ibáñez', 'Araújo', 'Castañeda', 'Magalhães'],
  },
  {
    given: ['Zoë', 'Jürgen', 'Søren', 'Ørjan', 'Åsa', 'Maëlle', 'François', 'Élodie', 'Þór', 'Günther', 'Anaïs'],
    family: ['Müller', 'Ødegård', 'Åberg', 'Brontë', 'Nørgaard', 'Lefèvre', 'Strauß', 'Þórsdóttir', 'Bjørnstad', 'Dupré'],
  },
  {
    given: ['Łukasz', 'Žofie', 'Ştefan', 'Jiří', 'Ágnes', 'Çağlar', 'Ümit', 'Ðorđe', 'Małgorzata', 'Tomáš'],
    family: ['Łęcki', 'Šimůnek', 'Szőke', 'Yılmaz', 'Çelik', 'Dvořáková', 'Popescu', 'Wiśniewska', 'Horváth'],
  },
  {
    given: ['伟', '芳', '浩然', '子轩', '雨桐', '静', '思远', '晓明', '嘉怡', '梓涵'],
    family: ['王', '李', '张', '刘', '陈', '欧阳', '赵', '周', '吴'],
    familyFirst: true,
    joined: true,
  },
  {
    given: ['太郎', '花子', '翔太', '美咲', 'さくら', '陽菜', '健一', '結衣', '大輔'],
    family: ['山田', '佐藤', '鈴木', '高橋', '田中', '渡辺', '小林', '伊藤'],
    familyFirst: true,
    joined: true,
  },
  {
    given: ['민준', '서연', '지훈', '하은', '도윤', '수아', '예준', '지우', '시우'],
    family: ['김', '이', '박', '최', '남궁', '정', '강', '윤'],
    familyFirst: true,
    joined: true,
  },
  {
    given: ['Minh', 'Lan', 'Tuấn', 'Hương', 'Đức', 'Thảo', 'Quang', 'Ngọc', 'Khánh'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng', 'Hoàng', 'Võ', 'Bùi'],
    familyFirst: true,
  },
  {
    given: ['محمد', 'فاطمة', 'أحمد', 'مريم', 'عمر', 'ليلى', 'يوسف', 'سلمى', 'خالد'],
    family: ['العلي', 'الحسن', 'منصور', 'حداد', 'الخطيب', 'النجار', 'سليمان', 'القاسم'],
  },
  {
    given: ['דוד', 'שרה', 'יונתן', 'נועה', 'מרים', 'אורי', 'תמר', 'איתן', 'יעל'],
    family: ['כהן', 'לוי', 'מזרחי', 'פרידמן', 'ביטון', 'שפירא', 'אזולאי', 'פרץ'],
  },
  {
    given: ['علی‌رضا', 'مریم', 'پریسا', 'کوروش', 'شیرین', 'سیاوش', 'نگار', 'فرهاد', 'ژیلا'],
    family: ['رحیمی', 'محمدی', 'تهرانی', 'موسوی', 'کریمی', 'جعفری', 'اصفهانی', 'قاسمی'],
  },
  {
    given: ['आरव', 'अनन्या', 'विवान', 'दीया', 'अर्जुन', 'सान्वी', 'इशान', 'प्रिया', 'रोहन'],
    family: ['शर्मा', 'वर्मा', 'पटेल', 'गुप्ता', 'सिंह', 'जोशी', 'मेहता', 'अय्यर'],
  },
  {
    given: ['สมชาย', 'สมหญิง', 'อนันต์', 'ปราณี', 'วิชัย', 'มาลี', 'ธนา', 'กมล', 'สุดา'],
    family: ['ใจดี', 'ศรีสุข', 'สุวรรณ', 'แสงทอง', 'รุ่งเรือง', 'บุญมา', 'ทองดี', 'วงศ์ใหญ่'],
  },
  {
    given: ['Александр', 'Мария', 'Дмитрий', 'Олена', 'Андрій', 'Јована', 'Ирина', 'Сергей', 'Наталья'],
    family: ['Иванов', 'Петрова', 'Шевченко', 'Коваленко', 'Јовановић', 'Смирнов', 'Соколова', 'Бондаренко'],
  },
  {
    given: ['Γιώργος', 'Μαρία', 'Ελένη', 'Νίκος', 'Σοφία', 'Δημήτρης', 'Κατερίνα', 'Κώστας', 'Αναστασία'],
    family: ['Παπαδόπουλος', 'Οικονόμου', 'Γεωργίου', 'Νικολάου', 'Ιωάννου', 'Βασιλείου', 'Δημητρίου', 'Αντωνίου'],
  },
  {
    given: ['Chinedu', 'Adaeze', 'Kwame', 'Ama', 'Oluwaseun', 'Wanjiru', 'Kofi', 'Nneka', 'Tendai', 'Amara'],
    family: ['Okafor', 'Mensah', 'Adeyemi', 'Kamau', 'Ọlátúnjí', 'Boateng', 'Achebe', 'Moyo', 'Diallo'],
  },
];

const organizations = ['Seinfield', 'Kramerica', 'Vandelay Industries', 'Pendant Publishing', 'Monk’s Café', 'Brand & Co', 'Northwind', 'Contoso'];
const titles = ['Producer', 'Engineer', 'Designer', 'Architect', 'Researcher', 'Writer', 'Organizer', 'Founder', 'Student'];

/** mulberry32: a tiny seeded PRNG, floats in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function randomName(random: () => number): string {
  const pool = pick(namePools, random);
  const given = pick(pool.given, random);
  const family = pick(pool.family, random);
  return pool.familyFirst ? `${family}${pool.joined ? '' : ' '}${given}` : `${given} ${family}`;
}

export interface AttendeeOptions {
  /** Image URLs to give about a third of the attendees; none when empty. */
  readonly avatarUrls: readonly string[];
  readonly seed?: number;
}

export function generateAttendees(count: number, { avatarUrls, seed = 2024 }: AttendeeOptions): SessionProfileInput[] {
  const random = seededRandom(seed);
  const attendees: SessionProfileInput[] = [];
  const taken = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    // A few tries for a name nobody has yet; past about a thousand attendees namesakes appear, as at any event.
    let displayName = randomName(random);
    for (let attempt = 0; attempt < 8 && taken.has(displayName); attempt += 1) displayName = randomName(random);
    taken.add(displayName);
    attendees.push({
      displayName,
      email: `attendee${index + 1}@example.com`,
      ...(avatarUrls.length && random() < 1 / 3 ? { avatarUrl: pick(avatarUrls, random) } : {}),
      userProfile: [
        ['organization', pick(organizations, random)],
        ['title', pick(titles, random)],
      ],
    });
  }
  return attendees;
}
