"""Statements cut from sentences: the raw material of headlines and highlights.

A statement starts where one can start (the sentence's own start past any dateline or byline,
or a clause that opens on a verb or a subject once a leading «و/كما/فيما» is set aside; never on
a preposition, relative or complementizer), drops what an editor deletes (honorifics, time
fillers such as «اليوم الأربعاء», parenthetical dates, a name's lineage, verbless asides between
commas or brackets, the offices after a titled name) and ends where the grammar layer says a
phrase may end (never inside a name, an idafa, a number and its unit, nor after a particle,
negation or modality, nor before the complement its verb owes). Its text is the kept words as
written, so it may skip deleted words: `start`/`end` cover the stretch of source it was cut from.
A reported claim may be printed under its speaker («رياض ياسين: …», `attributed`), and a lead
may be shortened further by what titles drop (`compressions`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from khulasa.summary import Passage
from khulasa.text import grammar
from khulasa.text.document import Sentence
from khulasa.text.frequency import zipf
from khulasa.text.grammar import word_set
from khulasa.text.morphology import analyses, readings
from khulasa.text.normalize import has_digit, normalize_word, strip_diacritics
from khulasa.text.tokens import Token

_CLAUSE_PUNCTUATION: Final = set("،؛:;,!؟?.«»\"()")
# Punctuation that closes a phrase (quotes and brackets may wrap the very object a verb needs).
_CUT_PUNCTUATION: Final = set("،؛:;,!؟?.")
_CLAUSE_PUNCTUATION_NO_COMMA: Final = _CLAUSE_PUNCTUATION - set("،,")
_DATELINE_MARKS: Final = set(":-–—|/")
_SPACED_DASH_RE: Final = re.compile(r"\s[-–—]\s")  # a byline's dash, compiled once
# Wire agencies and page furniture that close a dateline («الرياض - واس»).
_WIRES: Final = word_set("واس يو بي آي أ ف ب رويترز د ب أ كونا وام قنا بنا سبق")
_PAGE_FURNITURE: Final = frozenset(("next", "previous"))
_FOLLOWS: Final = normalize_word("يلي")
_SO_HAS: Final = normalize_word("فقد")  # «فقد تواصلت …»: «ف» + «قد» before a verb, a connector; «فقد الفريق …»: lost
_OBJECT_PRONOUN_ENDINGS: Final = ("ه", "ها", "هم", "هما", "هن", "نا", "كم", "ني", "ك")
# Connectors that open a clause of their own after a whole one («… على أحسن حال | وذلك من خلال …»,
# «… | حيث …», «… | فيما …»), whatever the pair table says of the word before them.
_WHOLE_BEFORE: Final = word_set("وذلك حيث وحيث وفيما بينما وبينما وكما")  # (not «فيما يتعلق», «كما هو»)
_ACCORDINGLY: Final = normalize_word("وعليه")  # «وعليه فإن …»: accordingly, a connector before a verb or «فإن»
RARE_NAME_ZIPF: Final = 3.5  # a noun form this rare after a name is the name's («فاجن» 3.0)
MAX_FAMILY_ZIPF: Final = 5.0  # «السند» 4.0, «الحربي» 4.4 close a name; «الماضي» 5.5, «الجديد» 5.5 do not
COPULA_PRONOUNS: Final = word_set("هو هي هم هما هن")  # between a subject and its predicate
_AS: Final = normalize_word("كما")  # «كما هو»: as it is
# Sessions and parts of a day named by their day («في ختام تعاملات | اليوم», «في نهاية | اليوم»): the day is
# their genitive, not a filler.
_THAT_DAY: Final = word_set("هذا ذلك")  # («لهذا اليوم», «ذلك اليوم»: with its clitic, the ending is the word)
_DAYS_OF: Final = word_set("تعاملات تداولات جلسة اجتماع مباراة لقاء أحداث دوام نهاية بداية منتصف طوال مدار")
_FRACTIONS: Final = word_set("نصف ربع ثمن")
_FINAL: Final = normalize_word("النهائي")
_HAS: Final = normalize_word("قد")
_CAUSES: Final = word_set("بسبب بهدف إثر")  # «… بعدم السفر إلى كينيا | بسبب مخاطر …»: a cause or aim opens its own phrase
_MAY: Final = word_set("قد وقد فقد لقد")  # before an imperfect «may», a modality to keep
_IMPERFECT_MARGIN: Final = 0.2  # zipf a «تـ» imperfect may exceed its «يـ» twin by («تقدم» 5.18 / «يقدم» 4.98)
_TAG_LISTS: Final = frozenset((normalize_word("سمات"),))
_PAPER_NAME: Final = (normalize_word("عين"), normalize_word("اليوم"))
_SHARE_BOX: Final = tuple(normalize_word(w) for w in "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك".split())
# Clause openers: a new statement may begin at them once the connector is set aside.
_CONNECTORS: Final = word_set("و ف كما وكما فيما وفيما بينما وبينما حيث وحيث إذ كذلك وكذلك ثم لكن ولكن فيما كما أيضا وقد قد لقد")
# Words after which a new clause starts (a boundary for cutting, not a statement start).
CLAUSE_OPENERS: Final = word_set(
        "بينما وبينما حيث وحيث فيما وفيما إذ كما وكما مما ومما ثم لكن ولكن خصوصا وذلك الذي التي "
        "الذين والذي والتي بعد وبعد بعدما عقب قبل وسط خلال مشيرا مشيرة مؤكدا مؤكدة لافتا لافتة "
        "موضحا موضحة مضيفا مضيفة معتبرا مقدما معربا مبينا منوها داعيا مطالبا مشددا مثمنا وأضاف وأكد وأشار وأوضح وقال وقالت بهدف بسبب إثر "
        "وأن وأنه وأنها وأنهم وبأن وبأنه وبأنها"  # («… امتلاك النووي | وأنها لن تتمكن …»: a second claim)
)
# The honorific styles that stand before a person's title («صاحب السمو الملكي الأمير …»).
_STYLE_PHRASES: Final = (
    "صاحب السمو الملكي", "صاحبة السمو الملكي", "صاحب السمو", "صاحبة السمو", "صاحب المعالي",
    "صاحب الفضيلة", "صاحب السعادة", "معالي", "فضيلة", "سماحة", "فخامة",
)
_STYLES: Final = word_set(" ".join(_STYLE_PHRASES))
_GRANDEUR: Final = (normalize_word("فخامة"),)  # a president's style, or «luxury» when no title follows
_STYLE_NOUNS: Final = word_set("سعادة معالي فضيلة سماحة فخامة")  # «رحب سعادة الأمين العام …»: the style opens the subject
_HONORIFICS: Final = tuple(
    tuple(normalize_word(w) for w in phrase.split())
    for phrase in (
        *_STYLE_PHRASES, "حفظه الله", "يحفظه الله",
        "رعاه الله", "يرعاه الله", "حفظها الله", "أيده الله", "رحمه الله", "يرحمه الله",
        "عز وجل", "سبحانه وتعالى", "صلى الله عليه وسلم", "في وقت سابق", "في وقت لاحق",
        "يوم أول من أمس", "يوم أول أمس", "أول من أمس", "أول أمس", "قبل قليل", "هذه الأيام", "في هذه الأيام",
        "في وقت متأخر", "بفضل الله", "بفضل من الله", "بحمد الله", "ولله الحمد", "بتوفيق الله",
        "بتوفيق من الله", "بعون الله", "بعون الله تعالى", "بإذن الله", "بإذن الله تعالى", "بحول الله", "حفظهم الله",
        "رحمهم الله", "رحمها الله", "يحفظها الله", "بمشيئة الله", "بمشيئة الله تعالى", "إن شاء الله",
        "بسم الله الرحمن الرحيم",  # (a royal order's or a letter's first line, no fact)
        "بحفظ الله ورعايته", "بحفظ الله", "في رعاية الله وحفظه",  # «غادر [بحفظ الله ورعايته] خادم الحرمين …»
        # the king's cables: «وأعرب الملك المفدى [باسمه واسم شعب وحكومة المملكة العربية السعودية] عن …»
        "باسمه واسم شعب وحكومة المملكة العربية السعودية", "باسمه واسم شعب وحكومة المملكة",
        "باسمه واسم شعب وحكومة السعودية",
    )
)
# Verbs whose root opens on «و» and whose rest is a commoner word of its own.
_WAW_ROOTS: Final = word_set("واسى واست وعد وعدت وعدوا ودع ودعت ودعوا وقى وقت وثق")
_TIME_HEADS: Final = word_set("سابق لاحق متأخر قليل")  # a time filler that «من …» would complete
_HONORIFICS_BY_FIRST: Final[dict[str, list[tuple[str, ...]]]] = {}
for _phrase in _HONORIFICS:
    _HONORIFICS_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_WEEKDAYS: Final = word_set("الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت")
_TIME_WORDS: Final = word_set("اليوم أمس امس غدا البارحة")
TIME_PREFIXES: Final = word_set("صباح مساء ظهر عصر ليلة فجر ظهيرة")
_TIME_SUFFIXES: Final = word_set(
    "الماضي المقبل الفائت المنصرم القادم الأول الماضيين المقبلين الجاري"
)
_FILLERS: Final = word_set("مؤخرا حاليا")
SERVANT: Final = normalize_word("عبد")  # «عبد الله» written apart
_ONLY: Final = word_set("فحسب فقط")  # «لا … فحسب»: a negated phrase's restriction
_ALSO: Final = word_set("أيضا")  # «also»: it points back at what the article said before
_DAY_OR_SUFFIX: Final = _WEEKDAYS | _TIME_SUFFIXES
_RANGE: Final = word_set("من حتى وحتى منذ إلى الى لغاية")
_DATED: Final = normalize_word("الموافق")
# What a date in figures completes («من مواليد …», «بتاريخ …», «الموافق …»): it stays.
_DATE_HEADS: Final = word_set("مواليد تاريخ بتاريخ وتاريخ اعتبارا الموافق مؤرخ مؤرخة مؤرخا المؤرخ المؤرخة")
_ERA_LETTERS: Final = word_set("ه هـ م")  # «1387 ه»: the era written apart from the year
_DAY: Final = normalize_word("يوم")
_MONTHS: Final = word_set(
        "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر "
        "ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"
)
# Every word `deletable` looks at past the honorifics (a fast test for all other words).
DATE_WORDS: Final = _TIME_WORDS | _WEEKDAYS | _FILLERS | _MONTHS | {"يوم"}
# Complementizers and relatives: what follows them must reach its verb before a statement ends.
EMBEDDERS: Final = word_set(
    "أن إن بأن وأن وإن فإن لأن الذي التي الذين والذي والتي أنه أنها إنه إنها بأنه بأنها"
)
# The embedders that open what a verb says or wants, not a relative describing its subject
# («حذر الباحث فلان، الذي يعمل في … | من …»: the warning is still owed).
_SAYING_EMBEDDERS: Final = EMBEDDERS - word_set("الذي التي الذين والذي والتي")
# Verbs that report a claim: a statement opening on one must carry the claim («أكد X أن …»).
REPORTING_VERBS: Final = word_set(
        "قال قالت أضاف أضافت أكد أكدت أشار أشارت أوضح أوضحت ذكر ذكرت بين بينت لفت لفتت تابع "
        "أفاد أفادت صرح صرحت اعتبر اعتبرت رأى يرى ترى توقع توقعت أبان أبانت أردف أردفت استطرد استطردت"
)
# Verbs whose object may be a noun («أعلن الوزير إطلاق …») or what follows «أن/عن».
ANNOUNCING_VERBS: Final = word_set("كشف كشفت أعلن أعلنت أفصح أفصحت أظهر أظهرت")  # («أظهرت دراسة أن …»: what a study showed)
# Verbs whose complement clause is a claim that may stand under its speaker («نفى» is not one:
# its claim without it says the opposite).
CLAIMING_VERBS: Final = REPORTING_VERBS | ANNOUNCING_VERBS
# What an announcing verb's news opens on: its claim's complementizer or its preposition («كشف عن
# …», «أكد على …»).
NEWS_OPENERS: Final = word_set("أن إن بأن أنه أنها إنه إنها بأنه بأنها أنهم إنهم بأنهم عن على إلى الى")
# Prepositions of the setting a claim was made in («أكد الوزير [في بداية اجتماعه مع مديري
# التعليم]، على …»): they open no news of their own.
SETTING: Final = word_set("في خلال مع لدى أثناء اثناء عند")
# Titles before a name that an editor drops with the name when an office precedes them.
_CAPTAIN: Final = normalize_word("الكابتن")  # a pilot's or a coach's title before his name
_NAME_TITLES: Final = word_set(
    "الشيخ المهندس الدكتور الأستاذ اللواء العميد المستشار الأستاذة الدكتورة المهندسة د"
)
_RULER_TITLES: Final = word_set("الأمير الأميرة الملك الشيخ")
_TITLE_WORDS: Final = _NAME_TITLES | _RULER_TITLES
_ROYAL_TITLES: Final = _RULER_TITLES - word_set("الشيخ")  # their names run «بن …» to «آل سعود», no «الـ» family name
MAX_LINEAGE_REACH: Final = 7  # «الأمير سلطان بن محمد بن سعود | بن …»: how far back a lineage's title stands
# The last word of offices that name their holder by themselves.
_HIGH_OFFICE_ENDS: Final = word_set("الشريفين العهد")
# Offices of the royal family and the cabinet, longest first, as they follow a ruler's name.
_OFFICE_PHRASES: Final = tuple(sorted((
    tuple(normalize_word(w) for w in phrase.split()) for phrase in (
        "ولي العهد", "ولي ولي العهد", "النائب الأول لرئيس مجلس الوزراء", "النائب الثاني لرئيس مجلس الوزراء",
        "نائب رئيس مجلس الوزراء", "رئيس مجلس الوزراء", "وزير الدفاع", "وزير الداخلية", "وزير الخارجية",
        "وزير الحرس الوطني", "رئيس مجلس الشؤون السياسية والأمنية", "رئيس مجلس الشؤون الاقتصادية والتنمية",
        "رئيس الحرس الملكي", "أمير منطقة", "نائب أمير منطقة", "أمير دولة", "حاكم إمارة", "أمير دولة قطر",
        "رئيس دولة الإمارات العربية المتحدة", "المستشار الخاص لخادم الحرمين الشريفين",
        "مستشار خادم الحرمين الشريفين", "نائب خادم الحرمين الشريفين", "رئيس الهيئة العامة للرياضة", "الرئيس العام لرعاية الشباب",
    )), key=len, reverse=True))
_REGION_WORDS: Final = word_set("منطقة إمارة")
_PLACE_KINDS: Final = word_set("منطقة إمارة محافظة مدينة")  # «بمنطقة جازان»: the place's name follows
_PLACE_KIND_FORMS: Final = _PLACE_KINDS | frozenset("ب" + kind for kind in _PLACE_KINDS)  # `_region_word`
# Where an office sits, closing its phrase («رئيس مجلس التنمية السياحية بالمنطقة»).
_OFFICE_PLACES: Final = word_set("المنطقة المحافظة المملكة المدينة الوزارة الجامعة الأمانة الإمارة")
OFFICES: Final = word_set(
        "أمير أميرة رئيس رئيسة وزير وزيرة مدير مديرة نائب ولي محافظ سفير المتحدث عضو أمين وكيل "
        "مساعد قائد مستشار ملك حاكم الناطق مفتي"
)
# `_office`: OFFICES and their definite forms («الرئيس»).
_OFFICE_FORMS: Final = OFFICES | frozenset("ال" + office for office in OFFICES)
_COMPLEMENTIZERS: Final = word_set(
    "أن إن بأن أنه أنها إنه إنها بأنه بأنها أنهم إنهم بأنهم"
)
# Quotation marks: «…», “…”, and straight quotes (which open and close alike).
OPENING_QUOTES: Final = frozenset("«“\"")
CLOSING_QUOTES: Final = frozenset("»”\"")
_QUOTE_MARKS: Final = "«»“”\""
_QUOTE_SET: Final = frozenset(_QUOTE_MARKS)
LI_APART: Final = normalize_word("ل")  # «لـ» written apart (before a quoted name: «لـ «عكاظ»»)
MAX_QUOTED_NAME_WORDS: Final = 4
MIN_CONSTRUCT_PLURAL: Final = 5  # «مقاتلي», «مسؤولي», «لاعبي» (not «رأيي», «عدي»)
HIJRI_YEARS: Final = (1300, 1500)  # a bare four-digit year of the news, in either calendar
GREGORIAN_YEARS: Final = (1800, 2100)
_OTHER: Final = normalize_word("أخرى")
_FIRST: Final = normalize_word("أول")  # «ناخبة ومرشحة | أول مرة»: an adverb, not a genitive
_QUESTION: Final = frozenset("؟?")
_PRAYER: Final = word_set("صلاة لصلاة بصلاة وصلاة")  # «عقب صلاة عصر اليوم»: the prayer's time is its name
_PRAYER_WORD: Final = normalize_word("صلاة")
_PRAYER_TIMES: Final = word_set("الفجر الظهر العصر المغرب العشاء الجمعة")
_AFTER_PRAYER: Final = word_set("عقب بعد")
_PRAYED_FOR: Final = word_set("الميت الجنازة الغائب")  # «صلاة الميت على …»: the prayer owes for whom
_WHAT: Final = normalize_word("ما")
_HE_SHE: Final = word_set("هي هو هم")
_WITHOUT: Final = normalize_word("دون")
_EXCEPT: Final = normalize_word("إلا")
# Negations that «إلا» turns into a restriction («ما انتشرت في مجتمع إلا أفسدته», «لا يوجد إلا …»)
_RESTRICTED: Final = word_set("ما لا لم لن ليس ليست")
_JOINED_NEGATIONS: Final = word_set("ولا ولم ولن وليس")  # a second negated clause's, its own «إلا»
_PILOT: Final = normalize_word("طيار")
# «… منافسة أقوى | عندما يحاول …»: a time or reason clause after a whole statement.
_WHEN: Final = word_set("عندما وعندما حينما وحينما حين لأن لأنه لأنها كلما")
_LATE: Final = word_set("الراحل الراحلة الفقيد الفقيدة المرحوم المرحومة")
# Roles a name follows after its nationality («المهاجم البرازيلي جوسيمار …»), besides grammar.TITLES.
_ROLES: Final = word_set("المهاجم المدافع الحارس الظهير الجناح الزميل الناشط الصحفي الإعلامي الداعية")
_WITH_WHOM: Final = word_set("مع ومع")  # «تعاقده مع الألماني | ماريو جوميز»: a nationality names the one signed
# Hijri months said in two words («ربيع الأول», «جمادى الآخرة»), and the ordinals a day is said by.
_SPLIT_MONTHS: Final = word_set("ربيع جمادى جمادي")
_DAY_ORDINALS: Final = word_set(
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي العشرين الثلاثين"
)
# «بعد أن فجر نفسه»: these prepositions' «أن» is followed by its verb («رغم أن» by any clause).
_VERB_AFTER_THAT: Final = word_set("دون بدون قبل بعد منذ")
# «دون أن يقدم تفاصيل»: a preposition before «أن» makes it a verbal noun, not a reported claim.
_THAT_AFTER_PREPOSITION: Final = _VERB_AFTER_THAT | word_set("رغم ورغم برغم")
# A participle owing by whom («التقرير الصادر عن …», «الدراسة المعدة من …»): no speaker ends on it.
ISSUED: Final = word_set("الصادر الصادرة المعد المعدة")
# «كشف موقع "فيتو" نقلا عن صحيفة …، أن …»: the one who speaks ends before whom he relays.
RELAYING: Final = word_set("نقلا")
# «بحسب المراقبين، فإن …»: an attribution head whose claim follows «فإن».
_ACCORDING_TO: Final = word_set("بحسب حسب وفق وفقا نقلا")
SO_THAT: Final = word_set("فإن فإنه فإنها")


def according_to(word: str) -> bool:
    """«بحسب», «وبحسب», «فبحسب», «وفق» (whose «و» is a root letter): an attribution head."""
    return word in _ACCORDING_TO or (word[:1] in "وف" and word[1:] in _ACCORDING_TO)


_BUT: Final = word_set("إلا وإلا غير")
_REACHING: Final = word_set("بلغ بلغت يبلغ تبلغ تجاوز تجاوزت يتجاوز تتجاوز ناهز ناهزت قارب قاربت يقارب تقارب")
_AS_FOR: Final = word_set("أما وأما")  # «أما فلان فقال …»
# A sentence's fronted concession, condition or source, whose main clause opens on «فإن»
_CONCEDING: Final = word_set("رغم برغم بالرغم على إذا لو بما أما بحسب حسب وفقا وفق طبقا نظرا")
_CONTRASTS: Final = word_set("لكن ولكن")  # before a noun, a nominal clause whose predicate is owed
_EACH_OF: Final = word_set("كلا كل")  # «كلاً من X وY»: a list of two or more (not «كل من يخالف»: whoever)
DURING: Final = normalize_word("خلال")
MAX_TIME_PHRASE: Final = 6  # «خلال الأشهر الخمسة الماضية»
APPROXIMATELY: Final = word_set("ما نحو قرابة حوالي زهاء")  # an amount opens on these («ما يقارب 997 حالة»)
_OTHER_THAN: Final = normalize_word("غير")  # before a definite word, an attribute («غير التابع»), no predicate
_STARTERS: Final = _BUT | SO_THAT | _CONNECTORS | {_SO_HAS}  # («وبحسب الفيديو | فقد تدلى الرجل …»)
MAX_NAME_WORDS: Final = 7
_SONS: Final = word_set("بن ابن بنت")
_FAMILY: Final = normalize_word("آل")
_IMAM: Final = normalize_word("الإمام")  # «جامعة الإمام محمد بن سعود الإسلامية»: a name of its own
# Words after which a bracket names something («شعار ((…))», «منظمة (تنظيم الأسرة)»): kept.
_NAMING: Final = word_set(
    "شعار بشعار عنوان بعنوان اسم باسم مسمى بمسمى منظمة شركة جمعية مؤسسة برنامج مسلسل فيلم كتاب "
    "حملة مبادرة مشروع تطبيق موقع قناة صحيفة مجلة فريق نادي هيئة مركز مسابقة مهرجان معرض "
    "أغنية بأغنية أغنيته رواية برواية قصيدة بقصيدة مسرحية بمسرحية ألبوم بألبوم لقب بلقب بفيلم بمسلسل بكتاب "
    "ببرنامج بحملة بمبادرة وكالة بوكالة حزب حركة جماعة تنظيم"
)
# Military ranks before a titled name, deleted with it.
_RANKS: Final = word_set("الفريق الركن أول اللواء العميد العقيد المقدم الرائد")
_OFFICER_RANKS: Final = word_set("اللواء العميد العقيد المقدم الرائد")  # «العقيد فلان، مساعد قائد …»: offices follow
# Nouns that open a circumstance between commas («، بحضور …،», «، برئاسة …،»).
# «وصلت البعثة إلى الرياض | قادمة من …»: where from is a circumstance of its own, after where to.
_COMING: Final = word_set("قادمة قادما")
_OCCASIONS: Final = word_set("بمناسبة بالتزامن تزامنا")  # (not «ممثلا …», «برئاسة …»: they may follow the subject)
_DURATIONS: Final = word_set("لمدة ولمدة")  # «… مع النجم الغاني سولي مونتاري | لمدة موسمين»: for how long
CIRCUMSTANCES: Final = word_set(
    "بحضور وبحضور برئاسة وبرئاسة بمشاركة وبمشاركة بمناسبة بالتعاون بالتزامن تزامنا ممثلا ممثلة ممثلين "
    "بإشراف بقيادة برعاية وبرعاية"
)
# Past verbs that also read as nouns («رفع», «وجه», «قتل»), too often mid-sentence for the
# opening-verb table: at the head of a lead's statement they are the verb.
_LEAD_VERBS: Final = word_set(
    "واصل واصلت رفع رفعت وجه وجهت قتل قتلت أثار أثارت قدم قدمت نقل نقلت شهد عقد عقدت عرض عرضت نظم نظمت كرم كرمت "
    "تبادل واجه واجهت شن شنت اجتمع تجاوز تجاوزت استشهد أنهى أسدل فتح فتحت عانى تعادل منح منحت أجرى أجرت سبق دشن "
    "دافع دافعت أصر أصرت أقدم أقدمت صادق رصد أحرز مدد شرف حافظ ضرب ضبط رأس قطع بث خطف دان شجب"
)
# Epithets the tagger reads as nouns, which close a name («رمضان | المبارك», «القرآن | الكريم»).
_EPITHETS: Final = word_set("المبارك الكريم المعظم المكرمة المنورة الشريف الشريفين المقدسة")
_CLUBS: Final = word_set("نادي بنادي لنادي")  # «بنادي هجر | العمل …»: a club's one-word name closes the place
MAX_TITLE_WORDS: Final = 4  # a role and its nisbas before an escort's name («المدرب الجزائري»)
# Who leads or goes with the subject, with no comma around it («منح الجهاز الفني [بقيادة المدرب …]
# لاعبي الفريق إجازة», «تفقد رئيس المؤسسة [يرافقه عدد من مسؤوليها] مشروع …»).
_ESCORTS: Final = word_set("بقيادة بإشراف برئاسة يرافقه يرافقها يرافقهم ترافقه ترافقها برفقة بمرافقة")
_YEARS_OF_AGE: Final = word_set("عاما سنة")  # «حيدر الخباز (21 عاماً)»: the tanween goes with normalization
_THE_AGE: Final = normalize_word("العمر")
# With whom the subject acted («بالتعاون مع …»), before the verb's object: titles drop it.
_PARTNERSHIPS: Final = word_set("بالتعاون وبالتعاون بالتنسيق بالشراكة بالاشتراك")
# Accusatives of purpose that open an adverbial («، تضامنا مع …»): a list, since by its ending
# alone «هجوما» after a deleted aside would be one too.
PURPOSE_ACCUSATIVES: Final = word_set(
    "حرصا تأكيدا سعيا دعما تقديرا إيمانا انطلاقا استمرارا تزامنا تماشيا تنفيذا إنفاذا تجسيدا استكمالا "
    "تضامنا وفقا بناء ترجمة تعزيزا تحقيقا بدءا نظرا تلبية"
)
# A lead may open on a fronted adverbial before its main clause («برعاية …», «إنفاذا لتوجيهات …»,
# «نيابة عن …»).
FRONTED: Final = word_set("برعاية تحت وسط ضمن بحضور بمناسبة خلال رغم بعد قبل عقب إثر نيابة") | PURPOSE_ACCUSATIVES
_WHAT_WORDS: Final = word_set("ما مما عما بما فيما")  # «… حول ما جرى»: what happened, no clause of its own
_TIME_AFTER_WHAT: Final = word_set("مضى سبق بعد")  # «فيما مضى»: a time adverb, not «فيما» + a verb
# After «ما» these verbs say "still" («ما زال», «ما دامت»): no «what …» subject.
_STILL_VERBS: Final = word_set("زال زالت زالوا زلنا زلت يزال تزال دام دامت انفك برح فتئ")
AS_IF: Final = "كأن"  # «كأن» as written (letter-normalized it is the copula «كان»)
_THIS: Final = normalize_word("هذا")  # «هذا و…»: the formula that opens a further fact
MAX_FRONTED_WORDS: Final = 20  # the main clause's verb comes within this many words of the lead
COMMAS: Final = set("،,")
_BRACKETED_RE: Final = re.compile(r"\([^()]*\)")
_INNER_SEMICOLON_RE: Final = re.compile(r"\s*[؛;]\s*")
_DETACHED_COMMA_RE: Final = re.compile(r" ([،,])(?=[^\s\d])")  # a comma after the space, glued to the next word
_ASIDE_MARKS: Final = set("(،,؛;")
_APPOSITION_MARKS: Final = set("،,؛;")
# Prepositions of an adjunct between commas («، في مقابلة صحفية،»); «على/إلى/عن/من» there open
# the verb's complement («أجبر النادي، على دفع …»), which stays.
_ASIDE_PREPOSITIONS: Final = word_set("في خلال منذ عبر وسط ضمن أثناء داخل لدى عند بحسب حسب وفق وفقا طبقا بعد")
MAX_ASIDE_WORDS: Final = 10
_LOCATIVES: Final = word_set("في خلال داخل")
# Prepositions that open a verb's complement («تمكنت … من إنقاذ», «حصل … على …»).
COMPLEMENT_PREPOSITIONS: Final = word_set("من على إلى الى عن")
# What may follow a struck place, even after its comma: a complement or a quantified object.
_PLACE_FOLLOWERS: Final = COMPLEMENT_PREPOSITIONS | word_set("الكثير العديد عددا")
_WITH: Final = normalize_word("مع")  # after the place's comma only: «…، مع جمهورية ناميبيا على …»
_NISBA_ENDINGS: Final = ("يه", "ي", "يين", "يون", "يات")  # «الشرقية»: an adjective, not the object
_NEED: Final = word_set("بضرورة بأهمية ألا بألا")  # («نصت الشروط ألا يكون …»: «أن لا», what is required)
_LAM_STANDS_FOR: Final = frozenset(("ل", "الي"))  # «لـ» for itself or «إلى»
# What an attached «بـ» opens after an office, not a verb's complement («المعلمين | بوزارة التعليم»).
# Seats and venues: «بوزارة …», «بمركز الملك فهد الثقافي» say where, not what a verb wants with «بـ».
_SEATS: Final = word_set("وزارة جامعة إدارة هيئة أمانة مديرية مركز مقر قاعة فندق مسرح ملعب مبنى مجمع قصر مكتب ساحة") | (
    _PLACE_KINDS | _OFFICE_PLACES)
# Who led or attended, after the verb's subject («كلفت إدارة النادي [برئاسة فلان]»): no «بـ» complement.
_LED_BY: Final = word_set("برئاسة وبرئاسة بحضور وبحضور بإشراف بقيادة")
# «كشف التقرير الصادر عن مؤسسة النقد»: the «عن» is the participle's, not the verb's.
_ISSUED: Final = word_set("الصادر الصادرة الصادرين الصادرتين صادر صادرة")
# «المتحدث باسم المقاومة»: part of an office, not a verb's «بـ» complement.
_IN_NAME_OF: Final = normalize_word("باسم")
# «من دون», «من خلال», «من أجل»: a preposition of its own, not the «من» a verb wants.
_AFTER_MIN: Final = word_set("دون خلال أجل قبل جانب جهة حيث ضمن بين")
_ALI: Final = "علي"  # the given name as written (its normalized form is the preposition's too)
# Verbs whose complement opens on a preposition, and on which («أعرب عن», «حذر من», «قام بـ»;
# «بـ» and «لـ» stand for the attached ones): a statement cut before it is unfinished. «دعا …
# إلى» or «لـ» (what is called for), «أرجع/عزا … إلى» (the cause; «على وجه الخصوص» is none),
# «حث … على» (what was urged, whatever other preposition came: «بالمنطقة»).
_COMPLEMENTS: Final[dict[str, frozenset[str]]] = {
    form: frozenset(prepositions.split()) for forms, prepositions in (
        ("أعرب أعربت يعرب تعرب عبر عبرت يعبر تعبر تحدث تحدثت يتحدث تتحدث كشف كشفت يكشف تكشف أسفر أسفرت "
         "يسفر تسفر دافع دافعت يدافع تدافع", "عن"),
        ("حذر حذرت يحذر تحذر تمكن تمكنت يتمكن تتمكن", "من"),
        ("أشاد أشادت يشيد تشيد طالب طالبت يطالب تطالب قام قامت يقوم تقوم اتهم اتهمت يتهم تتهم قدرت يقدر تقدر "
         "يقضي تقضي تفاجأ تفاجأت يتفاجأ تتفاجأ فوجئ فوجئت", "ب"),
        ("نوه نوهت ينوه تنوه وجه وجهت يوجه", "ب الي"),
        ("شدد شددت يشدد تشدد أقدم أقدمت وافق وافقت يوافق توافق حصل حصلت يحصل تحصل أصر أصرت يصر تصر", "علي"),
        ("حث حثت يحث تحث", "علي ل"),
        ("أشار أشارت يشير تشير أرجع أرجعت يرجع ترجع عزا عزت يعزو تعزو دعا دعت يدعو تدعو سعى سعت يسعى تسعى",
         "الي ل"),
        ("تعاطف تعاطفت يتعاطف", "مع"),
        ("اجتمع اجتمعت يجتمع تجتمع", "مع ب في"),
        ("كلف كلفت يكلف تكلف", "ب"),
        ("ساهم ساهمت يساهم تساهم أسهم أسهمت يسهم تسهم نجح نجحت ينجح تنجح", "في"),
        ("حظي حظيت يحظى تحظى اكتفى اكتفت يكتفي تكتفي", "ب"),
        ("أجمع أجمعت", "علي"),
        ("استمع استمعت يستمع تستمع", "الي ل"),
        ("يستعد تستعد استعد استعدت", "ل"),
        # («اضطر السائحون الراغبون في رؤية المدينة | …», «تعرض اللاعب | لإصابة»: where to, what)
        ("انضم انضمت ينضم تنضم", "الي ل"),
        ("اضطر اضطرت يضطر تضطر عمد عمدت يعمد", "الي"),  # (not «ل»: «… التي حفظت | لفترة طويلة» is no complement of its)
        ("تعرض تعرضت يتعرض تتعرض", "ل الي"),
        ("التحق التحقت يلتحق تلتحق", "ب الي"),
        ("اعترف اعترفت يعترف تعترف", "ب"),
        ("اعتذر اعتذرت يعتذر تعتذر تنازل تنازلت يتنازل تتنازل تخلى تخلت يتخلى تتخلى", "عن"),
        ("تسبب تسببت يتسبب تتسبب", "ب في"),
    ) for form in word_set(forms)
}
WANTS_COMPLEMENT: Final = frozenset(_COMPLEMENTS)
# Verbs whose subject may be followed by what they want or report, past asides and offices.
_WANTS_OR_CLAIMS: Final = WANTS_COMPLEMENT | CLAIMING_VERBS
# A statement ending on these announces a list («… ما يلي:»).
ANNOUNCES_LIST: Final = word_set("يلي التالي الآتي التالية الآتية")
_TIME_UNITS: Final = word_set("اليوم الأسبوع الشهر العام الموسم الصباح المساء الأسبوع اليومين")  # «اليوم التالي»: the next day
# Nouns that «في» makes a conjunction or frame («في حال …», «في ظل …», «في إطار …»).
_AFTER_FI: Final = word_set("حال حالة ظل إطار سياق ضوء")
_FI: Final = normalize_word("في")
# A complementizer carrying its clause's subject as a pronoun («إنه يرفض …»).
PRONOUN_COMPLEMENTIZERS: Final = word_set("أنه أنها إنه إنها بأنه بأنها أنهم إنهم بأنهم")
# A condition opening a claim («أن إذا …», «أنه في حال …»): its verb is not yet the claim's.
_CONDITIONS: Final = word_set("إذا لو")
_CASE_NOUNS: Final = word_set("حال حالة")
_YEAR_WORDS: Final = word_set("عام العام سنة السنة عامي")  # «عام –1401ه–»: the year that follows is said
_HOUR: Final = normalize_word("الساعة")
_SHARP: Final = normalize_word("تمام")  # «في تمام الساعة 11»
_CLOCK_HEADS: Final = frozenset((_HOUR, _SHARP))
_AT_TIME: Final = word_set("في عند")
_ZONE_TIME: Final = normalize_word("بتوقيت")
_DAY_PARTS: Final = word_set("صباحا مساء مساءً ظهرا عصرا ليلا فجرا")
_GENERAL: Final = normalize_word("عام")
_THE_GENERAL: Final = normalize_word("العام")  # «الأمين | العام»: tagged an adverb too
DEFINITE: Final = ("ال", "لل", "بال", "وال", "فال", "كال")  # the article, alone or after a clitic
_PHRASE_ARTICLES: Final = ("ال", "وال", "بال", "لل")  # the article forms a phrase's words take (an office's, a place's)
_TODAY: Final = normalize_word("اليوم")
_THE_FIRST: Final = normalize_word("الأول")
_AFTER_PIETY: Final = word_set("ثم تعالى")  # what follows a pious formula and goes with it
_MERCY: Final = normalize_word("رحمه")  # «رحمه الله» (a formula) and «رحمة الله» (where the dead go) read alike
GOD: Final = normalize_word("الله")
_PRAYING: Final = word_set("دعا دعت سأل سألت يسأل نسأل ندعو يدعو")
_CONSIDERED: Final = word_set("يعتبر تعتبر يعد تعد")  # «يعتبر/يعد» before a bare predicate: «is considered»
ORDINALS: Final = word_set("الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة الأولى الأخير الأخيرة")
# Verbs and nouns whose complement opens on «في» («نجح في», «أخفق … في التوصل», «الحق في», «دورا
# في»): that «في» is no adjunct to cut before nor a place to delete.
WANTS_FI: Final = word_set(
    "نجح نجحت ينجح تنجح ساهم ساهمت يساهم تساهم أسهم أسهمت يسهم تسهم شارك شاركت يشارك تشارك "
    "رغب رغبت يرغب ترغب تمثل يتمثل تتمثل تألو يألو شرع شرعت يشرع تشرع "
    "أخفق أخفقت فشل فشلت تسبب تسببت استمر استمرت "
    "الحق حق حقها حقه دور دورا دوراً دورها دوره جهدا جهداً جهود جهودا زيادة الزيادة "
    "التحكم التدخل الرغبة رغبة النصيب مساهمة الإسهام"
)
# With «بدأ» («تبدأ الإدارة …، في استقبال …»): which «في» after a comma is a verb's, not an aside
# (only here: «بدأ» also takes its object bare, and reads as «بدا»).
_OWES_FI: Final = WANTS_FI | word_set("بدأ بدأت يبدأ تبدأ")
# «طالب الاتحاد … المتمردين | بالإفراج …»: verbs whose «بـ» phrase after the subject is what they want.
_WANTS_BA: Final = word_set("طالب طالبت يطالب تطالب أشاد أشادت يشيد تشيد قام قامت يقوم تقوم نوه نوهت رحب رحبت يرحب ترحب")
_OWES_TITLE: Final = word_set("بعنوان عنوان بشعار شعار")  # the title or slogan comes next
_SUCCEEDING: Final = word_set("خلفا")  # «خلفاً للمقال | أندوني زوبيزاريتا»: whom he succeeds is named next
_UNITS: Final = word_set("ألف آلاف مليون ملايين مليار مليارات تريليون ريال ريالا دولار دولارا يورو جنيه درهم دينار طن كيلو متر بالمائة بالمئة")
_MULTIPLIERS: Final = word_set("ألف آلاف مليون ملايين مليار مليارات")  # «8 آلاف | فنجال»: the counted noun after them
_PERCENT: Final = word_set("المائة المئة")  # «36.2 في المائة»
_BOARD: Final = (normalize_word("مجلس"), normalize_word("إدارة"))
_REPRESENTED: Final = word_set("ممثلة ممثلا ممثلين")  # «ممثلة في …», «ممثلة بـ…»: the department acting for the subject
# «باسمه واسم منسوبي …», «باسمه ونيابة عن …»: whom the subject speaks for besides himself
_IN_HIS_NAME: Final = word_set("باسمه باسمها باسمهم")
_AND_IN_NAME: Final = word_set("واسم وباسم ونيابة")
_ON: Final = normalize_word("على")
_URGING: Final = word_set("أهمية ضرورة")  # «أكد/شدد على أهمية …»: the urging is the statement
# Verbs that point to what they say with «إلى» («أشار إلى حرص …»: what he pointed to is said).
POINTING_VERBS: Final = word_set("أشار أشارت لفت لفتت")
# Reporting verbs whose own preposition opens what was said, a noun phrase as whole as a claim
# («أكد فلان على خطورة …», «أشار فلان إلى الدور المهم …»).
_SAID_AFTER: Final = {**dict.fromkeys(word_set("أكد أكدت يؤكد تؤكد شدد شددت يشدد تشدد"), _ON),
                      **dict.fromkeys(POINTING_VERBS, normalize_word("إلى"))}
# Unnamed sources a title cites by their kind alone («دراسة: …», «مصادر: …»).
_SOURCES: Final = word_set("دراسة دراسات تقرير تقارير مصادر مصدر استطلاع إحصائية إحصاءات بحث أبحاث")
# A word followed by punctuation in under this share of its news occurrences ends no headline
# mid-clause: train blind judgements (first 12 words and Khulasa's headlines, 210 cuts) found no
# printable cut under 3 %, the lowest printable at 4.6 %; a blind A/B of 5 % on 22 changed train
# headlines: printable 5 → 1. Bullets use 5 % (highlights.BULLET_RARE_END).
HEADLINE_RARE_END: Final = 0.03
# A relative this close after a clause's verb describes its subject («تميز المهرجان الذي …»).
MAX_RELATIVE_REACH: Final = 5
_SUBJECT_RELATIVES: Final = word_set("الذي التي الذين")
_DESCRIBING_RELATIVES: Final = word_set("الذي التي")  # (not «الذين»: mostly "those who", which picks out)
_BETWEEN: Final = normalize_word("بين")
# Participles that still owe where or what («المقامة في …», «الواقعة في …», «التابعة لـ …»).
_OWING_PARTICIPLES: Final = word_set(
    "المقامة المقام المنعقدة المنعقد الواقعة الواقع التابعة التابع المتجهة المتجه المؤدية المخصصة "
    "المخصص المعنية المعني المقرر المقررة المزمع المزمعة الرامية الرامي المرتبط المرتبطة المرتبطين المتعلقة المتعلق "
    "الكائن الكائنة الراغبة الراغب الراغبين الساعية الساعي الساعين المكونة المتضمنة المتضمن المشتملة المشتمل "
    "المشتبه"
)
# «وفد المملكة المشارك [في الملتقى …]»: the participle owes where it takes part.
_TAKING_PART: Final = word_set("المشارك المشاركة المشاركين المشاركون")
# How far after the verb a subject may reach before a trailing place phrase.
MAX_SUBJECT_WORDS: Final = 6
# How far a verb's subject with its names and offices reaches («أعلن قائد الشرطة الاتحادية الفريق
# رائد شاكر جودت»): a deleted aside's commas this close to the verb close no clause. Further on
# they follow the object («… مع المهاجم الدولي محمد مونتاري، [القادم من فريق الجيش]، بعقد …»).
MAX_SUBJECT_REACH: Final = 9
# Buildings a visit or a meeting is placed in, and how many words their names run before the city.
_VENUES: Final = word_set("قصر مكتب مكتبه مقر مقره مقرها ديوان مبنى قاعة فندق")
MAX_VENUE_WORDS: Final = 3
# A body named by its kind alone, which closes an office that says where only with what follows.
_UNNAMED_BODIES: Final = word_set("الإدارة الأمناء النادي الجمعية الشركة اللجنة الهيئة المجلس الجامعة الوزارة")
MAX_OFFICES_REACH: Final = 13  # a subject's offices closed by where they sit («… بالمحافظة») before his name
# How far a reporting frame («أكد مدير … أن») may reach before its claim.
MAX_FRAME_WORDS: Final = 20
MAX_APPOSITION_WORDS: Final = 16
# How long a relative clause describing a claim's subject may run before the predicate verb.
MAX_RELATIVE_WORDS: Final = 9
# A reporting verb's noun object says what was affirmed from this many words on («أكد فلان عدم تأثر
# الحركة السياحية»): a line may end there, not only at the clause's punctuation.
MIN_OBJECT_WORDS: Final = 3
# «برئاسة عضو اللجنة البارالمبية العربية السعودية ورئيس برنامج الأولمبياد السعودي الخاص الدكتور ماهر
# بن سعد الجديد»: who leads the subject, offices and name, struck up to this many words.
MAX_ESCORT_WORDS: Final = 20
# A speaker named before a headline's or bullet's colon is at most this long; a longer one is
# named by the name that closes it («المتحدث … رأفت الصباغ»).
MAX_SPEAKER_WORDS: Final = 4
MAX_EXPRESSED_REACH: Final = 16  # «عبر» + the one who expressed, with offices and places, then «عن»
_EXPRESSED: Final = normalize_word("عبر")
_ABOUT: Final = normalize_word("عن")
_SELF: Final = word_set("نفسه نفسها أنفسهم نفسهم")
REPORTING_PARTICIPLES: Final = word_set(
    "مبينا مبينة مشيرا مشيرة مشيرين مؤكدا مؤكدة مؤكدين موضحا موضحة لافتا لافتة مضيفا مضيفة"
)
# Frames of a prediction or an opinion: their claim is never cut loose from them.
_OPINING: Final = word_set(
    "توقع توقعت يتوقع تتوقع رجح رجحت يرجح يرى ترى رأى رأت اعتبر اعتبرت يعتبر تعتقد يعتقد اعتقد ظن يظن"
)
# Verbs that report through a preposition («شدد على أن», «أشار إلى أن», «نوه بأن»).
_INSISTING: Final = word_set("شدد شددت نوه نوهت حذر حذرت طالب طالبت دعا دعت")
# Those whose claim is a statement, which may stand under its speaker («حذر أوباما من أن رفض
# الكونجرس … سيؤدي إلى حرب» → «أوباما: رفض الكونجرس … سيؤدي إلى حرب»); not a demand («طالب/دعا
# … أن يتم …», which under its speaker would read as done).
_STRESSING: Final = _INSISTING - word_set("طالب طالبت دعا دعت")
# Verbs of praise, concern and stress whose complement opens on a preposition («أشاد … بـ», «أعرب
# … عن», «شدد … على»): a bare name after their subject's offices is no object but the subject's.
_PRAISING: Final = _STRESSING - word_set("حذر حذرت") | word_set("أشاد أشادت أعرب أعربت عبرت أثنى أثنت")
MAX_SUBHEADING_WORDS: Final = 4
# Verbs that introduce a quotation: a statement opening on one must carry what was said.
QUOTING_VERBS: Final = word_set("قال قالت أضاف أضافت تابع تابعت كتب كتبت أردف أردفت استطرد استطردت")
# Those that are also transitive verbs («أضاف برنامجا», «تابع سير العمل»): they quote only with a
# complementizer, a colon or a quotation after them («قال» quotes with none: «قالت لي صديقتي …»).
_ALSO_TRANSITIVE: Final = QUOTING_VERBS - word_set("قال قالت")  # («كتب الرئيس رسالة …», «كتب الأطفال»)
# «من المقرر أن …»: a modal frame opens on these.
_FROM: Final = word_set("من ومن")
_THAT: Final = word_set("أن")
_THAT_WORDS: Final = word_set("أن إن بأن وأن وإن فإن")
# How far after «بين X» a «و» may still join the second party («بين الجيش | والمسلحين»).
MAX_PARTY_WORDS: Final = 3
ITSELF: Final = word_set("نفسه نفسها نفسهم ذاته ذاتها")  # «الأسبوع ذاته»: the same week
# A chain of offices before a titled name gives way to the name from this many words, up to this many.
MIN_OFFICE_CHAIN: Final = 6
MAX_OFFICE_CHAIN: Final = 16
# Bodies that act, heading the idafa that names them («، وأنهت إدارة النادي …», «وتواصل أجهزة
# الأمن …»): after a verb inside a sentence, their own subject, not an object.
_AGENT_HEADS: Final = word_set(
    "إدارة أجهزة فرق فرقة قوات لجنة هيئة وزارة شرطة مجلس شركة جمعية مركز بلدية أمانة جهات سلطات حكومة "
    "منظمة عمليات دوريات"
)
# A sound plural's nominative «ـون» is at least this common, and its «ـين» at most this much more.
MIN_NOMINATIVE_ZIPF: Final = 2.5
MAX_OBLIQUE_LEAD: Final = 1.5
MIN_PLURAL_BASE: Final = 3  # «شخص|ين», «مواطن|ين»; «أم|ين» is a word of its own
_MIN: Final = normalize_word("من")
_PARTITIVES: Final = word_set(
    "مجموعة عدد عددا سلسلة جملة حزمة قائمة كمية كميات مزيد المزيد مزيدا الكثير العديد عشرات مئات آلاف ملايين "
    "جزء جزءا نوع أنواع"
)
_RANGE_JOINS: Final = word_set("و إلى الى حتى")
_BELONGING: Final = word_set("التابعة التابع التابعين التابعتين التابعان")
_MEN_IN_TA: Final = word_set(
    "الخليفة خليفة الداعية داعية العلامة علامة الرحالة الثلاثة الأربعة الخمسة الستة السبعة الثمانية التسعة العشرة "
    "الضحية ضحية الموهبة موهبة الكشافة كشافة"
)
# A family name in «ة» («استقبل الربيعة …», «قال العطية …») is rarer than the common nouns a
# masculine verb takes as its object («أتاح الفرصة», «أعاد البسمة»).
MIN_OBJECT_NOUN_ZIPF: Final = 3.2
_COUNTED_PLURALS: Final = word_set("العشرات المئات")
_OBLIQUE_COUNTS: Final = word_set("اثنين اثنتين")  # accusative or genitive, never a subject
# A three-letter form this common with the article is a verbal noun as often as a verb («النشر»,
# «الرفض», «الوقف»), not «قال» (2.5).
MIN_VERBAL_NOUN_ZIPF: Final = 3.5
# Manner adverbials a verb may take before its subject («بدأت بشكل بسيط …»).
_MANNER: Final = word_set("بشكل بصورة بطريقة")
# (not «حاليا», «مؤخرا», «أيضا»: `deletable` strikes them before any statement is cut)
_ADVERBS_OF_TIME: Final = word_set("يوميا سنويا شهريا أسبوعيا مجددا سابقا لاحقا رسميا")
_IMPERSONAL_VERBS: Final = word_set("يتم يجري يصار يتعين")  # their noun is their subject («يتم تنفيذ …»)
# Passive and impersonal verbs whose subject is the masdar after them («تم تجهيز الموقع», «جرى محاولة …»).
IMPERSONAL: Final = word_set("تم تمت يتم سيتم جرى يجري سيجري")
# Verbs of obligation and possibility whose «أن» is their own complement, not a claim's opening.
MODAL_VERBS: Final = word_set("يجب ينبغي يمكن يتعين يجوز بد لابد")
# Verbs after «إنه/أنها» whose subject is a noun of their own, the pronoun being the matter's.
_OWN_SUBJECT_VERBS: Final = _IMPERSONAL_VERBS | MODAL_VERBS | word_set("تم تمت سيتم جرى سيجري وقع يقع سيقع يوجد توجد")
_SAID_NEGATIONS: Final = word_set("لا لم لن")  # before the verb of a claim whose subject is its speaker
# Quantifiers that open a subject right after its verb («قام بعض الأهالي …»).
_SUBJECT_QUANTIFIERS: Final = word_set("بعض عدد جميع معظم أغلب عشرات مئات آلاف")
_ANY: Final = word_set("أي أية")  # «لم ينتج عن الحادث | أي إصابات»: after an adjunct, the subject
# After a verb's adjunct, words that are no subject: emphasis, manner and frequency.
_NOT_SUBJECTS: Final = word_set("نفسه نفسها ذاته ذاتها بشكل بصورة بنحو مرة مرتين مرات أيضا")
_CAPITAL: Final = normalize_word("العاصمة")
# Sentences whose words and gaps are kept (the sentences of the articles in flight).
SENTENCE_CACHE_SIZE: Final = 1024
MIN_STATEMENT_WORDS: Final = 4
# A sentence cut to a word budget keeps at least this many words when it can.
MIN_CUT_WORDS: Final = 3
# How far into a sentence a dateline or byline («لجين الأحمدي – متابعات») may reach.
DATELINE_REACH: Final = 8
# «عين اليوم – الرياض»: up to this many words before a spaced dash are a byline or dateline.
BYLINE_WORDS: Final = 3
WIRE_REACH: Final = 16


# Not frozen (equal and hashable as if it were; never assigned): ~20 are built per article, and a
# frozen dataclass's __init__ sets each field through object.__setattr__, 2.5x the cost.
@dataclass(unsafe_hash=True)
class Statement:
    """Kept word positions (in order) of one sentence's tokens, and whether the first word's
    leading «و/ف» is dropped."""

    sentence: Sentence
    keep: tuple[int, ...]
    drop_conjunction: bool = False
    owes_verb: bool = False  # a reported claim, cut from after its complementizer
    speaker: int = 0  # how many kept words name the claim's speaker («ياسين: …» in headline style)

    # Written out, so compiled (the dataclass decorator keeps a class's own __init__): the one it
    # generates runs as interpreted Python, ~2.4k instructions a statement.
    def __init__(self, sentence: Sentence, keep: tuple[int, ...], drop_conjunction: bool = False,
                 owes_verb: bool = False, speaker: int = 0) -> None:
        self.sentence = sentence
        self.keep = keep
        self.drop_conjunction = drop_conjunction
        self.owes_verb = owes_verb
        self.speaker = speaker

    @property
    def tokens(self) -> list[Token]:
        return [self.sentence.tokens[i] for i in self.keep]

    def __len__(self) -> int:
        return len(self.keep)


def words_of(sentence: Sentence) -> tuple[str, ...]:
    """The sentence's words, letter-normalized (made once per sentence: `Sentence.forms`)."""
    return sentence.forms


def gaps_of(sentence: Sentence) -> tuple[str, ...]:
    """The text before each word since the previous one (punctuation shows boundaries)."""
    return sentence.gaps


def lead_start(words: tuple[str, ...], gaps: tuple[str, ...]) -> int:
    """Where a sentence's statement starts: past a share box, a dateline or a byline."""
    start = 0
    if tuple(words[: len(_SHARE_BOX)]) == _SHARE_BOX:
        start = len(_SHARE_BOX)
    while start < len(words) and words[start] in _PAGE_FURNITURE:
        start += 1
    # «محمد الحيدر نظمت الشركة …»: a byline run into a lead that opens on a news verb.
    if start == 0 and len(words) > MIN_STATEMENT_WORDS and grammar.tag(words[0]) == "PROPN" and (
            not words[0].startswith("ال") and words[1] not in grammar.NAME_PARTICLES
            and (words[1].startswith("ال") or grammar.tag(words[1]) == "PROPN")
            and words[2] in grammar.tables().opening_verbs and words[2][:1] not in "يت"
            and _CLAUSE_PUNCTUATION.isdisjoint(gaps[1] + gaps[2])):
        start = 2
    # «الشعيبي أعلن معهد الإدارة …»: a photo caption's family name before a lead that opens on a verb.
    if start == 0 and len(words) > MIN_STATEMENT_WORDS and words[0].startswith("ال") and words[0].endswith("ي") and (
            grammar.tag(words[0]) in ("PROPN", "ADJ") and words[1] in grammar.tables().opening_verbs
            and words[1][:1] not in "يت" and _CLAUSE_PUNCTUATION.isdisjoint(gaps[1])):
        start = 1
    for i in range(start, min(len(words), start + WIRE_REACH)):
        if words[i] in _WIRES and (i + 1 == len(words) or not _DATELINE_MARKS.isdisjoint(gaps[i] + gaps[i + 1])
                                   or gaps[i].strip().startswith("(")):
            start = i + 1
            break
    for i in range(start + 1, min(len(words), start + DATELINE_REACH)):
        # (a lone verb before the dash opens the lead: «يغادر - بمشيئة الله - …»)
        byline = i - start <= BYLINE_WORDS and bool(_SPACED_DASH_RE.search(gaps[i])) and not (
            i - start == 1 and grammar.is_verb(words[start]))
        paper = tuple(words[start : start + 2]) == _PAPER_NAME
        opening = words[start + 2 : i] if paper else words[start:i]  # «عين» is a verb too
        if _opens_dashed_aside(gaps[i]):
            break  # the lead has begun: its dashes close the aside
        # («كرّم أهالي قرية كتنة في محافظة ميسان - 100 كيلومتر …»: a preposition's phrase before the
        # dash is prose whose verb the tagger missed, not a dateline)
        if gaps[i] != " " and not _DATELINE_MARKS.isdisjoint(gaps[i]) and (byline or not any(
                grammar.is_verb(w) or w in grammar.PREPOSITIONS for w in opening)):
            start = i
            # «عين اليوم – الرياض أوضح …»: the place after the dash closes the dateline.
            if tuple(words[start : start + 2]) == _PAPER_NAME:
                start += 2
            elif start + 1 < len(words) and not grammar.is_verb(words[start]) and (
                    (paper and not opening) or grammar.is_verb(words[start + 1])):
                start += 1
            break
    return start


# «الذي» and «التي» with the gender each describes: a verb after them of the other gender has a
# subject of its own, and the clause owes a pronoun for what they describe.
_GENDERED_RELATIVES: Final = {normalize_word("الذي"): "m", normalize_word("التي"): "f"}


def _other_subject(relative: str, verb: str) -> bool:
    """Is the verb right after «الذي/التي» of the other gender and free of an object pronoun
    («جزيرة ريونيون التي عثر المصطافون بها …»: «عثر» is the bathers', not the island's), so that
    the relative clause is unfinished until a pronoun points back to what it describes?"""
    form = normalize_word(verb)
    # (a feminine imperfect «تحقق» is also a masculine past of form V: only the unambiguous forms count)
    other = _feminine_past(form) if _GENDERED_RELATIVES[relative] == "m" else (
        _masculine_past(form) or _masculine_imperfect(form))
    return other and not _holds_pronoun(verb)


def _holds_pronoun(word: str) -> bool:
    """Does the word as written end on a third-person pronoun («بها», «أطلقها», «مقره»; «ة» is no
    «ـه» before letters are normalized)?"""
    bare = strip_diacritics(word)
    return len(bare) > 1 and bare.endswith(grammar.OBJECT_PRONOUNS)


def _joined_pronoun(word: str) -> bool:
    """«وهم», «وهي»: «و» + a pronoun, opening a clause that says what was just named is."""
    return word[:1] == "و" and word[1:] in COPULA_PRONOUNS


def _opens_dashed_aside(gap: str) -> bool:
    """A dash after a space and against the next word opens an aside («عقد 25 طبيباً
    -استشاريون واختصاصيون- …»), where a dateline's dash stands free or against the place."""
    return gap[:1].isspace() and gap.strip() in ("-", "–", "—") and not gap[-1:].isspace()


# What a gap holds, as bits of `_gap_marks`: the loops over a sentence's words ask these of the
# same few gap texts («، », «. », « (») again and again; `set.isdisjoint(gap)` walked the text,
# making a string of each Arabic mark (~1.4k instructions a question), a memo lookup is ~100.
_CUT_MARK: Final = 1  # _CUT_PUNCTUATION
_COMMA_MARK: Final = 2  # COMMAS
_ASIDE_MARK: Final = 4  # _ASIDE_MARKS
_APPOSITION_MARK: Final = 8  # _APPOSITION_MARKS
_QUESTION_MARK: Final = 16  # _QUESTION
_DASHED_ASIDE: Final = 32  # `_opens_dashed_aside`
_GAP_MARKS: Final[dict[str, int]] = {}  # emptied when it holds SENTENCE_CACHE_SIZE gap texts


def _gap_marks(gap: str) -> int:
    """The `_*_MARK` bits of the mark sets `gap` holds a character of, and `_DASHED_ASIDE` if it
    opens a dashed aside; memoized per gap text."""
    found = _GAP_MARKS.get(gap, -1)
    if found < 0:
        found = ((0 if _CUT_PUNCTUATION.isdisjoint(gap) else _CUT_MARK)
                 | (0 if COMMAS.isdisjoint(gap) else _COMMA_MARK)
                 | (0 if _ASIDE_MARKS.isdisjoint(gap) else _ASIDE_MARK)
                 | (0 if _APPOSITION_MARKS.isdisjoint(gap) else _APPOSITION_MARK)
                 | (0 if _QUESTION.isdisjoint(gap) else _QUESTION_MARK)
                 | (_DASHED_ASIDE if _opens_dashed_aside(gap) else 0))
        if len(_GAP_MARKS) >= SENTENCE_CACHE_SIZE:
            _GAP_MARKS.clear()
        _GAP_MARKS[gap] = found
    return found


# `deletable` of each sentence text asked for (headline and highlights both ask), as a sorted
# tuple. Keyed by the text and holding tuples of ints, nothing in it is an object the cycle
# collector keeps tracking: an lru_cache of sentence records and frozensets had every article
# leave ~25 tracked objects behind, which promoted to the oldest generation set off full
# collections (a quarter of a second each in a process with a large heap, as in
# bench/throughput.py). Emptied when it holds SENTENCE_CACHE_SIZE sentences.
_DELETIONS: Final[dict[str, tuple[int, ...]]] = {}


def deleted(sentence: Sentence) -> tuple[int, ...]:
    """The positions of `sentence` an editor deletes (`deletable`, cached), in order."""
    text = sentence.span.text
    found = _DELETIONS.get(text)
    if found is None:
        found = tuple(sorted(deletable(sentence.forms, sentence.gaps)))
        if len(_DELETIONS) >= SENTENCE_CACHE_SIZE:
            _DELETIONS.clear()
        _DELETIONS[text] = found
    return found


# The words `deletable`'s loop does anything with: an honorific's first word, a date word, «أيضا».
_DELETION_FIRSTS: Final = frozenset(_HONORIFICS_BY_FIRST) | DATE_WORDS | _ALSO


def deletable(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """Positions an editor deletes: honorifics, time fillers, parenthetical dates, appositions,
    the department acting for a body («ممثلة في …»)."""
    drop: set[int] = set()
    count = len(words)
    for i in range(count):
        if words[i] not in _DELETION_FIRSTS:
            continue  # (most words: no honorific opens on them and none of the cases below applies)
        for phrase in _HONORIFICS_BY_FIRST.get(words[i], ()):
            end = i + len(phrase)
            if tuple(words[i:end]) == phrase and (phrase != ("سعاده",) or i + 1 < count) and (
                    phrase != _GRANDEUR or (end < count and (_office(words[end]) or grammar.is_title(words[end])))) and not (
                    phrase[0] == _MERCY and i > 0 and words[i - 1] in grammar.PREPOSITIONS) and not (  # «انتقل إلى رحمة الله»
                    end < count and words[end] in COMPLEMENT_PREPOSITIONS and phrase[-1] in _TIME_HEADS):
                drop.update(range(i, end))  # («في وقت سابق | من الشهر»: the phrase goes on)
                while end < count and words[end] in _AFTER_PIETY:
                    drop.add(end)  # «بفضل من الله [ثم] بتطبيق …», «رحمه الله [تعالى]»
                    end += 1
        word = words[i]
        if word in _ALSO:
            drop.add(i)  # «استهدفت مقاتلات التحالف [أيضا] عقبة القنذع …»: a line stands alone
            continue
        if word not in DATE_WORDS:
            continue  # none of the cases below
        if word in _TIME_WORDS and not (  # «اليوم التالي», «اليوم الوطني»: a day named by its adjective stays
            i + 1 < count and words[i + 1].startswith("ال") and words[i + 1] not in grammar.PREPOSITIONS and (  # («إلى»)
                words[i + 1] not in _DAY_OR_SUFFIX or (word == _TODAY and words[i + 1] == _THE_FIRST))
            and (grammar.tag(words[i + 1]) != "NOUN" or words[i + 1] == _DATED)
        ):  # («أمس الأول» is the day before yesterday, «اليوم الأول» the first day)
            if "«" in gaps[i] or '"' in gaps[i] or (i + 1 < count and i > 0 and not CLOSING_QUOTES.isdisjoint(gaps[i + 1]) and (
                    not OPENING_QUOTES.isdisjoint(gaps[i - 1]))) or (
                    word == _TODAY and i > 0 and (words[i - 1] in _RANGE or words[i - 1][-3:] in _THAT_DAY or (
                        gaps[i] == " " and words[i - 1] in _DAYS_OF))) or (
                    i > 1 and words[i - 1] in TIME_PREFIXES and words[i - 2] in _PRAYER):
                # («“عين اليوم”»: the last word of a quoted name; «لهذا اليوم»: the day meant)
                continue  # («بدءا من اليوم الأربعاء»: the date a range starts from stays; «صلاة عصر اليوم»,
                # «في ختام تعاملات اليوم»: the day a noun is of)
            span = [i]
            if i > 0 and (words[i - 1] in TIME_PREFIXES or words[i - 1] == "يوم"):
                span.append(i - 1)
            j = i + 1
            # («يوم أمس [واليوم]»: a second day joined by «و» goes with the first)
            while j < count and (words[j] in _WEEKDAYS or words[j] in _TIME_SUFFIXES or words[j][1:] in _WEEKDAYS or (
                    words[j].startswith("و") and words[j][1:] in _TIME_WORDS)):
                span.append(j)
                j += 1
            # «مساء أمس الاول الثلاثاء [4 اغسطس 2015]»: the date that names the day goes with it.
            if j + 1 < count and has_digit(words[j]) and words[j + 1] in _MONTHS and gaps[j + 1] == " ":
                span += [j, j + 1]
                if j + 2 < count and has_digit(words[j + 2]) and gaps[j + 2] == " ":
                    span.append(j + 2)
            drop.update(span)
        elif word == "يوم" and i + 1 < count and words[i + 1] in _WEEKDAYS:
            j = i + 1
            while j < count and (words[j] in _WEEKDAYS or words[j] in _TIME_SUFFIXES or words[j][1:] in _WEEKDAYS):
                j += 1
            # «اعتبارا من يوم الأحد، وحتى يوم السبت الموافق …»: a date a range needs stays.
            if not (i > 0 and words[i - 1] in _RANGE) and not (j < count and words[j] == _DATED):
                drop.update(range(i, j))
        elif word in _WEEKDAYS and i + 1 < count and words[i + 1] in _TIME_SUFFIXES and not (
                i > 1 and words[i - 1] == _DAY and words[i - 2] in _RANGE):
            drop.update((i, i + 1))
            if i > 0 and words[i - 1] in TIME_PREFIXES:  # «مساء الأحد الماضي»
                drop.add(i - 1)
        elif word in _FILLERS:
            drop.add(i)
        elif word in _MONTHS and "(" in gaps[i] and (i + 1 == count or ")" in gaps[i + 1]):
            drop.add(i)
        elif word in _WEEKDAYS and (("(" in gaps[i] and (i + 1 == count or ")" in gaps[i + 1])) or (
                not COMMAS.isdisjoint(gaps[i]) and (i + 1 == count or not _CUT_PUNCTUATION.isdisjoint(gaps[i + 1])))):
            drop.add(i)  # «(الأحد)», «، الخميس،»
        elif word in _WEEKDAYS and 0 < i < count - 1 and gaps[i] == " " and gaps[i + 1] == " " and (
                grammar.tag(words[i - 1]) == "PROPN" or grammar.is_verb(words[i - 1])) and words[i + 1].startswith("ال") and (
                words[i + 1] not in DATE_WORDS):
            drop.add(i)  # «استبدل … جون كيري [الأربعاء] العكازين»: the day between subject and object
    drop.update(_slash_dates(words, gaps))
    drop.update(_addressed_paper(words, gaps))
    drop.update(_clock_times(words, gaps))
    drop.update(_appositions(words, gaps))
    drop.update(_represented_by(words, gaps))
    drop.update(_lineage(words, gaps))
    drop.update(_asides(words, gaps))
    drop.update(_untitled_appositions(words, gaps, drop))
    # «مساء [الأحد]», «مساء [اليوم]»: a time of day left before a deleted day goes too.
    for i in sorted(drop):
        if i > 0 and i - 1 not in drop and words[i - 1] in TIME_PREFIXES:
            drop.add(i - 1)
    # A preposition left before a deleted stretch («في يوم الأربعاء») goes too; not before a
    # style whose person stays («اتصالا من [صاحب السمو] الشيخ …»).
    for i in sorted(drop):
        if i > 0 and i - 1 not in drop and words[i - 1] in grammar.PREPOSITIONS and (i + 1 in drop or i + 1 == count):
            after = next((j for j in range(i, count) if j not in drop), count)
            if not (words[i] in _STYLES and after < count and (words[after] in _TITLE_WORDS or bare_name_word(words[after]))):
                drop.add(i - 1)
    return drop


# Verbs whose frame may name the paper the source spoke to («قال لـ«الحياة»», «كشف لـ"سبق"»).
_TELLING_VERBS: Final = CLAIMING_VERBS | word_set("نفى نفت روى روت تحدث تحدثت أشاد أشادت")


def quotation_end(gaps: tuple[str, ...], first: int, last: int) -> int:
    """Where a short quotation opening before word `first` ends (the word after its last), if it
    closes within MAX_QUOTED_NAME_WORDS words and before word `last`; 0 otherwise."""
    if OPENING_QUOTES.isdisjoint(gaps[first]):
        return 0
    return next((j for j in range(first + 1, min(last, first + 1 + MAX_QUOTED_NAME_WORDS))
                 if not CLOSING_QUOTES.isdisjoint(gaps[j])), 0)


def _addressed_paper(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """«كشفت مصادر مطلعة [لـ«عكاظ»] عن …», «أكد عبدالله البرقان [لـ"الوطن"] صحة …», «قال
    [لـ«الشرق الأوسط»] كينيث كاتزمان إن …»: the paper a source spoke to, quoted after «لـ» in a
    reporting verb's frame (the verb, then its subject if any, with no preposition or verb
    between) — the press's own credit, which a title drops. Not what a noun governs
    («التصدي لـ«داعش»», «الجمعية العمومية لـ«سدافكو»»)."""
    drop: set[int] = set()
    for i in range(1, len(words) - 1):
        if words[i] != LI_APART:
            continue
        close = quotation_end(gaps, i + 1, len(words))
        if not close or ":" in gaps[close]:
            continue  # («قال سموه لـ"الرياض": …»: the colon that brings the quotation stays)
        for k in range(i - 1, max(-1, i - 2 - MAX_SPEAKER_WORDS), -1):
            if words[k].removeprefix("و") in _TELLING_VERBS:
                drop.update(range(i, close))
                break
            if words[k] in grammar.PREPOSITIONS or grammar.is_verb(words[k]) or gaps[k + 1].strip():
                break
    return drop


def _slash_dates(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """«[يوم] 19/10/1436هـ [الموافق 4/8/2015م]»: a dated day in figures, and its «الموافق» twin."""
    if "/" not in gaps:
        return set()  # (no date in figures: each has its «/» gaps)
    drop: set[int] = set()
    for i in range(len(words) - 2):
        if _figure_date(words, gaps, i) and not words[i].startswith(_DATED) and not (
                i > 0 and (words[i - 1] in _RANGE or words[i - 1] in _DATE_HEADS)) and not (
                i > 1 and words[i - 1] in grammar.PREPOSITIONS and words[i - 2] in _DATE_HEADS):
            # («من مواليد 07/09/1965م», «تعميما مؤرخا في 25/4/1430»: what the date completes stays)
            end = _date_end(words, i)
            drop.update(range(i - (i > 0 and words[i - 1] == _DAY), end))
            twin = end + (end < len(words) and words[end] == _DATED)  # (or glued: «الموافق4/8/2015م»)
            if _figure_date(words, gaps, twin):
                drop.update(range(end, _date_end(words, twin)))
    return drop


def _clock_times(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """«[في تمام ١١:٠٧] صباح اليوم», «[عند الساعة 9:30 مساءً بتوقيت جرينتش]»: the time of day in
    figures after «في/عند», a detail a headline or a bullet does without (as it does the day)."""
    if not any(word in _CLOCK_HEADS for word in words):
        return set()
    drop: set[int] = set()
    count = len(words)
    for i in range(count - 2):
        if words[i] not in _AT_TIME:
            continue
        j = i + 1
        j += words[j] == _SHARP
        j += j < count and words[j] == _HOUR
        if j == i + 1 or j >= count or not words[j].isdigit():
            continue
        j += 1
        while j < count and gaps[j].strip() == ":" and words[j].isdigit():
            j += 1  # the minutes («11:07», «6: 42»)
        j += j < count and words[j] in _DAY_PARTS
        if j + 1 < count and words[j] == _ZONE_TIME:
            j += 2  # «بتوقيت جرينتش», «بتوقيت مكة [المكرمة]»
            j += j < count and words[j].startswith("ال") and grammar.tag(words[j]) in ("ADJ", "PROPN")
        drop.update(range(i, j))
    return drop


def _date_end(words: tuple[str, ...], start: int) -> int:
    """Past a «d/m/y» date at `start`, and the era letter written apart («1387 ه»)."""
    end = start + 3
    return end + (end < len(words) and words[end] in _ERA_LETTERS)


def _figure_date(words: tuple[str, ...], gaps: tuple[str, ...], i: int) -> bool:
    """Does «d/m/y» (the year dated: «1436هـ», «2015م», «2015») start at word `i`?"""
    return (i + 2 < len(words) and words[i].removeprefix(_DATED).isdigit() and gaps[i + 1] == gaps[i + 2] == "/"
            and words[i + 1].isdigit() and _dated(words[i + 2]))


def _dated(word: str) -> bool:
    """«1436هـ», «2015م», «2015»: a year (not «13.63», nor «1569» without its era: no year of
    the news, but a count: «خدمة (1569) قرية»)."""
    plain = word.lstrip("ول")  # («و2015»; «و24 كيس» is a count: only an era suffix makes a year of it)
    bare = plain.removesuffix("هـ").removesuffix("ه").removesuffix("م")
    return bare.isdigit() and (bare != plain or (len(bare) == 4 and (
        HIJRI_YEARS[0] <= int(bare) <= HIJRI_YEARS[1] or GREGORIAN_YEARS[0] <= int(bare) <= GREGORIAN_YEARS[1])))


# A word this common after «بن فلان» is no family name («مهرجان», «معرض»; «أبوراس», «عسيري» are rarer).
MIN_COMMON_ZIPF: Final = 4.0


_BEFORE_GIVEN_NAME: Final = _SONS | _ROYAL_TITLES  # «بن | نايف», «الأمير | محمد»


def _royal(words: tuple[str, ...], start: int) -> bool:
    """Does a royal title open the name (or lineage) at `start`: «الأمير | محمد بن نايف», «الأمير
    محمد بن نايف | بن عبدالعزيز» (back over the given names and their «بن» only)?"""
    j = start if words[start] in _ROYAL_TITLES else start - 1
    while j > 0 and start - j < MAX_LINEAGE_REACH and (words[j] in _SONS or (
            not words[j].startswith("ال") and words[j] not in _ROYAL_TITLES and words[j - 1] in _BEFORE_GIVEN_NAME)):
        j -= 1
    return j >= 0 and words[j] in _ROYAL_TITLES


def name_end(words: tuple[str, ...], gaps: tuple[str, ...], start: int) -> int:
    """Where a personal name starting at `start` ends («صالح بن محمد آل الشيخ», «أحمد العباسي»):
    particles take the next word, other words must be names; punctuation, offices and titles
    stop it."""
    end = start + 1
    while end < len(words) and end - start < MAX_NAME_WORDS and (gaps[end] == " " or _CUT_PUNCTUATION.isdisjoint(gaps[end])):
        word, previous = words[end], words[end - 1]
        if previous in grammar.NAME_PARTICLES:
            end += 1
            continue
        if end - start >= 2 and words[end - 2] == _FAMILY:
            break  # «راشد بن عبدالله آل خليفة | إيران»: the clan's name closes the name
        if _office(word) or word in grammar.TITLES or word in _NAME_TITLES or word in DATE_WORDS:
            break  # («جون كيري | امس»: the day is no name; «فلان | المدير العام»)
        if end - start >= 2 and words[end - 2] in _SONS and zipf(word) >= MIN_COMMON_ZIPF and not (
                word.startswith("ال") or word in grammar.NAME_PARTICLES or grammar.is_personal_name(word)):
            break  # «الأمير محمد بن ناصر | مهرجان الصيف»: after «بن فلان», a common word that names no one is the object
        if previous.startswith("ال") and word.startswith("ال") and grammar.tag(word) == "NOUN" and not word.endswith("ي") and (
                words[end - 2] != SERVANT and (grammar.is_personal_name(words[start]) or words[start].startswith(SERVANT))):
            # «عبدالله الربيعة | الشكر»: past a person's family name, a definite common noun is the
            # object («عبد | الله البرقان»: «الله» closes the given name, not the family's)
            break
        if end - start >= 2 and words[end - 2] in _SONS and word.startswith("ال") and grammar.tag(word) != "PROPN" and (
                _royal(words, start)):
            break  # «الأمير محمد بن نايف بن عبدالعزيز | الجلسة»: a royal lineage takes no family name with the article
        # «عزام الدخيل», «إبراهيم الحمزي»: a family name with the article (often a nisba
        # adjective) after a given name.
        if word.startswith("ال") and end - start < MAX_NAME_WORDS - 2 and grammar.tag(previous) in ("PROPN", "NOUN", "ADJ") and (
                (grammar.tag(word) in ("PROPN", "NOUN")
                 or ((end == start + 1 or words[end - 2] in grammar.NAME_PARTICLES or grammar.tag(previous) == "PROPN"
                      or _middle_name(words, gaps, end - 1)) and word.endswith("ي"))
                 or (words[end - 2] in _SONS and grammar.tag(word) == "ADJ"))  # «ماهر بن سعد | الجديد»
                and not grammar.binds_forward(word)):
            end += 1
            continue
        if word in grammar.NAME_PARTICLES or word.startswith("عبد") or (
            grammar.tag(word) == "PROPN" and word[0] not in "بلكف" and not grammar.binds_forward(word)
        ) or _middle_name(words, gaps, end):
            end += 1
        else:
            break
    return end


def _middle_name(words: tuple[str, ...], gaps: tuple[str, ...], i: int) -> bool:
    """A bare common noun between a given name and a family nisba («اللواء عواد [عيد] البلوي»):
    the father's name, which the lexicon knows as a noun; struck with the name before it, it left
    «عيد البلوي»."""
    word = words[i]
    return i + 1 < len(words) and gaps[i + 1] == " " and grammar.tag(word) == "NOUN" and not word.startswith("ال") and (
        word[:1] not in "بلكفو" and words[i + 1].startswith("ال") and words[i + 1].endswith("ي")
        and grammar.tag(words[i + 1]) == "ADJ" and not _office(word))


def _appositions(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """Appositions an editor cuts from a lead: the offices after «ولي العهد» or «خادم الحرمين
    الشريفين», the name after an office («وزير الشؤون البلدية
    المهندس فلان بن فلان») and the offices after a titled or ranked name («الأمير فلان أمير منطقة
    عسير رئيس مجلس …», «الدكتور فلان رئيس ديوان المظالم …», «العقيد فلان، مساعد قائد …»)."""
    if _HIGH_OFFICE_ENDS.isdisjoint(words) and _TITLE_WORDS.isdisjoint(words) and _OFFICER_RANKS.isdisjoint(words):
        return set()  # (every case below opens on one of them)
    drop: set[int] = set()
    for i, word in enumerate(words):
        if word in _HIGH_OFFICE_ENDS and i + 1 < len(words) and _office(words[i + 1]) and words[i + 1] not in _TITLE_WORDS and not (
                not _CUT_PUNCTUATION.isdisjoint(gaps[i + 1])):
            # «ولي ولي العهد [النائب الثاني لرئيس مجلس الوزراء وزير الدفاع]»: the office says who.
            chain = offices_end(words, gaps, i + 1)
            if chain < len(words) and not any(grammar.is_verb(w) for w in words[i + 1 : chain]):
                drop.update(range(i + 1, chain))
            continue
        if i in drop or (word not in _TITLE_WORDS and word not in _OFFICER_RANKS):
            continue  # every case below opens on a title
        if word in _NAME_TITLES and i > 0 and words[i - 1] not in grammar.NAME_PARTICLES and grammar.tag(words[i - 1]) in ("NOUN", "ADJ", "PROPN") and (
            not gaps[i].strip() and i + 1 < len(words)  # («-في بادرة مجتمعية- الشيخ فلان»: no office before it)
            and (_CLAUSE_PUNCTUATION.isdisjoint(gaps[i + 1]) or (word == "د" and gaps[i + 1].strip() == "."))
            and words[i + 1][:1] not in "وف"
        ) and words[i - 1] not in grammar.TITLES:
            end = name_end(words, gaps, i + 1)
            # «منزل | الشيخ فلان», «تعيين | الأستاذ فلان»: the name is the noun's genitive; «الشيخ فلان
            # | وعبدالمحسن …»: one of a list of people; «الفنان ماجد | المهندس»: a family name.
            genitive_or_family = (grammar.is_personal_name(words[i - 1]) or (
                _bare_noun(words[i - 1]) and not (end < len(words) and _office(words[end])))) and not _ends_office(words, gaps, i)
            if genitive_or_family or (end < len(words) and (_another_person(words[end]) or _name_goes_on(words, gaps, end))):
                continue
            start = i
            while start > 0 and words[start - 1] in _RANKS:  # «الفريق الركن [الشيخ فلان]»: the rank goes too
                start -= 1
            drop.update(range(start, end))
        elif word in _RULER_TITLES and i > 0 and words[_before_styles(words, i)] in _HIGH_OFFICE_ENDS and i + 1 < len(words):
            # «خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز», «ولي العهد الأمير …», «نائب خادم
            # الحرمين الشريفين [صاحب السمو الملكي] الأمير …»: the office says who.
            drop.update(range(i, name_end(words, gaps, i + 1)))
        elif (word in _RULER_TITLES or word in _NAME_TITLES or word in _OFFICER_RANKS) and i + 1 < len(words):
            named = i + 1
            while named + 1 < len(words) and (words[named] in _TITLE_WORDS or words[named] in _RANKS) and gaps[named] == " ":
                named += 1  # «الأمير [اللواء الركن] تركي بن عبدالله»: the first title says who
            drop.update(range(i + 1, named))
            end = name_end(words, gaps, named)
            if end < len(words) and _office(words[end]):
                chain = offices_end(words, gaps, end)
                if not COMMAS.isdisjoint(gaps[end]) and not (
                        chain < len(words) and words[chain].startswith("ال") and gaps[chain] == " "
                        and grammar.is_place_name(words[chain - 1]) and grammar.tag(words[chain]) == "NOUN"):
                    # «فلان، مساعد قائد القوة الخاصة لأمن …،»: to the comma; not past the object after
                    # a place («فلان، أمير منطقة نجران | التعازي والمواساة لخادم الحرمين …، وسمو نائبه»:
                    # the writer left out the comma that closes the office)
                    chain = next((j for j in range(chain, min(len(words), end + MAX_APPOSITION_WORDS))
                                  if not _CUT_PUNCTUATION.isdisjoint(gaps[j])), chain)
                if chain < len(words) and not _verb_outside_brackets(words, gaps, end, chain) and not (
                        words[chain].startswith(DEFINITE) and gaps[chain] == " " and words[chain] not in DATE_WORDS
                        and grammar.tag(words[chain]) in ("NOUN", "ADJ") and (
                            words[chain - 1].startswith(DEFINITE) or chain == end + 1)):
                    # («رئيس هيئة الهلال | الأحمر», «[العضو] المنشق عن …»: a definite word after a definite
                    # one may still describe it; «أمير منطقة جازان | الجهات …» is the object)
                    drop.update(range(end, chain))
    return drop


def _name_goes_on(words: tuple[str, ...], gaps: tuple[str, ...], end: int) -> bool:
    """After a one-word given name, two bare nouns («د. حاتم | طه أهمية …»): the first is most
    likely the family name the lexicon does not know, the second the object's head, so striking
    the name up to `end` would leave half of it."""
    return end + 1 < len(words) and gaps[end] == " " == gaps[end + 1] and all(
        grammar.tag(words[k]) in ("NOUN", "ADJ") and not words[k].startswith(DEFINITE) for k in (end, end + 1)) and (
        not _office(words[end]) and words[end - 2] in _NAME_TITLES)


def _verb_outside_brackets(words: tuple[str, ...], gaps: tuple[str, ...], start: int, end: int) -> bool:
    """Is there a verb among words `start`…`end` other than inside brackets («رئيس اللجنة العليا
    لمهرجان أبها (يجمعنا)»: the festival's name)?"""
    depth = 0
    for k in range(start, end):
        depth += gaps[k].count("(") - gaps[k].count(")")
        if depth <= 0 and grammar.is_verb(words[k]):
            return True
    return False


def _before_styles(words: tuple[str, ...], i: int) -> int:
    """The position of the word before `i` and the honorific style right before it, if any
    («الشريفين | صاحب السمو الملكي | الأمير»)."""
    before = i - 1
    while before > 0 and words[before] in _STYLES:
        before -= 1
    return before


def _untitled_appositions(words: tuple[str, ...], gaps: tuple[str, ...], dropped: set[int]) -> set[int]:
    """The offices after a name no title opens, right before the verb the name is the subject of
    («أن ميشيل بلاتيني [رئيس الاتحاد الأوروبي لكرة القدم (يويفا)] ينوي التقدم …»): the verb shows
    the office phrase is no predicate («بلاتيني رئيس الاتحاد» alone says who he is)."""
    if _OFFICE_FORMS.isdisjoint(words[1:]):
        return set()  # (each case below is an office after a name: most sentences name none)
    drop: set[int] = set()
    for i in range(1, len(words)):
        if i in dropped or i - 1 in dropped or gaps[i] != " " or not _office(words[i]) or grammar.tag(words[i - 1]) != "PROPN":
            continue
        name = i - 1
        while name > 0 and i - name < MAX_NAME_WORDS and gaps[name] == " " and grammar.tag(words[name - 1]) == "PROPN":
            name -= 1
        if name > 0 and words[name - 1] not in _THAT_WORDS and _CUT_PUNCTUATION.isdisjoint(gaps[name]):
            continue  # the name opens no clause («قالت هيلاري كلينتون …»: its verb came first)
        end = offices_end(words, gaps, i)
        verb = end
        while verb < len(words) and verb in dropped:
            verb += 1  # («(يويفا)», struck as an aside)
        if end > i + 1 and verb < len(words) and grammar.is_verb(words[verb]) and not any(
                not _CUT_PUNCTUATION.isdisjoint(gaps[k]) for k in range(i, verb + 1)):
            drop.update(range(i, end))
    return drop


def _ends_office(words: tuple[str, ...], gaps: tuple[str, ...], before: int) -> bool:
    """Does an office's idafa end right before `before` («رئيس مجلس إدارة غرفة أبها | …», «أمين
    محافظة جدة | …»): an office within the bare words just before it, no punctuation between?"""
    start = before - 1
    while start >= max(0, before - MAX_SUBJECT_WORDS) and gaps[start + 1].strip() == "":
        if _office(words[start]):
            return True
        if grammar.tag(words[start]) not in ("NOUN", "ADJ", "PROPN") or words[start] in grammar.NAME_PARTICLES:
            return False  # a verb, a particle or a person's name: the words before the title are no office's
        start -= 1
    return False


def _another_person(word: str) -> bool:
    """«وعبدالمحسن», «والدكتور»: «و» and a name or a title, a list of people going on."""
    rest = word[1:]
    return word.startswith("و") and (rest in _TITLE_WORDS or rest.startswith("عبد") or (
        grammar.tag(rest) == "PROPN" and not _office(rest)))


def _bare_noun(word: str) -> bool:
    """An indefinite common noun («منزل», «تعيين»): no article, no name, no office."""
    return grammar.tag(word) == "NOUN" and not word.startswith(DEFINITE) and not _office(word)


def _office(word: str) -> bool:
    """An office, bare or definite («رئيس», «الرئيس»): one set lookup, no slice made and hashed."""
    return word in _OFFICE_FORMS


def offices_end(words: tuple[str, ...], gaps: tuple[str, ...], start: int) -> int:
    """Where the offices after a name end: those a title knows by heart and office phrases, one
    after the other («الرئيس العام لرعاية الشباب رئيس اللجنة الأولمبية»), up to what the verb
    says next."""
    end = start
    # A phrase known by heart first: «وزير الدفاع | للمملكة الأردنية» is where the visit goes.
    while (longer := _office_chain_end(words, gaps, end)) > end or (longer := _office_phrases_end(words, gaps, end)) > end:
        end = longer
    if end > start and end < len(words) and words[end].startswith("ل") and not words[end].startswith("لل") and (
            gaps[end] == " " and grammar.tag(words[end]) in ("NOUN", "PROPN")):
        end = phrase_end(words, gaps, end)  # «رئيس اللجنة الإشرافية | لسوق عكاظ»: what the office is for
    return end


def _office_phrases_end(words: tuple[str, ...], gaps: tuple[str, ...], start: int) -> int:
    """Where a run of office phrases after a name ends («الدكتور خالد اليوسف | رئيس ديوان المظالم
    رئيس مجلس القضاء الإداري | اجتماع …»): each opens on an office and runs through its idafa
    (indefinite words take the next), agreeing definite adjectives and «لـ» complements
    («النائب الثاني لرئيس مجلس الوزراء»)."""
    end = start
    while end < len(words) and (_office(words[end]) or (words[end].startswith("و") and _office(words[end][1:]))) and (
            end - start < MAX_APPOSITION_WORDS):  # («… حاكم إمارة دبي ووزير الدفاع»: offices coordinated)
        end = phrase_end(words, gaps, end)
    return end


def phrase_end(words: tuple[str, ...], gaps: tuple[str, ...], head: int) -> int:
    """Where the noun phrase of an office or a department opening at `head` ends: through its idafa
    (indefinite words take the next), agreeing definite adjectives («اللجنة الوزارية المشرفة»),
    coordinated definite nouns («للسياحة والآثار»), «لـ» complements of an office and
    «بالمنطقة»-like places, up to punctuation or a preposition."""
    j = head + 1
    while j < len(words) and _CUT_PUNCTUATION.isdisjoint(gaps[j]) and words[j] not in grammar.PREPOSITIONS:
        previous, word = words[j - 1], words[j]
        if grammar.is_place_name(previous[1:] if previous[:1] == "و" else previous) and grammar.tag(word) != "ADJ":
            break  # «جامعة نجران | التسجيل الإلكتروني»: a place's name closes the idafa
        if (not previous.startswith(_PHRASE_ARTICLES) and (
                grammar.tag(previous) in ("NOUN", "PROPN", "ADJ") or previous == _GENERAL or previous in OFFICES)
                and not grammar.binds_forward(previous)) or (  # («مدير عام | الجوازات»: «عام» is tagged an adverb)
                word.startswith("ال") and (grammar.tag(word) == "ADJ" or word.endswith(("يه", "ي")) or (
                    previous.startswith("ال") and previous.endswith("ه") and word.endswith("ه")))) or (
                word.startswith("وال") and previous.startswith(("ال", "لل", "بال"))) or (
                word[:1] == "و" and grammar.is_place_name(word[1:])) or (  # «الهيئة الملكية للجبيل | وينبع»
                word.startswith("ب") and word[1:] in _OFFICE_PLACES) or (
                word.startswith("لل") or (word.startswith("ل") and _office(word[1:]))) or word == _THE_GENERAL or (
                grammar.is_title(previous) and grammar.tag(word) == "PROPN" and not words[j - 2].startswith(_PHRASE_ARTICLES)
                and not _office(words[j - 2])) or (
                j > head + 1 and word.startswith("ب") and grammar.tag(word) == "PROPN"):  # «ميناء الملك | فهد الصناعي | بينبع»
            j += 1
        else:
            break
    return j


def _office_chain_end(words: tuple[str, ...], gaps: tuple[str, ...], start: int) -> int:
    """Where a run of well-known offices after a ruler's name ends («ولي ولي العهد النائب الثاني
    لرئيس مجلس الوزراء وزير الدفاع»); `start` if none opens there."""
    end = start
    while end < len(words) and (end == start or _CUT_PUNCTUATION.isdisjoint(gaps[end])):
        for phrase in _OFFICE_PHRASES:
            if tuple(words[end : end + len(phrase)]) == phrase:
                end += len(phrase)
                if phrase[-1] in _REGION_WORDS:  # «أمير منطقة | الرياض», «… مكة | المكرمة»
                    end += 1 + (end + 1 < len(words) and _names_region(words[end + 1]) and gaps[end + 1] == " ")
                break
        else:
            return end
    return end


def _names_region(word: str) -> bool:
    """Does a definite feminine word finish a region's name («مكة المكرمة», «المدينة المنورة»,
    «الحدود الشمالية»), not open a title («الدكتورة») or an office?"""
    return word.startswith("ال") and word.endswith("ه") and word not in _TITLE_WORDS and not _office(word)


def _lineage(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """A name's lineage past the father, as titles shorten it: «محمد بن سلمان بن عبدالعزيز آل
    سعود» → «محمد بن سلمان»; a nisba family name closing it stays («ماجد بن فهد السبيعي»)."""
    if _SONS.isdisjoint(words):
        return set()  # (both cases below need a «بن» before them)
    drop: set[int] = set()
    for i in range(2, len(words)):
        if words[i] in _SONS and words[i - 2] in _SONS and i not in drop and _CUT_PUNCTUATION.isdisjoint(gaps[i]):
            end = name_end(words, gaps, i)
            # «ماجد بن فهد [بن فهيد] السبيعي»: a family name closing the lineage stays
            family = end - i > 2 and words[end - 1].startswith("ال") and words[end - 1].endswith("ي") and (
                words[end - 2] != _FAMILY and not words[end - 2].startswith("عبد"))  # (not «بن عبد | العزيز»)
            drop.update(range(i, end - family))
        elif words[i] == _FAMILY and i + 1 < len(words) and (i - 2 in drop or words[i - 2] in _SONS) and (
                _CUT_PUNCTUATION.isdisjoint(gaps[i] + gaps[i + 1])):
            drop.update((i, i + 1))
    return drop


def _governed(words: tuple[str, ...], start: int, end: int) -> bool:
    """Is the bracket `start`…`end` what the word before it governs: a preposition's object or the
    genitive of a bare noun in construct («جاء بعد (الهدايا المتفجرة) التي …», «تم توزيع (موسوعة
    خطب الجمعة)»)? Struck, it would leave the preposition or the noun hanging; not a gloss the
    construct goes on after («مهداف (جهاز تسديد) البندقية»)."""
    before = words[start - 1]
    if before in grammar.PREPOSITIONS:
        return True
    if before in _UNGOVERNING or grammar.is_personal_name(before):
        return False  # «خلال أسبوع (كأس السوبر)», «مصادر (الجزيرة)», «صالح (المؤتمر الشعبي)»: a gloss, the paper, a party
    return not before.startswith(_PHRASE_ARTICLES) and grammar.tag(before) == "NOUN" and zipf(before) >= MIN_GOVERNING_ZIPF and (
        not grammar.can_cut(before, words[start]) and not (end < len(words) and not grammar.can_cut(before, words[end])))


# Bare nouns a bracket after glosses rather than completes: times, and the sources a paper cites.
_UNGOVERNING: Final = word_set("يوم أسبوع شهر عام سنة ساعة دقيقة موسم") | _SOURCES
MIN_GOVERNING_ZIPF: Final = 3.0  # a bare noun this common takes the bracket as its genitive; a rarer one is a name («شكيد (البيت اليهودي)»)


def _bracket_in_phrase(words: tuple[str, ...], start: int, end: int) -> bool:
    """Does the bracket `start`…`end` name what the indefinite noun before it is, with that
    noun's adjective after it («جائزة (التميز) السنوية»)? Struck, it leaves «جائزة السنوية»."""
    return end < len(words) and not words[start - 1].startswith(_PHRASE_ARTICLES) and (
        grammar.tag(words[start - 1]) == "NOUN" and words[end].startswith("ال") and grammar.tag(words[end]) == "ADJ")


def _asides(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """Asides an editor strikes: a verbless bracket («(SPAN)», «(1436هـ ـ 2015م)») that is not a
    number or a named title, and a verbless adjunct between commas that opens on a preposition or
    a circumstance noun («، في مقابلة صحفية،», «، بحضور رئيس النادي،»)."""
    drop: set[int] = set()
    count = len(words)
    # «لهذا اليوم ـ بمشيئة الله تعالى ـ فرصة …»: a free-standing tatweel is a dash (its form is
    # empty); a pair with no verb between holds an aside, and every one is struck itself (also
    # around a stretch deleted otherwise: «ـ [يحفظه الله] ـ»).
    bars = [i for i in range(count) if not words[i]]
    for i in bars:
        close = next((j for j in bars if i < j < i + MAX_ASIDE_WORDS), None)
        if close is not None and not any(grammar.is_verb(words[k]) and words[k] not in _AFTER_PIETY for k in range(i, close)):
            drop.update(range(i, close + 1))  # («ـ بمشيئة الله تعالى ـ»: «تعالى» is the formula's)
        drop.add(i)
    for i in range(1, count):
        if words[i] in grammar.RELATIVES and _SPACED_DASH_RE.fullmatch(gaps[i]):
            # «بيلسا - الذي تولى تدريب مرسيليا الموسم الماضي - السبت»: a relative clause between free dashes
            close = next((j for j in range(i + 1, min(count, i + MAX_ASIDE_WORDS)) if gaps[j] != " "), count)
            if close < count and gaps[close] == gaps[i]:
                drop.update(range(i, close))
    for i in [i for i in range(1, count) if gaps[i] != " " and _gap_marks(gaps[i]) & (_ASIDE_MARK | _DASHED_ASIDE)]:
        if _gap_marks(gaps[i]) & _DASHED_ASIDE:  # «عقد 25 طبيباً [-استشاريون واختصاصيون-] من …»
            close = next((j for j in range(i + 1, min(count, i + MAX_ASIDE_WORDS)) if gaps[j] != " "), count)
            # (closed against its last word or standing free: «-بمشيئة الله تعالى -»)
            if close < count and gaps[close].strip() == gaps[i].strip() and words[i - 1] not in _YEAR_WORDS and (
                    words[i] in grammar.RELATIVES or not any(
                        grammar.is_verb(words[k]) and words[k] not in _AFTER_PIETY for k in range(i, close))):
                # («حينها عام [–1401ه–]»: the year a «عام» names is no aside; «بيلسا [- الذي تولى
                # تدريب مرسيليا الموسم الماضي -]»: a relative clause between dashes is one)
                drop.update(range(i, close))
        elif "(" in gaps[i] and words[i - 1] not in _NAMING and not gaps[i].count("(") > 1:
            for j in range(i + 1, min(count, i + MAX_ASIDE_WORDS) + 1):
                if j == count or ")" in gaps[j]:
                    inside = range(i, j)
                    numbers = [words[k] for k in inside if has_digit(words[k])]
                    # «(1436هـ ـ 2015م)» goes; «(53 عاما)», «(151)» are what the sentence says.
                    if not numbers or any(_dated(w) for w in numbers) or any(words[k] in _MONTHS for k in inside):
                        if not any(grammar.is_verb(words[k]) for k in inside) and not _bracket_in_phrase(words, i, j) and (
                                not _governed(words, i, j)):
                            drop.update(inside)
                    break
                if not _CLAUSE_PUNCTUATION_NO_COMMA.isdisjoint(gaps[j]):
                    break
        elif _gap_marks(gaps[i]) & _COMMA_MARK and words[i] in grammar.RELATIVES and not grammar.is_verb(words[i - 1]):
            # «حذر الباحث صمويل اجليسياس، الذي يعمل في المحطة …، من …»: a relative aside between commas.
            for j in range(i + 1, min(count, i + MAX_APPOSITION_WORDS)):
                if gaps[j] != " " and not _CUT_PUNCTUATION.isdisjoint(gaps[j]):
                    if not COMMAS.isdisjoint(gaps[j]) and words[j] not in CLAUSE_OPENERS:
                        drop.update(range(i, j))
                    break
        elif _gap_marks(gaps[i]) & _APPOSITION_MARK and not (i + 1 < count and words[i + 1] in EMBEDDERS) and not (
                words[i] == _FI and _owed_fi(words, i)) and (
                words[i] in _ASIDE_PREPOSITIONS or words[i] in CIRCUMSTANCES or (
                _closes_name(words, gaps, i - 1) and grammar.tag(words[i]) in ("NOUN", "ADJ")
                and not grammar.is_place_name(words[i - 1])  # («عسير، القبض على …», «ينبع، مشروع …»: the object)
                and _CUT_PUNCTUATION.isdisjoint(gaps[i - 1]) and words[i - 1] not in DATE_WORDS
                and not preposition_attached(words[i]))):  # («فلان، بمعاملة …،»: the verb's complement)
            # «أعلن نادي باريس سان جيرمان، حامل لقب الدوري الفرنسي، …»: an apposition after a name too.
            for j in range(i + 1, min(count, i + MAX_ASIDE_WORDS)):
                if gaps[j] != " " and not _CUT_PUNCTUATION.isdisjoint(gaps[j]):
                    # («، في مكتبه العقيد عمر السلطان،»: a titled person inside is the verb's object)
                    if not COMMAS.isdisjoint(gaps[j]) and not any(grammar.is_verb(words[k]) for k in range(i, j)) and not (
                            words[i] in _ASIDE_PREPOSITIONS and any(words[k] in _NAME_TITLES or words[k] in _OFFICER_RANKS for k in range(i + 2, j))) and (
                            words[j] not in CLAUSE_OPENERS and words[j] not in _CONNECTORS and words[j] not in CIRCUMSTANCES
                            and words[j] not in grammar.RELATIVES):
                        # («أعلنت إدارة المنتخب …، قائمة اللاعبين …، والذين سيلتحقون …»: what a relative
                        # describes after the second comma is the verb's object, not an aside)
                        drop.update(range(i, j))
                    break
    return drop


def _owed_fi(words: tuple[str, ...], i: int) -> bool:
    """Is the «في» at `i` the complement of a word before it that wants «في» and has not had it,
    with no verb between («أسهم عدم وجود مسالخ نظامية، …، | في انتشار …»)? The sentence's opening
    verb counts past its subject's own «في» and a relative aside («شرعت لجنة تقييم الأعمال المشاركة
    في مسابقة تشكيل1، التي تنظمها …، | في تحكيم الأعمال …»)."""
    opening = words[0][1:] if words[0][:1] in grammar.CONJUNCTION_CLITICS and len(words[0]) > 3 else words[0]
    if opening in _OWES_FI and i > 1:
        return True
    for k in range(i - 1, -1, -1):
        if words[k] == _FI:
            return False
        if words[k] in _OWES_FI or words[k][1:] in _OWES_FI:
            return True  # («أسهم»: a verb the tagger reads as «shares»)
        if grammar.is_verb(words[k]):
            return False
    return False


def _closes_name(words: tuple[str, ...], gaps: tuple[str, ...], i: int) -> bool:
    """Is word `i` a name or a name's rare last word («فولكس فاجن», where the tagger knows
    «فولكس» only)?"""
    return grammar.tag(words[i]) == "PROPN" or (
        i > 0 and gaps[i] == " " and grammar.tag(words[i - 1]) == "PROPN" and grammar.tag(words[i]) == "NOUN"
        and not words[i].startswith("ال") and zipf(words[i]) < RARE_NAME_ZIPF)


def compressions(statement: Statement, *, asides: bool = True) -> list[Statement]:
    """Shorter versions of a verb-first statement, each dropping more of what a title drops: a
    board for what it runs («وافق [مجلس إدارة] الاتحاد», «رئيس [مجلس إدارة] الشركة»), the
    place or circumstance trailing the subject («تمكنت فرق البحث والإنقاذ [بقطاعات حرس الحدود
    بالمنطقة الشرقية] من إنقاذ …»), then a name after an office («عضو شرف نادي الاتحاد [منصور
    البلوي]»), then a circumstance or relative clause closing the subject at a comma
    («برئاسة …،»), whom the subject acted with («[بالتعاون مع …]») and a person's age («[(21
    عاماً)]»). Each deletion keeps the clause grammatical; the statement's end is still chosen by
    `ends`. Without `asides`, only names, offices, places, times and partners go: what commas set
    off is read for a lead's subject, and later in an article it may hold the object
    («وناقش الاجتماع [الذي عقد في مقر المحافظة عدداً من الأمور …]، إضافة إلى …»)."""
    words = words_of(statement.sentence)
    if len(statement.keep) < MIN_STATEMENT_WORDS + 2 or not (
            lead_verb(words[statement.keep[0]]) or expresses(words, statement.keep[0])):  # («عبر» for «عبّر»)
        return []
    gaps = gaps_of(statement.sentence)
    found: list[Statement] = []
    keep = _name_for_offices(words, gaps, statement.keep)
    if keep != statement.keep:
        found.append(Statement(statement.sentence, keep, statement.drop_conjunction, statement.owes_verb,
                               statement.speaker))
    for unit in (_board, _escort, _representing, _trailing_place, _time_before_object, _occasion_before_object, _prayer_time,
                 _names_after_offices, _subject_aside, _affiliation, _setting,
                 _office_after_name, aside_before_complement, _partner, _age, _fathers):
        if not asides and unit in _COMMA_ASIDES:
            continue
        drop = unit(words, gaps, keep)
        if drop and words[next((i for i in keep if i > max(drop)), max(drop))] not in ITSELF:
            # (not «خلال [الأسبوع] | ذاته»: the word that said which week would stand alone)
            keep = tuple(i for i in keep if i not in drop)
            found.append(Statement(statement.sentence, keep, statement.drop_conjunction, statement.owes_verb,
                                   statement.speaker))
    return found


def _fathers(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """«أحمد [بن عبدالعزيز] القطان»: with a family name, titles drop the father's name; not a
    ruler's («الأمير محمد بن سلمان»), nor in a name of its own («جامعة الإمام محمد بن سعود
    الإسلامية»), nor a speaker's before his claim."""
    found: set[int] = set()
    if _SONS.isdisjoint(words):
        return found
    kept = set(keep)
    for i in keep:
        if i < 1 or i + 2 >= len(words) or words[i] not in _SONS or words[i - 1] in _SONS or (
                i > 1 and (words[i - 2] in _SONS or words[i - 2] in _RULER_TITLES or words[i - 2] == _IMAM)):
            continue
        father = i + 2 + (words[i + 1] == "عبد")
        after = father + 1
        if father < len(words) and words[father].startswith("ال") and words[father] != _FAMILY and (
                not words[father].endswith("ه") and {i - 1, *range(i, after)} <= kept
                and bare_name_word(words[i - 1]) and name_end(words, gaps, i - 1) >= after
                and _CUT_PUNCTUATION.isdisjoint("".join(gaps[i:after]))) and not (
                after < len(words) and (words[after] in _COMPLEMENTIZERS or ":" in gaps[after])):
            found.update(range(i, father))
    return found


def lead_verb(word: str) -> bool:
    """Is the word at a statement's head its verb: tagged one, known as one, or one of the past
    verbs that also read as nouns (`_LEAD_VERBS`: «واصل», «رفع»)?"""
    return grammar.is_verb(word) or grammar.is_known_verb(word) or word in _LEAD_VERBS


def expresses(words: tuple[str, ...], start: int) -> bool:
    """Does the statement at `start` open on «عبّر» written «عبر», which also reads «via»: its «عن»
    comes within MAX_EXPRESSED_REACH words, with no verb between («عبر الشيخ عبدالله بن محمد
    الدهيمي رئيس كتابة العدل بالخرج عن شكره …»; not «عبر حسابه في تويتر كشف اللاعب عن …»)?"""
    if words[start].removeprefix("و") != _EXPRESSED:
        return False
    for word in words[start + 2 : start + MAX_EXPRESSED_REACH]:
        if word == _ABOUT:
            return True
        if grammar.is_verb(word):
            return False
    return False


def _board(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """«مجلس إدارة» before what it runs, in the subject: titles name the body itself (of 163
    SaudiNewsNet train leads with it in their first 16 words, 3 titles kept it). Not where a
    masculine verb would then lead a feminine name («أوصى [مجلس إدارة] شركة …»)."""
    for n in range(1, min(len(keep) - 2, MAX_SUBJECT_WORDS)):
        if words[keep[n]] != _BOARD[0] or words[keep[n + 1]] != _BOARD[1] or keep[n + 2] != keep[n + 1] + 1 or (
                gaps[keep[n + 1]] != " " or gaps[keep[n + 2]] != " "):
            continue
        if n == 1 and not words[keep[0]].endswith("ت") and words[keep[3]].endswith("ه"):
            return set()
        return {keep[n], keep[n + 1]}
    return set()


def _escort(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """Who leads or goes with the verb's subject, between plain spaces, before the verb's object:
    offices and a name («منح الجهاز الفني بنادي الرائد [بقيادة المدرب الجزائري عبدالقادر عمراني]
    لاعبي الفريق …», «[بإشراف المدير الفني «رونالد كرايبيك»] العمل على …»), or a party closed by
    a deleted time word («[يرافقه عدد من مسؤولي المؤسسة] امس مشروع …»). Titles name who acted."""
    for n in range(2, min(len(keep) - 2, MAX_SUBJECT_REACH + 2)):
        at = keep[n]
        # «نفذ محافظ ينبع خالد الغملاس[، برفقة قائد حرس الحدود …،] جولة …»: between commas too
        between_commas = words[at] in _ESCORTS and _only_commas(gaps[at])
        if grammar.is_verb(words[keep[n - 1]]) or not (_CUT_PUNCTUATION.isdisjoint(gaps[at]) or between_commas):
            return set()  # («كشف مسؤول يعمل | برئاسة …»: another clause's; after punctuation, no subject's)
        if words[at] not in _ESCORTS:
            continue
        named = offices_end(words, gaps, at + 1)
        titled = min(len(words), max(at + 1, named) + MAX_TITLE_WORDS - 1)  # (past the offices: «… الخاص | الدكتور ماهر»)
        while named < titled and words[named].startswith("ال") and gaps[named] == " ":
            named += 1  # («المدرب الجزائري | عبدالقادر عمراني»: a role and a nisba before the name)
        if named < len(words) and not OPENING_QUOTES.isdisjoint(gaps[named]):
            # «المدير الفني «رونالد كرايبيك»»: the name is what the quotes hold
            named = next((j for j in range(named + 1, min(len(words), named + MAX_NAME_WORDS))
                          if not CLOSING_QUOTES.isdisjoint(gaps[j])), at + 1)
        elif named < len(words) and (bare_name_word(words[named]) or words[named].startswith("عبد")):
            start, named = named, name_end(words, gaps, named)
            if named == start + 1 and named + 1 < len(words) and words[named].endswith("ي") and (
                    not words[named].startswith("ال") and not words[named + 1].startswith("ال")):
                named += 1  # «عبدالقادر | عمراني لاعبي الفريق»: a family name the tagger reads as a noun
        else:
            named = at + 1
        for end in range(n + 1, min(len(keep), n + MAX_ESCORT_WORDS)):
            j = keep[end]
            between = _between(gaps, keep[end - 1], j)
            if _only_commas(between) and not grammar.is_verb(words[j]):  # (closed by a comma before the object)
                return set(keep[n:end]) if _opens_complement(words[j], words[keep[end - 1]]) else set()
            if not _CUT_PUNCTUATION.isdisjoint(between) or grammar.is_verb(words[j]):
                return set()
            by_name = named > at + 1 and j == named
            if by_name or (named == at + 1 and j > keep[end - 1] + 1):
                following = words[j]  # (after a name also an idafa's head: «عمراني | لاعبي الفريق»)
                return set(keep[n:end]) if _opens_complement(following, words[keep[end - 1]]) or (
                    by_name and grammar.tag(following) in ("NOUN", "ADJ") and not following.startswith("ال")
                    and following[:1] not in "وف" and not preposition_attached(following)) or (
                    by_name and following.startswith("لل")) else set()  # («… الجديد | للمشاركة بدورة …»: its purpose)
        return set()
    return set()


def _partner(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """With whom the verb's subject acted, before the verb's object («استكملت المؤسسة العامة
    للتأمينات الاجتماعية [بالتعاون مع صندوق تنمية الموارد البشرية "هدف"] استعداداتها …», «كرمت
    وزارة الشؤون الاجتماعية [بالشراكة مع مجتمع جميل (…)]، 20 متميزاً …»): the partner runs to a
    definite word, a name or a closing quote that the object follows at once (`_opens_complement`),
    or to a comma that it follows; titles name who acted («أمانة الشرقية تغلق …»)."""
    for n in range(2, min(len(keep) - 3, MAX_SUBJECT_REACH + 2)):
        at = keep[n]
        if grammar.is_verb(words[keep[n - 1]]) or not (_CUT_PUNCTUATION.isdisjoint(gaps[at]) or _only_commas(gaps[at])):
            return set()  # (the subject ends at no punctuation but a comma before the partner)
        if words[at] not in _PARTNERSHIPS:
            continue
        if words[at + 1] != _WITH or grammar.tag(words[at + 2]) not in ("NOUN", "PROPN") or keep[n + 2] != at + 2 or (
                "".join(gaps[at + 1 : at + 3]).strip()):
            return set()  # («بالتعاون مع أربع جهات …»: a count opens no partner's name)
        quoted = False
        for end in range(at + 3, min(len(words), at + MAX_ESCORT_WORDS)):
            gap = gaps[end]
            closes = quoted and not CLOSING_QUOTES.isdisjoint(gap)
            quoted = (quoted and not closes) or (not quoted and not OPENING_QUOTES.isdisjoint(gap))
            if quoted or end not in keep:
                continue
            if not _CUT_PUNCTUATION.isdisjoint(gap):
                comma = set(gap) <= COMMAS | CLOSING_QUOTES | set(" )")
                return {i for i in keep if at <= i < end} if comma and _opens_complement(words[end], words[end - 1]) else set()
            if (closes or words[end - 1].startswith("ال") or grammar.tag(words[end - 1]) == "PROPN") and (
                    _opens_complement(words[end], words[end - 1]) and not words[end].startswith("ال")):
                return {i for i in keep if at <= i < end}  # (a definite word may still be the partner's: «اتحاد | المصورين»)
            if grammar.is_verb(words[end]) or has_digit(words[end]) or words[end] in grammar.PREPOSITIONS:
                return set()  # («… اكسبو في الـ28 من …», «… برنامجاً لأداء مناسك العمرة لعدد من …»: past the partner)
        return set()
    return set()


def _age(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """A person's age after the name: in brackets («خطف موهبة نادي الهدى بالقطيف حيدر الخباز [(21
    عاما)]»), or after a family name or a name with the object next («وقعت إدارة الفتح مع مدافع
    النهضة علي البليهي [25 عاماً] عقداً …»); titles drop it. Not a span of time after a verb or a
    preposition («أمضت … 14 عاما», «منذ 18 عاما»)."""
    found: set[int] = set()
    for n in range(2, len(keep) - 1):
        at = keep[n]
        if keep[n + 1] != at + 1 or keep[n - 1] != at - 1 or not has_digit(words[at]) or words[at + 1] not in _YEARS_OF_AGE:
            continue
        name = words[at - 1]
        after = gaps[at + 2] if at + 2 < len(gaps) else ""
        if grammar.binds_forward(name) or grammar.is_verb(name) or has_digit(name) or name == _THE_AGE:
            continue  # («تبلغ من العمر 12 عاما»: the age is what is said)
        bracketed = "(" in gaps[at] and ")" in after
        named = (name.startswith("ال") or grammar.tag(name) == "PROPN") and _CUT_PUNCTUATION.isdisjoint(gaps[at] + gaps[at + 1]) and (
            at + 2 < len(words) and (_opens_complement(words[at + 2], name) or _only_commas(after)))
        if bracketed or named:
            found.update((at, at + 1))
    return found


def _only_commas(gap: str) -> bool:
    """Is the gap a comma and spaces, nothing else («، »)?"""
    return not COMMAS.isdisjoint(gap) and set(gap) <= COMMAS | {" "}


def _time_before_object(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """A «خلال» time phrase between the verb's subject and its object («نقلت الأمانة العامة للجنة
    الوطنية لمكافحة المخدرات [خلال الأشهر الخمسة الماضية] ما يقارب 997 حالة»): when it happened
    is what a title drops first. The object must follow at once: a bare noun, a number or an
    approximate amount."""
    for n in range(2, min(len(keep) - 2, MAX_SUBJECT_REACH + 2)):
        if words[keep[n]] != DURING or grammar.is_verb(words[keep[n - 1]]):
            continue
        end = n + 1
        while end < len(keep) and end - n <= MAX_TIME_PHRASE and in_time_phrase(words[keep[end]]):
            end += 1
        if end == n + 1 or end >= len(keep) or not _CUT_PUNCTUATION.isdisjoint(_between(gaps, keep[n - 1], keep[end])):
            return set()
        following = words[keep[end]]
        if following in APPROXIMATELY or following[:1].isdigit() or _opens_bare_object(following):
            return set(keep[n:end])
        return set()
    return set()


def _occasion_before_object(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """«في» and an indefinite noun with its adjective between the verb's subject and its object
    («أحبط رجال الجمارك بمطار الملك عبدالعزيز الدولي بجدة [في عمليتين منفصلتين] محاولتين لتهريب
    …», «[في خطوة مفاجئة]»): how it happened, which a title drops. The subject may end before it,
    and the object follows at once: a bare indefinite noun or a number."""
    for n in range(2, min(len(keep) - 3, MAX_SUBJECT_REACH + 2)):
        if words[keep[n]] != _FI:
            continue
        closing, noun = words[keep[n - 1]], words[keep[n + 1]]
        if words[keep[0]] in WANTS_FI or grammar.is_verb(closing) or not grammar.can_cut(closing, _FI) or not (
                grammar.attribute_follows(noun, words[keep[n + 2]])) or noun in DATE_WORDS:
            return set()  # («أخفق الوزراء | في التوصل …»: the verb's own «في»)
        end = n + 3
        following = words[keep[end]]
        if not _CUT_PUNCTUATION.isdisjoint(_between(gaps, keep[n - 1], keep[end])) or not (
                has_digit(following) or (_opens_bare_object(following) and following not in OFFICES)):
            return set()
        return set(keep[n:end])
    return set()


def _prayer_time(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """«عقب صلاة العصر» between the verb's subject and its object («أدى الأمير بندر بن عبدالعزيز
    [عقب صلاة العصر] صلاة الميت على …»): when it happened, which a title drops."""
    for n in range(2, min(len(keep) - 4, MAX_SUBJECT_REACH + 2)):
        if words[keep[n]] not in _AFTER_PRAYER or words[keep[n + 1]] != _PRAYER_WORD or words[keep[n + 2]] not in _PRAYER_TIMES:
            continue
        end = n + 3
        while end < len(keep) - 1 and words[keep[end]] in DATE_WORDS:
            end += 1  # («عقب صلاة العصر [أمس]»)
        following = words[keep[end]]
        between_commas = _only_commas(gaps[keep[n]]) and _only_commas(gaps[keep[end]]) and _CUT_PUNCTUATION.isdisjoint(
            _between(gaps, keep[n], keep[end - 1]))  # («، عقب صلاة العصر أمس، صلاة الميت …»)
        if not (between_commas or _CUT_PUNCTUATION.isdisjoint(_between(gaps, keep[n - 1], keep[end]))) or grammar.is_verb(
                words[keep[n - 1]]) or following.startswith("ال") or grammar.tag(following) != "NOUN" or following[:1] in "وفبلك":
            return set()
        return set(keep[n:end])
    return set()


def in_time_phrase(word: str) -> bool:
    """Can the word go on a time phrase after «خلال» («الأشهر الخمسة الماضية», «2015», «أمس»)?"""
    return word.startswith("ال") or word in DATE_WORDS or has_digit(word)


def _trailing_place(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """The «في/خلال/بـ» stretch right after the verb's subject, when the verb's complement (a
    preposition of its own, «مع», a quantifier or an object that is no adjective) follows it."""
    for n in range(2, min(len(keep) - 2, MAX_SUBJECT_WORDS + 2)):
        subject_end = words[keep[n - 1]]
        after_name = not grammar.can_cut(subject_end, words[keep[n]]) and words[keep[n - 2]] in grammar.NAME_PARTICLES
        if not _locative(words[keep[n]]) or not (grammar.can_cut(subject_end, words[keep[n]]) or after_name) or (
                subject_end in _OWING_PARTICIPLES or subject_end in _TAKING_PART) or (
                subject_end.startswith("الم") and words[keep[n]].startswith("بال")
                and not (words[keep[n]][1:] in _OFFICE_PLACES or grammar.tag(words[keep[n]][1:]) == "PROPN")):
            # («فيصل بن خالد | بمكتبه بالإمارة | رئيس …»: a name ends before a place an office
            # follows; «المهتمين | بالآثار», «المشارك | في الملتقى …»: what the participle owes, no place)
            continue
        if words[keep[0]] in WANTS_FI or (words[keep[0]] in _WANTS_BA and words[keep[n]].startswith("ب")) or any(
                grammar.is_verb(words[k]) or words[k] in EMBEDDERS for k in keep[1:n]):
            return set()  # «أخفق الوزراء | في التوصل …»; «قطع تمثل الحرب والسلام | في معرض …»: not the subject's
        if not (subject_end.startswith(("ال", "وال")) or grammar.tag(subject_end) == "PROPN"
                or words[keep[n - 2]] in grammar.NAME_PARTICLES):  # «الأمير فيصل بن خالد | في مكتبه»
            return set()  # «ستبدأ تويتر قريبا | في تغيير …»: the phrase is the verb's own
        end = n + 1
        while end < len(keep) and _place_goes_on(words, gaps, keep, end):
            end += 1
        end = _place_to_comma(words, gaps, keep, end, n + MAX_ASIDE_WORDS)
        following = words[keep[end]] if end < len(keep) else ""
        if after_name and following not in OFFICES:
            return set()  # «بعث الأمير محمد بن سلمان | برقية …»: the object, not a place
        if any(words[k] in EMBEDDERS or words[k] in grammar.NAME_PARTICLES or (after_name and grammar.is_title(words[k]))
               for k in keep[n:end]):
            return set()  # («بنادي النور مهدي آل سالم»: a person; «حول «الاتجار بالبشر» أن …»: a claim)
        if end >= len(keep) - 1 or end - n > MAX_ASIDE_WORDS:
            return set()
        between = _between(gaps, keep[end - 1], keep[end])
        person = _person_after_comma(following, between)  # («…، وزير الخارجية»: whom the verb received)
        if not _CUT_PUNCTUATION.isdisjoint(gaps[keep[end]]) and following not in _PLACE_FOLLOWERS and following != _WITH and (
                not _object_after_comma(following, between) and not person):
            return set()  # («… [في ديوان الإمارة بمكة المكرمة]، [اليوم الأحد]، مراسم توقيع …»: the object after commas)
        if following == _WITH and COMMAS.isdisjoint(between):
            return set()  # «بمنطقة نجران لقاءً وظيفياً بالتعاون | مع …»: the object was inside
        closing = words[keep[end - 1]]
        if not (closing.startswith(_PHRASE_ARTICLES) or (grammar.tag(closing) == "PROPN" and closing[:1] not in "لكفو")
                or _venue_city(words, keep, end - 1) or _dated(closing)):
            return set()  # «تسلمت إدارة شؤون المباني [بإدارة] تعليم ينبع»: an idafa goes on («ببيروت» closes)
        if following.startswith("و") and following not in COMPLEMENT_PREPOSITIONS and not _office(following):
            return set()  # «… وبحث معه»: a second clause, not the complement («وزير» is no «و»)
        if following[:1].isdigit() and (end + 1 >= len(keep) or not _CUT_PUNCTUATION.isdisjoint(gaps[keep[end + 1]])):
            return set()  # «في مهرجان صيف الشرقية | 36،»: a number closing the name, not a counted object
        if following == _WITH or following in OFFICES or _opens_complement(following, closing) or person:
            return set(keep[n:end])
        return set()
    return set()


def _representing(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """The unit that acted for the verb's subject, before the verb's object or complement
    («ضبطت شرطة محافظة الطائف [ممثلة في شعبة التحريات والبحث الجنائي] شابين …», «أعلنت وزارة
    الصحة [ممثلة بالوكالة …] عن …»), or those the subject spoke for («أعرب الشيخ فلان [باسمه واسم
    أئمة وخطباء الحرمين الشريفين] عن …»): titles name the body, not its department."""
    def opens_what_is_owed(word: str, previous: str) -> bool:
        # a claim or what it announces («عن»), whom it acted with, or a bare word after a
        # definite one: its object («… الجنائي | شابين», «… التشكيلية | ورشة …»)
        return word in _COMPLEMENTIZERS or word in (_ABOUT, _WITH) or _indefinite_after_definite(word, previous)

    for n in range(2, min(len(keep) - 3, MAX_SUBJECT_WORDS + 2)):
        if grammar.is_verb(words[keep[n - 1]]) or words[keep[n - 1]] in EMBEDDERS:
            return set()
        if keep[n + 1] != keep[n] + 1 or not (
                (words[keep[n]] in _REPRESENTED and _locative(words[keep[n + 1]]))
                or (words[keep[n]] in _IN_HIS_NAME and words[keep[n + 1]] in _AND_IN_NAME)):
            continue
        end = n + 2
        while end < len(keep) and COMMAS.isdisjoint(gaps[keep[end]]) and not opens_what_is_owed(
                words[keep[end]], words[keep[end - 1]]):
            if end - n >= MAX_ASIDE_WORDS or not _CUT_PUNCTUATION.isdisjoint(gaps[keep[end]]) or grammar.is_verb(words[keep[end]]):
                return set()
            end += 1
        if end >= len(keep) - 1:
            return set()
        between = _between(gaps, keep[end - 1], keep[end])
        if COMMAS.isdisjoint(between) or _object_after_comma(words[keep[end]], between) or words[keep[end]] in NEWS_OPENERS:
            return set(keep[n:end])  # (after a comma: what the verb owes, its object or its claim)
        return set()
    return set()


def _indefinite_after_definite(word: str, previous: str) -> bool:
    """A bare noun or adjective right after a definite word (no idafa goes on from a definite
    word): it opens a phrase of its own («… الجنائي | شابين»)."""
    return previous.startswith(("ال", "وال")) and not word.startswith(("ال", "وال")) and word[:1] not in "بلكف" and (
        grammar.tag(word) in ("NOUN", "ADJ")) and not (word[:1] == "و" and strippable_conjunction(word, word))


def _place_to_comma(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...], end: int, reach: int) -> int:
    """Where a place struck after the verb's subject ends when a comma closes it and the verb's
    object follows («كثفت إدارة توزيع الكتب [بالرئاسة العامة للبحوث العلمية والإفتاء]،
    استعداداتها …»: its adjective, genitive and second noun went on past where `_place_goes_on`
    stops): the kept position after that comma; `end` itself if none within `reach` does."""
    for close in range(end, min(len(keep), reach + 1)):
        word = words[keep[close]]
        if not _CUT_PUNCTUATION.isdisjoint(gaps[keep[close]]):
            between = _between(gaps, keep[close - 1], keep[close])
            return close if set(between) <= COMMAS | {" "} and _object_after_comma(word, between) else end
        if word in OFFICES or word in CIRCUMSTANCES or word in EMBEDDERS or word in grammar.RELATIVES or (
                grammar.is_verb(word) or grammar.is_title(word) or word in COMPLEMENT_PREPOSITIONS):
            return end
    return end


def _venue_city(words: tuple[str, ...], keep: tuple[int, ...], end: int) -> bool:
    """Is the kept word `end` the «بـ» of where the building just named stands («في قصر السلام |
    بجدة», «في مكتبه | بالديوان الأميري»), not a person nor the «بـ» the verb wants?"""
    word = words[keep[end]]
    return word[:1] == "ب" and words[keep[0]] not in _WANTS_BA and not (_office(word[1:]) or grammar.is_title(word[1:])) and (
        any(words[keep[k]] in _VENUES for k in range(max(1, end - MAX_VENUE_WORDS), end)))


def _place_goes_on(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...], end: int) -> bool:
    """Does the place struck after the verb's subject take the kept word `end` too? Not past
    punctuation, an office, a circumstance or a complement's preposition; «في مصر | القبض», «في جدة
    | رئيس …», «في محافظة الطائف | 8 …»: a name closes the place."""
    word, previous = words[keep[end]], words[keep[end - 1]]
    if not _CUT_PUNCTUATION.isdisjoint(gaps[keep[end]]) or word in OFFICES or word in CIRCUMSTANCES or (
            word in COMPLEMENT_PREPOSITIONS):
        return False
    if _accusative_after_definite(word, previous):
        return False  # «في مهرجان أبها للتسوق | إقبالاً»: the object, no adjective of a definite word
    if _dated(word) and (not word.isdigit() or (end + 1 < len(keep) and _dated(words[keep[end + 1]]))):
        return True  # «في مستهل العام الدراسي المقبل | 1436 – 1437ه»: its year, with its era or a range
    if _dated(previous):
        return False  # (the year closes it)
    if (_locative(word) and word != _FI) or _region_word(previous) or previous in _NAMING:
        return True  # («في مهرجان | صيف الشرقية»: the name goes with it)
    if _venue_city(words, keep, end):
        return True
    if grammar.can_cut(previous, word) or (
            grammar.tag(previous) == "PROPN" and previous[:1] not in "بلكفو" and grammar.tag(word) != "ADJ"
            and word not in _EPITHETS):  # («رمضان | المبارك»: an epithet the tagger calls a noun goes on)
        return False
    if _region_word(words[keep[end - 2]]) and not _names_region(word):
        return False
    if words[keep[end - 2]] in _CLUBS and grammar.tag(word) != "ADJ":
        return False  # «بنادي هجر | العمل …»
    return not (word[:1].isdigit() and previous.startswith("ال"))  # «رمضان المبارك | ٢٤٦٧ بلاغاً»: the object


def _object_after_comma(following: str, between: str) -> bool:
    """Does a bare indefinite noun after commas only open the verb's object («، مراسم توقيع …»)?"""
    return set(between) <= COMMAS | {" "} and _opens_bare_object(following) and following not in CLAUSE_OPENERS and (
        following not in CIRCUMSTANCES)


def _person_after_comma(following: str, between: str) -> bool:
    """Does an office or a title after commas open whom the verb received («… في قصر السلام أمس،
    وزير الخارجية …», «…، اللواء ركن …»)?"""
    return set(between) <= COMMAS | {" "} and not COMMAS.isdisjoint(between) and (
        _office(following) or grammar.is_title(following))


def _opens_bare_object(word: str) -> bool:
    """Can the word open a verb's object as a bare indefinite noun: no article, no clitic
    «و/ف/ب/ل/ك», no word that binds forward, no time word?"""
    return grammar.tag(word) == "NOUN" and not word.startswith("ال") and word[:1] not in "وفبلك" and (
        not grammar.binds_forward(word) and word not in DATE_WORDS)


def _opens_complement(following: str, closing: str) -> bool:
    """After a stretch deleted from the subject, does `following` open the verb's complement: a
    preposition of its own, a quantifier, a bare noun or number, or a definite noun after a name
    or a nisba («… بمحافظة تعز اليمنية | الجرائم»: a definite object too)?"""
    return following in _PLACE_FOLLOWERS or following[:1].isdigit() or (
        grammar.tag(following) in ("NOUN", "NUM") and not following.startswith("ال")
        and following[:1] not in "بلك" and not conjoined(following) and not grammar.binds_forward(following)) or (
        _accusative_after_definite(following, closing)) or (
        following.startswith("ال") and grammar.tag(following) == "NOUN" and not following.endswith((*_NISBA_ENDINGS, "ه"))
        and (grammar.tag(closing) == "PROPN" or closing.endswith(_NISBA_ENDINGS)))


def _accusative_after_definite(word: str, previous: str) -> bool:
    """An indefinite accusative in «ـاً» after a definite word («للتسوق إقبالاً»): indefinite, it
    describes no definite word, so it opens the verb's object."""
    return word.endswith("ا") and grammar.tag(word) in ("ADJ", "NOUN") and word[:1] not in "بلكو" and (
        previous.startswith(("ال", "لل", "بال"))) and word not in CIRCUMSTANCES and word not in PURPOSE_ACCUSATIVES and (
        word not in _COMING)  # («… السعودية | ممثلاً»: how, not what)


def _represented_by(words: tuple[str, ...], gaps: tuple[str, ...]) -> set[int]:
    """The department acting for a body («أعلنت وزارة الصحة [ممثلة بالوكالة لتخطيط الموارد
    البشرية] عن …», «دعت إدارة تعليم الطائف [ممثلة في إدارة شؤون المعلمين] 60 معلمًا»): titles
    name the body. Its comma goes with it; what follows must open the verb's complement."""
    if _REPRESENTED.isdisjoint(words):
        return set()  # (no «ممثلة»: the loop below would find nothing)
    drop: set[int] = set()
    for i in range(2, len(words) - 2):
        if words[i] not in _REPRESENTED or gaps[i] != " " or not (
                words[i - 1].startswith(("ال", "وال", "لل")) or grammar.tag(words[i - 1]) == "PROPN"):
            continue
        head = i + 2 if words[i + 1] == _FI else i + 1
        if not (head == i + 2 or words[head].startswith("ب")) or grammar.tag(words[head]) not in ("NOUN", "PROPN") or (
                words[head] in EMBEDDERS or _office(words[head]) or not _CUT_PUNCTUATION.isdisjoint(gaps[i + 1] + gaps[head])):
            continue  # («وفود طلابية ممثلة لمنطقة نجران»: an adjective; «ممثلاً بأن …»: a claim; «في وكيل …»: a person)
        end = phrase_end(words, gaps, head)
        while end < len(words) and words[end].startswith("وال") and gaps[end] == " ":
            end = phrase_end(words, gaps, end)  # «عمادة القبول | والتسجيل»: one department's name
        if end >= len(words) or words[end].startswith("و") or words[end - 1] in _OWING_PARTICIPLES or any(
                grammar.is_title(words[k]) or words[k] in _NAME_TITLES for k in range(head, end + 1)) or any(
                words[k] in grammar.RELATIVES or grammar.is_verb(words[k]) for k in range(head + 1, end)):
            continue  # («بمجلس إدارتها | وأعضائها»: where a list ends is unknown; «بمديرها الأستاذ فلان»: a person)
        following = words[end]
        at_comma = (not COMMAS.isdisjoint(gaps[end]))
        if (at_comma and following not in CLAUSE_OPENERS and following not in _CONNECTORS and not grammar.is_verb(following)) or (
                not at_comma and (_opens_complement(following, words[end - 1]) or following in DATE_WORDS or following == _FI
                                  or grammar.is_verb(following))):
            drop.update(range(i, end))  # («… | أمس في استقبال», «… | في مهرجان», «أن الوزارة […] | جددت»)
    return drop


def _closes_struck_time(words: tuple[str, ...], gaps: tuple[str, ...], before: int, after: int) -> bool:
    """Is the only punctuation between two kept words the comma closing a struck time word
    («تبدأ المؤسسة … [الأحد القادم]، صرف الدفعة …», «استقبل … بمكتبه [أمس]، وكيل …»)? It closes
    the time, not the clause: the object or claim goes on after it."""
    if after <= before + 1 or not _CUT_PUNCTUATION.isdisjoint(gaps[before + 1]):
        return False
    struck = range(before + 1, after)
    return any(words[i] in DATE_WORDS for i in struck) and _CUT_PUNCTUATION.isdisjoint("".join(gaps[before + 2 : after]))


def _between(gaps: tuple[str, ...], before: int, after: int) -> str:
    """The text between two kept words, deleted words' gaps included (their punctuation counts)."""
    return gaps[after] if after == before + 1 else "".join(gaps[before + 1 : after + 1])


def _opens_noun_object(words: tuple[str, ...], keep: tuple[int, ...], n: int) -> bool:
    """Does the kept word `n` open a noun object after the verb's subject: a bare common noun
    («عدم» too, in construct) right after a definite word or a name it does not continue («…
    المهندس محمد العمرة | عدم تأثر …»)? Not an office («مستشارة»), a title («دكتور»), a time word
    or a name, nor a word before a name («… قوات التحالف المشتركة | طيار أحمد عسيري»)."""
    word, previous = words[keep[n]], words[keep[n - 1]]
    following = words[keep[n + 1]] if n + 1 < len(keep) else ""
    if grammar.tag(following) == "PROPN" or grammar.is_personal_name(following) or following in grammar.NAME_PARTICLES:
        return False
    return grammar.tag(word) == "NOUN" and not word.startswith(("ال", "و")) and word[:1] not in "بلك" and (
        word not in OFFICES and word.removesuffix("ه") not in OFFICES and word not in DATE_WORDS
        and not grammar.is_personal_name(word) and not grammar.is_title(previous) and not grammar.is_title("ال" + word)) and (
        grammar.tag(previous) == "PROPN" or previous.startswith(_PHRASE_ARTICLES)) and grammar.can_cut(previous, word)


def homograph_verb_at(words: tuple[str, ...], keep: tuple[int, ...], p: int) -> bool:
    """Is the kept word at `p` a noun-or-verb homograph («قدم», «وضع», «بحث», «تحمل») right after a
    definite noun or a place («… المهرجان | شهد حضور …», «… عسير | قدم شكره»), with no verb before
    it in the claim? A bare noun there is no genitive (they take none); in a claim that still owes
    its verb, it is the verb. Not after a name («أحمد | عيد», «الطيب | شيخ الأزهر»: his father's
    name, his title), nor a title itself."""
    if p < 1 or keep[p] != keep[p - 1] + 1:
        return False
    before, word = words[keep[p - 1]], words[keep[p]]
    named = grammar.tag(before) == "PROPN" or (p > 1 and grammar.is_personal_name(words[keep[p - 2]]))  # («أحمد الطيب | شيخ»)
    return ((before.startswith("ال") and not named) or grammar.is_place_name(before)) and not grammar.is_title("ال" + word) and (
        grammar.verb_homograph(word) or grammar.imperfect_homograph(word)) and not any(grammar.is_verb(words[i]) for i in keep[:p])


def nominal_predicate(subject: str, word: str) -> bool:
    """Is `word` the predicate of a nominal clause opening on `subject` («واشنطن | حريصة», «الوضع
    | مستقر»): a bare noun or adjective after a definite or named word (not its idafa: «وزير |
    الخارجية» has the article on the second word; after a title a bare noun is the name: «إن
    الجنرال | دوستم»)?"""
    if grammar.tag(word) == "NOUN" and grammar.is_title(subject):
        return False
    return (subject.startswith("ال") or grammar.tag(subject) == "PROPN") and grammar.tag(subject) != "ADP" and (
        _bare_predicate(word))


def _bare_predicate(word: str) -> bool:
    """Can `word` be a nominal clause's predicate: a bare noun or adjective, no article, clitic,
    word that binds forward or office?"""
    return grammar.tag(word) in ("NOUN", "ADJ") and not word.startswith("ال") and word[:1] not in "بلكفو" and (
        not grammar.binds_forward(word) and word not in OFFICES)


def _bracketed_deletion(words: tuple[str, ...], gaps: tuple[str, ...], before: int, after: int) -> bool:
    """Were the words between two kept words an aside between commas, after which the clause goes
    on («الملحم، [وكيل أمين المنطقة]، على أهمية …»)? Right after the verb's subject its commas
    close no clause once it is gone (they do before a clause opener, a circumstance or «و»:
    «الجديد، [الذي …]، و…»)."""
    following = words[after]
    opening, closing = gaps[before + 1], gaps[after]
    # «المتحدة، [فلان]، حربا», «المتحدة [(إيباك)]، حربا»: commas or a bracket and a comma around it.
    bracketed = (opening.strip() in COMMAS and closing.strip() in COMMAS) or (
        opening.strip() == "(" and closing.replace(" ", "") in (")،", "),"))
    return after > before + 1 and bracketed and (
        following not in CLAUSE_OPENERS and following not in CIRCUMSTANCES and following[:1] != "و")


def _closes_deleted_name(words: tuple[str, ...], gaps: tuple[str, ...], before: int, after: int) -> bool:
    """Is the only punctuation between two kept words the comma closing a deleted titled name
    («ندد الرئيس العام لهيئة … [الشيخ الدكتور عبدالرحمن السند]، بالتفجير …»): it closes no clause."""
    return after > before + 1 and not gaps[before + 1].strip() and gaps[after].strip() in COMMAS and any(
        words[k] in _TITLE_WORDS for k in range(before + 1, after)) and not any(
        gaps[k].strip() for k in range(before + 2, after))


# A relative clause closing the subject runs to this many words («قرر السويسري جوزيف بلاتر [الذي
# سيترك في بداية العام المقبل منصبه كرئيس للاتحاد الدولي لكرة القدم (فيفا) بسبب فضائح الرشاوى
# والفساد]، التخلي …»).
MAX_SUBJECT_ASIDE_WORDS: Final = 20
# «، وهي منظمة يمينية …،»: a description of the subject after a comma, struck like a relative
# after a subject of up to MAX_DESCRIBED_SUBJECT_WORDS words (a relative only up to MAX_SUBJECT_WORDS).
_DESCRIBING: Final = word_set("وهي وهو")
MAX_DESCRIBED_SUBJECT_WORDS: Final = 10
# Participles that say what a body is charged with («فريق العمل [المكلف بالإشراف على …]»): like a
# relative, they describe the subject.
_CHARGED: Final = word_set("المكلف المكلفة المكلفين المعني المعنية المعنيين المختص المختصة المنوط المنوطة")
# Participles saying who backs or goes with the subject («حققت المقاومة [مسنودة بالقوات …]،»): a
# circumstance of the subject, as «بمشاركة …» is.
_BACKED: Final = word_set("مسنودة مسنودا مسنودين مدعومة مدعوما مدعومين مصحوبة مصحوبا مصحوبين مدعمة مدعما")


def _charged_with(words: tuple[str, ...], at: int) -> bool:
    """Is the word a participle saying what the noun before it is charged with, its preposition
    after it («المكلف بالإشراف», «المعنية بمتابعة», «المختصة في …»)?"""
    return words[at] in _CHARGED and at + 1 < len(words) and (
        words[at + 1] in grammar.PREPOSITIONS or preposition_attached(words[at + 1]))


def _subject_aside(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """A circumstance (`_BACKED` too) or relative clause that closes the verb's subject at a comma
    before its object («أجرت لجنة الحكام [برئاسة عضو مجلس إدارة الاتحاد … عمر المهنا]، اختبار اللياقة»,
    «أعلنت إدارة مهرجان صيف ينبع [الذي تجري فعالياته حاليا في محافظة ينبع]، إيقاف …»)."""
    for n in range(2, min(len(keep) - 1, MAX_DESCRIBED_SUBJECT_WORDS + 2)):
        i = keep[n]
        described = words[i] in _DESCRIBING and not COMMAS.isdisjoint(gaps[i])
        if n >= MAX_SUBJECT_WORDS + 2 and not described:
            continue
        relative = described or words[i] in grammar.RELATIVES or _charged_with(words, i)
        backed = words[i] in _BACKED and keep[n + 1] == i + 1 and preposition_attached(words[i + 1])
        if not (relative or words[i] in CIRCUMSTANCES or backed) or (gaps[i] != " " and not described) or grammar.is_verb(
                words[keep[n - 1]]):
            continue
        for end in range(n + 1, min(len(keep), n + MAX_SUBJECT_ASIDE_WORDS)):
            j = keep[end]
            if not _CUT_PUNCTUATION.isdisjoint(_between(gaps, keep[end - 1], j)) and len(words[keep[end - 1]]) > 1:
                # («م. خالد الفالح»: the period of a one-letter title goes on)
                following = words[j]
                if not COMMAS.isdisjoint(gaps[j]) and (relative or not any(grammar.is_verb(words[k]) for k in keep[n:end])) and (
                        _resumes_clause(following) and not (relative and _names_someone(following))):
                    # («مصادر داخل قاعدة العند التي تحاصرها … عن هرب قائد القاعدة، العميد مرزوق …»,
                    # «التصريحات التي أدلى بها نوري المالكي، نائب رئيس …»: a name or an office after the
                    # comma is an apposition inside the relative, not the object)
                    return set(keep[n:end])
                return set()
        return set()
    return set()


MAX_DESCRIPTION_WORDS: Final = 3  # «المدافع الهولندي» before a name, past the verb
MAX_SURNAME_NOUN_ZIPF: Final = 2.5  # a bare noun this rare after a given name is its surname («رون فلار»)
# What a player or a founder is, described after his name as an office is («ميسي لاعب برشلونة»).
_ROLE_HEADS: Final = word_set("لاعب مدرب مهاجم مدافع حارس نجم صانع مؤسس صاحب")


def _office_after_name(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """The offices and descriptions after the verb's subject named in full, up to the complement
    the verb wants («أصر لويس فان جال [مدرب مانشستر يونايتد المنافس في الدوري الانجليزي الممتاز
    لكرة القدم] على رغبته …») or to the comma before its object («واصل الأرجنتيني ليونيل ميسي [لاعب
    الفريق الأول لكرة القدم بنادي برشلونة الإسباني]، فشله …»): the name says who; titles keep
    what the verb does."""
    first = words[keep[0]]
    titled = 2 if len(keep) > 2 and (words[keep[1]] in _NAME_TITLES or words[keep[1]] == _CAPTAIN or (
        words[keep[1]].startswith("ال") and grammar.is_title(words[keep[1]]))) else 1
    # («يغيب [المدافع الهولندي] رون فلار …»: a description before the name, as a title is)
    while titled < MAX_DESCRIPTION_WORDS and len(keep) > titled + 1 and words[keep[titled]].startswith("ال") and (
            grammar.tag(words[keep[titled]]) in ("NOUN", "ADJ")) and grammar.tag(words[keep[titled + 1]]) in ("PROPN", "ADJ"):
        titled += 1
    if len(keep) < 3 + titled or keep[titled] != keep[0] + titled:
        return set()
    if grammar.tag(words[keep[titled]]) != "PROPN" or not bare_name_word(words[keep[titled]]):
        return set()
    name = name_end(words, gaps, keep[titled])
    if name + 1 < len(words) and _foreign_surname(words, gaps, name):
        name += 1  # «لويس إنريكي | المدير الفني», «رون فلار | قائد فريق …»: the surname looks like a nisba or a noun
    start = next((n for n in range(2, len(keep)) if keep[n] == name), None)
    if start is None or name - keep[titled] < 2 or not gaps[name].isspace() or not (
            _office(words[name]) or words[name] in _ROLE_HEADS):
        return set()
    wants = bool({first, first[1:]} & _WANTS_OR_CLAIMS) or grammar.wants_complement(first)
    for n in range(start + 1, min(len(keep), start + MAX_APPOSITION_WORDS)):
        word = words[keep[n]]
        if wants and (word in NEWS_OPENERS or word in EMBEDDERS):
            return set(keep[start:n]) if gaps[keep[n]].isspace() else set()
        if not _CUT_PUNCTUATION.isdisjoint(gaps[keep[n]]):
            closed = not COMMAS.isdisjoint(gaps[keep[n]]) and keep[n] == keep[n - 1] + 1
            return set(keep[start:n]) if closed and _object_after_aside(first, word, wants) else set()
        if grammar.is_verb(word):
            return set()
    return set()


def _resumes_clause(word: str) -> bool:
    """Can `word`, after the comma that closes an aside on the subject, carry the clause on (its
    object or complement), rather than open a clause of its own?"""
    return (word not in CLAUSE_OPENERS and word not in _CONNECTORS and word not in _COMPLEMENTIZERS
            and not grammar.is_verb(word) and word[:1] != "و")


def _object_after_aside(verb: str, word: str, wants: bool) -> bool:
    """Does `word`, after the comma closing a description of the verb's subject, open the verb's
    object or wanted complement (not a time, a place or another name: then the description may
    have been the object)?"""
    if word in NEWS_OPENERS or grammar.binds_forward(word):
        return wants and word in grammar.complement_prepositions(verb)
    return _resumes_clause(word) and not _names_someone(word) and word not in DATE_WORDS


def _names_someone(word: str) -> bool:
    """Is `word` a name, a title or an office, which after a comma goes on an apposition?"""
    return grammar.is_title(word) or grammar.tag(word) == "PROPN" or _office(word)


def _foreign_surname(words: tuple[str, ...], gaps: tuple[str, ...], i: int) -> bool:
    """An indefinite word in «ـي» or a rare bare noun between a given name and an office is the
    family name, not an adjective of the name nor its genitive («لويس إنريكي المدير الفني», «رون
    فلار قائد فريق أستون فيلا»): no adjective follows a name bare, and a name takes no genitive."""
    word = words[i]
    tagged = grammar.tag(word)
    return ((word.endswith("ي") and tagged == "ADJ") or (tagged == "NOUN" and zipf(word) < MAX_SURNAME_NOUN_ZIPF)) and (
        not word.startswith("ال") and not _office(word) and not grammar.binds_forward(word)
        and gaps[i].isspace() and gaps[i + 1].isspace() and _office(words[i + 1]))


def _setting(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """Where and when a claim was made, between the speaker and a comma before the claim or its
    preposition («أكد وزير التعليم [في بداية اجتماعه مع مديري التعليم في المملكة]، على جاهزية
    …», «أوضح المتحدث [خلال المؤتمر الصحفي]، أن …»): titles give the claim."""
    if words[keep[0]] not in CLAIMING_VERBS and words[keep[0]][1:] not in CLAIMING_VERBS:
        return set()
    for n in range(2, min(len(keep) - 1, MAX_SUBJECT_REACH + 2)):
        if words[keep[n]] not in SETTING or gaps[keep[n]] != " ":
            continue
        if grammar.is_verb(words[keep[n - 1]]) or any(words[k] in EMBEDDERS or words[k] in NEWS_OPENERS for k in keep[1:n]):
            # «كشف مسؤول يمني يعمل | في مطار عدن، عن …»: where he works, not where he spoke; «أعلنت
            # السلطات أن شاباً | في العشرين …»: inside the claim, no setting of the frame
            return set()
        relative = False  # («خلال اجتماعها الذي استضافته غرفة جدة | على …»: the meeting's relative clause)
        for end in range(n + 1, min(len(keep), n + MAX_APPOSITION_WORDS)):
            following = words[keep[end]]
            if following in NEWS_OPENERS and (relative or not COMMAS.isdisjoint(_between(gaps, keep[end - 1], keep[end]))):
                return set(keep[n:end])
            if following in grammar.RELATIVES:
                relative = True
                continue
            if (grammar.is_verb(following) and not relative) or following in EMBEDDERS or following in NEWS_OPENERS:
                return set()
        return set()
    return set()


# The longest stretch set off by commas between a verb's subject and its complement that is
# struck, and how far into the statement it may open (a subject named with its office and body).
MAX_COMPLEMENT_ASIDE_WORDS: Final = 30
MAX_ASIDE_START: Final = 12


def aside_before_complement(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """What commas set off between the subject of a verb that wants a complement or a claim and
    that complement («كشفت شركة «دي جيه آي» المصنعة لطائرات من دون طيار[، ومقرها في الصين]، عن
    نسختين …», «اطلع مجلس الشؤون الاقتصادية والتنمية[، خلال اجتماعه …، برئاسة …]، على …»):
    the verb and its subject say who, the complement says what."""
    first = words[keep[0]]
    bare = first[1:] if first[:1] in grammar.CONJUNCTION_CLITICS else first
    if not ({first, bare} & _WANTS_OR_CLAIMS or grammar.wants_complement(first)):
        return set()
    # The verb's own preposition where it is known («قلل … من»: not «، على قائمة الإرهاب»,
    # which belongs to a clause inside the aside), or its claim's complementizer.
    wanted = wanted_complement(first)
    opens = (lambda word: word in wanted or word in _SAYING_EMBEDDERS or (  # («، بتنظيم …»: the attached «بـ» too, not «بشأن»)
        "ب" in wanted and word.startswith("ب") and word not in grammar.PREPOSITIONS and preposition_attached(word))) if wanted else (
        lambda word: word in NEWS_OPENERS)
    for n in range(2, min(len(keep) - 1, MAX_ASIDE_START)):
        word = words[keep[n]]
        # («تمكّن شعراء أمسية “كلنا الوطن” [التي أقامتها الجمعية …]، من إلهاب …»: a relative
        # describing the subject, closed by the comma before the complement, goes as well)
        relative = word in _SUBJECT_RELATIVES
        if not relative and (word in NEWS_OPENERS or word in EMBEDDERS or (grammar.is_verb(word) and not _name_ends_at_comma(words, gaps, keep, n))):
            return set()  # the complement came first, or another clause
        if not relative and COMMAS.isdisjoint(gaps[keep[n]]):
            continue
        for end in range(n + 1, min(len(keep), n + MAX_COMPLEMENT_ASIDE_WORDS)):
            if opens(words[keep[end]]) and not COMMAS.isdisjoint(gaps[keep[end]]):
                return set(keep[n:end])
        return _relative_before_complement(words, gaps, keep, n, wanted) if relative else set()
    return set()


# Compression units that strike what commas set off (`compressions` without asides skips them).
_COMMA_ASIDES: Final = (_subject_aside, _setting, aside_before_complement, _office_after_name)


def _name_ends_at_comma(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...], n: int) -> bool:
    """Is the kept word `n`, which reads as a verb, the last word of a name before a comma («أوساين
    بولت،»): right after a name word, a plain space before it and a comma after it?"""
    following = keep[n] + 1
    return grammar.tag(words[keep[n - 1]]) == "PROPN" and gaps[keep[n]] == " " and following < len(gaps) and (
        not COMMAS.isdisjoint(gaps[following]))


def _relative_before_complement(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...], start: int,
                                wanted: frozenset[str]) -> set[int]:
    """A relative describing the subject that runs, with no mark, up to the verb's own
    preposition, within MAX_APPOSITION_WORDS («أسفرت قرعة بطولة دوري أبطال أوروبا [التي أجريت
    اليوم الجمعة بمدينة نيون] عن مواجهة …»): where that preposition is said once only in the
    clause (in «تمكن الفريق [الذي تشكل] من خبراء من …» the first «من» is the relative's) and is
    not «في», which places the relative's own verb as often («أسهمت الحملة [التي أطلقها مكتب
    العمل] في محافظة الرس … في إرشاد …»), after a definite or named subject, a verb opening the
    relative."""
    described = words[keep[start - 1]]
    if not wanted or words[keep[start]] not in _DESCRIBING_RELATIVES or start + 1 >= len(keep) or not (
            grammar.is_verb(words[keep[start + 1]])) or not (described.startswith("ال") or grammar.tag(described) == "PROPN"):
        return set()
    for end in range(start + 2, min(len(keep), start + MAX_APPOSITION_WORDS)):
        word = words[keep[end]]
        if _between(gaps, keep[end - 1], keep[end]).strip() or word in EMBEDDERS or word in grammar.RELATIVES:
            return set()  # (punctuation or another clause inside: where it ends is unsure)
        if word in wanted:
            rest = keep[end + 1 :]
            clause_end = next((n for n, i in enumerate(rest) if not _CUT_PUNCTUATION.isdisjoint(gaps[i])), len(rest))
            again = any(words[i] in wanted for i in rest[:clause_end])
            return set() if again or word == _FI else set(keep[start:end])
    return set()


def _affiliation(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """What the verb's subject belongs to, before its object («أثارت بلدية محافظة حفر الباطن
    [التابعة للمنطقة الشرقية] حفيظة الأهالي …»): titles name the body, not its parent."""
    for n in range(2, min(len(keep) - 2, MAX_SUBJECT_WORDS + 2)):
        if words[keep[n]] not in _BELONGING or words[keep[n + 1]][:1] != "ل" or grammar.is_verb(words[keep[n - 1]]):
            continue
        end = phrase_end(words, gaps, keep[n + 1])
        inside = [i for i in keep[n:] if i < end]
        # (the whole phrase, between plain spaces, and no «لـ» going on after it: «التابعة للحملة
        # الوطنية السعودية | لنصرة الأشقاء …» is longer than its phrase)
        if (len(inside) == end - keep[n] and end <= keep[-1] and gaps[keep[n]] == " " and gaps[end] == " "
                and words[end][:1] != "ل"):
            return set(inside)
        return set()
    return set()


def _name_for_offices(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> tuple[int, ...]:
    """The titled name instead of the long chain of offices it follows in the verb's subject
    («استقبل [المستشار في الديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة] الدكتور
    عبدالله الربيعة …», where the name was struck as the chain's apposition): titles name him
    («الربيعة يستعرض …»), or kept after it where the chain is plain offices (`_plain_office_chain`:
    «ترأس [أمين منطقة نجران رئيس اللجنة المحلية للانتخابات البلدية] المهندس فارس الشفق …»). Only
    a chain of MIN_OFFICE_CHAIN words or more, opening on an office, unbroken by punctuation or a
    verb; shorter ones are what titles keep («مدير جامعة الملك سعود»)."""
    if len(keep) < 2 or not _office(words[keep[1]]):
        return keep
    start = keep[1]
    verb = words[keep[0]]
    reporting = not {verb, verb[1:]}.isdisjoint(REPORTING_VERBS | _PRAISING)
    for title in range(start + MIN_OFFICE_CHAIN, min(len(words) - 1, start + MAX_OFFICE_CHAIN)):
        if not _CUT_PUNCTUATION.isdisjoint(gaps[title]) or grammar.is_verb(words[title - 1]):
            return keep
        named = title + 1
        while named < len(words) - 1 and words[named] in _NAME_TITLES and named not in keep:
            named += 1  # «الشيخ [الدكتور] صالح …»: the first title says it
        after_title = words[named]  # («الشيخ صالح»: a title's next word is a name, whatever its tag)
        if words[title] in _NAME_TITLES and (title not in keep or _plain_office_chain(words, start, title)) and (bare_name_word(after_title) or (
                not after_title.startswith("ال") and grammar.tag(after_title) in ("NOUN", "ADJ")
                and not _office(after_title) and not grammar.binds_forward(after_title))):
            end = name_end(words, gaps, named)
            # (the name as the statement kept it where it kept any of it: «صالح بن عبدالله [بن حميد]»)
            name = [i for i in range(named, end) if i in keep] or range(named, end)
            return (keep[0], title, *name, *(i for i in keep if i >= end))
        if reporting and grammar.is_personal_name(words[title]) and bare_name_word(words[title]) and title in keep and (
                words[title - 1] not in grammar.NAME_PARTICLES and not bare_name_word(words[title - 1])) and not any(
                (words[i] in grammar.PREPOSITIONS and words[i] != _FI) or words[i] in EMBEDDERS
                or not _CUT_PUNCTUATION.isdisjoint(gaps[i]) for i in range(start + 1, title)):
            # «أكد رئيس مجلس المقاومة الشعبية في عدن وكيل محافظة عدن | نائف البكري | …»: no title
            # before the name, a given name and more after the chain. Only a speaker's, or one who
            # praised or stressed with a preposition («أشاد … | عبدالله عبد الوحيد، بما …»): after
            # «استقبل/رحب/أدى» a name after offices may be the guest's or the deceased's.
            end = name_end(words, gaps, title)
            if end - title >= 2:
                return (keep[0], *range(title, end), *(i for i in keep if i >= end))
    return keep


def _plain_office_chain(words: tuple[str, ...], start: int, title: int) -> bool:
    """Are the words from `start` up to the title before a kept name only offices and what they
    run («مدير جامعة الإمام محمد بن سعود الإسلامية بالنيابة | الدكتور …»), with no titled person
    or given name of their own («الأمير بندر بن عبدالعزيز صلاة الميت على | الشيخ …», «الرئيس
    الفلسطيني محمود عباس …»: the name after them is someone else's) and no preposition but «في»?"""
    return not any(words[i] in _NAME_TITLES or grammar.is_personal_name(words[i]) or (
        words[i] in grammar.PREPOSITIONS and words[i] != _FI) for i in range(start + 1, title))


def _names_after_offices(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> set[int]:
    """A personal name right after the office that names its holder, in the verb's subject
    («أمر الرئيس الكولومبي | خوان مانويل سانتوس | بتعليق …», «اعتمد المدير العام للتعليم بمنطقة
    جازان | عيسى بن أحمد الحكمي | تجديد …»): a name of two words or more opening on a bare word
    (or on its holder's title: «السفير أحمد القطان») after a definite word or a region's name,
    with an office among the subject's words."""
    for n in range(2, min(len(keep) - 2, MAX_OFFICES_REACH + 2)):
        i = keep[n]
        previous = words[keep[n - 1]]
        # («كرم محافظ حفر الباطن رئيس اللجنة المنظمة العليا لمهرجان العيد والصيف بالمحافظة | عبدالمحسن
        # العطيشان»: where an office sits closes it, however long)
        seat = previous[:1] == "ب" and previous[1:] in _OFFICE_PLACES
        region = seat or (n > 2 and grammar.tag(previous) == "PROPN" and _region_word(words[keep[n - 2]]))
        if keep[n - 1] != i - 1 or not (previous.startswith(("ال", "وال")) or region) or grammar.is_title(previous) or (
                n >= MAX_SUBJECT_REACH + 2 and not seat):
            continue
        if not any(words[j] in OFFICES or grammar.is_title(words[j]) for j in keep[1:n]):
            return set()
        # «استقبل سفير خادم الحرمين الشريفين بجمهورية مصر العربية | السفير أحمد القطان | أفراد …»:
        # the holder's title goes with his name
        given = i + 1 if (grammar.is_title(words[i]) or (words[i].startswith("ال") and _office(words[i]))) and (
            i + 2 < len(words) and (bare_name_word(words[i + 1]) or words[i + 2] in _SONS)) else i
        if words[i].startswith("ال"):  # «مدير الأمن العام | الفريق الركن عثمان بن ناصر المحرج»: so does his rank
            while given + 2 < len(words) and words[given] in _RANKS and gaps[given + 1].isspace():
                given += 1
        if not (bare_name_word(words[given]) or (  # «عيسى بن …»: «بن» says it is a name
                given + 1 < len(words) and words[given + 1] in _SONS and not words[given].startswith("ال"))):
            continue
        end = name_end(words, gaps, given)
        # (what `deleted` struck of it, a ruler's forefathers «[بن عبدالعزيز]», was of the name too)
        name = set(range(i, end)) & set(keep)
        if end - given >= 2 and end < len(words) and not (words[end].startswith("ال") and grammar.tag(words[end]) == "ADJ"):
            # («التقى وزير العمل [وزير العدل …] في مقر الوزارة»: before a preposition, the offices
            # and name may be the object's)
            return name | (_further_offices(words, gaps, keep, i) if words[end] not in NEWS_OPENERS else set())
    return set()


def _further_offices(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...], name: int) -> set[int]:
    """The subject's further offices between its first office and its holder's name («دشن أمير منطقة
    عسير [رئيس مجلس التنمية السياحية بالمنطقة] الأمير فيصل بن خالد مهرجان …»): a title names one."""
    first = keep[1]
    if not _office(words[first]):
        return set()
    second = phrase_end(words, gaps, first)
    if second >= name or not _office(words[second]) or offices_end(words, gaps, second) < name:
        return set()
    if words[second - 1] in _UNNAMED_BODIES:
        return set()  # «كشف عضو مجلس الإدارة [المدير التنفيذي لنادي الطيران السعودي]»: the second says which
    return set(range(second, name)) & set(keep)


def _region_word(word: str) -> bool:
    """«منطقة», «بمنطقة», «محافظة», «بمحافظة»: a word naming the region whose name follows."""
    return word in _PLACE_KIND_FORMS


def bare_name_word(word: str) -> bool:
    """Could the word be part of a personal name: no article, no clitic, not a particle, verb or
    office; «عبدالله», «عبدالرحمن» are names whatever their tag."""
    if word.startswith(("ال", "وال")) or word in OFFICES or grammar.binds_forward(word):
        return False
    if grammar.tag(word) != "PROPN":
        return word.startswith("عبد") and len(word) > len("عبد") + 2
    readings = analyses(word)
    # («فيصل», «وليد»: names the corpus knows, though they read as «ف/و» + a verb)
    return not readings or not readings[0].prefixes or grammar.is_personal_name(word)


def _locative(word: str) -> bool:
    """Does the word open a place or circumstance phrase («في», «خلال», «بالمنطقة», «بمدينة»)?"""
    if word in _LOCATIVES:
        return True
    if word in CIRCUMSTANCES:
        return False  # «برئاسة …», «بحضور …»: who, not where
    if not word.startswith("ب") or grammar.tag(word) not in ("NOUN", "PROPN"):
        return False
    readings = analyses(word)
    if not readings:  # a letter-normalized form the lexicon spells otherwise («بالرياسه»: «بالرئاسة»)
        return word.startswith("بال") and len(word) > len("بال") + 1
    return readings[0].prefixes[:1] == ("ب",)


def owes_complement(sentence: Sentence, keep: tuple[int, ...], length: int) -> bool:
    """Is a verb that wants a prepositional complement («أعرب … عن», «تمكن … من», «قام … بـ»,
    «كشف … عن» or its claim «كشف … أن»; listed here or learned with its preposition by the
    grammar layer, «اطلع … على») cut before it («أعرب مدير السجون العميد فلان، | عن …», «تمكن
    رجال جمرك المطار | من …»)? Another preposition is no complement of its («تمكن أليكس بانكومب
    | على سيارة …», «يشير فلان العامل … بجدة | إلى …»)."""
    wanted = wanted_complement(sentence.forms[keep[0]])
    if not wanted:
        return False
    # (a «لـ» inside a relative clause is the relative's: «اضطر السائحون … التي حفظت | لفترة طويلة»)
    relative = next((n for n, i in enumerate(keep[1:length], 1) if sentence.forms[i] in grammar.RELATIVES), length)
    return not any(opens_complement_of(sentence, i, wanted, lam=n < relative) for n, i in enumerate(keep[1:length], 1))


def wanted_complement(verb: str) -> frozenset[str]:
    """The prepositions a verb form's complement opens with (listed here or learned by the grammar
    layer, also after «و/ف»); empty for a verb that wants none."""
    bare = verb[1:] if verb[:1] in grammar.CONJUNCTION_CLITICS else verb
    return _COMPLEMENTS.get(verb) or _COMPLEMENTS.get(bare) or grammar.complement_prepositions(verb)


def opens_complement_of(sentence: Sentence, i: int, wanted: frozenset[str], *, lam: bool = True) -> bool:
    """Does word `i` open the complement a verb wants with one of the `wanted` prepositions: that
    preposition (not «الصادر عن», «علي» the name, «من خلال»), the attached «بـ» (not «باسم», not
    the seat of an office, «بوزارة»), the «لـ» that stands for «إلى» («تطرق الاجتماع لعدد …»; not
    without `lam`), «بضرورة», or a complementizer of what is said or wanted?"""
    forms, word = sentence.forms, sentence.forms[i]
    if word in _SAYING_EMBEDDERS or word in _NEED:
        return True
    if word in wanted:
        return forms[i - 1] not in _ISSUED and not _named_ali(sentence, i) and not (
            word == _MIN and i + 1 < len(forms) and forms[i + 1] in _AFTER_MIN)
    if "ب" in wanted and word.startswith("ب") and word != _IN_NAME_OF and word[1:] not in _SEATS and word not in _LED_BY and (
            preposition_attached(sentence.words[i])):  # («كلفت إدارة النادي [برئاسة فلان] المدرب … | بتدريب …»)
        return True
    return lam and bool(wanted & _LAM_STANDS_FOR) and _lam_attached(sentence.words[i])


def _named_ali(sentence: Sentence, index: int) -> bool:
    """«علي» spelled with «ي» after a title or a comma («الدكتور علي العمير», «المتحدث باسم
    المقاومة، علي الأحمدي،»): the given name, which the letter normalization makes one form with
    the preposition «على»."""
    return sentence.words[index] == _ALI and index > 0 and (
        grammar.is_title(sentence.forms[index - 1]) or not COMMAS.isdisjoint(sentence.gaps[index]))


MIN_WHOLE_WORD_MARGIN: Final = 1.0  # zipf by which a word read whole must beat its «لـ» reading to be a word of its own


def _lam_attached(text: str) -> bool:
    """A «لـ» complement («للتعاون»; «لملاقاة» is read whole first: any reading with the «ل» counts),
    unless the word read whole is far commoner than what follows its «ل» («لجنة», «لوحة», «ليلة»:
    a noun of their own, not «لـ» + «جنة»)."""
    if not text.startswith("ل"):
        return False
    readings = analyses(text)
    lam = max((r.zipf for r in readings if r.prefixes[:1] == ("ل",)), default=None)
    whole = max((r.zipf for r in readings if not r.prefixes), default=0.0)
    return lam is not None and whole - lam < MIN_WHOLE_WORD_MARGIN


_THERE: Final = word_set("هناك هنالك")
MAX_WHAT_WORDS: Final = 4  # «ما يمتاز به الوادي»: the «ما» clause a «من» may explain
_RELATIVE_WHAT: Final = word_set("ما مما الذي التي")  # «… على ما سبق أن …»: a relative clause's own verb


def opens_accusative(claim: Statement) -> bool:
    """Does a claim open on the accusative its «إن/أن» governed («مقاتلي حزب العمال هاجموا», «لاعبا
    مهما» after «باعتبارها»)? Cut from its complementizer it is no sentence. (One with its alif
    right after «إن/أن», «مدنياً لقي حتفه», is put in the nominative instead: `nominative_rewrites`.)"""
    text, form = claim.sentence.words[claim.keep[0]], claim.sentence.forms[claim.keep[0]]
    following = claim.sentence.forms[claim.keep[1]] if len(claim.keep) > 1 else ""
    if form in _THERE and len(claim.keep) > 1:  # «أن هناك أسراً منتجة …»: the noun after it
        text, form = claim.sentence.words[claim.keep[1]], following
        following = claim.sentence.forms[claim.keep[2]] if len(claim.keep) > 2 else ""
    return ((tanween(text) or (not form.startswith("ال") and not grammar.is_verb(form) and accusative(text)))
            and not nominative_rewrites(claim)) or (  # («بدا …» is a verb)
        # «أن مقاتلي حزب العمال هاجموا …»: a sound plural or dual in construct, whose «ي» its «أن»
        # governed (not «إجمالي», «مستوى»: read whole more often than as a base and «ي»)
        len(form) >= MIN_CONSTRUCT_PLURAL and text.endswith("ي") and not form.startswith(("ال", "و"))
        and grammar.tag(form) == "NOUN" and (following.startswith("ال") or grammar.tag(following) in ("NOUN", "PROPN"))
        and _construct_ending(text)) or (_oblique_dual_or_plural(text, form) and not nominative_rewrites(claim))


def nominative_rewrites(statement: Statement) -> dict[int, str]:
    """A claim cut from its «إن/أن» that opens on an indefinite accusative («إن إعصاراً قوياً
    اجتاح …», «أن هناك أسراً منتجة …») or a dual or sound plural in «ـين» («أن الحوثيين
    يتلقون …», «إن مسؤولين أمريكيين أكدوا …»): the noun and its adjectives in the nominative
    («إعصار قوي اجتاح …», «الحوثيون يتلقون …»; «ـون» or «ـان», whichever is the commoner word),
    which is how a headline states it. Word position → its nominative spelling; empty where the
    claim opens otherwise."""
    if not statement.owes_verb or statement.speaker >= len(statement.keep):
        return {}
    words, forms, keep = statement.sentence.words, statement.sentence.forms, statement.keep
    if keep[statement.speaker] == 0 or forms[keep[statement.speaker] - 1] not in _THAT_WORDS:
        return {}  # («بأنه إلحاقاً بما سبق …»: after «أنه» the accusative is no subject)
    n = statement.speaker + int(forms[keep[statement.speaker]] in _THERE)
    found: dict[int, str] = {}
    ending = ""  # the head's nominative «ـون/ـان», which its adjectives take too («مقاتلون يمنيون»)
    while n < len(keep) and (not found or keep[n] == keep[n - 1] + 1):
        text, form = words[keep[n]], forms[keep[n]]
        if ending:
            if text.endswith("يين") or (text.endswith("ين") and grammar.tag(form) in ("NOUN", "ADJ", "PROPN")):
                found[keep[n]] = text[:-2] + ending  # («يمنيين», which the tagger may read as a verb)
            elif tanween(text):
                found[keep[n]] = text[:-2]  # a broken plural's adjective with its tanween written
            elif ending == "ون" and accusative(text) and grammar.tag(form) in ("NOUN", "ADJ", "PROPN"):
                found[keep[n]] = text[:-1]  # «مسلحون أكرادا» → «أكراد» (after a plural no dual verb comes)
            else:
                break  # («جنديان قتلا»: the dual verb keeps its alif)
            n += 1
            continue
        if found and grammar.is_verb(form):
            break
        if not found and text.endswith("ين") and not grammar.is_verb(form) and (
                (text.startswith("ال") and grammar.tag(form) in ("NOUN", "ADJ") and _oblique_ending(text))
                or _oblique_dual_or_plural(text, form)):
            found[keep[n]] = _nominative_in(text, _agreeing_verb(statement.sentence, keep, n))
            ending = found[keep[n]][-2:]
            n += 1
            continue
        if not (tanween(text) or (not text.startswith("ال") and not grammar.is_verb(form) and accusative(text))):
            break  # (as written: «إلكترونيا» is no «ال» word)
        nominative = text[:-2] if tanween(text) else text[:-1]
        if not found and grammar.tag(form) == "ADV" and zipf(strip_diacritics(nominative)) < zipf(form) + grammar.WHOLE_WORD_MARGIN:
            break  # «دائماً», «فعلاً»: an adverb, whatever its letters without the alif are (after the noun, «قوياً» is its adjective)
        found[keep[n]] = nominative
        n += 1
    return found


def nominative_speaker(text: str) -> str:
    """A speaker named in the genitive («وبحسب [المراقبين]، فإن …», «حسب الخبراء
    [الإستراتيجيين]») as a title names one, in the nominative («المراقبون: …»): a definite noun and
    its adjectives, each dual or sound plural in «ـين» put in «ـون/ـان»; other speakers as they are."""
    parts = text.split(" ")
    if not all(part.startswith("ال") for part in parts):
        return text  # («رئيس المجلس الوطني»: an idafa's genitive stays)
    # (an adjective in «ـيين», a nisba's plural, agrees whatever its «ـيون» spelling's frequency)
    return " ".join(part[:-2] + "ون" if n and part.endswith("يين") else _nominative_in(part, "") if _oblique_ending(part) else part
                    for n, part in enumerate(parts))


def _agreeing_verb(sentence: Sentence, keep: tuple[int, ...], n: int) -> str:
    """The first verb after kept word `n` within the claim's opening («المتهمين | اعترفا»), as
    written; empty if none comes within a few words."""
    return next((sentence.words[keep[k]] for k in range(n + 1, min(len(keep), n + MAX_SUBJECT_WORDS))
                 if grammar.is_verb(sentence.forms[keep[k]])), "")


def _nominative_in(text: str, verb: str) -> str:
    """The nominative of a dual or sound plural in «ـين»: «ـان» before a dual verb («المتهمين
    اعترفا» → «المتهمان»), «ـون» before a plural one, else whichever is the commoner word."""
    dual, plural = text[:-2] + "ان", text[:-2] + "ون"
    if verb.endswith("ا") and not verb.endswith("وا"):
        return dual
    if verb.endswith(("وا", "ون")):
        return plural
    return max((plural, dual), key=zipf)


def _oblique_dual_or_plural(text: str, form: str) -> bool:
    """«إن شخصين قتلا», «أن مسؤولين أكدوا», «إن مستثمرين سحبوا»: an indefinite dual or sound plural
    in «ـين» (a noun, or a participle standing for one), the case its «إن/أن» governed."""
    return len(form) >= MIN_CONSTRUCT_PLURAL and not form.startswith(("ال", "و")) and grammar.tag(form) in ("NOUN", "ADJ") and (
        not grammar.is_personal_name(form) and _oblique_ending(text))


def _construct_ending(text: str) -> bool:
    """Is the final «ي» read as an ending at least as often as the word is read whole?"""
    readings = analyses(text)
    whole = max((r.zipf for r in readings if not r.suffixes and not r.prefixes), default=0.0)
    return any(r.suffixes == ("ي",) and not r.prefixes and r.zipf >= whole for r in readings)


def tanween(text: str) -> bool:
    """Is the indefinite accusative's tanween written out («تقريرًا», «أمراً»)?"""
    return text.endswith(("اً", "ًا"))


def accusative(word: str) -> bool:
    """«عدداً», «أجنبيا»: read first as an indefinite accusative (a word and its alif)."""
    readings = analyses(word)
    return bool(readings) and readings[0].suffixes == ("ا",)


_ATTACHED_PREPOSITIONS: Final = frozenset(("ب", "ل", "ك"))


def preposition_attached(word: str) -> bool:
    """«بالمركز», «لعدة», «كالعادة»: a word read first with «ب/ل/ك» attached."""
    found = readings(word)  # (plain tuples: `analyses` makes an object per reading)
    return bool(found) and not _ATTACHED_PREPOSITIONS.isdisjoint(found[0][0])


def strippable_conjunction(word: str, text: str) -> bool:
    """«وأكد» → «أكد»: a و/ف that is a clitic (the rest is the commoner word), except in verbs
    whose root opens on «و» and whose rest is another word («واسى», «وعدت», «ودعت»: «اسى»,
    «عدت», «دعت»)."""
    return len(word) > 2 and word[0] in "وف" and word not in _WAW_ROOTS and (
        zipf(text[1:]) >= zipf(text) or word[1:] in CLAIMING_VERBS)  # «وأضاف» is commoner than «أضاف»


def open_at(words: tuple[str, ...], texts: tuple[str, ...], start: int, end: int, *,
            article_start: bool = False) -> tuple[int, bool, bool] | None:
    """Where a statement opening at `start` really starts (past connectors), whether the first
    word's «و» is dropped and whether a complementizer was passed (its clause then owes a verb);
    None if it cannot open a statement there. At the `article_start` «فقد» connects to nothing
    before it: it is the verb «lost» («فقد سعر الذهب بعض مكاسبه»), whatever the tagger makes of
    the next word."""
    if article_start and words[start] == _SO_HAS and not (start + 1 < end and grammar.is_attested_verb(words[start + 1])):
        return start, False, False  # (before a verb on firm evidence, «فقد أعلنت …», the connector still)
    while start < end and _passes(words, start, end):
        if start + 1 < end and words[start + 1] == _FOLLOWS:
            return None  # «فيما يلي …»: a list follows, not a statement
        if start + 1 < end and words[start + 1] in _TIME_AFTER_WHAT and words[start] in _WHAT_WORDS:
            return None  # «فيما مضى كان الطبيب …», «فيما بعد»: "formerly", "later", no connector
        start += 1
    passed = False
    # «…، إلا أن النجم أعلن»: the main clause after a concession; «بحسب المراقبين، فإن واشنطن …».
    if start + 2 < end and words[start] in _BUT and words[start + 1] in EMBEDDERS:
        start, passed = start + 2, True
    elif start + 1 < end and words[start] in SO_THAT:
        start, passed = start + 1, True
    if start >= end:
        return None
    word = words[start]
    following = words[start + 1] if start + 1 < end else None
    if not grammar.can_open(word, following) and not modal_frame(words, start) and not _explains(words, start, end):
        return None
    if start > 0 and (_purpose_verb(word) or words[start - 1] in grammar.NEGATION or words[start - 1] == _WHAT):
        return None  # «…، لتبقى دون مستوى …»: a purpose or result; «التي ما | وضعت إلا …»: the particle's verb
    if strip_diacritics(texts[start]).removeprefix("و") == AS_IF:
        return None  # «وكأن الزواج بات …»: «as if», written apart from the copula «كان» it normalizes to
    return start, not _lost(words, start, end) and strippable_conjunction(word, texts[start]), passed


def _purpose_verb(word: str) -> bool:
    """«لتبقى», «ليصبح»: an imperfect verb with the «لـ» of purpose or result, which leans on the
    clause before it («…، لتبقى دون مستوى 40 مليون ريال»)."""
    return word[:1] == "ل" and len(word) > 3 and imperfect(word[1:]) and grammar.is_verb(word)


def _explains(words: tuple[str, ...], start: int, end: int) -> bool:
    """Is «بين/وبين» at `start` the verb «بيّن» before what was explained: a complementizer right
    after it («وبين أن …»: who explained is named before) or after its subject, opening on a
    definite word or a name («وبين السبيعي أنهم …», «وبين الناطق الإعلامي بقيادة حرس الحدود
    بمنطقة عسير المقدم … أن …»)? Not «بين X و Y» («between»): a word joined by «و» comes first."""
    if words[start].removeprefix("و") != _BETWEEN:
        return False
    for i in range(start + 1, min(end, start + MAX_FRAME_WORDS)):
        if words[i] in _COMPLEMENTIZERS:
            return True
        if words[i].startswith("و") or (i == start + 1 and not (words[i].startswith("ال") or grammar.tag(words[i]) == "PROPN")):
            return False
    return False


def _passes(words: tuple[str, ...], i: int, end: int) -> bool:
    """Is word `i` a connector a statement opens past («و», «كما», «وقد», «فقد» before a verb)?
    Not «قد» before an imperfect: it says "may", a modality the statement keeps."""
    word = words[i]
    if word in _MAY and i + 1 < end and imperfect(words[i + 1]):
        return False
    if i == 0 and 1 < end and after_formula(words, 1):
        return True  # «هذا ويعرض الكليب …», «هذا وقد بدأت …»: the formula that opens a further fact
    if word == _ACCORDINGLY:  # «وعليه فإن الغاية …», «وعليه قامت صحة جدة …» (not «عليه أن …»: he must)
        return i + 1 < end and (lead_verb(words[i + 1]) or words[i + 1] in SO_THAT or words[i + 1] == _SO_HAS)
    return word in _CONNECTORS or (word == _SO_HAS and not _lost(words, i, end))


def after_formula(words: tuple[str, ...], start: int) -> bool:
    """Does the statement at `start` follow the sentence-opening formula «هذا و…» («هذا ويعرض
    الكليب على …», «هذا وقد بدأت …»), which adds a further fact and points back at nothing?"""
    return start == 1 and words[0] == _THIS and words[1][:1] == "و" and (
        lead_verb(words[1][1:]) or words[1][1:] in _CONNECTORS)


def _lost(words: tuple[str, ...], i: int, end: int) -> bool:
    """«فقد الفريق نقطتين»: «فقد» before no verb is the verb «lost», not «ف» + «قد» (its «ف» is
    no clitic)."""
    return words[i] == _SO_HAS and not (i + 1 < end and lead_verb(words[i + 1]))  # («فقد واصل …»: «واصل» a verb here)


def holds_object_pronoun(form: str, text: str) -> bool:
    """Does a verb (its letter-normalized `form`, as written in `text`) hold its object's pronoun
    («يتقدمهم …», «يمكنها …», «يشغلها عشرات الآلاف …»): what it acts on was named before?"""
    if not form.endswith(_OBJECT_PRONOUN_ENDINGS):
        return False
    found = analyses(text)
    return bool(found) and found[0].pronoun is not None and grammar.is_verb(found[0].base)


def imperfect(word: str) -> bool:
    """An imperfect verb («يخترق», «تصبح», «نعمل»), not a past one («تواصلت», «تم», «تلقى»,
    «نجح»): after «قد» it says "may", not "has". A «تـ/نـ» form is read as imperfect when it is no
    commoner than its «يـ» twin (a form V/VI past, «تحول», «تولى», is far commoner than any
    imperfect reading of it); ties keep «قد», since a «قد» dropped before an imperfect states as
    done what only may happen."""
    if word[:1] not in "يتن" or word.endswith("ت") or not grammar.is_verb(word):
        return False
    if word.startswith(("تت", "تست")):
        return True  # «وقد تتركز …», «تستمر»: forms V, VI and X have no past in «تتـ/تستـ»
    twin = zipf("ي" + word[1:])
    return word[0] == "ي" or (twin >= grammar.IMPERFECT_ZIPF and zipf(word) <= twin + _IMPERFECT_MARGIN)


def modal_frame(words: Sequence[str], start: int) -> bool:
    """Does a modal frame open at `start` («ومن المقرر أن يعود …», «من المتوقع أن …»)? It opens a
    statement and stays with it: the claim alone would state as done what is only planned."""
    return start + 2 < len(words) and words[start] in _FROM and words[start + 1] in grammar.MODAL_NOUNS and (
        words[start + 2] in _THAT)


def ends(
    statement: Statement, words: tuple[str, ...], gaps: tuple[str, ...], limit: int, *, relaxed: bool = False,
    rare_end: float = HEADLINE_RARE_END, whole_attributes: bool = True,
) -> list[tuple[int, float]]:
    """(kept-word count, boundary strength) for every length ≤ `limit` where the statement may
    end: a clean cut (by the grammar layer, or at punctuation after a word that does not bind
    forward), with a verb after its last complementizer or relative («إن الزيارة» is not a
    statement; a nominal predicate may close the clause at punctuation) and, after a reporting
    verb, the claim itself. Strength 2 at punctuation or the sentence end, 1 before a clause
    opener, a circumstance («بمناسبة», «بحضور») or a frame («في حال», «في ظل»), 0 elsewhere.
    `relaxed`: clean cuts only (a last resort when no statement completes). `rare_end`: no end
    mid-clause on a word news prose follows with punctuation less often than this.
    `whole_attributes`: no end between an indefinite noun and its adjective («في إجازة | خاصة»),
    which reads cut off in a headline; a bullet may end there (judged blind on 54 train articles,
    bullets that lost their only end said less: box 2.17 → 1.96)."""
    keep = statement.keep
    found: list[tuple[int, float]] = []
    first = words[keep[0]]
    # The verb past its «و/ف» («أقالت» is no «أ» + «قالت»). What the statement still owes:
    # "claim" (a reporting verb wants its complementizer) or "verb" (a complementizer or relative
    # wants its verb), innermost last; «أضاف التلفزيون برنامج …» quotes nobody, a transitive verb.
    verb = first[1:] if first[:1] in grammar.CONJUNCTION_CLITICS else first
    transitive = verb in _ALSO_TRANSITIVE and not _quotes(statement, words, gaps)
    owed = ["claim"] if verb in QUOTING_VERBS and not transitive else []
    # «أكد الوزير أهمية …» or «أكد الوزير أن …»: the statement runs to its clause end or its claim.
    reporting = verb in REPORTING_VERBS and not transitive
    # «أكدت استشارية العيون على خطورة وأضرار الفلاش | …»: what «على» opens is what was affirmed
    # (not after a setting: «أكد فلان في ردٍّ على سؤال …»)
    said_after = _SAID_AFTER.get(verb)
    if statement.owes_verb or first in grammar.COPULAS:
        owed = ["verb"]
    if statement.owes_verb and statement.speaker < len(keep) and words[keep[statement.speaker]] in _THERE:
        owed = []  # «أن هناك عديداً من المشاريع …»: «هناك» is the claim's predicate, put first
    since = 0  # words since the last complementizer or relative
    predicate = False  # a negation or indefinite adjective since then: a nominal predicate
    named_predicate = False  # the predicate right after a definite or named subject
    count = len(keep)
    # «يسعى الملتقى الذي سيستمر نحو 25 يوما | إلى …»: a relative describing the verb's subject;
    # the main clause goes on after it, so only punctuation ends it.
    # (not after a preposition's noun: «احتفظ الين بالخسائر التي تكبدها …» describes no subject)
    subject_relative = next((p + 1 for p in range(1, min(count, MAX_RELATIVE_REACH)) if words[keep[p]] in _SUBJECT_RELATIVES),
                            count) if grammar.is_verb(first) else count
    if subject_relative < count and preposition_attached(statement.sentence.words[keep[subject_relative - 2]]):
        subject_relative = count
    between_open = False  # «بين رئيس النادي …» still owes «و» and the second party
    # «بين المقاومة … وطائرات التحالف، | والمتمردين»: after «بين», one conjunct past a comma may be the other party
    between_at = next((p for p, i in enumerate(keep) if words[i] == _BETWEEN), count)
    restricted = _restriction(words, gaps, keep)  # (its negation, its «إلا»): no end between them
    quoted = _quoted_names(gaps)
    second_clause = False  # past «، وعبرت …»: the first clause was whole, so the second ends at punctuation
    # The next kept word's tag, asked once where the cut after this word is weighed: the next
    # iteration's word's (each position's tag asked once; the tests asked it up to four times).
    next_tag = ""
    cause_cut: tuple[int, float] | None = None
    enumerating = False  # past «وهم:»: inside the list the pronoun announces
    resumptive_owed = False  # inside «التي عثر المصطافون | بها …»: the pronoun for what «التي» describes is to come
    object_at = 0  # where a reporting verb's noun object opened («أكد فلان | عدم تأثر …»), 0 before it
    for n in range(1, min(count, limit) + 1):
        last = keep[n - 1]
        word = words[last]
        word_tag = next_tag or grammar.tag(word)
        next_tag = ""
        if word_tag == "VERB" and n > 1 and _region_word(words[keep[n - 2]]):
            word_tag = "PROPN"  # «إلى مدينة سيئون»: a place kind's name, whatever verb it looks like
        elif word_tag == "VERB" and n > 1 and word.endswith("ي") and bare_name_word(words[keep[n - 2]]) and not (
                imperfect(word) or grammar.is_attested_verb(word)):
            word_tag = "PROPN"  # «الوزير سامح شكري»: a family name in «ـي» after a given name, not the verb owed
        since += 1
        if word_tag == "NOUN" and since >= 2 and owed and owed[-1] == "verb" and homograph_verb_at(words, keep, n - 1):
            word_tag = "VERB"  # («أن قائد حرس الحدود بمنطقة عسير | قدم شكره …»)
        elif word_tag == "NOUN" and since == 1 and owed and owed[-1] == "verb" and words[keep[n - 2]] in grammar.RELATIVES and (
                grammar.verb_reading_with_object(word)):
            word_tag = "VERB"  # («أن اليابانيين الذين | شملهم الاستطلاع أبدوا …»: the relative's verb, then the claim's)
        if not second_clause and n > MIN_STATEMENT_WORDS:  # (the cheap tests first: most gaps are one space)
            before_word = _between(gaps, keep[n - 2], last)
            second_clause = before_word != " " and _gap_marks(before_word) & _CUT_MARK != 0 and _next_clause(word)
        if word == _BETWEEN and (n < 2 or words[keep[n - 2]] not in _FROM):  # («من بين»: among)
            # «بين الجيش | والمسلحين»: a second party joined by «و» is still to come.
            between_open = n < count and (_one_party(words[keep[n]]) or _range_opens(words, keep, n) or (
                not _both_parties(words[keep[n]]) and any(_joins_party(statement.sentence.words[i])
                                                          for i in _unbroken(gaps, keep[n + 1 : n + 1 + MAX_PARTY_WORDS]))))
        elif word.startswith("و") or word in _RANGE_JOINS:  # (the second party, or the range's other end, comes)
            between_open = False
        elif word == _MIN and n > 1 and words[keep[n - 2]] in _EACH_OF and n < count and not grammar.is_verb(words[keep[n]]):
            between_open = True  # «تضمنت لجنة التحكيم كلاً من الفنان عبد الله الشلتي | …»: the others are owed
        if word in _CONTRASTS and n < count and grammar.tag(words[keep[n]]) in ("NOUN", "PROPN") and words[keep[n]] not in _THERE:
            owed.append("verb")  # «يجتمع المجلس لكن توقعات السوق | …»: the contrasted clause's predicate is owed
            since, predicate, named_predicate = 0, False, False
        elif word in EMBEDDERS:
            if owed and owed[-1] == "claim":
                owed[-1] = "verb"
            else:
                owed.append("verb")
            since, predicate, named_predicate = 0, False, False
        elif owed and owed[-1] == "verb" and ((since == 1 and word in _CONDITIONS) or (
                since == 2 and word in _CASE_NOUNS and words[keep[n - 2]] == _FI)):
            # «أنه في حال توصلها لأي اتفاق …، | ستعلن …»: the condition first, then the claim's own verb
            owed.append("verb")
        elif owed and owed[-1] == "verb" and since == 2 and _describes_indefinite(statement.sentence.words[keep[n - 2]], word):
            since = 0  # («أن صاروخا | أطلقه فلسطينيون … انفجر»: a description; the clause's verb is to come)
        elif (n > 1 or (statement.owes_verb and word in IMPERSONAL)) and owed and owed[-1] == "verb" and (word_tag == "VERB" or _verb_after_that(words, keep, n - 1) or (
                since >= 2 and word in COPULA_PRONOUNS)):
            # («أن السبيل للحد من تقلبات الأسعار هو اتباع …»: the pronoun opens the predicate; a
            # claim may open on its verb where that verb's subject is the masdar after it: «أنه جرى نقل …»)
            owed.pop()
        elif (word in grammar.NEGATION and not (word == _OTHER_THAN and n < count and words[keep[n]].startswith("ال"))) or (
                word_tag == "ADJ" and not word.startswith("ال")):  # («المستوصف غير التابع …»: an attribute, not «غير صحيح»)
            predicate = True
        # A second name joined by «و» closes a subject too («أن الولايات المتحدة وتركيا | متفقتان …»;
        # not «واشنطن», whose «و» is its own).
        joined_name = since >= 3 and conjoined(words[keep[n - 2]]) and grammar.tag(words[keep[n - 2]]) == "PROPN"
        if n > 1 and owed and owed[-1] == "verb" and (since == 2 or joined_name or (
                since >= 4 and words[keep[n - 3]] in grammar.PREPOSITIONS)) and nominal_predicate(words[keep[n - 2]], word):
            # «إن واشنطن حريصة …»: subject and predicate, said; after the subject's adjunct
            # («بأن التظاهرات في العراق | انتفاضة شعبية،») a bare noun is no idafa's: the predicate
            predicate = True
            named_predicate = named_predicate or since == 2 or joined_name
        if resumptive_owed and n > 1 and words[keep[n - 2]] not in _GENDERED_RELATIVES:
            resumptive_owed = not _holds_pronoun(statement.sentence.words[last])
        elif n > 1 and words[keep[n - 2]] in _GENDERED_RELATIVES and word_tag == "VERB":
            resumptive_owed = _other_subject(words[keep[n - 2]], statement.sentence.words[last])
        if resumptive_owed:
            continue
        if n < MIN_STATEMENT_WORDS or n <= statement.speaker + 1:
            continue  # (under its speaker, a claim says more than a word)
        # What follows is the next kept word: «… في أربعة أشهر [اليوم الجمعة] بعد …» ends before «بعد».
        if n < count:
            following = words[keep[n]]
            next_word: str | None = following
            next_tag = grammar.tag(following)
            between = _between(gaps, last, keep[n])
            if "(" in between:
                # «وظائف أكاديمية برتبة [(أستاذ مساعد، وأستاذ مشارك)] في كلية …»: a deleted bracket's
                # inner commas break nothing outside it.
                between = _BRACKETED_RE.sub(" ", between)
            at_punctuation = between != " " and _gap_marks(between) & _CUT_MARK != 0 and not _continues_phrase(
                following) and not (n <= MAX_SUBJECT_REACH and (
                    _bracketed_deletion(words, gaps, last, keep[n]) or _closes_deleted_name(words, gaps, last, keep[n]))
            ) and not _closes_struck_time(words, gaps, last, keep[n])
            # «إن مسلمي إقليم أراكان في دولة بورما، | يتعرضون …»: a verb right after the comma is
            # the predicate the complementizer owes, not a clause of its own.
            predicate_next = next_tag == "VERB" and following[0] not in "وف" and following not in grammar.COPULAS and (
                not COMMAS.isdisjoint(between))
            # «… 87 كبسولة كوكايين، | و89 كبسولة هيروين»: a list going on past a comma
            list_goes_on = not at_punctuation and not COMMAS.isdisjoint(between) and following[:1] == "و" and (
                conjoined(following) or following[1:2].isdigit())
        else:
            next_word, at_punctuation, predicate_next, list_goes_on = None, True, False, False
        # A nominal predicate («إن ذلك غير صحيح») may settle the last clause at punctuation, one
        # right after its named subject («واشنطن حريصة على ضمان أمن الخليج») anywhere after it.
        settled = not owed or (owed == ["verb"] and since >= 2 and predicate and not predicate_next and (
            at_punctuation or (named_predicate and since >= 3)))
        if not (settled or relaxed):
            continue
        if object_at == 0 and reporting and n > 2 and _opens_noun_object(words, keep, n - 1):
            object_at = n  # «توقع رئيس اقليم كردستان مسعود بارزاني | تحرير بقية مناطق سنجار …»
        if reporting and not relaxed and not at_punctuation and not (
                verb not in QUOTING_VERBS and object_at and n > object_at + MIN_OBJECT_WORDS - 2) and not (
                next_word is not None and _coordinated_verb(next_word)) and not any(
                words[i] in EMBEDDERS for i in keep[:n]) and not any(
                (words[keep[p]] == _ON and words[keep[p + 1]] in _URGING) or (words[keep[p]] == said_after and p < n - 3 and not any(
                    words[i] in SETTING for i in keep[1:p])) for p in range(n - 2)):
            # («أكد فلان على أهمية إقامة …»: what he urged is said, with what it is about)
            continue
        if next_word is not None and next_word in _COMPLEMENTIZERS:
            continue  # «أكد شهود عيان، أن …»: the claim is still to come
        if next_word is not None and n > 1 and next_word in grammar.PREPOSITIONS and word.startswith("ال") and (
                words[keep[n - 2]].removeprefix("و") in IMPERSONAL):
            continue  # «بعد أن تم الإعلان | عن التعاقد …»: what the impersonal verb's masdar is about is the news
        if next_word is not None and next_word in _ONLY and not at_punctuation and any(
                words[i] in grammar.NEGATION for i in keep[:n]):
            continue  # «لا تعاني من خدمة الإنترنت | فحسب بل …»: without it the negation says the opposite
        if n > 2 and (word_tag == "VERB" or (word_tag == "ADP" and grammar.is_verb(words[keep[n - 2]]))) and (
                not at_punctuation or _CUT_PUNCTUATION.isdisjoint(gaps[last + 1] if last + 1 < len(gaps) else ".")) and not (
                words[keep[n - 2]] == _EXCEPT and grammar.past_verb_with_object(statement.sentence.words[last])) and not (
                _quoted_name_ends(word, gaps, keep[0], last, quoted)):
            # verb-first prose: a verb at the cut is still owed its subject or object; one whose
            # adjunct was deleted before the comma («في حريق اندلع [مساء اليوم الجمعة]،», «التي
            # سيطرت عليها [أمس]،») reads cut off. Not a restriction's («ما انتشرت في مجتمع إلا
            # أفسدته»): its object is its pronoun, its subject the restricted clause's. Nor a quoted
            # name's last word («برنامج "ابتسامة يتيم"»: no verb «يُتيم»).
            continue
        if next_word is not None and _elative_form(word) and word_tag == "ADJ" and not next_word.startswith("ال") and (
                next_tag in ("NOUN", "ADJ") and not preposition_attached(statement.sentence.words[keep[n]])):
            continue  # «في أثقل | مهمة تجارية», «أفضل | مسلسل»: the superlative owes its noun
        if next_word is not None and not at_punctuation and _elative_form(next_word) and next_tag == "ADJ" and (
                next_word != _FIRST and word_tag == "NOUN") and not (
                word.startswith(("ال", "وال")) or n + 1 >= count or words[keep[n + 1]].startswith("ال")):
            continue  # «مسابقة التجديف وصيد | أكبر سمكة»: the superlative phrase is the noun's genitive
        if next_word is not None and word in _LATE and not at_punctuation and next_tag in ("PROPN", "NOUN", "ADJ") and (
                not preposition_attached(statement.sentence.words[keep[n]])):
            continue  # «للأديب السوداني الراحل | الطيب صالح»: the late one's name follows
        if next_word is not None and not at_punctuation and n > 1 and word_tag == "ADJ" and word.startswith("ال") and (
                next_tag in ("PROPN", "NOUN") and not next_word.startswith(("ال", "و"))
                and not grammar.binds_forward(next_word) and not preposition_attached(statement.sentence.words[keep[n]])):
            role = words[keep[n - 2]]
            if (word.endswith("ي") and (grammar.is_title(role) or role in _ROLES or role in _WITH_WHOM)) or (
                    grammar.is_title(role) and bare_name_word(next_word)):
                # «بالتعاقد مع المهاجم البرازيلي | جوسيمار سوزا», «مع الألماني | ماريو جوميز», «مع
                # الشاعر المخضرم | إبراهيم خفاجي»: the name follows
                continue
        if next_word is not None and not at_punctuation and word_tag == "ADJ" and word.startswith("ال") and word.endswith("ي") and (
                not next_word.startswith(("ال", "و")) and not grammar.binds_forward(next_word)
                and _nationality_after_comma(words, gaps, keep, n)):
            continue  # «…، الكوري الجنوبي | تشونج مونج جون»: a nationality in apposition, its name next
        if next_word is not None and (word in _SPLIT_MONTHS or (
                word in _DAY_ORDINALS and next_word == _MIN and n + 1 < count and words[keep[n + 1]] in _MONTHS)):
            continue  # «شملت أشهر ربيع | الأول», «يبدأ السابع | من أغسطس»: the date goes on
        if next_word is not None and not at_punctuation and word_tag == "ADJ" and not word.startswith("ال") and (
                next_word.startswith("ال") and next_tag == "NOUN" and next_word not in DATE_WORDS
                and next_word not in _TIME_UNITS):
            continue  # «معركة طويلة | الأمد», «متعدد | الجنسيات»: an adjective's own genitive
        if (word in COPULA_PRONOUNS or _joined_pronoun(word)) and (n < 2 or words[keep[n - 2]] != _AS):
            # «وضمت القائمة 34 لاعبًا وهم:»: what they are is still to come («كما هو» is whole),
            # and a list after the colon is said whole or not at all («وهم: ريان الحربي، …»)
            enumerating = enumerating or (n < count and ":" in _between(gaps, last, keep[n]))
            continue
        if enumerating and n < count:
            continue
        if restricted[0] < n <= restricted[1]:
            # «ما انتشرت في مجتمع | إلا أفسدته», «لن يختلف الجوال الجديد في تصميمه | عن الجيل
            # السابق إلا في أمر واحد»: cut before its «إلا», the restriction is a denial
            continue
        if next_word == _WITHOUT and n + 1 < count and words[keep[n + 1]] == _PILOT:
            continue  # «طائرات | دون طيار»: a drone
        if next_word in _FRACTIONS and n + 1 < count and words[keep[n + 1]] == _FINAL:
            continue  # «إلى الدور | نصف النهائي»: the round is named by what follows
        if next_word is not None and last in quoted:
            continue  # «هيمن مسلسل «جيم | أوف ثرونز»»: a quoted title or name is said whole
        if next_word is not None and word == _DAY and next_word in _WEEKDAYS:
            continue  # «من يوم | الأحد»
        if next_word is not None and n > 1 and words[keep[n - 2]].removeprefix("س") in grammar.COPULAS and (
                (word.startswith("ال") and word_tag == "NOUN") or word_tag == "PROPN"):
            continue  # «حيث ستكون المباراة | …»: a copula and its subject, the predicate owed («كانت سريعة» has it)
        if next_word is not None and not at_punctuation and (next_word in _SONS or next_word == _FAMILY) and (
                grammar.tag(word) in ("PROPN", "NOUN", "ADJ")):
            continue  # «الرقيب ماجد بن فهد | بن فهيد السبيعي»: the name goes on
        if next_word is not None and word in COPULA_PRONOUNS:
            continue  # «… الأكثر رواجا في العالم هي | …»: the predicate is still to come
        if next_word is not None and (word in _OWING_PARTICIPLES or word in _COMING):
            continue  # «البطولة العربية المقامة | في …»: where or what is still owed
        if next_word is not None and not at_punctuation and n > 1 and keep[n - 2] == last - 1 and (
                _gap_marks(gaps[last]) & _COMMA_MARK) and _lone_word_goes_on(word, next_word, n > between_at + 1):
            continue  # «…، الأمر | الذي», «…، والظهور | في …»
        if next_word == _MIN and not at_punctuation and (_partitive_head(words, keep, n) or _what_explained(words, keep, n)):
            continue  # «جمعت معلومات حول مجموعة واسعة | من …»: of what is owed
        if next_word is not None and not at_punctuation and has_digit(word) and not _dated(word) and (
                next_word in _UNITS or next_word in _MONTHS or accusative(statement.sentence.words[keep[n]])
                or (next_word == _FI and n + 1 < count and words[keep[n + 1]] in _PERCENT)
                or (statement.sentence.words[keep[n]].endswith("ة") and not next_word.startswith("ال")) or (
                    not next_word.startswith("ال") and next_tag in ("NOUN", "NUM", "PROPN")
                    and not grammar.binds_forward(next_word) and not preposition_attached(next_word))):
            continue  # «13.63 | تريليون يوان», «33 | كلية», «36.2 | في المائة»: a number before what it counts
        if next_word is not None and (word in _OWES_TITLE or (not at_punctuation and word in PURPOSE_ACCUSATIVES) or (
                n > 1 and words[keep[n - 2]] in _SUCCEEDING)):
            continue  # «بعنوان | …», «تضامناً | مع …», «تمهيدا | لتطبيق …»: a title or complement is owed
        if whole_attributes and next_word is not None and not at_punctuation and grammar.attribute_follows(word, next_word):
            continue  # «في إجازة | خاصة», «من جنسية | عربية»: the noun's attribute follows
        if next_word is not None and (word in OFFICES or _region_word(word) or (word == _HOUR and next_word.startswith("ال"))):
            continue  # «قائد | ألمانيا», «بمنطقة | تبوك», «عند الساعة | السادسة»: still owed
        if next_word is not None and not at_punctuation and n > 1 and words[keep[n - 2]] in OFFICES and (
                keep[n - 2] == last - 1 and not word.startswith(("ال", "و")) and next_tag in ("NOUN", "PROPN")):
            continue  # «مع وزير خارجية | جمهورية مصر»: an office's bare second word owes its genitive
        if next_word is not None and not at_punctuation and grammar.form_rarely_ends(word, rare_end) and not (
                _coordinated_verb(next_word) or next_word in _DURATIONS):
            continue  # «بداية | من 2004», «الحارس | بيتر شيك»: news prose never stops there (but «عقداً احترافياً | لمدة …»)
        if not at_punctuation and (n > subject_relative or between_open):
            continue  # inside the subject's relative clause, or «بين» with one party said
        previous = words[keep[n - 2]] if n > 1 else ""
        if next_word is not None and previous in _SONS and next_word.startswith("ال") and next_word.endswith("ي"):
            continue  # «الرقيب ماجد بن فهد | السبيعي»: the family name closes the name
        if next_word is not None and not at_punctuation and previous == SERVANT and not next_word.startswith(("ال", "و")) and (
                bare_name_word(next_word) or (next_word.endswith("ي") and next_tag in ("NOUN", "ADJ"))):
            continue  # «المدرب الجزائري عبد القادر | عمراني»: a name written apart, its family name next
        if (word in ANNOUNCES_LIST and previous not in _TIME_UNITS) or (word in _AFTER_FI and previous == _FI):
            continue  # «انتهى المجلس إلى ما يلي», «… في حال | …»
        # A clean cut (the grammar layer's pair table), or punctuation after a word that does not
        # bind forward: the pair is looked up only when the punctuation does not settle it. Before
        # the occasion («… رئيس بوركينا فاسو | بمناسبة …») a phrase ends whatever the pair's counts
        # say: the occasion opens a phrase of its own, after the verb's object. So do a duration
        # («… سولي مونتاري | لمدة موسمين»), a reporting participle («… مسجد طوارئ قوة عسير |
        # موضحا أنه …»), which no name takes as its adjective,
        # a participle whose phrase says where or what («… بأحد المباني السكنية | الواقعة بحي …»),
        # and a relative joined by «و» («… من الأسر اليمنية والسورية | والتي يتم تقديمها …»), a
        # verb joined by «و» after one that holds its object («… إلا أفسدته | وجعلت منه …») and «وقال»,
        # «وأضاف» («… عن جاهزيته لتمثيل الفريق | وقال: …», even after a word that may be a title):
        # the speaker goes on in a clause of its own; so does «وذلك» («… على أحسن حال | وذلك من خلال …»).
        # «أدى الأمير … صلاة الميت | على الشيخ …»: for whom is owed, unless it cannot be reached
        before_cause = next_word == _ON and word in _PRAYED_FOR and n > 1 and words[keep[n - 2]] == _PRAYER_WORD
        if not (at_punctuation and not grammar.binds_forward(word)) and not _quoted_name_ends(word, gaps, keep[0], last, quoted) and not grammar.can_cut(
                word, next_word) and not (
                (next_word in _OCCASIONS or next_word in _DURATIONS or next_word in _COMING or next_word in REPORTING_PARTICIPLES
                 or next_word in _OWING_PARTICIPLES or (
                    next_word in grammar.RELATIVES and next_word.startswith("و")) or (
                    next_word is not None and _coordinated_verb(next_word)
                    and grammar.past_verb_with_object(statement.sentence.words[last])))
                and not grammar.binds_forward(word) and not grammar.is_title(word)) and not (
                next_word is not None and (next_word in _WHOLE_BEFORE or (next_word[:1] == "و" and next_word[1:] in QUOTING_VERBS))
                and not grammar.binds_forward(word)):
            # «… بعدم السفر إلى كينيا | بسبب مخاطر …», «… قفزة ملحوظة | مدفوعة بتنامي …»: before a
            # cause, an aim, a circumstantial participle's phrase or the rest of a list past a
            # comma, a last resort when the clause runs past the limit (within it, that phrase is
            # part of the news).
            if not ((next_word in _CAUSES or _participle_phrase(statement.sentence, keep, n) or list_goes_on)
                    and not grammar.binds_forward(word) and not grammar.is_title(word)):
                continue
            before_cause = True
        if at_punctuation:
            strength = 2.0
        elif second_clause:
            continue  # («…، وسيلتقي سموه | خلال الزيارة جلالته»)
        elif next_word is not None and (next_word in CLAUSE_OPENERS or next_word in CIRCUMSTANCES or next_word in _WHEN or (
                next_word in _COMING) or (
                next_word == _FI and n + 1 < count and words[keep[n + 1]] in _AFTER_FI) or _coordinated_verb(next_word)
                or _joined_pronoun(next_word)):
            strength = 1.0
        else:
            strength = 0.0
        if before_cause:
            cause_cut = (n, strength)
        else:
            found.append((n, strength))
    if cause_cut is not None and (not found or found[-1][0] < cause_cut[0]):
        found.append(cause_cut)  # (no end after the cause within the limit)
    return found


def _restriction(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...]) -> tuple[int, int]:
    """Where a restriction («ما انتشرت في مجتمع إلا أفسدته», «لن يختلف … إلا في أمر واحد») has
    its negation and its «إلا» among the kept words, as (negation, «إلا») positions; (count,
    count) if none. The negation is the nearest before the «إلا» in its own clause (no punctuation
    or «و» + verb between; «لا يمت للإسلام بصلة | ولا يخدم إلا …»: the second clause's «ولا»);
    «ما» is one only before a verb and not after a preposition («على ما سبق» is «what»); «إلا
    أن» is «however», no restriction."""
    count = len(keep)
    for e in range(1, count):
        if words[keep[e]] != _EXCEPT or (e + 1 < count and words[keep[e + 1]].startswith("ان") and len(
                words[keep[e + 1]]) <= len("انهما")):  # («إلا أن», «إلا أنهما»: however)
            continue
        for p in range(e - 1, -1, -1):
            word = words[keep[p]]
            if (word in _RESTRICTED or word in _JOINED_NEGATIONS) and (word != _WHAT or (
                    grammar.is_verb(words[keep[p + 1]]) and (p == 0 or words[keep[p - 1]] not in grammar.PREPOSITIONS))):
                return p, e
            if not _CUT_PUNCTUATION.isdisjoint(gaps[keep[p]]) or _coordinated_verb(word):
                break
        return count, count
    return count, count


def _nationality_after_comma(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...], n: int) -> bool:
    """Do the kept words up to `n` end on a run of definite nisbas opened by a comma («…، الكوري
    الجنوبي»): a nationality in apposition, whose name comes next?"""
    k = n - 1
    while k > 0 and words[keep[k - 1]].startswith("ال") and words[keep[k - 1]].endswith("ي") and keep[k - 1] == keep[k] - 1:
        k -= 1
    return k > 0 and not COMMAS.isdisjoint(gaps[keep[k]])


def _lone_word_goes_on(word: str, next_word: str, past_between: bool) -> bool:
    """Is one word right after a comma, with `next_word` after it, a phrase cut at its start?
    («…، الأمر | الذي», «…، قيمتها | 20 مليون»: one word of a new phrase says nothing; nor one
    conjunct whose phrase goes on: «…، والظهور | في …», «…، وآخر | …»). Not before a clause
    opener («أعلن المدير التنفيذي، هيساو تاناكا، استقالته | بعدما …»: the object past an
    apposition; a definite word or a relative next goes on: «…، والظروف | التي»), nor a list item
    before the next («…، وقطر | والإمارات») or the other party of an earlier «بين»."""
    if (next_word in CLAUSE_OPENERS or next_word in CIRCUMSTANCES) and next_word not in grammar.RELATIVES and (
            not word.startswith("ال")):
        return False
    return not word.startswith(("و", "أو")) or not (past_between or next_word.startswith("و"))


def asks(statement: Statement, length: int) -> bool:
    """The first `length` words are a question (a «؟» inside them or right after them, or «ما
    هي/هو …» at the start): no key fact, no headline."""
    gaps, keep = statement.sentence.gaps, statement.keep
    last = keep[length - 1]
    after = gaps[last + 1] if last + 1 < len(gaps) else statement.sentence.span.text[-2:]
    words = words_of(statement.sentence)
    for i in keep[1:length]:  # (a loop, not any(…): no generator object; most gaps are one space)
        gap = gaps[i]
        if gap != " " and _gap_marks(gap) & _QUESTION_MARK:
            return True
    return _gap_marks(after) & _QUESTION_MARK != 0 or (length > 1 and words[keep[0]] == _WHAT and words[keep[1]] in _HE_SHE)


def _elative_form(word: str) -> bool:
    """The shape of «أثقل», «أفضل», «أهم», «أول» (أفعل, not «أخرى»): with the tag ADJ (asked by
    the caller, only of these), an indefinite elative, which heads an idafa with the noun it
    ranks («أكبر عدد»)."""
    return word.startswith("ا") and 3 <= len(word) <= 4 and word != _OTHER


# `_inside_short_quotes` of the sentence `ends` was last asked about, as (its gaps, the answer):
# the statements of one sentence are cut one after another, its quotations found once.
_LAST_QUOTED: Final[list[tuple[tuple[str, ...], frozenset[int]]]] = [((), frozenset())]


def _quoted_name_ends(word: str, gaps: tuple[str, ...], first: int, last: int, quoted: frozenset[int]) -> bool:
    """Does word `last` close a short quotation of several words past the statement's verb and
    subject (a programme's or a model's name: «رعى البنك السعودي الفرنسي برنامج "ابتسامة يتيم" |
    الذي …», «هاتف "إم إكس 5" | لتنهي …»), or a quoted number («"7"»)? The name ends there,
    whatever its last word would bind to bare (a number to its unit, «يتيم» read as a verb to its
    object). Not right after the verb and one word («أعلنت شركة "إف. سي. إيه"»): the subject,
    the news still owed. `first`: the statement's first word; `quoted`: `_quoted_names`."""
    after = gaps[last + 1] if last + 1 < len(gaps) else ""
    if after[:1] not in CLOSING_QUOTES:
        return False
    if has_digit(word) and (gaps[last].rstrip()[-1:] in OPENING_QUOTES or last - 1 in quoted):
        return True  # (a model's number: wherever the quotation stands)
    opening = last
    while opening - 1 in quoted:
        opening -= 1
    return opening < last and opening - first >= MIN_STATEMENT_WORDS


def _quoted_names(gaps: tuple[str, ...]) -> frozenset[int]:
    """`_inside_short_quotes(gaps)`, worked out once per sentence in a row of asks."""
    last = _LAST_QUOTED[0]
    if last[0] is gaps:
        return last[1]
    found = _inside_short_quotes(gaps)
    _LAST_QUOTED[0] = (gaps, found)
    return found


def _inside_short_quotes(gaps: tuple[str, ...]) -> frozenset[int]:
    """The words a short quotation (≤ MAX_QUOTED_NAME_WORDS) goes on after: a film's, a
    campaign's or a team's name in «…» or "…" is said whole (longer quotations are statements)."""
    joined = "".join(gaps)  # (most sentences quote nothing)
    if not any(mark in joined for mark in _QUOTE_MARKS):
        return frozenset()
    inside: set[int] = set()
    opened: int | None = None
    for i, gap in enumerate(gaps):
        if gap == " ":
            continue
        if opened is not None and any(mark in gap for mark in CLOSING_QUOTES):
            if i - opened <= MAX_QUOTED_NAME_WORDS:
                inside.update(range(opened, i - 1))
            opened = None
        elif any(mark in gap for mark in OPENING_QUOTES):
            opened = i
    return frozenset(inside)


def inside_quotation(gaps: tuple[str, ...], start: int) -> bool:
    """Does word `start` stand inside a quotation (opened at or before it, closed after it, or
    not in the sentence), longer than a quoted name: the words of someone the line would not
    name («قال نابوت: "أعتقد أن بلاتيني …، | وسيقدم الكثير …"»)?"""
    if not any(mark in "".join(gaps[: start + 1]) for mark in _QUOTE_MARKS):
        return False  # (most sentences quote nothing before the start)
    opened: int | None = None
    for i in range(start + 1):
        gap = gaps[i]
        if opened is not None and i > opened and any(mark in gap for mark in CLOSING_QUOTES):
            opened = None
        elif any(mark in gap for mark in OPENING_QUOTES):
            opened = i
    if opened is None:
        return False
    closing = next((i for i in range(start + 1, len(gaps)) if any(mark in gaps[i] for mark in CLOSING_QUOTES)), len(gaps))
    return closing - opened > MAX_QUOTED_NAME_WORDS


def _verb_after_that(words: tuple[str, ...], keep: tuple[int, ...], n: int) -> bool:
    """«بعد أن فجر نفسه»: after a preposition and «أن» comes a verb, though the tagger reads a
    bare homograph as the noun («فجر» dawn, «قدم» foot)."""
    word = words[keep[n]]
    return (n >= 2 and words[keep[n - 1]] in _THAT and words[keep[n - 2]] in _VERB_AFTER_THAT
            and not word.startswith("ال") and word.isalpha())


def _describes_indefinite(noun: str, verb: str) -> bool:
    """«أن صاروخا | أطلقه فلسطينيون … انفجر», «أن توجيهات | أصدرها زعيم الانقلابيين … تقضي»: a
    verb holding a pronoun of the indefinite noun before it describes that noun; the clause's own
    verb is still to come."""
    indefinite = accusative(noun) or (not noun.startswith(("ال", "وال")) and not noun.endswith(grammar.OBJECT_PRONOUNS)
                                      and grammar.tag(noun) == "NOUN")  # (not «أن فريقه | سيواجه …»)
    return indefinite and grammar.past_verb_with_object(verb)


def predicateless(statement: Statement, length: int) -> bool:
    """A statement opening on a noun that says nothing of it: its only verbs describe it («حادث
    التفجير الإرهابي الذي وقع في مسجد …», «معرض جماعي نظمته جمعية …») or it has none («زيارة سمو
    الأمير محمد بن سلمان وهو أحد …»); no negation, modal, pronoun or bare predicate after the
    subject either («الشعب اليمني لن ينسى», «المملكة أكبر …»). A «what …» subject is one too, a
    claim's as well («المستثمر: ما تشهده مدينة جدة الآن من حركة نشطة»)."""
    words = words_of(statement.sentence)
    kept = statement.keep[:length]
    first = words[kept[0]]
    first = first[1:] if first[:1] in grammar.CONJUNCTION_CLITICS and len(first) > 3 else first  # («وتراجع», «فقدم»)
    written = strip_diacritics(statement.sentence.words[kept[0]])  # («تخطى»: «يتخطى» is common, «يتخطي» is not)
    written = written[len(written) - len(first):]
    tagged = grammar.tag(first)  # (a quantifier too: «أحد المساجد التي بنتها الهيئة», a caption)
    # («ما حدث في مسجد …»; not «ما زال …»)
    what = first == _WHAT and len(kept) > 1 and grammar.is_verb(words[kept[1]]) and words[kept[1]] not in _STILL_VERBS
    if not what and (statement.owes_verb or lead_verb(first) or tagged not in ("NOUN", "PROPN", "DET") or (
            tagged != "DET" and _past_verb_read_as_noun(written))):
        return False
    relative = what  # a relative pronoun came: the next verb is the relative clause's
    for n in range(1, len(kept)):
        word, previous = words[kept[n]], words[kept[n - 1]]
        if what and ((n > 2 and word in EMBEDDERS) or (n == 2 and not previous.endswith(grammar.OBJECT_PRONOUNS)
                                                       and _bare_predicate(word))):
            return False  # «ما تثبته الدراسات … أن …», «ما حدث | اعتداء آثم» (not «ما يقدمه | معهد …»)
        if word in grammar.RELATIVES or word in EMBEDDERS:
            relative = True  # («فيلق القدس، بعد أن دفعت …»: a subordinate clause's verb is not the subject's)
        elif word in grammar.NEGATION or word in grammar.MODALITY or word in grammar.PRONOUNS or (
                (n <= 2 or grammar.tag(word) == "ADJ") and nominal_predicate(previous, word)):
            return False  # («روسيا -التي تملك حق النقض في مجلس الامن- | حليفة لسوريا»)
        elif grammar.is_verb(word) or grammar.is_known_verb(word):
            if not relative and not (word.endswith("ه") and grammar.is_verb(word[:-1]) and not previous.startswith("ال")
                                     and grammar.tag(previous) in ("NOUN", "ADJ")):
                return False  # («معرض جماعي | نظمته …»: a verb holding the bare noun's pronoun describes it)
            relative = False
    return True


def _past_verb_read_as_noun(word: str) -> bool:
    """Could the word be a past verb the tagger reads as a noun: is one of its imperfects a common
    word («رحل» → «يرحل», «تعاقد» → «يتعاقد», «انحسر» → «ينحسر», «غاب» → «يغيب», «أراح» → «يريح»,
    «استطاع» → «يستطيع», «عوقب» → «يعاقب», «نتطلع» → «يتطلع»)?"""
    imperfects = ["ي" + word]
    if word[:1] in "اأإتن":
        imperfects.append("ي" + word[1:])  # («نتطلع»: a quotation's first person too)
    if len(word) > 4 and word[0] in "اأ" and word[-2] == "ا":
        imperfects.append("ي" + word[1:-2] + "ي" + word[-1])  # «استطاع» → «يستطيع»
    if len(word) == 3 and word[1] == "ا":
        imperfects.append("ي" + word[0] + "ي" + word[2])
    if len(word) == 4 and word[0] in "اأ" and word[2] == "ا":
        imperfects.append("ي" + word[1] + "ي" + word[3])
    if len(word) == 4 and word[1] == "و":
        imperfects.append("ي" + word[0] + "ا" + word[2:])
    return any(zipf(form) >= grammar.IMPERFECT_ZIPF for form in imperfects)


def _one_party(word: str) -> bool:
    """After «بين», a name, a country or an office is one party of two («بين السعودية | وقطر»,
    «بين رئيس النادي … | واللاعب»); a plural or a dual is both («بين المناطق», «بين الطرفين»)."""
    return grammar.tag(word) == "PROPN" or word in OFFICES or grammar.is_title(word)


def _joins_party(text: str) -> bool:
    """«والمسلحين», «وإيران»: «و» and a noun, read first with the «و» as a clitic (not «ولايتي»,
    «وزير»), nor a verb opening the next clause («وقال»)."""
    readings = analyses(text)
    return bool(readings) and readings[0].prefixes[:1] == ("و",) and not _coordinated_verb(normalize_word(text))


def _what_explained(words: tuple[str, ...], keep: tuple[int, ...], n: int) -> bool:
    """Does a «من» after the first `n` kept words say what a «ما» clause just before it means
    («لتوثيق ما يمتاز به الوادي | من مناظر طبيعية», «على ما تم تنفيذه | من مشاريع»): «ما» and its
    verb within the last MAX_WHAT_WORDS words, no figure since (a share's «من» is the whole's)?"""
    start = max(1, n - MAX_WHAT_WORDS)
    return any(words[keep[p]] == _WHAT and grammar.is_verb(words[keep[p + 1]]) and not any(
        has_digit(words[keep[q]]) for q in range(p, n)) for p in range(start, n - 1))  # («ما يعادل 61% | من …»)


def _partitive_head(words: tuple[str, ...], keep: tuple[int, ...], n: int) -> bool:
    """Does the phrase ending at kept word `n` − 1 open on a noun of quantity («مجموعة واسعة»,
    «عدد كبير», «المزيد»), past its indefinite adjectives?"""
    head = n - 1
    while head > 0 and grammar.tag(words[keep[head]]) == "ADJ" and not words[keep[head]].startswith("ال"):
        head -= 1
    return words[keep[head]] in _PARTITIVES


def _range_opens(words: tuple[str, ...], keep: tuple[int, ...], n: int) -> bool:
    """After «بين», a number whose range goes on («بين 10 | و20 سنة», «بين 5 | إلى 10»)."""
    if not words[keep[n]][:1].isdigit() or n + 1 >= len(keep):
        return False
    following = words[keep[n + 1]]
    return following in _RANGE_JOINS or (following.startswith("و") and following[1:2].isdigit())


def _both_parties(word: str) -> bool:
    """After «بين», a dual, a sound plural, a number or a determiner names both parties at once
    («بين البلدين», «بين اللاعبين», «بين 64 متسابقة», «بين جميع أعضاء الاتحاد»)."""
    return word.endswith(("ين", "ان", "ات")) or word[:1].isdigit() or word in grammar.DETERMINERS


def _unbroken(gaps: tuple[str, ...], indexes: tuple[int, ...]) -> tuple[int, ...]:
    """The leading indexes up to the first one after punctuation («بين كافة منسوبي الإدارة، |
    ولاختصار …»: what follows the comma joins nothing)."""
    cut = next((n for n, i in enumerate(indexes) if not _CUT_PUNCTUATION.isdisjoint(gaps[i])), len(indexes))
    return indexes[:cut]


def _coordinated_verb(word: str) -> bool:
    """«وجاءت», «وأكد»: «و» and a verb open the next clause, so the one before is over."""
    return word.startswith("و") and (grammar.is_verb(word) or grammar.is_known_verb(word) or grammar.is_verb(word[1:]))


def _next_clause(word: str) -> bool:
    """After a comma, the word opens a clause of its own: «و» or «ف» and a verb («وعبرت», «فمرت»;
    not «فاقت», «فينغر», a verb or name of its own), «ف» and any word commoner than the whole
    («فكل واحد …», «فالأولوية …», «فإن …»: what follows is a consequence) or «و» and a subject
    pronoun («وهي أكبر منتج …»). A line may end only where that clause ends."""
    if _coordinated_verb(word) or (word.startswith("و") and word[1:] in grammar.PRONOUNS):
        return True
    if not word.startswith("ف") or grammar.tag(word) in ("VERB", "PROPN"):
        return False
    return grammar.is_verb(word[1:]) or (len(word) > 2 and zipf(word[1:]) > zipf(word))


def _circumstantial(word: str) -> bool:
    """An indefinite accusative participle of the derived verb forms («مستغربا», «متفوقا»,
    «مستفيدا»): after a comma it describes the subject's state, a phrase of its own."""
    return len(word) >= 6 and word.startswith(("مست", "مت")) and word.endswith("ا") and grammar.tag(word) in ("NOUN", "ADJ")


def _participle_phrase(sentence: Sentence, keep: tuple[int, ...], n: int) -> bool:
    """Does the kept word `n` open a circumstantial participle's phrase («… قفزة ملحوظة | مدفوعة
    بتنامي …», «… | مدعوما بارتفاع …», «… | مستفيدة من …»): an indefinite participle right
    before its preposition, in the accusative «ـا», of the derived forms «مت/مست», or a passive
    «مفعولة» before «بـ», and no copula's predicate? The clause before it is whole."""
    if n + 1 >= len(keep) or any(sentence.forms[i] in grammar.COPULAS for i in keep[max(0, n - 4) : n]):
        return False  # («حتى يكون تاريخنا الوطني | مدونا …»: the copula's predicate)
    word = sentence.forms[keep[n]]
    if len(word) < 5 or word[0] != "م" or grammar.tag(word) not in ("NOUN", "ADJ"):
        return False
    text, after = strip_diacritics(sentence.words[keep[n]]), sentence.words[keep[n + 1]]
    if text.endswith("ا") or (text.endswith("ة") and word.startswith(("مت", "مست"))):
        return sentence.forms[keep[n + 1]] in grammar.PREPOSITIONS or preposition_attached(after)
    return text.endswith("ة") and len(word) == 6 and word[3] == "و" and after[:1] == "ب" and preposition_attached(after)


def conjoined(word: str) -> bool:
    """Does the word open on the conjunction «و» («وعقل», «وعدد»), not on a root «و» («واحداً»,
    «واصفاً»)? The rest is then a word at least as common as the whole."""
    return len(word) > 3 and word[0] == "و" and zipf(word[1:]) >= zipf(word)


def _continues_phrase(word: str) -> bool:
    """After a comma, a bare noun or adjective continues the phrase (the comma closed an
    apposition, «اعتمد الوزير فلان، آلية …»): not a clause boundary."""
    if has_digit(word):
        return True
    if conjoined(word) and not word.startswith("وال") and (grammar.tag(word) in ("NOUN", "ADJ") or (
            grammar.is_personal_name(word[1:]) or grammar.is_place_name(word[1:]))):
        return True  # «لكل طيف، وعقل، ولسان», «، وفهد الشمري»: a list goes on («، واصفاً …»: «و» of the root, a participle)
    if preposition_attached(word):
        return False  # «، بحلول مطلع ديسمبر»: an adjunct, the clause before it is done
    if word in PURPOSE_ACCUSATIVES or _circumstantial(word):
        return False  # «، تضامنا مع …», «، مستغربا من …»: an adverbial accusative, the clause before it is done
    return (
        word not in CLAUSE_OPENERS and word not in _CONNECTORS and not grammar.binds_forward(word)
        and grammar.can_open(word) and grammar.tag(word) in ("NOUN", "ADJ", "NUM")
    )


def render(statement: Statement, source: str, length: int) -> Passage:
    """The first `length` kept words as written (inner punctuation of unbroken stretches kept but
    a lone comma after a subject, `_stray_comma`; a «%» after a number and the closing quote
    after the last word kept, unbalanced quotes and brackets dropped), a claim's opening
    accusative in the nominative (`nominative_rewrites`)."""
    starts, words = statement.sentence.starts, statement.sentence.words
    keep = statement.keep[:length]
    runs: list[list[int]] = []
    for i in keep:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    if statement.speaker:  # «ياسين: …»: the speaker is a run of its own, closed by a colon
        speaker_end = statement.keep[statement.speaker - 1]
        runs = [piece for run in runs for piece in ([run] if speaker_end not in run[:-1] else
                [run[: run.index(speaker_end) + 1], run[run.index(speaker_end) + 1 :]])]
    pieces = []
    rewrites = nominative_rewrites(statement)
    gaps = statement.sentence.gaps
    comma = _stray_comma(statement.sentence, keep)
    for n, run in enumerate(runs):
        begin = starts[run[0]] + (1 if n == 0 and statement.drop_conjunction else 0)
        finish = starts[run[-1]] + len(words[run[-1]])
        after = source[finish : finish + 2]
        if after[:1] in "%٪" or (after[:1] in CLOSING_QUOTES and run is runs[-1]):
            finish += 1  # («… هاتف "إم إكس 5"»: the closing quote of a name at the line's end)
        elif after.startswith(" ") and after[1:2] in "%٪":
            finish += 2
        piece = source[begin:finish]
        if comma in run[1:]:
            at = starts[comma] - begin
            piece = piece[: at - len(gaps[comma])] + " " + piece[at:]
        for i in reversed(run):
            if i in rewrites:
                at = starts[i] - begin
                piece = piece[:at] + rewrites[i] + piece[at + len(words[i]):]
        pieces.append(piece + ":" if statement.speaker and run[-1] == statement.keep[statement.speaker - 1] and not (
            _speaker_is_subject(statement)) else piece)
    # A semicolon inside one statement is the source's slip («حضر مدير الأمن العام الفريق عثمان
    # المحرج؛ حفل زواج …»): a line states one thing, so it goes.
    text = _balanced(_INNER_SEMICOLON_RE.sub(" ", " ".join(pieces).strip(" ،,:؛-–—")))
    # «وضواحيها ،ومتنزهات»: the source's comma set before the space, printed where it belongs
    text = _DETACHED_COMMA_RE.sub(r"\1 ", text)
    start = starts[keep[0]]
    return Passage(text, start, max(starts[keep[-1]] + len(words[keep[-1]]), start + 1))


# Particles that open a clause after a comma («، قد حث …», «، بل في …», «، سواء على …»).
_CLAUSE_PARTICLES: Final = word_set("قد لقد بل سواء إما أما")


def _stray_comma(sentence: Sentence, keep: tuple[int, ...]) -> int:
    """Where a line's one comma only sets a long subject or an apposition off from what follows
    («كشف مدير عام الشؤون الصحية … صالح المؤنس، عن خطط طوارئ»): titles and bullets print no
    comma there. Not before a clause («، حصلت …», «، مؤكدا …», «، وأضاف …»), nor where several
    commas make a list; -1 where none goes."""
    gaps, words = sentence.gaps, sentence.forms
    marked = [i for i in keep[1:] if not COMMAS.isdisjoint(gaps[i])]
    if len(marked) != 1:
        return -1
    i = marked[0]
    previous = words[i - 1]
    if set(gaps[i]) - COMMAS - {" "} or _opens_after_comma(words[i]) or grammar.binds_forward(previous) or has_digit(previous):
        return -1
    return i


def _opens_after_comma(word: str) -> bool:
    """Does the word after a comma open a clause or go on a list («وله …», «فإن …», «حيث …»,
    «مؤكدا …», a verb, a particle, a negation, a figure)?"""
    joined = (word[:1] == "و" and (len(word) <= 3 or conjoined(word))) or (word[:1] == "ف" and zipf(word[1:]) >= zipf(word))
    return joined or word in CLAUSE_OPENERS or word in REPORTING_PARTICIPLES or word in CIRCUMSTANCES or word in SO_THAT or (
        _circumstantial(word) or grammar.is_verb(word) or grammar.is_known_verb(word) or has_digit(word)
        or word in _CLAUSE_PARTICLES or word in grammar.NEGATION or word in grammar.MODALITY or word.startswith("لكن"))


def _speaker_is_subject(statement: Statement) -> bool:
    """A claim opening on a verb whose subject was the complementizer's pronoun («قال مجلس النواب
    الليبي إنه | يرفض …»): under its speaker it reads «مجلس النواب الليبي يرفض …», no colon. Not
    an impersonal or modal verb, nor «وقع», whose pronoun is the matter's («إنه تم …», «أنه وقع حريق»).
    A negated verb counts too («أنها | لا تخشى …» → «ثيرون لا تخشى …»), and a future one the
    tagger does not know with its «س» («إنه | سيفاجئ الجميع»)."""
    at = statement.speaker
    first = statement.keep[at] if at < len(statement.keep) else -1
    forms = statement.sentence.forms
    if first <= 0 or forms[first - 1] not in PRONOUN_COMPLEMENTIZERS:
        return False
    verb = forms[first]
    if verb in _SAID_NEGATIONS and at + 1 < len(statement.keep) and statement.keep[at + 1] == first + 1:
        verb = forms[first + 1]
    return (grammar.is_verb(verb) or (verb[:1] == "س" and grammar.is_verb(verb[1:]))) and verb not in _OWN_SUBJECT_VERBS


def _balanced(text: str) -> str:
    """Drop quote and bracket marks that do not pair up, in order, inside the line."""
    for opening, closing in ("«»", "()", "[]", "“”"):
        if opening not in text and closing not in text:
            continue
        depth = 0
        for char in text:
            depth += (char == opening) - (char == closing)
            if depth < 0:
                break
        if depth != 0:
            text = text.replace(opening, "").replace(closing, "")
    first = text.find('"')
    # Straight quotes open and close alike: an odd count, or a first one that closes a word
    # («أبل" ستنظم …»: the line began inside a quotation), cannot pair up.
    if first >= 0 and (text.count('"') % 2 or (first > 0 and not text[first - 1].isspace() and (
            first + 1 == len(text) or text[first + 1].isspace()))):
        text = text.replace('"', "")
    return " ".join(text.split())


def clause_starts(words: tuple[str, ...], gaps: tuple[str, ...], begin: int) -> list[int]:
    """Positions after `begin` where a new clause begins: a verb after punctuation or with «و»,
    or a connector («كما», «فيما», «حيث» …) before a verb or a definite subject."""
    starts = [begin]
    is_verb = grammar.is_verb
    for i in range(begin + 1, len(words)):
        word = words[i]
        if word not in _STARTERS:  # only the last case below applies
            if ((gaps[i] != " " and _gap_marks(gaps[i]) & _CUT_MARK and not _abbreviated(words, gaps, i)) or (
                    word.startswith("و") and len(word) > 3 and not _noun_conjunct(words, gaps, i)
                    and not _root_waw_after_preposition(words, i))) and is_verb(word):
                starts.append(i)
            continue
        if words[i] in _BUT and i + 1 < len(words) and words[i + 1] in EMBEDDERS and not _CUT_PUNCTUATION.isdisjoint(gaps[i]):
            starts.append(i)
        elif words[i] in SO_THAT and ((not _CUT_PUNCTUATION.isdisjoint(gaps[i]) and any(
            map(according_to, words[max(0, i - 5) : i])
        )) or (words[begin].removeprefix("و") in _CONCEDING and i - begin <= MAX_FRONTED_WORDS)):
            starts.append(i)  # («ورغم الزيادة القوية | فإن نصيب إنفاق الفرد …»: the main clause)
        elif words[i] in _CONNECTORS or words[i] == _SO_HAS:
            following = words[i + 1] if i + 1 < len(words) else ""
            if word == _HAS and gaps[i] == " ":
                continue  # «الحوادث التي قد تسببها …»: a bare «قد» inside a clause opens none
            if grammar.is_verb(following) or (word == _SO_HAS and lead_verb(following)) or (
                    following.startswith("ال") and grammar.tag(following) in ("NOUN", "PROPN")) or (
                    following in REPORTING_VERBS and i + 2 < len(words) and words[i + 2] in _COMPLEMENTIZERS):
                starts.append(i)  # («كما بين أن …»: «بين» before «أن» is «بيّن», not «between»)
        elif ((gaps[i] != " " and not _CUT_PUNCTUATION.isdisjoint(gaps[i])) or (words[i].startswith("و") and len(words[i]) > 3)) and (
            grammar.is_verb(words[i])
        ):
            starts.append(i)
    return starts


def _root_waw_after_preposition(words: tuple[str, ...], i: int) -> bool:
    """Is word `i` one whose «و» is of its root («وضعها», «وصولهم», «واجب»: the rest is the rarer
    word) right after a preposition with its pronoun («عما كان عليه | وضعها قبل …», «بأن ما يقومون
    به | واجب ديني», tagged as a pronoun)? It goes on the clause: no «و» joins a new one there."""
    return grammar.tag(words[i - 1]) in ("ADP", "PRON") and words[i - 1] not in grammar.SUBORDINATORS and not conjoined(words[i])


def _named_subject_after(words: tuple[str, ...], gaps: tuple[str, ...], verb: int, drop: tuple[int, ...]) -> bool:
    """Does the verb opening a clause inside a sentence name its subject right after it (a definite
    noun or a name: «…، وفي ختام الحفل تم تكريم …», «…، وفي المساء أقامت إدارة الكرة …»), or is
    it impersonal? Otherwise its subject is the sentence's, said before («…، وفي المساء | استمرت
    لمدة نصف ساعة»). Struck words («اليوم») are passed over."""
    if words[verb] in IMPERSONAL:
        return True
    following = next((k for k in range(verb + 1, len(words)) if k not in drop), len(words))
    if following >= len(words) or gaps[verb + 1] != " ":
        return False
    subject = words[following]
    # (or a noun in construct before a definite one: «عقب ذلك دعا | مندوب المملكة …»)
    construct = grammar.tag(subject) == "NOUN" and subject[:1] not in "بلكفو" and following + 1 < len(words) and (
        words[following + 1].startswith("ال") and gaps[following + 1] == " ")
    return subject.startswith("ال") or grammar.tag(subject) == "PROPN" or construct


def _fronted_opener(word: str) -> bool:
    """Can the word open an adverbial fronted before its clause's verb («ضمن», «برعاية», «في»)?"""
    return word in FRONTED or word == _FI


def _main_verb_after_fronted(words: tuple[str, ...], gaps: tuple[str, ...], begin: int, drop: tuple[int, ...]) -> list[int]:
    """The main clause's verb after a fronted adverbial with no comma to close it («نيابة عن الأمير
    فيصل … رئيس هيئة الهلال الأحمر السعودي | استقبل سمو الأمير بندر …»): the first verb the
    lexicon knows, not inside a relative or a complementizer's clause; none past punctuation
    (`clause_starts` opens there). Deleted words (`drop`: an honorific between dashes, «- حفظه
    الله -», a ruler's name after his office) are passed over."""
    quoted = False
    for i in range(begin + 2, min(len(words), begin + MAX_FRONTED_WORDS)):
        if gaps[i] != " " and gaps[i].strip(" -–—") != "":
            if gaps[i].strip(" -–—" + _QUOTE_MARKS) != "":
                return []
            quoted = not quoted  # «… لتكريم رجال النظافة "عيدنا مع رجال النظافة" | كرمت …»: a quoted name
        if i in drop or quoted:
            continue
        if words[i] in DATE_WORDS or (words[i - 1].isdigit() and len(words[i - 1]) <= 2):
            continue  # («… 1430هـ | الموافق 2 فبراير», «7 | صفر»: a day's month)
        if not grammar.is_known_verb(words[i]):
            # A verb the tagger or the lead-verb list reads as one opens the main clause before its
            # named subject («وفي نهاية الحفل قدم السفير المعلمي هدية …»); after an indefinite word
            # it describes it («في مباراة | يغلب عليها …»), passed over as before.
            if not lead_verb(words[i]) or _describes(words[i - 1]) or preposition_attached(words[i]):
                continue  # («لتكريم»: a verbal noun after its «لـ»)
            if words[i - 1] in grammar.PREPOSITIONS or not _named_subject_after(words, gaps, i, drop):
                return []  # its subject unnamed, or a verbal noun («سعيا منه إلى | رفع المعدل …»)
        before = words[i - 1]
        if before in grammar.NEGATION or before in grammar.MODALITY:
            return [i - 1]  # «… لم يجد الرئيس …»: the clause opens on its negation
        # («وسط تقارب تركي روسي ظهر …»: after an indefinite word, a name's nisba among them,
        # the verb describes it; after a definite one, a name or «ذلك» it opens the main clause)
        described = _describes(before)
        if words[begin].removeprefix("و") == _FI and (i + 1 == len(words) or gaps[i + 1] != " " or words[i + 1] in grammar.PREPOSITIONS
                                    or grammar.tag(words[i + 1]) == "ADP"):
            return []  # «في المقال الماضي تحدثت | عن …», «في رحلة … أطلقت، | من …»: no subject of its own
        return [] if described or before in grammar.RELATIVES or before in EMBEDDERS or before in _WHAT_WORDS else [i]
    return []


def _describes(before: str) -> bool:
    """Does a verb after this word describe it («في مباراة | يغلب عليها …», «وسط تقارب تركي روسي |
    ظهر …»): an indefinite word, a name's nisba among them? After a definite one, a figure, a
    name or «ذلك» the verb opens the main clause («وفي 2011 | قالت …», «عقب ذلك | دعا …»)."""
    return not before.startswith(("ال", "وال")) and not has_digit(before) and before not in grammar.DEMONSTRATIVES and (
        grammar.tag(before) != "PROPN" or before.endswith("ي"))  # («روسي»: a nisba the tagger calls a name)


def _noun_conjunct(words: tuple[str, ...], gaps: tuple[str, ...], i: int) -> bool:
    """«زعزعة أمن البلد ونشر الرعب», «تعليم ونشر كتاب الله»: right after a noun and with no
    punctuation, «و» and a three-letter form as often a verbal noun as a verb joins two nouns
    inside a phrase; no clause begins (where it is a verb, its subject is in the clause before:
    «شارك في 11 مباراة وسجل هدفين»)."""
    bare = words[i][1:]
    return (gaps[i] == " " and len(bare) == 3 and bare[-1] != "ي" and zipf("ال" + bare) >= MIN_VERBAL_NOUN_ZIPF
            and grammar.tag(words[i - 1]) in ("NOUN", "ADJ"))


def _abbreviated(words: tuple[str, ...], gaps: tuple[str, ...], i: int) -> bool:
    """Does word `i` follow a one-letter abbreviation's dot («د. سلوى الهزاع», «م. خالد»)?"""
    return i > 0 and len(words[i - 1]) == 1 and gaps[i].strip() == "."


# Phrases that link a sentence to the one before and open it before its verb («من جانبه، قال
# …», «إلى ذلك أعلنت …»); an editor strikes them, and the clause is what follows them.
# Letter-normalized, «و» set aside.
LINKING_PHRASES: Final = frozenset(tuple(normalize_word(w) for w in phrase.split()) for phrase in (
    "إلى ذلك", "من جهته", "من جهتها", "من جهتهم", "من جانبه", "من جانبها", "من جانبهم", "من جهة أخرى",
    "من جهة ثانية", "من ناحية أخرى", "من ناحيته", "من ناحيتها", "في المقابل", "بالمقابل", "في غضون ذلك",
    "في سياق متصل", "في السياق ذاته", "في السياق نفسه", "في سياق آخر", "في هذا السياق", "في هذا الإطار",
    "على صعيد آخر", "على صعيد متصل", "في الوقت نفسه", "في الوقت ذاته", "في هذه الأثناء", "في الأثناء",
    "علاوة على ذلك", "إضافة إلى ذلك", "بالإضافة إلى ذلك", "في نفس الإطار", "في نفس السياق", "في ذات السياق",
    "في الإطار نفسه", "في الإطار ذاته", "في نفس الوقت", "في هذا الصدد", "في هذا الشأن", "من جانب آخر",
    "من ناحية ثانية", "على الجانب الآخر", "في سياق منفصل", "بعد ذلك", "عقب ذلك", "إثر ذلك", "مع ذلك",
))
_LONGEST_LINK: Final = max(map(len, LINKING_PHRASES))


def _past_linking_phrase(words: tuple[str, ...], gaps: tuple[str, ...], begin: int) -> int:
    """Past a phrase that links the sentence to the one before («من جانبه، قال وزير …», «إلى ذلك
    أعلنت الوزارة …»), where a verb or a definite subject follows it; `begin` otherwise."""
    if begin >= len(words):
        return begin
    first = words[begin].removeprefix("و") if len(words[begin]) > 2 else words[begin]
    for length in range(2, _LONGEST_LINK + 1):
        after = begin + length
        if after >= len(words) or (first, *words[begin + 1 : after]) not in LINKING_PHRASES:
            continue
        if not _CLAUSE_PUNCTUATION.isdisjoint("".join(gaps[begin + 1 : after])):
            return begin
        following = words[after]
        if lead_verb(following) or following in grammar.COPULAS or (
                following.startswith("ال") and grammar.tag(following) in ("NOUN", "PROPN")):
            return after
        return begin
    return begin


def _past_subheading(words: tuple[str, ...], gaps: tuple[str, ...], begin: int) -> int:
    """Past a subheading glued to the sentence after it («مزيد من التوتر توقع مراقبون …», «سمو
    وشموخ وأوضح فلان أن …», «المطابخ وأوضح أن …»): a few verbless words opening on an indefinite
    noun, then a reporting verb and its subject; or any verbless noun phrase, then a reporting
    verb with the «و» that only a sentence's second clause opens on."""
    if begin >= len(words) or grammar.tag(words[begin]) not in ("NOUN", "ADJ", "DET", "PROPN"):
        return begin
    for j in range(begin + 1, min(len(words) - 1, begin + MAX_SUBHEADING_WORDS + 1)):
        if gaps[j] != " " and not _CLAUSE_PUNCTUATION.isdisjoint(gaps[j]):
            return begin
        word = words[j]
        if word.startswith("و") and word[1:] in REPORTING_VERBS:
            return j
        if words[begin].startswith("ال") or grammar.tag(words[begin]) == "PROPN":
            continue  # (a definite noun or a name opens a sentence's subject)
        if word in REPORTING_VERBS or word in _OPINING or word in grammar.tables().opening_verbs:
            return j if not grammar.is_verb(words[j + 1]) else begin
        if grammar.is_verb(word):
            return begin
    return begin


def statements(sentence: Sentence, *, lead: bool = False, frames: bool = False) -> list[Statement]:
    """Every statement that can open in `sentence` (its start, past a dateline if `lead`, and
    each clause that opens on a verb or subject), running to the sentence end minus deletions.
    With `frames`, also the reporting participles after a comma («، مبينا أنه …»), which only
    `claim_of` can turn into statements."""
    words = words_of(sentence)
    if words and words[0] in _TAG_LISTS:
        return []  # «سمات الأحساء الهلال الأحمر …»: the page's tag list, not prose
    texts = sentence.words
    gaps = gaps_of(sentence)
    begin = lead_start(words, gaps) if lead else 0
    begin = _past_subheading(words, gaps, _past_linking_phrase(words, gaps, begin))
    drop = deleted(sentence)
    found: list[Statement] = []
    # Each statement's words, to the sentence end minus deletions, as a slice of one tuple: slices
    # share its ints, where a range made anew per statement made its own (in a 23,000-word
    # sentence without punctuation, 643 statements held 7.6M ints: 400 MB).
    kept = _kept(len(words), drop) if drop else tuple(range(len(words)))
    starts = clause_starts(words, gaps, begin)
    if lead and begin < len(words) and _fronted_opener(words[begin]):
        starts += _main_verb_after_fronted(words, gaps, begin, drop)
    # «…، وفي ختام الحفل | تم تكريم عدد من الجهات …»: the same after a comma, «و» and all, and at
    # the start of a later sentence («وفي الحصة المسائية | أوعز الجهاز الفني …»)
    starts += [verb for i in range(begin, len(words)) if (i == begin or not COMMAS.isdisjoint(gaps[i])) and _fronted_opener(
        words[i].removeprefix("و")) and not (lead and i == begin) for verb in _main_verb_after_fronted(words, gaps, i, drop)
        if _named_subject_after(words, gaps, verb, drop) and EMBEDDERS.isdisjoint(words[i:verb])]
    if frames:
        starts += [i for i in range(begin + 1, len(words))
                   if words[i] in REPORTING_PARTICIPLES and not _CUT_PUNCTUATION.isdisjoint(gaps[i])]
    said = contrasted_report(words, gaps, begin)
    if said:
        starts.append(said)
    bracketed = _bracketed(gaps)  # («على مناطق (تبوك و | الجوف …)»: a list inside a bracket opens no statement)
    for start in sorted(s for s in set(starts) if s < len(words) and s not in bracketed):
        opened = open_at(words, texts, start, len(words), article_start=lead and start == begin and sentence.index == 0)
        contrasted = bool(said) and start == said
        if opened is None and ((frames and words[start] in REPORTING_PARTICIPLES) or contrasted):
            opened = (start, contrasted, False)  # («أما فلان | فبين أن …»: its «ف» dropped)
        if opened is None:
            if not (lead and start == begin):
                continue
            # A lead may open on a fronted adverbial («في خطوة …»): kept, ranked lower.
            opened = (start, False, False)
        first, strip, passed = opened
        keep = kept[bisect_left(kept, first):]
        if len(keep) >= MIN_STATEMENT_WORDS and not any(s.keep[0] == keep[0] for s in found):
            found.append(Statement(sentence, keep, strip and keep[0] == first, owes_verb=passed))
    return found


def _bracketed(gaps: tuple[str, ...]) -> set[int]:
    """The positions of words inside round brackets closed within MAX_APPOSITION_WORDS (or open to
    the sentence's end that near: its closing bracket follows the last word)."""
    inside: set[int] = set()
    for i, gap in enumerate(gaps):
        if "(" in gap:
            # (the search stops MAX_APPOSITION_WORDS on: a sentence of unclosed brackets stays linear)
            reach = min(len(gaps), i + MAX_APPOSITION_WORDS + 1)
            close = next((j for j in range(i + 1, reach) if ")" in gaps[j]), len(gaps))
            if close - i <= MAX_APPOSITION_WORDS:
                inside.update(range(i, close))
    return inside


def contrasted_report(words: tuple[str, ...], gaps: tuple[str, ...], begin: int) -> int:
    """Where the reporting verb of «أما فلان فقال/فأكد/فبين أن …» is (its «ف» attached), the one
    contrasted with the speaker before named between «أما» and it; 0 if the sentence does not
    open so."""
    if begin >= len(words) or words[begin] not in _AS_FOR:
        return 0
    for j in range(begin + 2, min(len(words) - 1, begin + MAX_SPEAKER_WORDS + 5)):
        if not _CLAUSE_PUNCTUATION_NO_COMMA.isdisjoint(gaps[j]):
            return 0
        if words[j][:1] == "ف" and words[j][1:] in REPORTING_VERBS:
            # (the claim right after the verb: «أما عن فكرة الفيلم فأشار علي سعيد …» names its
            # speaker after the verb, and «أما» a topic)
            claim = j + 1 + (words[j + 1] in NEWS_OPENERS and words[j + 1] not in EMBEDDERS)  # («فأشار إلى أن»)
            return j if claim < len(words) and words[claim] in EMBEDDERS else 0
    return 0


def _quotes(statement: Statement, words: tuple[str, ...], gaps: tuple[str, ...]) -> bool:
    """Does an «أضاف/تابع» statement quote what was said: a complementizer, a colon or a
    quotation (longer than a quoted name) after the verb? Without one the verb is transitive
    («أضاف التلفزيون السعودي برنامج «ليالي رمضان» لحزمة برامجه», «تابع الأمير سير العمل»)."""
    keep = statement.keep
    for n, i in enumerate(keep[1:], 1):
        if words[i] in _COMPLEMENTIZERS or ":" in gaps[i]:
            return True
        if not OPENING_QUOTES.isdisjoint(gaps[i]) and not any(
                not CLOSING_QUOTES.isdisjoint(gaps[j]) for j in keep[n + 1 : n + 1 + MAX_QUOTED_NAME_WORDS]):
            return True
    return False


def _kept(end: int, drop: tuple[int, ...]) -> tuple[int, ...]:
    """range(end) without the positions in `drop` (sorted, as `deleted` gives them), in one walk
    along both (a test of each position against the tuple, through its bound `__contains__`,
    cost ~400 instructions a word)."""
    kept: list[int] = []
    k = 0
    for i in range(end):
        if k < len(drop) and drop[k] == i:
            k += 1
        else:
            kept.append(i)
    return tuple(kept)


def subject_elided(statement: Statement, *, inside: bool = True) -> bool:
    """A verb-initial statement whose verb is followed at once by a preposition or
    complementizer («شدد على أن …», «تزيد من توتر …»): its subject is in another clause.
    With `inside`, also a clause inside a sentence whose verb is not followed by a named subject."""
    words = words_of(statement.sentence)
    keep = statement.keep
    if len(keep) > 2 and (words[keep[0]] in grammar.NEGATION or words[keep[0]] in grammar.MODALITY or words[keep[0]] in _MAY) and not (
            grammar.is_verb(words[keep[0]])):
        keep = keep[1:]  # «لن تكتفي ببعث …», «قد تؤدي إلى …», «فقد يتجه للعقار …»: the verb after its particle
    if len(keep) >= 2 and _plural_verb(words[keep[0]]):
        return True  # «مارسوا الإلغاء …» («مارس» is tagged as the month), «يقومون …»: a verb before its subject stays singular
    if len(keep) < 2 or not grammar.is_verb(words[keep[0]]):
        return False
    following = words[keep[1]]
    if _masculine_imperfect(words[keep[0]]) and (
            feminine_singular(statement.sentence.words[keep[1]]) or _feminine_plural(statement.sentence.words[keep[1]])):
        return True  # «يتلقى الرعاية الطبية …», «سيحرر المساحات …»: the feminine noun is the object
    if _oblique_plural(strip_diacritics(statement.sentence.words[keep[1]])):
        return True  # «تحذر المواطنين والمقيمين من …»: a subject would read «المواطنون»
    if following in grammar.PREPOSITIONS or following in _MANNER or following in EMBEDDERS or grammar.tag(following) in ("ADP", "CONJ") or (
            grammar.is_attested_verb(following) and not following.startswith("ال")):
        # («كانت تعاني من …»: a verb right after the verb says whose is elsewhere)
        return not (following in grammar.PREPOSITIONS and subject_after_adjunct(statement.sentence, keep))
    if following in _OBLIQUE_COUNTS:
        return True  # «أصابت اثنين من أبنائه»: a subject would read «اثنان»
    if following[:1].isdigit() and words[keep[0]].removeprefix("و") in _REACHING:
        return True  # «بلغت 69 مليون ريال»: the figure is what was reached; what reached it was said before
    if following in _ADVERBS_OF_TIME and len(keep) > 2 and (
            words[keep[2]] in grammar.PREPOSITIONS or preposition_attached(statement.sentence.words[keep[2]])):
        return True  # «عقدت سابقاً | في مدينة هيوستن»: past the adverb a preposition, no subject («يشارك يوميًا 70 طفلا» names one)
    counted = 3 if len(keep) > 3 and words[keep[2]] in _MULTIPLIERS else 2  # («صادرت 8 آلاف | فنجال»)
    if following[:1].isdigit() and _feminine_past(words[keep[0]]) and len(keep) > counted and not (
            words[keep[counted]].endswith(("ه", "ات")) or words[keep[counted]] in _UNITS):
        return True  # «ضبطت 17338 جهازاً»: a masculine count after a feminine verb is its object
    # «يتعلق بحجم …», «يمكن ترجمته …»: a preposition clitic or an object pronoun right after the verb.
    readings = analyses(statement.sentence.words[keep[1]])
    if not following.startswith("ال") and following not in _PARTITIVES and following not in _STYLE_NOUNS and (
            words[keep[0]].removeprefix("و") not in IMPERSONAL and words[keep[0]] not in REPORTING_VERBS
            and words[keep[0]][1:] not in REPORTING_VERBS and feminine_object(statement.sentence, keep, indefinite=True)):
        # «رفض نصيحة الجميع …»: an indefinite feminine noun after a masculine verb is its object
        # (not «شارك مجموعة من …», «رحب سعادة الأمين العام …», «جرى محاولة …», nor the speaker
        # after «قال»)
        return True
    if following.startswith("ال"):
        # «ناقشت التأثير السلبي …»: a feminine verb before a masculine verbal noun; «دعا الله أن …».
        return ((_feminine_past(words[keep[0]]) or _feminine_imperfect(words[keep[0]])) and _masculine_verbal_noun(following)) or (
            following == GOD and (words[keep[0]] in _PRAYING or words[keep[0]][1:] in _PRAYING)) or feminine_object(statement.sentence, keep) or (
            words[keep[0]] in _CONSIDERED and (
                following in ORDINALS or (grammar.tag(following) == "ADJ" and _elative_form(following[2:]))))
        # («يعتبر الأول من نوعه», «يعد الثاني»: a rank is the predicate; «يعد الخمول …» names its
        # subject; «تتيح الاستمتاع …»: the masculine verbal noun after a feminine verb is its object)
    if _feminine_past(words[keep[0]]) and grammar.tag(following) == "NOUN" and _masculine_verbal_noun("ال" + following) and (
            not following.startswith("و")):
        return True  # «ألغت تصريح أحد المكاتب …»: an idafa's head, a masculine verbal noun, is the object too
    if readings:
        best = readings[0]
        if bool(set(best.prefixes) & {"ب", "ل", "ك"}) or (best.pronoun is not None and not best.prefixes):
            return True
        # «يناقش عدداً من …», «أصبحت أمراً طبيعيا»: an indefinite accusative is the object or a
        # state, not the subject (nominative); unless a named subject follows an adverb («أعلن
        # رسمياً الاتحاد …»).
        after = words[keep[2]] if len(keep) > 2 else ""
        # (the tanween written out, «تقريرًا فنيًا», is no name's «ا» whatever the tagger says, nor
        # is an adjective in the accusative: «قضى يوما كاملا»; one right after the verb is a state:
        # «توفي متأثرا بجروحه»)
        if (accusative(statement.sentence.words[keep[1]]) or (grammar.tag(following) == "ADJ" and following.endswith("ا"))) and (
                grammar.tag(following) != "PROPN" or tanween(statement.sentence.words[keep[1]])) and not (
                after.startswith("ال") or (grammar.tag(after) == "PROPN" and not tanween(statement.sentence.words[keep[2]])
                                           and not accusative(statement.sentence.words[keep[2]]))):
            return True
    # A clause inside a sentence («، تشمل تأمين السكن …», «وزار مسجد …») mostly continues the
    # sentence's subject: it needs its own, named right after the verb.
    mid_sentence = inside and keep[0] > 1 and not statement.owes_verb
    after = words[keep[2]] if len(keep) > 2 else ""
    return mid_sentence and not (
        grammar.tag(following) == "PROPN" or following in OFFICES or grammar.is_title(following)
        or following in _SUBJECT_QUANTIFIERS or (following in _AGENT_HEADS and after.startswith("ال"))
    )


def _plural_verb(verb: str) -> bool:
    """«مارسوا», «قاموا», «يقومون», «سيعملون»: a verb that carries a plural subject's pronoun (one
    whose subject follows it stays singular)."""
    bare = verb[1:] if verb[:1] in "وف" and len(verb) > 4 else verb
    bare = bare[1:] if bare[:2] in ("سي", "ست") else bare
    singular = bare[:-2]  # («يكون», «سيكون»: the «ون» is the root's, «يك» no verb)
    return len(singular) >= 3 and (bare.endswith("وا") or (bare[:1] in "يت" and bare.endswith("ون"))) and (
        grammar.tag(bare) in ("VERB", "PROPN")) and grammar.tag(singular) in ("VERB", "PROPN")


def _feminine_imperfect(verb: str) -> bool:
    """«تتيح», «ستشمل»: a third person feminine singular imperfect, whose masculine «يـ» form is a
    common word (not the past «تألق», «تابع»)."""
    bare = verb[1:] if verb[:1] in "وف" and grammar.is_verb(verb[1:]) else verb
    bare = bare[1:] if bare[:2] == "ست" else bare
    return bare[:1] == "ت" and len(bare) > 3 and not bare.endswith(("ون", "ين", "ان")) and grammar.is_verb(bare) and (
        zipf("ي" + bare[1:]) >= grammar.IMPERFECT_ZIPF)


def _masculine_imperfect(verb: str) -> bool:
    """A third person masculine imperfect («يتلقى», «سيستخدم», «ويحمل»), not an impersonal or
    modal one («يتم», «يجري», «يجب») whose noun after it is its subject."""
    bare = verb[1:] if verb[:1] in "وف" and grammar.is_verb(verb[1:]) else verb
    if bare in grammar.MODALITY or bare in _IMPERSONAL_VERBS:
        return False
    if bare[:2] == "سي":  # the future «سـ», not «سيطرت», «سيرت»
        return not bare.endswith("ت") and grammar.is_verb(bare[1:]) and bare[1:] not in _IMPERSONAL_VERBS
    return bare.startswith("ي") and len(bare) > 2


def _oblique_plural(text: str) -> bool:
    """A definite sound masculine plural or dual in «ـين» («المواطنين», «اللاعبين»,
    «الطرفين»): accusative or genitive, never a subject."""
    return text.startswith("ال") and _oblique_ending(text)


def _oblique_ending(text: str) -> bool:
    """Is the «ـين» of `text` a case ending: its nominative «ـون» or «ـان» a word nearly as common
    (not «الدين», «الصين», «البحرين»), on a base of three letters or more (not «الأمين», whose
    «الأمان» is another word)?"""
    if not text.endswith("ين") or len(text) - (4 if text.startswith("ال") else 2) < MIN_PLURAL_BASE:
        return False
    nominative = max(zipf(text[:-2] + "ون"), zipf(text[:-2] + "ان"))
    return nominative >= MIN_NOMINATIVE_ZIPF and zipf(text) - nominative < MAX_OBLIQUE_LEAD


def feminine_singular(text: str) -> bool:
    """A common noun in «ة» («الرعاية», «فصيلة»), not a «فُعَلة» plural of men («الباعة»,
    «القضاة»), a man's title («الخليفة»), a number («الخمسة») or a name («برشلونة»)."""
    text = strip_diacritics(text)
    if not text.endswith("ة") or (text[:1] in "بلك" and preposition_attached(text)):
        return False
    form = normalize_word(text)
    if form in _MEN_IN_TA or grammar.tag(form) in ("PROPN", "NUM"):
        return False
    bare = text[2:] if text.startswith("ال") else text
    return not (len(bare) == 4 and bare[1] == "ا")


def _feminine_plural(text: str) -> bool:
    """A definite sound feminine plural («المساحات», «الخدمات»; a base of three letters or more, not
    «النبات»): a masculine verb before it has it as object, since such a subject takes «تـ» (a
    count of people does not: «أصيب العشرات»)."""
    text = strip_diacritics(text)
    return text.startswith("ال") and text.endswith("ات") and len(text) - 4 >= MIN_PLURAL_BASE and (
        grammar.tag(form := normalize_word(text)) == "NOUN") and form not in _COUNTED_PLURALS


def subject_after_adjunct(sentence: Sentence, keep: tuple[int, ...]) -> bool:
    """Does the verb's subject follow a short adjunct («نتج عن الحريق | تسجيل 6 حالات»,
    «تحركت على الفور | 4 فرق إسعافية», «تحدث في الحفل | مدير الجامعة»)? After a definite
    object of the preposition (its idafa is closed) and its adjectives, a number, an office, a
    title, a quantifier or a bare indefinite noun opens a new phrase: the subject."""
    words = sentence.forms
    if len(keep) < 4 or not words[keep[2]].startswith("ال") or words[keep[2]][2:] in _PLACE_KINDS or (
            words[keep[2]] == _CAPITAL):
        return False  # («وصل إلى العاصمة اليمنية | صنعاء»: the place's name)
    n = 3
    while n < len(keep) - 1 and words[keep[n]].startswith("ال") and grammar.tag(words[keep[n]]) == "ADJ":
        n += 1
    word = words[keep[n]]
    if word in _NOT_SUBJECTS:
        return False  # «حذرت في الوقت | نفسه …», «أقيمت في الولايات المتحدة | مرتين»
    if (word[:1].isdigit() and not _dated(word)) or word in OFFICES or grammar.is_title(word) or (
            word in _SUBJECT_QUANTIFIERS or word in _ANY):
        return True  # (not a year: «تراجع في العام | 2014 بنسبة …» still lacks its subject)
    text = sentence.words[keep[n]]
    # (the morphology is read last, only for a bare noun; «تمت على الفور | مداهمته»: points back)
    return (grammar.tag(word) == "NOUN" and not word.startswith(("ال", "و")) and word not in DATE_WORDS
            and word not in TIME_PREFIXES and word not in CIRCUMSTANCES and not grammar.binds_forward(word)
            and not preposition_attached(text) and not accusative(text)
            and all(reading.pronoun is None for reading in analyses(text)[:1]))


def _feminine_past(verb: str, *, folded: bool = False) -> bool:
    """«ناقشت», «تناولت», «بدأت»: a past verb whose «ت» says its subject is feminine (not «ثبت», «مات»).
    `folded`: a «ـات» ending counts too, by the tag alone («بدأت» is «بدات» once hamza is folded,
    like a plural in «ات»)."""
    return len(verb) > 3 and verb.endswith("ت") and (folded or not verb.endswith("ات")) and grammar.is_verb(verb) and (
        verb not in grammar.COPULAS)


def feminine_object(sentence: Sentence, keep: tuple[int, ...], *, indefinite: bool = False) -> bool:
    """«أتاح الفرصة …», «أعاد الهيبة …»: a masculine past verb at `keep[0]` before a definite
    feminine noun, which is then its object (a feminine subject right after its verb makes it
    feminine: «أتاحت الوزارة»). `indefinite`: before an indefinite one instead («رفض نصيحة …»)."""
    following = sentence.forms[keep[1]] if len(keep) > 1 else ""
    return (len(keep) > 1 and (following[:1] not in "وبلكف" and not following.startswith("ال") if indefinite
                               else following.startswith("ال"))
            and _masculine_past(sentence.forms[keep[0]])
            and (feminine_singular(sentence.words[keep[1]]) or _feminine_plural(sentence.words[keep[1]]))
            and zipf(sentence.words[keep[1]]) >= MIN_OBJECT_NOUN_ZIPF
            and not _speaks_next(sentence, keep))


def _masculine_past(verb: str) -> bool:
    """«أطلق», «وعزز»: a third person masculine singular past verb (no «ت» of a feminine subject,
    no imperfect prefix, no plural «وا»), not a copula or an impersonal verb."""
    bare = verb[1:] if verb[:1] in "وف" and grammar.is_verb(verb[1:]) else verb
    return (len(bare) >= 3 and not bare.endswith(("ت", "وا")) and bare[:1] not in "يتنس" and grammar.tag(bare) == "VERB"
            and bare not in grammar.COPULAS and bare not in grammar.MODALITY and bare not in _IMPERSONAL_VERBS)


def verb_gender(verb: str) -> str | None:
    """"f" for a feminine singular verb («ناقشت», «تتيح»), "m" for a masculine singular one
    («أطلق», «يتلقى»), None for any other (a plural, a copula, an impersonal verb, a noun)."""
    if _feminine_past(verb) or _feminine_imperfect(verb):
        return "f"
    if _masculine_past(verb) or _masculine_imperfect(verb):
        return "m"
    return None


def past_genders_differ(verb: str, opener: str) -> bool:
    """Does a feminine past verb («وأشارت») follow a clause opening on a masculine one («قفز»,
    whatever the tagger makes of it), or the reverse: the opener's subject is not the verb's
    («قفز اليورو … بعدما جاءت نتيجة مسح … وأشارت إلى أن …»)?"""
    bare, opener_bare = (w[1:] if w[:1] in "وف" and len(w) > 3 else w for w in (verb, opener))
    masculine_opener = len(opener_bare) >= 3 and not opener_bare.endswith(("ت", "وا", "ا")) and opener_bare[:1] not in "يتنس"
    return (_feminine_past(bare) and masculine_opener) or (_masculine_past(verb) and _feminine_past(opener_bare, folded=True))


def _speaks_next(sentence: Sentence, keep: tuple[int, ...]) -> bool:
    """«قال العطية إن …», «أضاف العطية: …»: the word after the verb is a speaker (a family name
    in «ة»), a claim or a colon following it."""
    return len(keep) > 2 and (sentence.forms[keep[2]] in _COMPLEMENTIZERS or ":" in sentence.gaps[keep[2]])


def _masculine_verbal_noun(word: str) -> bool:
    """«التأثير», «التطوير», «الاستثمار»: a definite verbal noun of a derived form, masculine and
    singular, so no subject of a feminine verb."""
    bare = word[2:]
    plural = bare[2:3] == "ا"  # «التقارير», «التجارب»: broken plurals (and «التعاون», left alone)
    return len(bare) >= 5 and bare.startswith(("ت", "است", "انت", "اخت")) and not plural and not bare.endswith(
        ("ه", "ات", "ين", "ون", "ي", "ان")) and grammar.tag(word) == "NOUN" and not grammar.is_title(word)


# Words before a frame's «أن» that deny or doubt what follows it.
_DENYING: Final = word_set("عدم نفي نفى ينفي تنفي لم ليس لن")  # (not «غير»: «زيارة غير مسبوقة»)
# «يذكر أن …», «يشار إلى أن …», «الجدير بالذكر أن …»: formulas that open the reporter's own
# background, said by no one.
_BACKGROUND_FORMULAS: Final = frozenset(
    tuple(normalize_word(w) for w in phrase.split())
    for phrase in ("يذكر", "يشار إلى", "الجدير بالذكر", "من الجدير بالذكر", "يجدر بالذكر", "تجدر الإشارة إلى",
                   "من المعروف")  # (normalized: «الى», «الاشارة» are the same words)
)
_LONGEST_FORMULA: Final = max(map(len, _BACKGROUND_FORMULAS))


def background_fact(statement: Statement) -> Statement | None:
    """The fact a background formula opens («يذكر أن الاتحاد دخل في مفاوضات …» → «الاتحاد دخل في
    مفاوضات …»): the reporter's own, so it stands without a speaker (its subject is still the
    accusative of «أن», as a claim's is)."""
    words = words_of(statement.sentence)
    keep = statement.keep
    first = words[keep[0]]
    for lead in (first, first[1:]) if first[:1] == "و" else (first,):
        for n in range(1, min(_LONGEST_FORMULA, len(keep) - 1) + 1):
            if (lead, *(words[i] for i in keep[1:n])) in _BACKGROUND_FORMULAS and words[keep[n]] in _COMPLEMENTIZERS:
                rest = keep[n + 1 :]
                if len(rest) >= MIN_STATEMENT_WORDS and grammar.can_open(words[rest[0]]):
                    return Statement(statement.sentence, rest, owes_verb=True)
                return None
    return None


def claim_of(statement: Statement) -> Statement | None:
    """The reported claim of a statement opening on a reporting verb («أكد فلان أن المطار
    استقبل …» → «المطار استقبل …»), for a headline whose news is the claim, not who said it."""
    words = words_of(statement.sentence)
    first = words[statement.keep[0]]
    if first in _OPINING or (first[:1] in "وف" and first[1:] in _OPINING):
        return None  # «توقع مراقبون أن …», «يرى البعض أن …»: without its frame the claim is a fact
    window = statement.keep[:MAX_FRAME_WORDS]
    if _COMPLEMENTIZERS.isdisjoint([words[i] for i in window]):
        return None  # only a complementizer in the frame's reach gives a claim
    framed = first in CLAIMING_VERBS or first[1:] in CLAIMING_VERBS or first in REPORTING_PARTICIPLES
    for n, i in enumerate(window):
        word = words[i]
        # «شدد الوزير على أن …», «وكان الوزير قد أكد أن …»: a verb of the frame before «أن».
        if word in _OPINING or (word[:1] in "وف" and word[1:] in _OPINING):
            return None
        if n > 0 and word in _DENYING:
            return None  # «تم التأكد من عدم صحة ما ذكر … أن الحفل جرى …»: without its frame the claim says the opposite
        # Not another subject's verb («قفز اليورو … وأشارت إلى أن …»), a relative's («… آل شايع، والذي
        # أكد بأن …»: the claim is his) or a verbal noun after a preposition («مع تذكر …»).
        framed = framed or (n > 0 and (word in REPORTING_VERBS or word[1:] in REPORTING_VERBS or word in _INSISTING)
                            and not past_genders_differ(word, first)
                            and words[window[n - 1]] not in grammar.RELATIVES and words[window[n - 1]][1:] not in grammar.RELATIVES
                            and words[window[n - 1]] not in grammar.PREPOSITIONS)
        if (word in _COMPLEMENTIZERS and n > 0 and (framed or first in _INSISTING)
                and words[window[n - 1]] not in _THAT_AFTER_PREPOSITION):
            verb = words[window[n - 1]]
            if verb in MODAL_VERBS:
                return None  # «قال: يجب أن نخوض التجربة»: without «يجب» the claim would state a duty as done
            if n > 2 and window[n - 2] == i - 2 and words[i - 2] in _RELATIVE_WHAT and (
                    grammar.is_verb(verb) or grammar.verb_homograph(verb)) and not (  # («سبق» is tagged as a noun)
                    verb in CLAIMING_VERBS or statement.sentence.words[i].startswith("إ")):
                # «أكدت الأمانة على ما سبق أن صدر …»: the «أن» is the relative clause's, no claim
                # («وقال البيان الذي صدر [اليوم] إن …»: «إن» follows «قال» only)
                return None
            rest = statement.keep[n + 1 :]
            # (a figure of one digit opens a claim as a longer one does: «أن 8 % من الحسابات …»;
            # no list is numbered after «أن»)
            if len(rest) >= MIN_STATEMENT_WORDS and (grammar.can_open(words[rest[0]]) or words[rest[0]].isdigit()):
                return Statement(statement.sentence, rest, owes_verb=True)
            return None
    return None


def without_subject_relative(claim: Statement) -> Statement | None:
    """The claim without the relative clause or the place that describes its subject before the
    predicate verb («أن عدد ضحايا موجة الحرارة الشديدة [التي تجتاح البلاد منذ عدة أيام] ارتفعت إلى
    40 حالة وفاة», «أن مركز التحكم والتوجيه [بالإدارة العامة للدفاع المدني بالمدينة المنورة] تلقى
    بلاغا …»), as titles drop what describes the subject; None where there is none, or where it
    runs into punctuation other than a comma («المصنع [الذي افتتح قبل عامين، بتكلفة كبيرة،] سيضاعف
    …»), another clause or no predicate verb within reach."""
    words, gaps, keep = words_of(claim.sentence), gaps_of(claim.sentence), claim.keep
    if len(keep) < claim.speaker + MIN_STATEMENT_WORDS or grammar.is_verb(words[keep[claim.speaker]]):
        return None  # («يحق للمقيمين الذين …»: a verb first, no subject described)
    for n in range(claim.speaker + 1, min(len(keep) - 2, claim.speaker + MAX_SUBJECT_WORDS + 1)):
        word = words[keep[n]]
        if grammar.is_verb(word) or word in NEWS_OPENERS or word in COPULA_PRONOUNS or keep[n] != keep[n - 1] + 1:
            # the predicate came first («الصفقات الخاصة هي الأوامر [التي …]»), or a deletion: no
            # plain subject to describe
            return None
        described = words[keep[n - 1]]
        relative = word in _DESCRIBING_RELATIVES
        # («أكثر من ألف مهاجر [على متن سفن صغيرة] أنقذوا …»: a place after two words of the subject at least)
        if not relative and not (n > claim.speaker + 1 and _locative(word) and grammar.can_cut(described, word)
                                 and described not in _OWING_PARTICIPLES):  # («المشتبه بتورطهم …»: what it owes)
            continue  # («الأشخاص [الذين يجلسون …]»: people picked out by the relative, not described)
        if not definite_or_name(described.removeprefix("و")) or gaps[keep[n]] != " " or (
                relative and (keep[n + 1] != keep[n] + 1 or not grammar.is_verb(words[keep[n + 1]]))):
            if relative:
                return None  # («عدد [الذين أقدموا …]»: the relative is what is counted, not a description)
            continue
        predicate = _predicate_after(words, gaps, keep, n + 2 if relative else n + 1, n + MAX_RELATIVE_WORDS, relative=relative)
        if predicate is not None:
            return Statement(claim.sentence, keep[:n] + keep[predicate:], claim.drop_conjunction, claim.owes_verb, claim.speaker)
        if relative:
            return None
        # (a place that runs into no predicate may hold the subject's relative: «إعداد اللاعبين في
        # المعسكر [الذي أقيم في مدينة الإسكندرية] كان ناجحا»)
    return None


def _predicate_after(words: tuple[str, ...], gaps: tuple[str, ...], keep: tuple[int, ...], start: int, end: int, *,
                     relative: bool) -> int | None:
    """Where the predicate opens after what describes a claim's subject (`without_subject_relative`),
    looked for from `start` to `end`: its verb, or the negation or modality before it («[…] لن
    يكون»); None at other punctuation (a comma only after a relative clause), a deletion or
    another clause inside («التي يتم تنفيذها [عندما] يتفق …»: where it ends is unsure), or where a
    place's last word is no definite noun or name («[في مرحلة انتقالية] مدتها تصل …», «تفجير أسفر
    …»: the verb is a noun's inside the place)."""
    for m in range(start, min(len(keep), end)):
        following = words[keep[m]]
        if (gaps[keep[m]].strip(" ،,") if relative else gaps[keep[m]] != " ") or keep[m] != keep[m - 1] + 1 or (
                following in EMBEDDERS or following in grammar.RELATIVES or following in grammar.SUBORDINATORS):
            return None
        if (grammar.tag(following) == "VERB" or following in grammar.NEGATION or following in _MAY
                or following in grammar.MODALITY) and following[:1] not in grammar.CONJUNCTION_CLITICS:
            return m if relative or definite_or_name(words[keep[m - 1]]) else None
    return None


def definite_or_name(word: str) -> bool:
    """Can a subject or a place end on the word: definite («العبداللطيف») or a name («حسين الوهبي»)?"""
    return word.startswith("ال") or grammar.tag(word) == "PROPN"


def attributed(statement: Statement, claim: Statement, *, by_name: bool = False) -> Statement | None:
    """The claim under its speaker in headline style («قال وزير الخارجية اليمني رياض ياسين إن
    المقترح …» → «رياض ياسين: المقترح …»): the frame's words between the reporting verb and the
    complementizer when they are a short name or office, else the given and family name that
    close them; None when no short speaker can be told. `by_name`: the name set off by a comma
    after the office instead («قال المتحدث باسم البيت الأبيض، جوش إرنست، … إن» → «جوش إرنست:
    …»), shorter when office and claim together are too long; None if there is none."""
    words = words_of(statement.sentence)
    gaps = gaps_of(statement.sentence)
    verb = words[statement.keep[0]]
    if not ({verb, verb[1:]} & (CLAIMING_VERBS | grammar.COPULAS | _STRESSING)):
        return None  # the speaker follows the statement's opening verb («قال X», «وكان X قد أكد»)
    # A name closing the frame counts even where the statement struck it as an apposition («أكد
    # وزير الشؤون البلدية [المهندس فلان]، أن …»); honorifics and dates stay out.
    frame = [i for i in statement.keep[1:] if i < claim.keep[0] - 1]
    if len(frame) > 1 and frame[-1] == claim.keep[0] - 2 and words[frame[-1]] in NEWS_OPENERS:
        frame.pop()  # «كشف فلان عن أن …», «أكد فلان على أن …»: the verb's preposition, not the speaker's
    struck = _appositions(words, gaps).intersection(deleted(statement.sentence))
    tail = claim.keep[0] - 1
    while tail - 1 in struck and (not frame or tail - 1 > frame[-1]):
        tail -= 1
    frame += range(tail, claim.keep[0] - 1)
    if len(frame) > 2 and words[frame[0]] == LI_APART and not _QUOTE_SET.isdisjoint(gaps[frame[1]]):
        # «أكد لـ “الاقتصادية” الدكتور علي العمير …»: the paper he told comes first, then the speaker.
        closed = next((n for n in range(2, len(frame)) if not _QUOTE_SET.isdisjoint(gaps[frame[n]])), 0)
        frame = frame[closed:] if closed else frame
    if frame and (words[frame[0]] in grammar.PREPOSITIONS or preposition_attached(claim.sentence.words[frame[0]])):
        return None  # «شدد على أن …», «… لنشاط داعش»: no speaker between verb and claim
    if any(words[i] in REPORTING_PARTICIPLES for i in frame):
        return None  # «أعلنت الإمارات تحرير … آلية تسعير متوافقة …، مشيرة إلى أن …»: the frame holds an object
    if by_name:
        return _comma_name_speaker(claim, words, gaps, frame)
    # «كشف فلان رئيس اللجنة، لـ«الرياض» أن …», «قطان في بيان»: what follows a comma or a
    # preposition is the addressee or the occasion, not the speaker; «تقارير الأحد»: nor the day.
    # «… بطل الثلاثية في الموسم الماضي لويس انريكي أنه …»: a name closing the frame is the speaker.
    frame = [i for i in frame if words[i] not in DATE_WORDS]  # «قال لـ"الاقتصادية" [أمس]، اللواء …»: when, not who
    closing = _closing_name(words, frame) if len(frame) > MAX_SPEAKER_WORDS else 0
    frame = frame[-closing:] if closing else next((frame[:n] for n, i in enumerate(frame) if n and (
        not _CUT_PUNCTUATION.isdisjoint(gaps[i]) or words[i] in RELAYING
        or (words[i] in grammar.PREPOSITIONS and not _in_country(words, frame, n)))), frame)
    if len(frame) > 1 and words[frame[-1]] in ISSUED:
        frame = frame[:-1]  # «ذكر التقرير الصادر | عن بنك …، أن …»: the report
    if frame and not grammar.can_open(words[frame[0]]) and strippable_conjunction(
            words[frame[0]], claim.sentence.words[frame[0]]):
        return None  # «ومبيعات أفضل:»: not a speaker («وزير» is one)

    def named(i: int) -> bool:
        return grammar.tag(words[i]) == "PROPN" and not (words[i].startswith("ال") or words[i] in OFFICES)

    if frame and words[frame[0]] in _SOURCES and (len(frame) > MAX_SPEAKER_WORDS or any(
            _verb_in_speaker(words, frame, n) for n in range(1, len(frame)))):
        # «أكدت دراسة طبية حديثة أشرف عليها باحثون … أن …», «كشفت دراسة قام بها مجموعة | من …» →
        # «دراسة: …», as titles say it.
        frame = frame[:1]
    elif len(frame) > MAX_SPEAKER_WORDS and grammar.is_title(words[frame[0]]) and (
            bare_name_word(words[frame[1]]) or (words[frame[2]] in _SONS and not words[frame[1]].startswith("ال"))) and (
            (titled := name_end(words, gaps, frame[1])) - frame[1] >= 2):
        # «الدكتور علي العمير وزير النفط الكويتي»: the titled name first, the office after it
        # (only the name's kept words: «عبدالله بن مساعد [بن عبدالعزيز] | الرئيس العام …»); a
        # given name that reads as a word is one before «بن» («الدكتور صالح بن حسين العواجي»).
        frame = _name_words(words, [i for i in frame[1:] if i < titled])
    elif len(frame) > MAX_SPEAKER_WORDS:
        name = name_end(words, gaps, frame[0]) - frame[0]
        # «كشف عمر المهنا رئيس لجنة الحكام …»: the name first (an office after it says so too).
        if name >= 2 and (named(frame[0]) or (name < len(frame) and words[frame[name]] in OFFICES
                                              and not words[frame[0]].startswith("ال"))):
            frame = frame[: min(name, MAX_SPEAKER_WORDS - 1)]
        else:
            last = _name_after_definite(claim.sentence, frame)
            if not last:
                return None
            frame = frame[-last:]
    elif len(frame) == 1 and grammar.tag(words[frame[0]]) != "PROPN" and words[frame[0]] not in _SOURCES:
        return None  # «وزارة:», «مطار:»: an office or a place without its name says nothing
    if not frame or any(_verb_in_speaker(words, frame, n) or words[i] in grammar.PRONOUNS or words[i] in _SELF
                        for n, i in enumerate(frame)):
        return None
    if opens_accusative(claim):
        return None  # «إن مدنياً لقي حتفه», «إن رجلا مخمورا دخل …»: the accusative needs its «إن»
    if not grammar.can_cut(words[frame[-1]], None):
        return None
    return Statement(claim.sentence, (*frame, *claim.keep), owes_verb=True, speaker=len(frame))


def _name_after_definite(sentence: Sentence, frame: list[int]) -> int:
    """How many of a long frame's last words name the speaker after a definite word: two or three
    («… وزير الخارجية اليمني رياض ياسين», «… التركي مولود تشاوش أوغلو»), none with the article, an
    office or a word that binds forward (after «رئيس» the last words are what he heads: «رئيس
    أولمبيك مرسيليا»), the first with no preposition or «و»; three only where no word of the frame has
    one («القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي» name the forces, «جون كيري
    للكونجرس» whom he told). 0 if none."""
    words, texts = words_of(sentence), sentence.words
    for count in (2, 3):
        if len(frame) <= count or any(words[i].startswith("ال") or words[i] in OFFICES or grammar.binds_forward(words[i])
                                      for i in frame[-count:]):
            continue
        if not words[frame[-count - 1]].startswith(("ال", "وال")) or preposition_attached(texts[frame[-count]]) or (
                conjoined(words[frame[-count]])):
            continue  # («شركة «مجموعة المعجل» | وشركة «سايبم»»: a second party, not the first one's name)
        if count == 3 and any(words[i].startswith("لل") or preposition_attached(texts[i]) for i in frame):
            continue
        return count
    return 0


def _verb_in_speaker(words: tuple[str, ...], frame: list[int], n: int) -> bool:
    """Is the speaker's `n`th word a verb (no speaker then: «قال مسؤول يعمل …»)? Not a family name
    in «ـي» after a given name, which the tagger may read as one («سامح شكري»), nor a name's
    first or middle word only guessed to be one before a name («مولود تشاوش أوغلو»; «تجار
    أوروبيون»: a noun before its nisba)."""
    word = words[frame[n]]
    return grammar.is_verb(word) and not (n > 0 and word.endswith("ي") and grammar.tag(words[frame[n - 1]]) == "PROPN") and not (
        n < len(frame) - 1 and grammar.tag(words[frame[n + 1]]) == "PROPN" and not grammar.is_attested_verb(word))


def by_surname(spoken: Statement) -> Statement | None:
    """A claim under its speaker told by the speaker's family name alone, as titles name him
    («اللواء عبدالله السعدون: …» → «السعدون: …»): only a personal name of a given and a family
    name closing the speaker, with no royal title or «بن» (princes go by given name) and no
    office after it; None otherwise."""
    words = words_of(spoken.sentence)
    speaker = spoken.keep[: spoken.speaker]
    if len(speaker) < 2 or speaker[-1] != speaker[-2] + 1 or any(
            words[i] in _RULER_TITLES or words[i] in grammar.NAME_PARTICLES or words[i] in _SOURCES for i in speaker):
        return None  # («مصادر دنيا الرياضة»: a paper's name, not a person's)
    given, family = words[speaker[-2]], words[speaker[-1]]
    # An Arabic given name before a family name with the article («عبدالله السعدون»), or two
    # foreign names («جون كيري»); not a body or a paper («هيئة الأرصاد», «صحيفة ماركا الإسبانية»).
    arabic = given_name(words, speaker[-2]) and family.startswith("ال") and grammar.tag(family) in ("NOUN", "ADJ", "PROPN")
    foreign = grammar.tag(given) == "PROPN" and grammar.tag(family) == "PROPN" and not family.startswith("ال")
    if not (arabic or foreign) or _office(family):
        return None
    return Statement(spoken.sentence, spoken.keep[spoken.speaker - 1 :], owes_verb=True, speaker=1)


def given_name(words: tuple[str, ...], i: int) -> bool:
    """Is word `i` a given name: one the tables know («خالد»), or any bare word right after a
    title («المهندس وائل …»: the tables know too few names seen after titles to list «وائل»)?"""
    word = words[i]
    return grammar.is_personal_name(word) or (i > 0 and grammar.is_title(words[i - 1]) and not word.startswith(
        ("ال", "وال")) and word not in OFFICES and not grammar.binds_forward(word) and not grammar.is_verb(word))


def _name_words(words: tuple[str, ...], name: list[int]) -> list[int]:
    """A speaker's name cut to MAX_SPEAKER_WORDS words, not on a particle that wants the next
    («عبدالله بن مساعد بن | عبدالعزيز» → «عبدالله بن مساعد»)."""
    name = name[:MAX_SPEAKER_WORDS]
    while len(name) > 1 and words[name[-1]] in grammar.NAME_PARTICLES:
        name.pop()
    return name


def _comma_name_speaker(claim: Statement, words: tuple[str, ...], gaps: tuple[str, ...], frame: list[int]) -> Statement | None:
    """«المتحدث باسم البيت الأبيض، جوش إرنست، … إن واشنطن …» → «جوش إرنست: واشنطن …»: a
    personal name of two words or more set off by a comma right after the frame's office (kept or
    struck as an aside)."""
    if not frame or not (_office(words[frame[0]]) or words[frame[0]].startswith("ال")):
        return None
    for start in (*frame[1:], frame[-1] + 1):
        if start >= claim.keep[0] or COMMAS.isdisjoint(gaps[start]) or not bare_name_word(words[start]):
            continue
        # To the next comma (a foreign name's words are often read as verbs: «إرنست»), bare words only.
        end = next((j for j in range(start + 1, min(claim.keep[0], start + MAX_SPEAKER_WORDS + 1))
                    if not COMMAS.isdisjoint(gaps[j])), claim.keep[0])
        if 2 <= end - start <= MAX_SPEAKER_WORDS and all(
                not words[j].startswith("ال") and words[j] not in OFFICES and not grammar.binds_forward(words[j])
                and not preposition_attached(words[j]) for j in range(start, end)):
            return Statement(claim.sentence, (*range(start, end), *claim.keep), owes_verb=True, speaker=end - start)
        return None
    return None


def _closing_name(words: tuple[str, ...], frame: list[int]) -> int:
    """How many of the frame's last words make a given and a family name after an office («…
    الماضي لويس انريكي», «… الاهلي خالد أبو راشد»): a bare name word, «أبو/بن …» perhaps, then
    a word with no article, clitic, office or verb reading; 0 if they do not."""
    count = 3 if len(frame) > 3 and words[frame[-2]] in grammar.NAME_PARTICLES else 2
    given, family = words[frame[-count]], words[frame[-1]]
    if count == 2 and family.startswith("ال") and family not in OFFICES and zipf(family) < MAX_FAMILY_ZIPF and (
            frame[-1] == frame[-2] + 1) and given_name(words, frame[-2]):
        # «… الشيخ الدكتور عبدالرحمن بن عبدالله السند»: a given name, «بن» chains, a family
        # name with the article, as Saudi names mostly are.
        start = len(frame) - 2
        while start >= 3 and words[frame[start - 1]] in grammar.NAME_PARTICLES and frame[start] - frame[start - 2] == 2:
            start -= 2
        before = words[frame[start - 1]]  # («… العقيد دكتور | عاطي بن عطيه القرشي»: a title before it too)
        return len(frame) - start if before.startswith(("ال", "وال")) or grammar.is_title(before) or grammar.is_title("ال" + before) else 0
    if frame[-1] != frame[-count] + count - 1 or not words[frame[-count - 1]].startswith(("ال", "وال")) or (
            not bare_name_word(given)):
        return 0
    readings = analyses(family)
    return 0 if (family.startswith("ال") or family in OFFICES or grammar.is_verb(family)
                 or grammar.binds_forward(family) or (readings and readings[0].prefixes)) else count


def _in_country(words: tuple[str, ...], frame: list[int], n: int) -> bool:
    """«هيئة الاتصالات في باكستان»: «في» and a name closing a short frame say whose office speaks."""
    return words[frame[n]] == _FI and n + 2 == len(frame) <= MAX_SPEAKER_WORDS and grammar.tag(words[frame[n + 1]]) == "PROPN" and (
        words[frame[n + 1]] not in DATE_WORDS)


def shorten(sentence: Sentence, max_words: int) -> list[Token]:
    """The sentence's first words, at most `max_words`, ending where the grammar lets a phrase
    end (not inside a name, an idafa or a number and its unit); the first `max_words` words if
    no such point is found past the sentence's first few."""
    tokens = list(sentence.tokens)
    if len(tokens) <= max_words:
        return tokens
    texts = [t.text for t in tokens]
    for end in range(max_words, MIN_CUT_WORDS - 1, -1):
        if grammar.can_cut(texts[end - 1], texts[end]):
            return tokens[:end]
    return tokens[:max_words]
