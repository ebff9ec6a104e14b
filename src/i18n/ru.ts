import type { Strings } from "./en";

/**
 * The interface's Russian strings: the same keys as the English dictionary (the type makes sure of it).
 * Terms follow the models' Russian texts: «восточный сектор», «прочтения расходятся», «прочтение», «в ведении».
 * Party names come from the models in the nominative case, so sentences are built around it
 * («отвечает НАТО», «Предложение: Россия»), or put in the genitive by `ofParty`.
 * Values in ASCII quotes are URL values, quoted verbatim.
 * Quotations come from an English-language report, so a quotation in Russian is marked as a translation.
 */
/** Ends a sentence with a full stop, unless it ends with one already (a date: «3 мая 2011 г.»). */
const sentence = (text: string) => (text.endsWith(".") ? text : `${text}.`);

/**
 * A party's name in the genitive («по предложению России»): abbreviations do not decline (НАТО, США),
 * one-word names in -ия take -ии (Россия → России); any other name is put after «стороны» in quotation marks.
 */
const ofParty = (party: string) => {
  if (/^[А-ЯЁ]+$/.test(party)) return party;
  if (/^[А-ЯЁ][а-яё]*ия$/.test(party)) return `${party.slice(0, -1)}и`;
  return `стороны «${party}»`;
};

export const ru: Strings = {
  words: {
    and: "и",
    quote: (text) => `«${text}» (пер. с англ.)`,
  },
  app: {
    documentTitle: "ПРО в Европе: предложения НАТО и России, май 2011 года",
    kicker: "ПРО в Европе: два предложения, май 2011 года",
    language: "Язык",
    compare: "Сравнить бок о бок",
    briefing: (title) => `Брифинг: ${title}`,
    steps: "Шаги брифинга",
    noModel: "Не удалось загрузить ни одной корректной модели предложения; см. сообщения выше.",
    openFullView: "Открыть полную версию ↗",
    fullViewShort: "Полная версия ↗",
    showing: (title) => `На глобусе: ${title}`,
    stopShowing: "Убрать этот вопрос с глобуса",
    differencesHeading: "В чём расходятся предложения",
    shortcuts: "Сочетания клавиш (?)",
  },
  sections: {
    contention: "Спорные вопросы",
    timeline: "Хронология",
    people: "Участники",
    textView: "Текстовое представление",
    sources: "Источники",
    loading: "Загрузка…",
    loadFailed: "Этот раздел не загрузился. Перезагрузите страницу, чтобы попробовать снова.",
  },
  announce: {
    step: (n, total, title) => `Шаг ${n} из ${total}: ${title}.`,
    point: (title) => `На глобусе показано: ${title}.`,
    sideBySide: (a, b, differencesOnly) => `Бок о бок: ${a} и ${b}${differencesOnly ? ", только различия" : ""}.`,
    comparisonTitle: (differencesOnly, pair) =>
      pair
        ? differencesOnly
          ? "Два предложения о противоракетной обороне Европы: в чём они расходятся"
          : "Два предложения о противоракетной обороне Европы: сравнение"
        : differencesOnly
          ? "В чём расходятся предложения"
          : "Предложения рядом",
    asOf: (date) => sentence(`Границы и членство по состоянию на ${date}`),
    asOfToday: "Границы и членство на сегодняшний день.",
  },
  notices: {
    label: "Сообщения",
    dismiss: "Закрыть сообщение",
    startupFailed: (message) => `Не удалось загрузить данные карты (${message}). Перезагрузите страницу; если ошибка повторяется, на сайте не хватает файла.`,
    fileNotLoaded: (message) => `Файл из models/ не загружен. Сообщение проверки (на английском языке): ${message}`,
    fileKept: (message) =>
      `В файле из models/ ошибка, поэтому показана его последняя правильная версия. Сообщение проверки (на английском языке): ${message}`,
    svgFallback:
      "Этот браузер не может показать трёхмерный глобус (WebGL недоступен), поэтому показано его плоское изображение. Чтобы повернуть глобус, перетащите его мышью или нажимайте клавиши со стрелками.",
    contextLost: "Графический контекст потерян. Глобус появится снова, как только браузер восстановит контекст.",
    webglFailed: (message) => `Не удалось запустить трёхмерный глобус (${message}), поэтому вместо него показано плоское изображение.`,
    noWebgl:
      "Этот браузер не может показать трёхмерный глобус (WebGL недоступен). Предложения описаны на панели и в списке районов.",
  },
  url: {
    ignored: (key, value, why) => `Параметр адреса ${key}="${value}" не учтён: ${why}.`,
    repeated: (key) => `Параметр адреса "${key}" указан несколько раз; учтено только первое значение.`,
    unknown: (key) => `Неизвестный параметр адреса "${key}" не учтён.`,
    unknownMany: (keys, more) => `Неизвестные параметры адреса ${keys.map((k) => `"${k}"`).join(", ")}${more ? ` и ещё ${more.toLocaleString("ru")}` : ""} не учтены.`,
    repeatedMany: (keys, more) =>
      `Параметры адреса ${keys.map((k) => `"${k}"`).join(", ")}${more ? ` и ещё ${more.toLocaleString("ru")}` : ""} указаны несколько раз; учтено только первое значение каждого.`,
    tooLong: (limit) => `Адрес длиннее ${limit.toLocaleString("ru")} знаков; остальная его часть не прочитана.`,
    tooMany: (limit) => `В адресе больше ${limit} параметров; параметры после первых ${limit} не прочитаны.`,
    noProposal: (ids) => `нет предложения ${ids.map((id) => `"${id}"`).join(" или ")}`,
    twoProposals: "нужно указать два предложения через запятую",
    sameTwice: "одно и то же предложение указано дважды",
    mode: 'допустимы значения "full" (все районы) или "differences" (только различия)',
    link: 'допустимы значения "1" (камеры движутся вместе) или "0"',
    noPoint: (id) => `нет спорного вопроса "${id}"`,
    noBriefing: (id) => `нет брифинга "${id}"`,
    at: (min, max) => `нужно указать долготу,широту,расстояние (градусы, градусы, от ${min} до ${max} радиусов глобуса)`,
    year: 'допустимы значения "2011" (как на момент предложений) или "today" (сегодня)',
    embed: 'допустимы значения "1" или "0"',
    origins: (max) =>
      `нужно указать от 1 до ${max} источников (origin) через запятую, каждый в виде схема://хост или схема://хост:порт, например http://127.0.0.1:8080 (без пути, без косой черты в конце, без повторов)`,
    lang: 'допустимы значения "en" (английский) или "ru" (русский)',
    childId: (max) => `нужен идентификатор элемента, в котором находится рамка, как его передаёт Pym.js: до ${max} знаков, без пробелов`,
    theme: 'допустимы значения "auto" (как в настройках системы), "light" (светлая тема) или "dark" (тёмная)',
    noBriefingToStep: "не указан брифинг, по шагам которого можно идти",
    stepRange: (steps) => `нужен номер шага от 1 до ${steps}`,
  },
  embed: {
    unusableField: (key, fields) =>
      `Поле "${key}" команды show не учтено: страница-носитель может задать ${fields.join(", ")}, каждое в виде текста, числа или списка.`,
    unusableFields: (keys, more, fields) =>
      `Поля ${keys.map((k) => `"${k}"`).join(", ")}${more ? ` и ещё ${more.toLocaleString("ru")}` : ""} команды show не учтены: страница-носитель может задать ${fields.join(", ")}, каждое в виде текста, числа или списка.`,
  },
  story: {
    documentTitle: (title) => `${title}: рассказ по шагам`,
    kicker: "Рассказ по шагам",
    howToRead: "Прокручивайте страницу вниз: глобус следует за текстом и показывает каждый шаг, когда вы до него доходите. Цветом на нём обозначено, кто за какой район отвечал бы по каждому из предложений.",
    skipGlobe: "Пропустить глобус и перейти к тексту",
    globeTitle: (title) => `Глобус, который следует за текстом: ${title}`,
    steps: "Шаги",
    stepOf: (n, total) => `Шаг ${n} из ${total}`,
    sources: (list) => `Источники: ${sentence(list.join("; "))}`,
    openFullView: "Открыть полную версию со всеми районами, источниками и сравнениями",
    language: "Язык",
  },
  switcher: {
    label: "Предложения",
  },
  year: {
    legend: "Границы и членство",
    may2011: "Май 2011 года",
    today: "Сегодня",
    asMade: "Такими, какими они были на момент предложений.",
  },
  changes: {
    grown: (group, from, to, joined) => `${group}: число членов выросло с ${from} до ${to}, вступили ${joined}`,
    nothing: "Между этими датами в данных ничего не изменилось.",
  },
  compare: {
    label: "Сравнение",
    heading: "Бок о бок",
    left: "Слева",
    right: "Справа",
    shade: "Заливка",
    everyRegion: "Все районы",
    onlyDifferences: "Только различия",
    linked: "Поворачивать оба глобуса вместе",
    back: "Вернуться к одному глобусу",
  },
  briefing: {
    step: "Шаг",
    of: (total) => `из ${total}`,
    previousLabel: "Предыдущий шаг",
    previous: "← Назад",
    nextLabel: "Следующий шаг",
    next: "Далее →",
    fullScreen: "Во весь экран",
    leave: "Выйти",
  },
  proposal: {
    proposedBy: (party) => `Автор предложения: ${party}`,
    attribution: (speaker, quoted) => (quoted ? speaker : `${speaker} (позиция в изложении источника)`),
    schematic: (title, nodes, links) => `Схема предложения «${title}»: ${nodes.join(", ")}${links.length ? `; ${links.join("; ")}` : ""}.`,
  },
  inset: {
    description: (parts, arrows) => `Схема, не привязанная к местности: ${[...parts, ...arrows].join("; ")}.`,
    part: (label, owners) => `${label} (${owners})`,
    holding: (label, owners, parts) => `${label} (${owners}), в составе: ${parts}`,
    oneWay: (from, to, label) => `от «${from}» к «${to}»: ${label}`,
    bothWays: (a, b, label) => `между «${a}» и «${b}», в обе стороны: ${label}`,
  },
  regions: {
    summary: "Районы в этом предложении",
    noArea: "На эту дату территории нет",
  },
  sources: {
    source: "Источник:",
    reportedIn: "Цитируется по:",
    undated: "дата не указана",
    asReportedBy: (reporter) => `, по сообщению ${reporter}`,
    translationNote:
      "Высказывания российских официальных лиц приводятся в обратном переводе с английского по сообщениям Global Security Newswire; их исходная русская формулировка может отличаться.",
  },
  contention: {
    show: "Показать на глобусе",
    showing: "Показано на глобусе",
  },
  timeline: {
    around: (date) => `около ${date}`,
    with: "Участники:",
  },
  people: {
    side: { nato: "НАТО", russia: "Россия", "united-states": "США" },
  },
  textView: {
    caption: (title, date) => `${title}: кто за что отвечает, по состоянию на ${date}`,
    region: "Район",
    responsible: "Кто отвечает",
    places: "Страны и моря",
    sources: "Источники",
    disputed: (party, other) => `${party} при одном прочтении, ${other} при другом`,
    reading: (party) => `${party} — при прочтении, принятом в этом материале (в источнике не названо)`,
    occupied: (place, note) => `${place}: ${note}.`,
  },
  tooltip: {
    responsible: (party) => `Отвечает: ${party}`,
    readings: (party, other) => `При одном прочтении отвечает ${party}, при другом — ${other}`,
    reading: (party) => `${party} — при прочтении источника, принятом в этом материале (в источнике не названо)`,
    notAssigned: "В этом предложении не отнесено ни к одной из сторон",
  },
  legend: {
    label: "Условные обозначения",
    key: "Легенда",
    disputed: (party, other) => `Под вопросом: при одном прочтении отвечает ${party}, при другом — ${other}`,
    reading: (party) => `${party} — при прочтении, принятом в этом материале`,
    occupied: (labels) => `Серая штриховка: ${labels}`,
    responsible: (party) => `Отвечает ${party}`,
    sea: (party) => `Морские районы, за которые отвечает ${party}`,
    notAssigned: "В этом предложении не отнесено ни к одной из сторон",
    proposalName: (party) => `Предложение: ${party}`,
    difference: (partyA, a, partyB, b) => `По предложению ${ofParty(partyA)}: ${a}. По предложению ${ofParty(partyB)}: ${b}.`,
    diffNotAssigned: "не отнесено ни к одной из сторон",
    diffRegion: (region, party) => `${region} — отвечает ${party}`,
    diffDisputed: (region, party, other) => `${region} — отвечает ${party} или ${other}`,
    diffReading: (region, party) => `${region} — отвечает ${party} при прочтении, принятом в этом материале`,
  },
  describe: {
    globe: (title, date, parts) => `${sentence(`Глобус: ${title}, по состоянию на ${date}`)} ${parts.join("; ")}.`,
    part: (region, party) => `${region} — отвечает ${party}`,
    partDisputed: (region, party, other) => `${region} — отвечает ${party} или ${other}, в зависимости от прочтения`,
    partReading: (region, party) => `${region} — отвечает ${party} при прочтении, принятом в этом материале`,
    region: (region, party, places) => `${region}, отвечает ${party}${places}.`,
    regionDisputed: (region, party, other, places) => `${region}, отвечает ${party} или ${other} в зависимости от прочтения${places}.`,
    regionReading: (region, party, places) => `${region}, отвечает ${party} при прочтении, принятом в этом материале${places}.`,
    roleDescription: "интерактивный глобус",
  },
  share: {
    summary: "Поделиться и экспортировать",
    copyLink: "Скопировать ссылку",
    linkCopied: "Ссылка скопирована.",
    linkNotCopied: "Не удалось скопировать: выделите адресную строку.",
    embedCode: "Код для встраивания",
    embedFrame: "Встроенная рамка постоянной высоты",
    embedScript: "Скрипт и заготовка: рамка принимает высоту глобуса",
    copyEmbed: "Скопировать код рамки",
    copyEmbedScript: "Скопировать код со скриптом",
    embedCopied: "Код для встраивания скопирован.",
    embedNotCopied: "Не удалось скопировать код для встраивания.",
    embedNoScript: "Там, где скрипты не работают, читатели увидят ссылку на полную версию.",
    embedLinkText: (title) => `${title} (интерактивный глобус)`,
    imageSize: "Размер изображения",
    size4k: "4K (3840 пикселей в ширину)",
    transparent: "Прозрачный фон",
    downloadPng: "Скачать изображение (PNG)",
    rendering: "Отрисовка…",
    imageDownloaded: "Изображение скачано.",
    imageFailed: (message) => `Не удалось создать изображение: ${message}`,
    downloadSvg: "Скачать SVG (для печати)",
    svgDownloaded: "SVG скачан.",
  },
  video: {
    summary: "Видео и раздаточный материал",
    intro: "Видео всего брифинга, кадр за кадром отрисованное в этом браузере: те же шаги, цвета, названия и тексты, что на экране, и субтитры отдельным файлом.",
    introView: "Видео этого вида: медленный поворот к тому, что он показывает, с легендой, примечанием и источником.",
    formatLegend: "Формат видео",
    format169: "Широкий 16:9 (1920 × 1080)",
    format11: "Квадрат 1:1 (1080 × 1080)",
    format45: "Портрет 4:5 (1080 × 1350)",
    format916: "Вертикальный 9:16 (1080 × 1920)",
    frameRate: "Кадров в секунду",
    stepsLegend: "Шаги",
    fromStep: "С шага",
    toStep: "до шага",
    burnIn: "Субтитры в кадре",
    download: "Скачать видео",
    cancel: "Отменить",
    progressLabel: "Отрисовка видео",
    progress: (step: number, steps: number, frame: number, frames: number) => `Шаг ${step} из ${steps}, кадр ${frame} из ${frames}`,
    left: (seconds: number) => `осталось около ${seconds < 90 ? `${Math.max(1, Math.round(seconds))} с` : `${Math.round(seconds / 60)} мин`}`,
    preparing: "Видео готовится…",
    made: (container: string, codec: string, width: number, height: number, seconds: number) =>
      `Скачано: видео ${container} (${codec}), ${width} × ${height}, ${Math.round(seconds)} с, и субтитры к нему (WebVTT).`,
    cancelled: "Видео отменено. Ничего не скачано.",
    failed: (message: string) => `Не удалось сделать видео: ${message}`,
    noEncoder: "Этот браузер не умеет кодировать видео (WebCodecs). Подойдёт свежая версия любого распространённого браузера.",
    motion: "При уменьшенной анимации видео переходит от шага к шагу без облёта.",
    needsGlobe: "Видео и раздаточный материал рисует трёхмерный глобус, а этот браузер не может его здесь показать.",
    handout: "Печать раздаточного материала",
    handoutIntro: "Брифинг на бумаге: по шагу на полстраницы, с картинкой, подписью и источниками. Для файла выберите в окне печати «Сохранить как PDF».",
    handoutPreparing: "Рисуются картинки для печати…",
    handoutReady: "Раздаточный материал готов к печати.",
    handoutFailed: (message: string) => `Не удалось подготовить раздаточный материал: ${message}`,
  },
  handout: {
    step: (n: number, total: number) => `Шаг ${n} из ${total}`,
    sources: "Источники",
    pictureAlt: (title: string) => `${title}: глобус таким, каким его показывает этот шаг брифинга (иллюстрация)`,
  },
  export: {
    sources: (list) => `Источники: ${sentence(list.join("; "))}`,
    notReady: "глобус ещё не готов",
    asOf: (date) => `По состоянию на ${date}`,
    today: (date) => `Сегодня, ${date}`,
    framesLegend: "Изображение для публикации",
    screenLegend: "Как на экране",
    presetHd: "Широкое 16:9 (1920 × 1080)",
    preset4k: "Широкое 16:9, 4K (3840 × 2160)",
    presetSquare: "Квадратное 1:1 (1080 × 1080)",
    presetPortrait: "Портретное 4:5 (1080 × 1350)",
    presetVertical: "Вертикальное 9:16 (1080 × 1920)",
  },
  publish: {
    description:
      "Интерактивный глобус двух предложений по противоракетной обороне, о которых сообщалось 3 мая 2011 года: две отдельные системы НАТО, обменивающиеся данными, и единая система России, разделённая на секторы. Иллюстрация: показано, кто за какой район отвечал бы.",
    pictureAlt: (title) => `${title}: глобус, закрашенный по тому, кто за какой район отвечал бы (иллюстрация)`,
    noScript: "Для интерактивного глобуса нужен JavaScript. Картинка и таблица показывают тот же вид.",
  },
  note: {
    illustrative:
      "Только для иллюстрации: заливка показывает, кто отвечал бы за какой район в каждом предложении, как о них сообщалось в мае 2011 года. Здесь не показаны ни объекты, ни техника, ни возможности систем, а границ секторов в сообщении не приводится.",
    short: "Только для иллюстрации: кто отвечал бы за какой район, по сообщениям мая 2011 года. Без объектов, техники и возможностей; границы секторов не назывались.",
  },
  publication: {
    updated: (date) => `Обновлено ${date}`,
    separator: " · ",
    notes: "Примечания к графике",
  },
  shortcuts: {
    heading: "Сочетания клавиш",
    close: "Закрыть",
    space: "Пробел",
    shiftSpace: "Shift+Пробел",
    showProposal: "Показать предложение",
    move: "Переход между элементами управления и глобусом",
    turn: "Повернуть глобус (когда он в фокусе)",
    zoom: "Приблизить и отдалить (когда глобус в фокусе)",
    nextStep: "Следующий шаг брифинга",
    previousStep: "Предыдущий шаг брифинга",
    firstLast: "Первый и последний шаг брифинга",
    section: "Открыть или закрыть раздел панели",
    showList: "Показать этот список",
    closeList: "Закрыть этот список",
  },
  gestures: {
    twoFingers: "Чтобы повернуть глобус, ведите по нему двумя пальцами",
    ctrlWheel: "Чтобы приблизить глобус, крутите колёсико, удерживая Ctrl (⌘ на Mac)",
  },
  phoneBar: {
    label: "Выбор предложения",
    compare: "Сравнить",
  },
};
