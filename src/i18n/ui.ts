/**
 * Every string the site's interface shows, in one table per language. Pages and components read them
 * with `uiStrings(lang)`; browser scripts get the few they need from `data-*` attributes that the
 * server renders, so no dictionary is shipped to the browser. A second language is a second table
 * typed as `UiStrings`: a missing or misspelt key fails `astro check`.
 *
 * `{name}` marks a value filled in with `fill()` (./fill.ts).
 */
const en = {
  site: {
    name: 'Observer Missions',
    tagline: 'What peacekeeping observer missions are, what observers do, and how they worked in real cases.',
    footer:
      'Observer Missions is an independent explainer. Every fact links to its source; where sources disagree, we say so.',
    sitemap: 'Sitemap',
    /** The licence of the site's words and data, in its feeds and footer. */
    licence: 'Text and data: Creative Commons Attribution 4.0 (CC BY 4.0). Quotations keep their authors’ terms.',
    /** The name of the language's feed, where pages link to it. */
    feed: 'New and updated articles (RSS)',
    /** The page title with the site name, when it fits in what search engines show. */
    titleWithSite: '{title} | {site}',
  },
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    menu: 'Menu',
    articles: 'Articles',
    atlas: 'Atlas',
    glossary: 'Glossary',
    allSections: 'All sections',
  },
  theme: { dark: 'Dark theme' },
  /** Notes on a translated page. (The language link's text is each language's own name.) */
  language: {
    /** On a translated article, above its text. */
    translatedFrom: 'Translated from the English original of {date}.',
    quotations: 'Quotations are our translations of the English sources.',
    outdated: 'The English original has changed since: read it for the latest text.',
    englishOriginal: 'English original',
    /** After the language link on a page that has no translation yet (it goes to that language's home). */
    notTranslated: '(not translated yet)',
    /** Before the link to a source's version in the page's language, where one exists. */
    sourceInLanguage: 'In English:',
    /** After the title of a source in another language than the page's: "(in Swedish)". */
    writtenIn: '(in {language})',
    /** On a translated page, before the source the page's own-language version was made from. */
    original: 'Original:',
    /** Before a UN document's official text in the page's language. */
    officialText: 'Official text in English:',
    /** A UN document older than the page's language at the organ that issued it. */
    noOfficialVersion:
      'No official version in English was found: the document predates English as an official language of the {organ} ({year}).',
    organs: { S: 'Security Council', A: 'General Assembly' },
  },
  /** Separates the items of a list written out in a sentence or a table cell. */
  listSeparator: ', ',
  search: {
    button: 'Search',
    shortcut: 'Ctrl K',
    dialogTitle: 'Search',
    close: 'Close',
    label: 'Search articles and sections',
    submit: 'Search',
    topic: 'Topic',
    allTopics: 'All topics',
    foundOne: '1 page found for “{query}”.',
    foundMany: '{count} pages found for “{query}”.',
    noResults: 'No results for “{query}”.',
    /** Shown when some words of the query are on no page, and the others were searched. */
    missingWords: 'No page has {words}; showing pages with the other words.',
    /** Shown when every word is on some page, but no page has them all. */
    partial: 'No page has all of these words; showing the pages with most of them.',
    didYouMean: 'Did you mean: {words}?',
    /** A word of the reader's query, quoted in a status sentence. */
    quotedWord: '“{word}”',
    /** Shown when words the reader typed could not take part in the search (src/search/core/engine.ts). */
    unusedWords: 'Not used in this search: {words}.',
    more: 'Show more results ({count} left)',
    unavailable: 'Search is unavailable right now. The “All sections” page lists every article.',
    needsJavaScript: 'Search needs JavaScript. Every article and section is listed below.',
    clearHighlight: 'Remove highlighting',
    highlighted: 'Words you searched for are highlighted.',
    pageTitle: 'Search',
    pageDescription: 'Search every article and section, or browse the full list of sections.',
    allSections: 'All articles and sections',
  },
  article: {
    updated: 'Updated',
    minutes: '{count} min read',
    keyFacts: 'Key facts',
    references: 'References',
    onThisPage: 'On this page',
    checkedOn: 'Every source below was last checked on {date}.',
    accessed: 'Accessed {date}.',
    note: 'Note: {note}',
    backToText: 'Back to text',
    linkToSection: 'Link to section: {title}',
    linkCopied: 'Link to this section copied',
  },
  /** The cite block at the end of article and mission pages, and a section's citation. */
  cite: {
    title: 'Cite this page',
    lead: 'The address below always leads to the latest version of this page; its history lists every change, with its date.',
    apa: 'APA (7th edition)',
    chicagoNote: 'Chicago (note)',
    chicagoBibliography: 'Chicago (bibliography)',
    bibtex: 'BibTeX',
    native: 'Citation',
    section:
      'To cite one section, use the “#” link beside its heading: it copies the section’s address and offers its citation.',
    copy: 'Copy',
    copied: 'Copied',
    citeSection: 'Cite this section',
    licence: 'You may quote, share and adapt this page’s words, with credit, under CC BY 4.0.',
  },
  corrections: {
    title: 'Corrections',
    description: 'Every fact this site got wrong, what it says now, and when it was corrected.',
    lead: 'When we find that a page stated a fact wrongly, we correct it and list it here: the date, the page and section, what it said and what it says now. Changes of wording are not listed; each page’s history shows every change.',
    none: 'No corrections yet.',
    was: 'It said',
    now: 'It now says',
  },
  about: 'About',
  /** The data page: what the atlas downloads hold and how to use them. */
  data: {
    title: 'The atlas as data',
    description:
      'The observer missions atlas as CSV and JSON: what each column holds, how missions are chosen, what is left out, how to cite it, and its changes.',
    lead: 'Every mission of the atlas, in files anyone may download, check and reuse: one record per mission, and one row per dated figure.',
    downloads: 'Downloads',
    version: 'Version {version} of {date}.',
    fields: 'What each column holds',
    missionsFile:
      '`missions.csv` and `missions.json`: one record per mission. Lists (places, tasks, sources) are joined with “; ” in the CSV.',
    seriesFile:
      '`missions-series.csv`: one row per figure the body that ran a mission published, with its date and source.',
    column: 'Column',
    meaning: 'What it holds',
    chosen: 'How missions are chosen',
    chosenText:
      'A mission is in the atlas when its main task was to observe, monitor or verify, an international organisation or an agreement gave it that task, and it had its own staff in the field for months. The atlas page states the rule in full, with the borderline cases and why each was decided.',
    leftOut: 'What the data leaves out',
    leftOutText:
      'Facts no source states are left empty rather than guessed. Dated figures are recorded only where the body that ran the mission published them, so most missions have few or none. The atlas does not list armed peacekeeping forces, or delegations that observed a single election.',
    cite: 'How to cite it',
    citeText: '{site}. ({year}). Observer missions atlas (version {version}) [Data set]. {url}',
    licence: 'Licence',
    licenceText:
      'The data is under Creative Commons Attribution 4.0 (CC BY 4.0): you may copy, share and adapt it, with credit to {site} and a link to this page. The sources it cites keep their own terms.',
    changes: 'Changes',
    columns: {
      id: 'The mission’s identifier on this site (its address: /missions/<id>/).',
      acronym: 'Its short name, as its body wrote it.',
      name: 'Its full name, in English.',
      organisation:
        'Who deployed it: UN, OSCE, EU, AU, OAS, the Arab League…, or `State-led` for a group of states or an agreement between parties.',
      start: 'When it began: YYYY or YYYY-MM, as precise as the sources are.',
      end: 'When it ended, in the same form; empty while it is running.',
      location: 'The countries or territories where it worked.',
      hq: 'Its headquarters, where a source names one.',
      lat: 'Latitude of its point on the map (its headquarters, or a point in its area), in degrees.',
      lon: 'Longitude of the same point, in degrees.',
      tasks:
        'What it was there to watch, from a fixed list: `ceasefire`, `armistice`, `withdrawal`, `elections`, `human-rights`, `disarmament`, `border`, `humanitarian`.',
      mandate: 'The decision or agreement that gave it its task.',
      peak_strength: 'The largest strength a source gives: a number of people, what they were, and the date.',
      resolution: 'The Security Council or General Assembly resolution that set it up, by its UN symbol.',
      wikidata: 'Its Wikidata item (Q…), for linking with other data sets.',
      sipri: 'Its name in SIPRI’s Multilateral Peace Operations Database, where it is listed.',
      summary: 'What it did, in one or two sentences.',
      sources: 'The addresses of the sources of its facts.',
      measure: 'What the figure counts: authorised or deployed strength, fatalities, or contributing countries.',
      type: 'Whom it counts: military observers, troops, police, civilians, or the total.',
      date: 'The date the figure describes: YYYY, YYYY-MM or YYYY-MM-DD.',
      value: 'The number: people, or for contributors a number of countries.',
      countries: 'For contributors: the countries, as the source names them.',
      source: 'The address of the source that gives the figure.',
    },
  },
  /** A mission's dated figures. */
  series: {
    title: 'Figures over time',
    lead: 'Each figure as the body that ran the mission published it, with the date it describes and its source.',
    captionWithType: '{measure}: {type}',
    measures: {
      authorised: 'Authorised strength',
      deployed: 'Deployed strength',
      fatalities: 'Fatalities',
      contributors: 'Contributing countries',
    },
    types: {
      'military-observers': 'military observers',
      troops: 'troops',
      police: 'police',
      civilians: 'civilian staff',
      total: 'all personnel',
    },
    date: 'Date',
    value: 'Number',
    countries: 'Countries',
    source: 'Source',
    oicMember: '(member of the OIC)',
    oicNote: 'Countries in bold, marked *, are members of the Organisation of Islamic Cooperation (OIC).',
    oicList: 'The OIC’s list of its members.',
  },
  history: {
    link: 'History',
    title: 'History of “{title}”',
    description: 'Every change to “{title}”, with its date.',
    lead: 'Every change made to this page’s text and sources, newest first, read from the project’s version history. Factual corrections are marked and listed on the corrections page.',
    correction: 'Correction',
    unavailable: 'The history of this page is not available in this copy of the site.',
    reviewed: 'Last reviewed',
    back: 'Back to the page',
    /** On a translated page's history, where the summaries of the changes are. */
    inEnglish: 'The summary of each change, in English',
  },
  home: {
    lead: 'Observer missions send unarmed officers and civilian monitors to watch a ceasefire, an armistice or an election and report what they see. This site explains what these missions are, what observers do, and how they worked in real cases. Every fact links to its source.',
    articles: 'Articles',
  },
  glossary: {
    title: 'Glossary',
    description:
      'Plain-English definitions of the terms used in peacekeeping and observer missions, from armistice to troop-contributing country.',
    lead: 'The words that come up when people talk about observer missions and peacekeeping, in plain English. Each term has its own link, such as',
    letters: 'Glossary letters',
    source: 'Source:',
    topic: 'Glossary',
    /** Between a term's other names, which may hold commas. */
    akaSeparator: '; ',
  },
  atlas: {
    title: 'Observer missions atlas',
    short: 'Observer missions atlas',
    description:
      '{count} UN and regional observer missions side by side: a sortable table, a timeline and a map, each linked to the mission’s sources.',
    download: 'Download the data:',
    /** Link to the data page, after the downloads. */
    aboutData: 'What each column holds, how to cite it, and its versions.',
    licence:
      'Compiled by Observer Missions from the sources listed with each mission; data licensed {licence}. Facts belong to their sources; check them there.',
    filters: 'Filter the missions',
    deployedBy: 'Deployed by',
    any: 'Any',
    task: 'Task',
    startedIn: 'Started in',
    anyDecade: 'Any decade',
    decade: '{decade}s',
    stillRunning: 'Still running',
    showing: 'Showing {shown} of {total} missions.',
    allMissions: 'All missions',
    caption: 'All {count} missions, oldest first',
    timeline: 'Timeline',
    map: 'Map',
    timelineTitle: 'Timeline of observer missions by organisation',
    timelineDescription:
      'One bar per mission from start to end, grouped by the organisation that deployed it. The table above lists the same missions in text.',
    timelineCaption:
      'Each bar runs from a mission’s start to its end; orange bars are missions still running. Select a bar for the mission’s page.',
    mapTitle: 'World map of observer missions',
    mapDescription:
      'One marker per mission at its headquarters, or in the area it watched where no headquarters is known. The table above lists the same missions in text.',
    mapCaption:
      'Markers show where each mission had its headquarters, or, where no headquarters is known, the area it watched; orange markers are missions still running. Map data: Natural Earth, public domain.',
    lead: '{count} observer and monitoring missions, from the UN’s first in 1948 to today, deployed by the United Nations, regional organisations and groups of states. Each row links to a page with the mission’s facts and the sources they come from.',
    /** Who deployed a mission, by the values in content.config.ts's ORGANISATIONS. */
    organisations: {
      UN: 'UN',
      'UN/OAS': 'UN/OAS',
      'UN/EU': 'UN/EU',
      OSCE: 'OSCE',
      EC: 'EC',
      EU: 'EU',
      OAU: 'OAU',
      AU: 'AU',
      IGAD: 'IGAD',
      'Arab League': 'Arab League',
      ECOWAS: 'ECOWAS',
      OAS: 'OAS',
      Commonwealth: 'Commonwealth',
      'ASEAN/EU': 'ASEAN/EU',
      'State-led': 'State-led',
    },
    /** What a mission was there to do, by the values in content.config.ts's MISSION_TASKS. */
    tasks: {
      ceasefire: 'ceasefire',
      armistice: 'armistice',
      withdrawal: 'withdrawal',
      elections: 'elections',
      'human-rights': 'human-rights',
      disarmament: 'disarmament',
      border: 'border',
      humanitarian: 'humanitarian',
    },
    columns: {
      acronym: 'Mission',
      name: 'Full name',
      organisation: 'Deployed by',
      start: 'Years',
      location: 'Where',
      tasks: 'Tasks',
    },
  },
  mission: {
    description: '{name} ({acronym}), {years}: dates, place, mandate, tasks and sources.',
    shortTitle: '{acronym}, an observer mission',
    /** The mission page's h1. */
    heading: '{acronym}: {name}',
    deployedBy: 'Deployed by',
    began: 'Began',
    ended: 'Ended',
    stillRunning: 'still running',
    where: 'Where',
    hq: 'Headquarters',
    tasks: 'Tasks',
    mandate: 'Mandate',
    peakStrength: 'Peak strength',
    source: 'source:',
    sources: 'Sources',
    mentionedIn: 'Articles that mention {acronym}',
    present: 'present',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the site or pick an article.',
    lead: 'There is no page at this address. It may have moved, or the link may have a typo. Try',
    searchLink: 'searching the site',
    orPick: ', or pick one of the articles below.',
    articles: 'Articles',
  },
};

/** The shape every language's table must have: the English keys, any text. */
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type UiStrings = Shape<typeof en>;

/**
 * Arabic: Modern Standard Arabic in the UN's terms (هيئة الأمم المتحدة لمراقبة الهدنة for UNTSO,
 * عدم التحيز for impartiality), Western digits, and the Arabic comma and question mark.
 */
const ar: UiStrings = {
  site: {
    name: 'بعثات المراقبة',
    tagline: 'ما بعثات المراقبة في عمليات حفظ السلام، وماذا يفعل المراقبون، وكيف عملوا في حالات حقيقية.',
    footer: 'بعثات المراقبة موقع شرح مستقل. كل معلومة مرتبطة بمصدرها، وحيث تختلف المصادر نقول ذلك.',
    sitemap: 'خريطة الموقع',
    licence: 'النصوص والبيانات: رخصة المشاع الإبداعي، نسب المصنف 4.0 (CC BY 4.0). وتبقى الاقتباسات على شروط أصحابها.',
    feed: 'المقالات الجديدة والمحدّثة (RSS)',
    titleWithSite: '{title} | {site}',
  },
  skipLink: 'انتقل إلى المحتوى الرئيسي',
  nav: {
    label: 'القائمة الرئيسية',
    menu: 'القائمة',
    articles: 'المقالات',
    atlas: 'الأطلس',
    glossary: 'المصطلحات',
    allSections: 'كل الأقسام',
  },
  theme: { dark: 'المظهر الداكن' },
  language: {
    translatedFrom: 'مترجمة عن الأصل الإنجليزي الصادر في {date}.',
    quotations: 'النصوص المقتبسة ترجمتنا لما ورد في المصادر الإنجليزية.',
    outdated: 'تغيّر الأصل الإنجليزي بعد هذه الترجمة: اقرأه لأحدث نص.',
    englishOriginal: 'الأصل الإنجليزي',
    notTranslated: '(غير مترجمة بعد)',
    sourceInLanguage: 'بالعربية:',
    writtenIn: '(ب{language})',
    original: 'الأصل:',
    officialText: 'النص الرسمي بالعربية:',
    noOfficialVersion:
      'لم نجد نسخة عربية رسمية لهذه الوثيقة: فقد صدرت قبل أن تصبح العربية لغة رسمية في {organ} ({year}).',
    organs: { S: 'مجلس الأمن', A: 'الجمعية العامة' },
  },
  listSeparator: '، ',
  search: {
    button: 'بحث',
    shortcut: 'Ctrl K',
    dialogTitle: 'بحث',
    close: 'إغلاق',
    label: 'ابحث في المقالات والأقسام',
    submit: 'بحث',
    topic: 'الموضوع',
    allTopics: 'كل الموضوعات',
    foundOne: 'صفحة واحدة عن «{query}».',
    foundMany: 'عدد الصفحات عن «{query}»: {count}.',
    noResults: 'لا نتائج عن «{query}».',
    missingWords: 'لا توجد صفحة فيها {words}؛ هذه صفحات فيها الكلمات الأخرى.',
    partial: 'لا توجد صفحة فيها كل هذه الكلمات؛ هذه الصفحات التي فيها أكثرها.',
    didYouMean: 'هل تقصد: {words}؟',
    quotedWord: '«{word}»',
    unusedWords: 'كلمات لم يشملها هذا البحث: {words}.',
    more: 'عرض نتائج أخرى (الباقي: {count})',
    unavailable: 'البحث غير متاح الآن. صفحة «كل الأقسام» تسرد كل المقالات.',
    needsJavaScript: 'يحتاج البحث إلى JavaScript. كل المقالات والأقسام مسرودة أدناه.',
    clearHighlight: 'إزالة التظليل',
    highlighted: 'الكلمات التي بحثت عنها مظللة.',
    pageTitle: 'بحث',
    pageDescription: 'ابحث في كل المقالات والأقسام، أو تصفّح القائمة الكاملة للأقسام.',
    allSections: 'كل المقالات والأقسام',
  },
  article: {
    updated: 'آخر تحديث',
    minutes: 'مدة القراءة بالدقائق: {count}',
    keyFacts: 'حقائق أساسية',
    references: 'المراجع',
    onThisPage: 'في هذه الصفحة',
    checkedOn: 'راجعنا كل المصادر أدناه آخر مرة في {date}.',
    accessed: 'تاريخ الاطلاع: {date}.',
    note: 'ملاحظة: {note}',
    backToText: 'العودة إلى النص',
    linkToSection: 'رابط القسم: {title}',
    linkCopied: 'نُسخ رابط هذا القسم',
  },
  cite: {
    title: 'توثيق هذه الصفحة',
    lead: 'يقود الرابط أدناه دائمًا إلى أحدث نسخة من هذه الصفحة، ويسرد سجلّها كل تغيير مع تاريخه.',
    apa: 'APA (الطبعة السابعة)',
    chicagoNote: 'شيكاغو (حاشية)',
    chicagoBibliography: 'شيكاغو (قائمة المراجع)',
    bibtex: 'BibTeX',
    native: 'التوثيق',
    section: 'لتوثيق قسم واحد، استخدم رابط «#» بجوار عنوانه: فهو ينسخ عنوان القسم ويعرض توثيقه.',
    copy: 'نسخ',
    copied: 'نُسخ',
    citeSection: 'توثيق هذا القسم',
    licence: 'يجوز لك اقتباس نصوص هذه الصفحة ونشرها وتكييفها مع نسبتها إلى مصدرها، بموجب رخصة CC BY 4.0.',
  },
  corrections: {
    title: 'التصويبات',
    description: 'كل معلومة أخطأ فيها هذا الموقع، وما يقوله الآن، ومتى صُوّبت.',
    lead: 'حين نجد أن صفحة ذكرت معلومة خطأً نصوّبها ونسردها هنا: التاريخ، والصفحة والقسم، وما كانت تقوله وما تقوله الآن. ولا نسرد تغييرات الصياغة؛ فسجل كل صفحة يعرض كل تغيير.',
    none: 'لا تصويبات حتى الآن.',
    was: 'كانت تقول',
    now: 'وتقول الآن',
  },
  about: 'من نحن',
  data: {
    title: 'الأطلس بيانات',
    description:
      'أطلس بعثات المراقبة بصيغتي CSV وJSON: ما يحويه كل عمود، وكيف تُختار البعثات، وما يُترك، وكيف يُوثَّق، وتغييراته.',
    lead: 'كل بعثات الأطلس في ملفات يجوز لأي أحد تنزيلها وتدقيقها وإعادة استخدامها: سجلٌّ لكل بعثة، وسطرٌ لكل رقم مؤرَّخ.',
    downloads: 'ملفات التنزيل',
    version: 'الإصدار {version} الصادر في {date}.',
    fields: 'ما يحويه كل عمود',
    missionsFile:
      'ملفا `missions.csv` و`missions.json`: سجلٌّ لكل بعثة. وتُجمع القوائم (الأماكن والمهام والمصادر) في ملف CSV مفصولةً بـ «; ».',
    seriesFile: 'ملف `missions-series.csv`: سطرٌ لكل رقم نشرته الجهة التي أدارت البعثة، مع تاريخه ومصدره.',
    column: 'العمود',
    meaning: 'ما يحويه',
    chosen: 'كيف تُختار البعثات',
    chosenText:
      'تُدرج البعثة في الأطلس حين تكون مهمتها الرئيسية المراقبة أو الرصد أو التحقق، وحين تكلّفها بذلك منظمة دولية أو اتفاق، وحين يكون لها موظفوها في الميدان أشهرًا. وتعرض صفحة الأطلس القاعدة كاملة، مع الحالات الحدّية وسبب القرار في كل منها.',
    leftOut: 'ما تتركه البيانات',
    leftOutText:
      'تُترك فارغةً الوقائعُ التي لا يذكرها أي مصدر، ولا تُخمَّن. ولا تُسجَّل الأرقام المؤرخة إلا حيث نشرتها الجهة التي أدارت البعثة، فلأغلب البعثات القليل منها أو لا شيء. ولا يسرد الأطلس قوات حفظ السلام المسلحة، ولا الوفود التي راقبت انتخابات واحدة.',
    cite: 'كيف تُوثَّق',
    citeText: '{site}. ({year}). أطلس بعثات المراقبة (الإصدار {version}) [مجموعة بيانات]. {url}',
    licence: 'الترخيص',
    licenceText:
      'البيانات متاحة بموجب رخصة المشاع الإبداعي، نسب المصنف 4.0 (CC BY 4.0): يجوز لك نسخها ونشرها وتكييفها مع نسبتها إلى {site} ووضع رابط إلى هذه الصفحة. وتبقى المصادر التي تستشهد بها على شروطها.',
    changes: 'التغييرات',
    columns: {
      id: 'معرّف البعثة في هذا الموقع (عنوانها: /missions/<id>/).',
      acronym: 'اسمها المختصر كما كتبته الجهة التي أدارتها.',
      name: 'اسمها الكامل بالإنجليزية.',
      organisation:
        'الجهة التي نشرتها: الأمم المتحدة أو منظمة الأمن والتعاون في أوروبا أو الاتحاد الأوروبي أو الاتحاد الأفريقي أو منظمة الدول الأمريكية أو جامعة الدول العربية…، أو `State-led` لمجموعة دول أو لاتفاق بين أطراف.',
      start: 'تاريخ بدئها: سنة أو سنة وشهر، بقدر دقة المصادر.',
      end: 'تاريخ انتهائها بالصيغة نفسها؛ ويبقى فارغًا ما دامت قائمة.',
      location: 'البلدان أو الأقاليم التي عملت فيها.',
      hq: 'مقرها، حيث يذكره مصدر.',
      lat: 'خط عرض نقطتها على الخريطة (مقرها، أو نقطة في منطقة عملها)، بالدرجات.',
      lon: 'خط طول النقطة نفسها، بالدرجات.',
      tasks:
        'ما كانت تراقبه، من قائمة ثابتة: `ceasefire` و`armistice` و`withdrawal` و`elections` و`human-rights` و`disarmament` و`border` و`humanitarian`.',
      mandate: 'القرار أو الاتفاق الذي كلّفها بمهمتها.',
      peak_strength: 'أكبر قوام يذكره مصدر: عدد الأفراد، وصفتهم، والتاريخ.',
      resolution: 'قرار مجلس الأمن أو الجمعية العامة الذي أنشأها، برمزه في الأمم المتحدة.',
      wikidata: 'عنصرها في ويكي بيانات (Q…)، للربط بمجموعات بيانات أخرى.',
      sipri:
        'اسمها في قاعدة بيانات معهد ستوكهولم الدولي لأبحاث السلام لعمليات السلام المتعددة الأطراف، حيث تكون مدرجة.',
      summary: 'ما قامت به، في جملة أو جملتين بالإنجليزية.',
      sources: 'عناوين مصادر وقائعها.',
      measure: 'ما يعدّه الرقم: القوام المأذون به أو المنتشر، أو الوفيات، أو البلدان المساهمة.',
      type: 'من يعدّهم: المراقبين العسكريين أو الجنود أو الشرطة أو المدنيين أو المجموع.',
      date: 'التاريخ الذي يصفه الرقم: سنة، أو سنة وشهر، أو تاريخ كامل.',
      value: 'العدد: أفراد، أو عدد البلدان للبلدان المساهمة.',
      countries: 'للبلدان المساهمة: أسماؤها كما يذكرها المصدر.',
      source: 'عنوان المصدر الذي يذكر الرقم.',
    },
  },
  series: {
    title: 'الأرقام عبر الزمن',
    lead: 'كل رقم كما نشرته الجهة التي أدارت البعثة، مع التاريخ الذي يصفه ومصدره.',
    captionWithType: '{measure}: {type}',
    measures: {
      authorised: 'القوام المأذون به',
      deployed: 'القوام المنتشر',
      fatalities: 'الوفيات',
      contributors: 'البلدان المساهمة',
    },
    types: {
      'military-observers': 'المراقبون العسكريون',
      troops: 'الجنود',
      police: 'الشرطة',
      civilians: 'الموظفون المدنيون',
      total: 'جميع الأفراد',
    },
    date: 'التاريخ',
    value: 'العدد',
    countries: 'البلدان',
    source: 'المصدر',
    oicMember: '(عضو في منظمة التعاون الإسلامي)',
    oicNote: 'البلدان المكتوبة بخط عريض والمعلَّمة بـ * أعضاء في منظمة التعاون الإسلامي.',
    oicList: 'قائمة المنظمة بأعضائها.',
  },
  history: {
    link: 'السجل',
    title: 'سجل تغييرات «{title}»',
    description: 'كل تغيير أُجري على «{title}» مع تاريخه.',
    lead: 'كل تغيير أُجري على نص هذه الصفحة ومصادرها، من الأحدث إلى الأقدم، مأخوذًا من سجل إصدارات المشروع. وتُميَّز التصويبات الوقائعية وتُسرد في صفحة التصويبات.',
    correction: 'تصويب',
    unavailable: 'سجل هذه الصفحة غير متاح في هذه النسخة من الموقع.',
    reviewed: 'آخر مراجعة',
    back: 'العودة إلى الصفحة',
    inEnglish: 'ملخص كل تغيير، بالإنجليزية',
  },
  home: {
    lead: 'ترسل بعثات المراقبة ضباطًا غير مسلحين ومراقبين مدنيين لمراقبة وقف لإطلاق النار أو اتفاق هدنة أو انتخابات، ثم الإبلاغ عمّا يرونه. يشرح هذا الموقع ما هذه البعثات، وماذا يفعل المراقبون، وكيف عملوا في حالات حقيقية. كل معلومة مرتبطة بمصدرها.',
    articles: 'المقالات',
  },
  glossary: {
    title: 'المصطلحات',
    description:
      'تعريفات مبسطة للمصطلحات المستعملة في حفظ السلام وبعثات المراقبة، من اتفاق الهدنة إلى البلد المساهم بقوات.',
    lead: 'الكلمات التي ترد حين يدور الحديث عن بعثات المراقبة وحفظ السلام، بلغة بسيطة. لكل مصطلح رابط خاص به، مثل',
    letters: 'حروف المصطلحات',
    source: 'المصدر:',
    topic: 'المصطلحات',
    akaSeparator: '؛ ',
  },
  atlas: {
    title: 'أطلس بعثات المراقبة',
    short: 'أطلس بعثات المراقبة',
    description:
      'بعثات المراقبة التابعة للأمم المتحدة والمنظمات الإقليمية ({count} بعثة) جنبًا إلى جنب: جدول وخط زمني وخريطة، مع مصادر كل بعثة.',
    download: 'نزّل البيانات:',
    aboutData: 'ما يحويه كل عمود، وكيف تُوثَّق البيانات، وإصداراتها.',
    licence:
      'جمعها موقع بعثات المراقبة من المصادر المذكورة مع كل بعثة؛ البيانات مرخصة بموجب {licence}. الحقائق لمصادرها؛ تحقق منها هناك.',
    filters: 'تصفية البعثات',
    deployedBy: 'الجهة الناشرة',
    any: 'الكل',
    task: 'المهمة',
    startedIn: 'بدأت في',
    anyDecade: 'كل العقود',
    decade: 'عقد {decade}',
    stillRunning: 'ما زالت قائمة',
    showing: 'المعروض: {shown} من {total} بعثة.',
    allMissions: 'كل البعثات',
    caption: 'كل البعثات ({count})، الأقدم أولًا',
    timeline: 'الخط الزمني',
    map: 'الخريطة',
    timelineTitle: 'خط زمني لبعثات المراقبة حسب المنظمة',
    timelineDescription:
      'شريط لكل بعثة من بدايتها إلى نهايتها، مجمّعة حسب المنظمة التي نشرتها. الجدول أعلاه يسرد البعثات نفسها نصًّا.',
    timelineCaption:
      'يمتد كل شريط من بداية البعثة إلى نهايتها؛ الأشرطة البرتقالية لبعثات ما زالت قائمة. اختر شريطًا لفتح صفحة البعثة.',
    mapTitle: 'خريطة العالم لبعثات المراقبة',
    mapDescription:
      'علامة لكل بعثة عند مقرها، أو في المنطقة التي راقبتها حيث لا يُعرف لها مقر. الجدول أعلاه يسرد البعثات نفسها نصًّا.',
    mapCaption:
      'تبيّن العلامات مقر كل بعثة، أو المنطقة التي راقبتها حيث لا يُعرف لها مقر؛ العلامات البرتقالية لبعثات ما زالت قائمة. بيانات الخريطة: Natural Earth، ملك عام.',
    lead: 'بعثات المراقبة والرصد ({count} بعثة)، من أولى بعثات الأمم المتحدة عام 1948 إلى اليوم، نشرتها الأمم المتحدة ومنظمات إقليمية ومجموعات من الدول. يرتبط كل صف بصفحة فيها حقائق البعثة ومصادرها.',
    organisations: {
      UN: 'الأمم المتحدة',
      'UN/OAS': 'الأمم المتحدة ومنظمة الدول الأمريكية',
      'UN/EU': 'الأمم المتحدة والاتحاد الأوروبي',
      OSCE: 'منظمة الأمن والتعاون في أوروبا',
      EC: 'الجماعة الأوروبية',
      EU: 'الاتحاد الأوروبي',
      OAU: 'منظمة الوحدة الأفريقية',
      AU: 'الاتحاد الأفريقي',
      IGAD: 'الهيئة الحكومية الدولية المعنية بالتنمية (إيغاد)',
      'Arab League': 'جامعة الدول العربية',
      ECOWAS: 'الجماعة الاقتصادية لدول غرب أفريقيا (إيكواس)',
      OAS: 'منظمة الدول الأمريكية',
      Commonwealth: 'الكومنولث',
      'ASEAN/EU': 'رابطة آسيان والاتحاد الأوروبي',
      'State-led': 'بقيادة دول',
    },
    tasks: {
      ceasefire: 'وقف إطلاق النار',
      armistice: 'اتفاق هدنة',
      withdrawal: 'الانسحاب',
      elections: 'الانتخابات',
      'human-rights': 'حقوق الإنسان',
      disarmament: 'نزع السلاح',
      border: 'الحدود',
      humanitarian: 'العمل الإنساني',
    },
    columns: {
      acronym: 'البعثة',
      name: 'الاسم الكامل',
      organisation: 'الجهة الناشرة',
      start: 'السنوات',
      location: 'المكان',
      tasks: 'المهام',
    },
  },
  mission: {
    description: '{name} ({acronym})، {years}: التواريخ والمكان والولاية والمهام والمصادر.',
    shortTitle: '{acronym}، بعثة مراقبة',
    heading: '{name} ({acronym})',
    deployedBy: 'الجهة الناشرة',
    began: 'البداية',
    ended: 'النهاية',
    stillRunning: 'ما زالت قائمة',
    where: 'المكان',
    hq: 'المقر',
    tasks: 'المهام',
    mandate: 'الولاية',
    peakStrength: 'أقصى قوام',
    source: 'المصدر:',
    sources: 'المصادر',
    mentionedIn: 'مقالات تذكر هذه البعثة',
    present: 'الآن',
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    description: 'هذه الصفحة غير موجودة. ابحث في الموقع أو اختر مقالة.',
    lead: 'لا توجد صفحة بهذا العنوان. ربما نُقلت، أو في الرابط خطأ. جرّب',
    searchLink: 'البحث في الموقع',
    orPick: '، أو اختر إحدى المقالات أدناه.',
    articles: 'المقالات',
  },
};

/**
 * Languages the site is written in, with what pages need to know about each: `name` is the language's
 * own name (the language link's text), `locale` is for Intl formatting (always with Western digits).
 */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr', locale: 'en-GB', strings: en as UiStrings },
  ar: { name: 'العربية', dir: 'rtl', locale: 'ar', strings: ar },
} as const;
export type Lang = keyof typeof LANGUAGES;
export const DEFAULT_LANG: Lang = 'en';

export const uiStrings = (lang: Lang = DEFAULT_LANG): UiStrings => LANGUAGES[lang].strings;
