// Vocabulary for synthetic articles. Only data lives here; generate-*.ts combine it.
// Lists are long enough that Pagefind's index and the related-stories ranking see a
// realistic spread of words, not a handful repeated ten thousand times.

export const FIRST_NAMES = [
  ["Ahmed", "أحمد"], ["Mohammed", "محمد"], ["Ali", "علي"], ["Hassan", "حسن"], ["Hussein", "حسين"],
  ["Omar", "عمر"], ["Khalid", "خالد"], ["Youssef", "يوسف"], ["Ibrahim", "إبراهيم"], ["Mustafa", "مصطفى"],
  ["Karim", "كريم"], ["Samir", "سمير"], ["Tariq", "طارق"], ["Nabil", "نبيل"], ["Walid", "وليد"],
  ["Fadi", "فادي"], ["Rami", "رامي"], ["Ziad", "زياد"], ["Bassam", "بسام"], ["Majid", "ماجد"],
  ["Hamid", "حميد"], ["Jawad", "جواد"], ["Salim", "سليم"], ["Adel", "عادل"], ["Faisal", "فيصل"],
  ["Nasser", "ناصر"], ["Saeed", "سعيد"], ["Yasser", "ياسر"], ["Imad", "عماد"], ["Jamal", "جمال"],
  ["Layla", "ليلى"], ["Fatima", "فاطمة"], ["Maryam", "مريم"], ["Zainab", "زينب"], ["Noura", "نورة"],
  ["Huda", "هدى"], ["Rania", "رانيا"], ["Salma", "سلمى"], ["Dina", "دينا"], ["Amal", "أمل"],
  ["Leila", "ليلا"], ["Sara", "سارة"], ["Hala", "هالة"], ["Mona", "منى"], ["Reem", "ريم"],
  ["Abbas", "عباس"], ["Qasim", "قاسم"], ["Mahmoud", "محمود"], ["Osama", "أسامة"], ["Raed", "رائد"],
] as const;

export const LAST_NAMES = [
  ["Haddad", "حداد"], ["Khoury", "خوري"], ["Mansour", "منصور"], ["Saleh", "صالح"], ["Nasrallah", "نصر الله"],
  ["Barakat", "بركات"], ["Qassem", "قاسم"], ["Hamdan", "حمدان"], ["Jaber", "جابر"], ["Rahman", "رحمن"],
  ["Othman", "عثمان"], ["Darwish", "درويش"], ["Farouk", "فاروق"], ["Ghanem", "غانم"], ["Halabi", "حلبي"],
  ["Ismail", "إسماعيل"], ["Kanaan", "كنعان"], ["Maalouf", "معلوف"], ["Nassar", "نصار"], ["Rizk", "رزق"],
  ["Sabbagh", "صباغ"], ["Tamimi", "تميمي"], ["Zaidi", "زيدي"], ["Azzam", "عزام"], ["Bazzi", "بزي"],
  ["Chami", "شامي"], ["Dabbagh", "دباغ"], ["Fakhoury", "فاخوري"], ["Hariri", "حريري"], ["Jabouri", "جبوري"],
  ["Kubaisi", "كبيسي"], ["Mahdi", "مهدي"], ["Musawi", "موسوي"], ["Obeidi", "عبيدي"], ["Qaisi", "قيسي"],
  ["Rubaie", "ربيعي"], ["Shammari", "شمري"], ["Tikriti", "تكريتي"], ["Ubaidi", "عبيدي"], ["Yasiri", "ياسري"],
  ["Zubaidi", "زبيدي"], ["Anbari", "أنباري"], ["Bayati", "بياتي"], ["Dulaimi", "دليمي"], ["Fayyad", "فياض"],
  ["Hakim", "حكيم"], ["Juburi", "جبوري"], ["Karbalai", "كربلائي"], ["Lami", "لامي"], ["Mashhadani", "مشهداني"],
] as const;

export const PLACE_SYLLABLES = [
  "tal", "kar", "bas", "ram", "nah", "der", "zah", "qal", "mos", "hil", "fal", "suk",
  "jaz", "bar", "kha", "dor", "sam", "ira", "lat", "mar", "ash", "rub", "tik", "hab",
  "nur", "aw", "sha", "bak", "far", "wad",
] as const;

export const PLACE_KINDS = ["", "", "", " Province", " District", " Valley", " Port", " Crossing"] as const;

export const ORG_PATTERNS = [
  "National {X} Council", "{X} Petroleum Company", "Ministry of {Y}", "{X} Brigades", "{X} Movement",
  "{X} Development Fund", "Union of {Y} Workers", "{X} Central Bank", "{X} Human Rights Watch",
  "Supreme {Y} Authority", "{X} Red Crescent", "{X} Chamber of Commerce", "{X} Electoral Commission",
  "{X} Liberation Front", "{X} University", "{X} Ports Company", "Committee for {Y}", "{X} Airways",
] as const;

export const ORG_SUBJECTS = [
  "Energy", "Water", "Reconstruction", "Trade", "Transport", "Health", "Education", "Oil", "Defence",
  "Finance", "Agriculture", "Justice", "Housing", "Communications", "Tourism", "Labour", "Culture",
  "Planning", "Migration", "Heritage",
] as const;

export const PERSON_ROLES = [
  "minister", "spokesman", "spokeswoman", "prime minister", "president", "lawmaker", "commander",
  "governor", "analyst", "economist", "envoy", "ambassador", "mayor", "cleric", "activist", "negotiator",
] as const;

export const OUTLETS = [
  "AFP", "Reuters", "Associated Press", "Arab News", "Al-Monitor", "The National", "Rudaw", "Al Jazeera",
  "Asharq Al-Awsat", "Middle East Eye", "L'Orient Today", "Kurdistan24", "Shafaq News", "Tehran Times",
  "Iran International", "Gulf News", "Khaleej Times", "Daily Sabah", "Hurriyet Daily News", "Ahram Online",
  "Mada Masr", "Jordan Times", "The New Arab", "Enab Baladi", "Syria Direct", "Anadolu Agency",
  "Xinhua", "BBC Arabic", "Deutsche Welle", "Iraqi News Agency",
] as const;

export const TAGS = [
  "oil", "opec", "elections", "protests", "militias", "us-iraq", "iran-nuclear", "sanctions", "refugees",
  "water", "drought", "climate", "economy", "currency", "inflation", "banking", "corruption", "courts",
  "human-rights", "press-freedom", "diplomacy", "gulf", "yemen-war", "syria-war", "lebanon-crisis",
  "kurdistan", "turkey", "israel-palestine", "gaza", "west-bank", "egypt", "jordan", "saudi-arabia",
  "uae", "qatar", "oman", "kuwait", "bahrain", "iraq-politics", "iran-politics", "health", "covid-19",
  "education", "culture", "heritage", "archaeology", "sport", "football", "aviation", "shipping",
  "red-sea", "trade", "electricity", "reconstruction", "security", "terrorism", "daesh", "border",
  "migration", "technology",
] as const;

export const SUBJECTS = [
  "the government", "officials", "the ministry", "the central bank", "lawmakers", "the army", "protesters",
  "residents", "diplomats", "the opposition", "aid agencies", "the coalition", "local authorities",
  "security forces", "the committee", "investors", "farmers", "traders", "the United Nations", "the court",
] as const;

export const VERBS = [
  "announced", "rejected", "approved", "postponed", "welcomed", "criticised", "demanded", "proposed",
  "suspended", "resumed", "signed", "denied", "confirmed", "launched", "completed", "extended", "blocked",
  "investigated", "discussed", "negotiated", "reviewed", "expanded", "cut", "raised", "restored",
] as const;

export const OBJECTS = [
  "a new budget", "the ceasefire", "an agreement on water sharing", "the electricity contract",
  "plans to rebuild the old market", "a draft law on elections", "talks on prisoner exchanges",
  "the oil export deal", "a loan from the World Bank", "fuel subsidies", "the border crossing",
  "a bid to reopen the airport", "new tariffs on imports", "the investigation into the blast",
  "a programme to return displaced families", "the reconstruction fund", "the grain shipments",
  "the transfer of detainees", "a review of the constitution", "the pipeline project",
  "a plan to dredge the port", "salary payments to public employees", "the vaccination campaign",
  "the lease on the military base", "a census of the province",
] as const;

export const ADVERBIALS = [
  "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
  "late on Sunday", "early on Thursday", "last week", "this month", "after weeks of delay",
  "despite objections", "for the first time in a decade", "under pressure from donors",
  "amid rising prices", "after a court ruling", "following the talks", "in a statement",
  "at a news conference", "in a televised address", "without giving details",
] as const;

export const CLAUSES = [
  "the decision would be reviewed within thirty days",
  "negotiations were continuing behind closed doors",
  "no agreement had yet been reached on the final figures",
  "the measures were needed to stabilise the currency",
  "the move threatened to deepen the crisis",
  "the talks had made real progress",
  "the casualty figures could not be independently verified",
  "electricity cuts had lasted up to twenty hours a day",
  "thousands of families were still waiting to return home",
  "the price of bread had doubled since the spring",
  "investors were watching the vote closely",
  "the project would create several thousand jobs",
  "the region faced its worst drought in forty years",
  "the agreement needed parliament's approval",
  "several officials had been questioned by investigators",
  "the border had been closed to trucks since Friday",
  "the shipments would resume once inspections were complete",
  "previous attempts at reform had stalled",
  "the ruling could not be appealed",
  "turnout was lower than in the last election",
] as const;

export const NUMBERS = [
  "two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "fifteen", "twenty",
  "several dozen", "hundreds of", "more than a thousand", "about 40 percent of", "half of",
] as const;

export const NOUNS = [
  "families", "workers", "students", "soldiers", "doctors", "farmers", "refugees", "villages",
  "factories", "schools", "hospitals", "wells", "trucks", "tankers", "flights", "shops", "contracts",
  "detainees", "candidates", "teachers",
] as const;

export const QUOTES = [
  "We will not accept a solution imposed from outside.",
  "People cannot wait another year for electricity and clean water.",
  "This agreement is a first step, not the end of the road.",
  "Our doors remain open to dialogue with everyone.",
  "The numbers speak for themselves: prices have doubled.",
  "Nobody is above the law, whatever their position.",
  "We have asked our partners to keep their promises.",
  "The coming weeks will show whether this can hold.",
] as const;

export const ARABIC_WORDS = [
  "الحكومة", "أعلنت", "وزارة", "النفط", "الاتفاق", "المفاوضات", "البرلمان", "الانتخابات", "المياه",
  "الكهرباء", "المواطنين", "مشروع", "الميزانية", "الحدود", "الأمن", "المنطقة", "الاقتصاد", "الأسعار",
  "اللاجئين", "المساعدات", "العاصمة", "الرئيس", "رئيس", "الوزراء", "قال", "يوم", "الاثنين", "الخميس",
  "بعد", "قبل", "خلال", "على", "في", "من", "إلى", "أن", "مع", "هذا", "التي", "الذي", "جديد", "الأولى",
  "المحكمة", "التحقيق", "المجلس", "الشركة", "الصادرات", "الاستثمار", "العمال", "الطلاب",
] as const;

export const PERSIAN_WORDS = [
  "دولت", "وزارت", "نفت", "توافق", "مذاکرات", "مجلس", "انتخابات", "آب", "برق", "شهروندان", "طرح",
  "بودجه", "مرز", "امنیت", "منطقه", "اقتصاد", "قیمت", "پناهندگان", "کمک", "پایتخت", "رئیس",
  "جمهور", "گفت", "روز", "دوشنبه", "پنجشنبه", "پس", "از", "پیش", "در", "به", "که", "با", "این",
  "است", "شد", "کرد", "جدید", "نخستین", "دادگاه", "تحقیق", "شرکت", "صادرات", "سرمایه", "کارگران",
  "دانشجویان", "هفته", "گذشته", "امسال", "خبرگزاری",
] as const;
