"""Highlight bullets stand alone: no back-references, claims keep their speaker, boxes fill up
from complete clauses (grammar-level behaviour on real-shaped Arabic news text)."""

from __future__ import annotations

import gzip
import itertools
import json
from importlib.resources import files
from pathlib import Path

import pytest
from offsets import assert_offsets

from khulasa import summarize
from khulasa.summarize.clauses import (
    Statement,
    claim_of,
    ends,
    gaps_of,
    homograph_verb_at,
    nominative_speaker,
    owes_complement,
    predicateless,
    statements,
    subject_elided,
    words_of,
)
from khulasa.summarize.highlights import (
    _colon_quote,
    _first_person,
    _frame_without_claim,
    _pluperfect_subject,
    _sentences_in_quotation,
    _speaker,
    _without_demonstrative,
)
from khulasa.text import grammar
from khulasa.text.document import analyze
from khulasa.text.normalize import normalize_word, vocalized
from khulasa.text.tokens import words
from khulasa.text.verse import Verse

STORY = (
    "أعلنت وزارة الصحة إطلاق حملة وطنية للتطعيم ضد الإنفلونزا في جميع المناطق. "
    "وأوضح المتحدث الرسمي للوزارة محمد العبدالعالي أن الحملة تستهدف أكثر من مليوني شخص خلال شهرين. "
    "وأضاف أن اللقاحات متوفرة مجانا في جميع المراكز الصحية. "
    "جاء ذلك خلال مؤتمر صحفي عقده في الرياض. "
    "وأكد أن هذه الحملة تأتي ضمن خطة الوزارة لتعزيز الصحة العامة. "
    "وقال وزير الصحة إن الوزارة لن تفرض رسوما على اللقاح."
)
_BACK = {normalize_word(w) for w in "هذه هذا ذلك تلك هي هو هم".split()}


def _bullets(text: str) -> list[str]:
    return [h.text for h in summarize(text).highlights]


def _opens_on(bullets: list[str], wanted: str, unwanted: str | tuple[str, ...]) -> None:
    """Some bullet opens on `wanted` and none on `unwanted`."""
    assert any(b.startswith(wanted) for b in bullets), bullets
    assert not any(b.startswith(unwanted) for b in bullets), bullets


def _never_stops_before(bullets: list[str], opening: str, owed: str) -> None:
    """No bullet opens on `opening` without reaching `owed` (what its verb owes)."""
    assert not any(b.startswith(opening) and owed not in b for b in bullets), bullets


def _opens_on_and_never_holds(bullets: list[str], wanted: str, unwanted: str) -> None:
    """Some bullet opens on `wanted` and none holds `unwanted` anywhere."""
    assert any(b.startswith(wanted) for b in bullets), bullets
    assert not any(unwanted in b for b in bullets), bullets


def test_a_subject_and_its_copula_pronoun_make_a_statement() -> None:
    """«الخضراوي هو أحد أبرز المرشحين لتحقيق لقب بطولة الأردن الدولية تحت 18 عاما …» (train 10059,
    a thin box): a nominal sentence linked by «هو/هي» is whole without a verb, also after «و»."""
    text = ("حقق لاعب المنتخب السعودي للتنس سعود الخضراوي ذهبية الفرق في بطولة الأردن الدولية. "
            "والخضراوي هو أحد أبرز المرشحين لتحقيق لقب بطولة الأردن الدولية تحت 18 عاما على المستوى الفردي بعد "
            "مساهمته في حصول السعودية على ذهبية الفرق.")
    bullets = [b.text for b in summarize(text).highlights]
    assert "الخضراوي هو أحد أبرز المرشحين لتحقيق لقب بطولة الأردن الدولية" in bullets, bullets


def test_a_claim_keeps_its_speaker() -> None:
    """«وقال وزير الصحة إن الوزارة لن تفرض …» → the claim is printed with who made it."""
    bullets = _bullets(STORY)
    claim = next(b for b in bullets if "لن تفرض رسوما" in b)
    assert claim.startswith("وزير الصحة:"), claim


def test_added_claims_are_said_by_the_speaker_named_before() -> None:
    """«وأضاف أن …» names no one: its speaker is the one the previous sentence named."""
    bullets = _bullets(STORY)
    added = [b for b in bullets if "اللقاحات متوفرة" in b]
    assert added, bullets
    speaker = added[0].split(":")[0]
    assert speaker and speaker in STORY.split("أن الحملة")[0], added


def test_no_bullet_opens_on_a_reference_back() -> None:
    """«جاء ذلك خلال …», «هذه الحملة تأتي …» need what came before: they are no bullets."""
    for bullet in _bullets(STORY):
        first, second = (normalize_word(w) for w in (words(bullet) + [""])[:2])
        assert first not in _BACK and not (grammar.is_verb(first) and second in _BACK), bullet
        assert ": هذه" not in bullet and ": جاء ذلك" not in bullet


def test_no_bullet_opens_on_therefore(shared_data: Path) -> None:
    """«لذا تمكن الفريق من انجاز البحث», «لذا ابتسم وأنت تتحدث» (train 20939, 22084): «لذا» draws a
    consequence from what came before; no bullet opens on it."""
    wanted = {20818, 20939, 21222, 22061, 22084, 22274}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for n, line in enumerate(itertools.islice(lines, max(wanted) + 1)) if n in wanted]
    bullets = [b for text in texts for b in _bullets(text)]
    assert len(bullets) >= 2 * len(texts)
    assert not any(normalize_word(words(b)[0]) in {"لذا", "ولذا"} for b in bullets), bullets


def test_no_bullet_opens_on_accordingly_and_the_fact_after_it_does(shared_data: Path) -> None:
    """«وعليه قامت صحة جدة بإحالة …», «وعليه فإن الغاية …», «ولديه …», «مشترطا أن …» (train 17940,
    16526, 20854, 13006: «عليه قامت صحة جدة …» was printed): «وعليه» draws on what came before and
    the fact after it is the bullet; a preposition's pronoun or a participle opens none."""
    wanted = {13006, 16526, 17940, 20717, 20854}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = {n: json.loads(line)["text"] for n, line in enumerate(itertools.islice(lines, max(wanted) + 1))
                 if n in wanted}
    boxes = {n: _bullets(text) for n, text in texts.items()}
    assert "قامت صحة جدة بإحالة كامل أوراق المعاملة لهيئة التحقيق والادعاء العام" in boxes[17940], boxes[17940]
    openers = {normalize_word(w) for w in ("عليه", "وعليه", "لديه", "ولديه", "مشترطا")}
    assert not any(normalize_word(words(b)[0]) in openers for box in boxes.values() for b in box), boxes


@pytest.mark.parametrize("verb", ["وأردف", "واستطرد"])
def test_ardafa_quotes_as_adafa_does(verb: str) -> None:
    """«وأردف الغامدي: المصاب … تعرض لإصابة في الرأس» (train 17572, 20239, 16013: the bullet kept
    the frame, «وأردف الغامدي: …», with its «و»; 11439: «واستطرد النهاري: …»): «أردف» and «استطرد»
    are «أضاف», verbs that quote."""
    text = ("باشرت فرق الهلال الأحمر حادث تصادم على طريق الجنوب مساء أمس نتج عنه ثلاث إصابات. وأوضح المتحدث الرسمي "
            f"للهيئة عبدالله الغامدي أن الفرق نقلت المصابين إلى مستشفى المدينة. {verb} الغامدي: المصاب علي محمد "
            "إبراهيم تعرض لإصابة في الرأس ونقل إلى العناية المركزة.")
    _opens_on(_bullets(text), "الغامدي: المصاب علي محمد إبراهيم تعرض لإصابة في الرأس", verb)


def test_an_adverbial_accusative_speaks_for_no_one() -> None:
    """«… المسلمين من فئة نبتت ونمت سوءا بين أظهر المسلمين، مبينا أن هذه الفئة شذت عن الأمة» (train
    13199: «سوءا: الفئة شذت عن الأمة»): «سوءا» is how the group grew, not who explained; the claim
    is the one the sentence opens on («المفتي» speaks)."""
    text = ("حذر مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ، المسلمين من فئة نبتت ونمت سوءا بين أظهر "
            "المسلمين، مبينا أن هذه الفئة شذت عن الأمة، وعرفت بانحراف أخلاقها وطيش عقولها. وأكد المفتي أن الفئة "
            "من المفسدين الظالين يرتكبون إجراما عظيما بقتل الأبرياء.")
    assert not any(b.startswith("سوءا") for b in _bullets(text)), _bullets(text)


def test_the_predicate_of_a_complementizers_pronoun_is_no_claim() -> None:
    """«مشيراً إلى أنها | معتمدة من الوزارة …» (train 13014: «البرناوي: معتمدة من الوزارة …»): the
    adjective's subject is the pronoun, the fees; under the speaker it says nothing of what."""
    text = ("تحدث الناطق الإعلامي بتعليم المدينة المنورة عمر البرناوي، حول ارتفاع رسوم المدارس الأهلية، مشيراً إلى "
            "أنها معتمدة من الوزارة وستتم محاسبة من يتجاوزها. وقال إنه لا صحة لما يتردد حول ارتفاع أسعار المدارس "
            "الأهلية بسبب أزمة في المدارس الحكومية. وأكد توفر أكثر من 7000 مقعد متاح في المدارس.")
    _opens_on_and_never_holds(_bullets(text), "البرناوي: لا صحة لما يتردد", "معتمدة")


def test_background_after_its_formula_is_a_fact_of_its_own(shared_data: Path) -> None:
    """«يشار إلى أن الاتحاد السعودي دخل في مفاوضات سابقة مع …» (train 17055, whose other sentences
    are the headline or lean on it), «تجدر الإشارة إلى أن جابريل أول سياسي غربي بارز يزور إيران»
    (16845): the reporter's background is a bullet without its formula and without a speaker."""
    wanted = {16711, 16845, 17055, 17299}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = {n: json.loads(line)["text"] for n, line in enumerate(itertools.islice(lines, max(wanted) + 1))
                 if n in wanted}
    boxes = {n: _bullets(text) for n, text in texts.items()}
    assert "الاتحاد السعودي دخل في مفاوضات سابقة مع المدرب الارجنتيني مارسيلو بييلسا" in boxes[17055]
    assert "جابريل أول سياسي غربي بارز يزور إيران" in boxes[16845]
    formulas = {normalize_word(w) for w in ("يذكر", "ويذكر", "يشار", "ويشار", "الجدير", "والجدير", "تجدر")}
    bullets = [b for box in boxes.values() for b in box]
    assert not any(normalize_word(words(b)[0]) in formulas for b in bullets), bullets


def test_straight_quotes_pair_up_and_according_to_takes_its_waw(shared_data: Path) -> None:
    """«ووفقا لموقع "باز فيد"، فإن "أبل" ستنظم الحفل …» (train 17181): «ووفقا» heads an attribution
    like «وفقا» (a «و» before it, not «و» + «فقا»), so the claim after «فإن» is a bullet; a line
    that begins inside straight quotes drops them («أبل" ستنظم» was printed, and «تعلّم اللغات" هكذا
    يقول "البراء العوهلي» in 17557)."""
    wanted = {17181, 17557, 20754}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = {n: json.loads(line)["text"] for n, line in enumerate(itertools.islice(lines, max(wanted) + 1))
                 if n in wanted}
    boxes = {n: _bullets(text) for n, text in texts.items()}
    assert any(b.startswith("أبل ستنظم الحفل يوم 9 سبتمبر") for b in boxes[17181]), boxes[17181]
    for bullet in (b for box in boxes.values() for b in box):
        first = bullet.find('"')
        assert bullet.count('"') % 2 == 0, bullet
        assert first < 0 or bullet[first - 1 : first] in ("", " ") or bullet[first + 1 : first + 2] not in ("", " "), bullet


def test_a_quantifier_names_its_speakers_after_min(shared_data: Path) -> None:
    """«أكد عدد من الشخصيات … أن العملية الإرهابية تريد …» (train 16634, 20238): the speaker is
    «عدد من الشخصيات», not «عدد», which says nothing of who speaks."""
    wanted = {16634, 20238, 20906, 20943}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = {n: json.loads(line)["text"] for n, line in enumerate(itertools.islice(lines, max(wanted) + 1))
                 if n in wanted}
    boxes = {n: _bullets(text) for n, text in texts.items()}
    assert any(b.startswith("عدد من الشخصيات: العملية الإرهابية") for b in boxes[16634]), boxes[16634]
    assert any(b.startswith("عدد من المتخصصين: ") for b in boxes[20238]), boxes[20238]
    assert not any(b.startswith(("عدد:", "بعض:")) for box in boxes.values() for b in box), boxes


def test_a_speaker_is_whole(shared_data: Path) -> None:
    """Speakers printed before a claim open on a noun and end where a phrase ends (no office cut
    from its complement, no verb, no preposition), on the first 150 SaudiNewsNet train articles."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(next(lines))["text"] for _ in range(150)]
    speakers = []
    for text in texts:
        for bullet in _bullets(text):
            head = bullet.split(":")[0]
            # A speaker Khulasa put before the claim (not a colon the article wrote).
            if ":" in bullet and head in text and f"{head}:" not in text and f"{head} :" not in text:
                speakers.append([normalize_word(w) for w in words(head)])
    assert len(speakers) >= 10
    for speaker in speakers:
        assert not grammar.binds_forward(speaker[-1]) and not grammar.is_verb(speaker[0]), speaker
        assert speaker[0] not in grammar.PREPOSITIONS, speaker


def test_long_sentences_fill_the_box(shared_data: Path) -> None:
    """Articles of a few long sentences still get three bullets where their clauses allow: on
    SaudiNewsNet train articles of 3-4 sentences and 120+ words, most boxes hold three."""
    chosen = []
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if len(text.split()) >= 120 and 3 <= len(analyze(text).sentences) <= 4:
                chosen.append(text)
            if len(chosen) == 30:
                break
    full = sum(len(_bullets(text)) >= 3 for text in chosen)
    # 15 before clauses after a comma and nominal claims counted, 17 after; 16 since a verb
    # followed by an indefinite accusative counts as lacking its subject (blind A/B on the train
    # boxes it changed: the same 11 good bullets, 8 fewer bad ones); 15 since a masculine past
    # verb before a feminine noun takes it as its object (the one line lost, «واجب المواساة
    # والعزاء إلى أسرة الشهيد», was a fragment whose «واجب» the tagger reads as a verb); 14 since
    # a bullet holding a reference back («في مثل تلك الهجمات») is not even filler (blind A/B of 45
    # changed train boxes: self-contained bullets 28/112 → 33/79, box 1.84 → 1.82).
    assert full >= 14, full


@pytest.mark.parametrize(("text", "opening"), [
    # «…، ولا تزال التحقيقات جارية …»: a complete statement inside a long sentence keeps its
    # negation (the «و» set aside)
    ("عثرت شرطة جدة على ست سيارات مسروقة في حي الصفا، وتمكنت من ضبط خمسة متهمين في القضية، "
     "ولا تزال التحقيقات جارية مع المتهمين تمهيدا لإحالتهم إلى النيابة العامة. "
     "وأوضح المتحدث باسم الشرطة أن السيارات أعيدت إلى أصحابها.", "لا تزال التحقيقات"),
    # train 10377, whose box held only «جرى تناول الكثير من قضايا المنطقة»: «وزير» opens on its
    # root's «و», not the conjunction, so the claim opens a bullet under its speaker
    ("قالت مصادر رسمية روسية إن وزير الخارجية السعودي عادل الجبير سوف يزور العاصمة الروسية موسكو، الثلاثاء "
     "المقبل. وأشارت المصادر الروسية إلى أن وزير خارجية السعودية سيجري خلال زيارته لموسكو عددًا من اللقاءات "
     "مع المسؤولين الروس، حيث من المقرر بحث الكثير من القضايا الإقليمية والدولية.",
     "المصادر الروسية: وزير خارجية السعودية سيجري"),
])
def test_a_statement_inside_a_sentence_is_a_bullet(text: str, opening: str) -> None:
    """A complete statement after a comma or a complementizer is a bullet of its own."""
    bullets = _bullets(text)
    assert any(b.startswith(opening) for b in bullets), bullets


MEETING = (
    "عقد وزير الثقافة والإعلام اجتماعا مع وكلاء الوزارة ومديري الإدارات في مكتبه بجدة. "
    "ووجه الوزير ببذل المزيد من العمل في سبيل تطوير قطاعات الإعلام. "
    "وقدم رئيس هيئة الإذاعة عرضا عن خطط البث الجديدة للعام المقبل. "
    "ونظرا لأهمية الاجتماع حضره عدد كبير من المسؤولين. "
    "من جانبه افتتح مدير الجوازات اللواء سليمان اليحيى صالة جديدة لاستقبال الحجاج في مطار جدة. "
    "وعبر الوزير عن شكره لجميع العاملين في الوزارة على جهودهم خلال موسم الحج."
)


def test_a_sentence_opening_on_wa_and_a_verb_read_as_a_noun_is_a_bullet() -> None:
    """«وقدم», «ووجه» are nouns out of context («قدم» foot, «وجه» face); opening a sentence
    before a named subject they are its verb, and the sentence is a bullet without its «و»."""
    assert not grammar.is_verb(normalize_word("وقدم")) and not grammar.can_open(normalize_word("وقدم"))
    bullets = _bullets(MEETING)
    assert any(b.startswith("قدم رئيس هيئة الإذاعة") for b in bullets), bullets
    _opens_on(bullets, "وجه الوزير ببذل", ("نظرا", "ونظرا"))


def test_wa_and_abara_before_an_about_is_the_verb_expressed() -> None:
    """«وعبر» is «via» out of context; «وعبر الوزير عن شكره …» opens on the verb «expressed»."""
    assert any(b.startswith("عبر الوزير عن شكره") for b in _bullets(MEETING))


def test_a_discourse_adverbial_opening_a_sentence_is_struck() -> None:
    """«من جانبه افتتح مدير الجوازات …»: the statement starts at the verb."""
    bullets = _bullets(MEETING)
    assert any(b.startswith("افتتح مدير الجوازات") for b in bullets), bullets
    assert not any(normalize_word(b).startswith(normalize_word("من جانبه")) for b in bullets), bullets


@pytest.mark.parametrize(
    ("pluperfect", "verb", "whole"),
    [
        ("وكان الوزير قد أعلن الشهر الماضي إطلاق برنامج جديد لدعم توظيف الشباب.", "أعلن الشهر", "الوزير أعلن"),
        # dev 64 (blind editor): the aside's closing comma right before «قد»
        ("وكانت المريضة، التي يرافقها ابنها، قد نسيت العلاج الذي تستخدمه كل ساعتين داخل صالة الانتظار.",
         "نسيت العلاج", "كانت المريضة قد نسيت"),
    ],
)
def test_the_verb_of_a_pluperfect_opens_no_bullet(pluperfect: str, verb: str, whole: str) -> None:
    """«وكان الوزير قد أعلن الشهر الماضي …»: a clause from «أعلن» has lost its subject; the
    whole pluperfect («كان» is no opener elsewhere) is the bullet, told as a past statement when
    nothing stands between the copula, its subject and «قد» («الوزير أعلن …»)."""
    bullets = _bullets("أعلنت وزارة العمل إطلاق حملة جديدة للتفتيش على المنشآت في جميع المناطق. " + pluperfect)
    assert not any(b.startswith(verb) for b in bullets), bullets
    assert any(b.startswith(whole) for b in bullets), bullets


def test_an_office_heading_its_idafa_is_the_subject_of_an_opening_verb() -> None:
    """«وأمر وزير داخلية الهند …»: «وأمر» reads as a noun, «وزير داخلية» is its indefinite subject."""
    text = ("قتل خمسة أشخاص خلال هجوم شنه مسلحون على مركز للشرطة في الهند قرب الحدود مع باكستان. "
            "وأمر وزير داخلية الهند راجنات سينغ بتشديد التدابير الأمنية على الحدود مع باكستان.")
    assert any(b.startswith("أمر وزير داخلية الهند") for b in _bullets(text))


def test_a_verb_said_with_a_complement_is_not_cut_before_it() -> None:
    """«أعرب مدير السجون العميد فائز الأحمري، عن شكره …»: no bullet stops at the comma."""
    text = ("نظمت إدارة سجون الطائف حفلا لتكريم النزلاء المتفوقين في برامج التعليم والتدريب. "
            "وأعرب مدير إدارة سجون الطائف العميد فائز الأحمري، عن شكره للجنة المنظمة على جهودها.")
    bullets = _bullets(text)
    assert not any(b.endswith("الأحمري") for b in bullets), bullets
    # «اضطر … | إلى الانتظار», «تعرضت المواقع … | إلى أربع عمليات» (train 17243, 12178): where to, what
    forced = ("أغلقت مدينة بومبي الأثرية أمام الجمهور صباح يوم الجمعة وسط خلاف بين وزارة الثقافة الإيطالية "
              "والعاملين. واضطر السائحون الراغبون في رؤية المدينة القديمة التي حفظت لفترة طويلة تحت الرماد "
              "البركاني إلى الانتظار أمام الموقع ساعات طويلة. وتعرضت المواقع الأثرية في جنوب البلاد إلى أربع "
              "عمليات سرقة على الأقل خلال العام الماضي.")
    bullets = _bullets(forced)
    _never_stops_before(bullets, "اضطر", "الانتظار")
    _never_stops_before(bullets, "تعرضت", "عمليات")
    assert bullets, forced
    # «عمد … إلى» (train 11260, 21093: «عمد الحوثيون وأتباع المخلوع صالح»)
    aimed = ("قصفت الميليشيات مطار عدن الدولي بالصواريخ مساء أمس. وعمد الحوثيون وأتباع المخلوع صالح، إلى ضرب برج "
             "المراقبة الرئيسي في المطار الذي يرتفع أكثر من 20 مترًا، لإعاقة العمل بشكل أساسي في المطار، وأصبح البرج "
             "غير ثابت في مكانه.")
    bullets = _bullets(aimed)
    _never_stops_before(bullets, "عمد", "ضرب")


SALE = (
    "استعانت الحكومة الهولندية بمصرفين أوروبيين للإشراف على بيع حصتها في مصرف إيه بي إن أمرو المملوك للدولة. "
    "ولم تحدد الحكومة حتى الآن جدولا زمنيا لعملية البيع، لكنها قالت سابقا إنها قد تتم خلال الربع الرابع من العام "
    "الحالي. وتسعى الحكومة الهولندية إلى استعادة مليارات اليوروات التي ضختها في المصرف خلال الأزمة المالية. "
    "وقال وزير المالية الهولندي إن المملكة دولة محورية في المنطقة وتدعم الاستقرار في أوروبا. "
    "وسيتحدد الجدول الزمني النهائي على أساس وضع الأسواق المالية."
)
VISIT = (
    "اتفق سياسيون أردنيون على أهمية نتائج زيارة ولي ولي العهد إلى عمان لتعزيز العمل العربي المشترك. "
    "وقال مبعوث الأردن الأسبق لدى الأمم المتحدة حسن أبو نعمة إن الزيارة أعطت قوة للعلاقات بين البلدين. "
    "مؤكدا أن الرياض تملك دورا مهما وهي تخوض حربا ضد الإرهاب في المنطقة وتدعم الشرعية في اليمن. "
    "وقال الوزير السابق أمين مشاقبة إن البيان المشترك عزز العلاقات الثنائية بين عمان والرياض. "
    "ووقع الجانبان خلال الزيارة اتفاقيات للتعاون في مجالات الطاقة والتجارة والاستثمار."
)


def test_a_claim_whose_subject_is_the_complementizer_pronoun_is_no_bullet() -> None:
    """«لكنها قالت سابقا إنها قد تتم …»: cut after «إنها», the claim has lost what «تتم»."""
    bullets = _bullets(SALE)
    assert len(bullets) >= 3, bullets
    assert not any(b.startswith(("قد تتم", "الحكومة: قد تتم")) for b in bullets), bullets


def test_a_verb_coordinated_inside_a_sentence_keeps_the_sentence_subject() -> None:
    """«… وهي تخوض حربا ضد الإرهاب وتدعم الشرعية في اليمن»: «الشرعية» is what is supported,
    not who supports it; the clause is no bullet of its own while complete ones fill the box.
    «ووقع الجانبان …» opens its own sentence and stays."""
    bullets = _bullets(VISIT)
    assert not any(b.startswith("تدعم الشرعية") for b in bullets), bullets
    assert any(b.startswith("وقع الجانبان") for b in bullets), bullets


def _opening_statement(text: str, opening: str) -> Statement:
    """`text`'s first sentence from the word `opening` on, as a statement."""
    sentence = analyze(text).sentences[0]
    start = sentence.words.index(opening)
    return Statement(sentence, tuple(range(start, len(sentence.words))))


def test_a_vocative_or_a_pronoun_after_the_subject_points_back() -> None:
    """«يا وزير البترول، …» addresses someone, «… ونسب السعودة بها عالية» leans on what «بها»
    stands for, «عندها», «بعدها», «نظيره» on what came before; a question («لماذا …») or a
    supposition («لو …») states nothing, «كنا نعمل …», «سنواصل …» quote someone unnamed: none
    opens a bullet; «المشتبه به» names someone and «سيواصل الاتحاد …» is said of it: they may."""
    from importlib import import_module

    highlights = import_module("khulasa.summarize.highlights")
    cases = [
        ("يا وزير البترول، وأنت الخبير النفطي، نأمل أن تخرج من صمتك.", "يا", True),
        ("أن شركات التكييف تنمو بقوة ونسب السعودة بها عالية في المملكة.", "ونسب", True),
        ("قالت الشرطة إن المشتبه به اعتقل في منزله بالرياض أمس.", "المشتبه", False),
        ("أوقفت الشرطة محتجين خارج مكتبه في ضواحي المدينة أمس.", "أوقفت", False),
        ("عندها تحاول موظفتان في المركز التجاري إنقاذ المرأة من السقوط.", "عندها", True),
        ("بعدها توجه الوفد إلى مقر النادي الموسمي بالمتوسطة الأولى.", "بعدها", True),
        ("نظيره البريطاني يتحدث بهدوء في المؤتمرات الصحفية دائما.", "نظيره", True),
        ("لماذا لا تحاولون العثور بأنفسكم على الجواب المناسب لهذه المشكلة.", "لماذا", True),
        ("لو تنازل الاتحاد وسمح للاعب بالتراجع عن عقده لانتهت الأزمة.", "لو", True),
        ("كنا نعمل معا في مكان واحد قبل سنوات طويلة.", "كنا", True),
        ("سنواصل العمل لتسوية عدد قليل من المسائل العالقة.", "سنواصل", True),
        ("سيواصل الاتحاد الأوروبي دعم الحكومة الأوكرانية.", "سيواصل", False),
    ]
    for text, opening, expected in cases:
        statement = _opening_statement(text, opening)
        assert highlights._points_back(statement, statement.sentence.forms) is expected, text


def test_no_bullet_ends_on_a_circumstantial_participle() -> None:
    """«… ضد «داعش» مبررة ذلك بأن …», «… تذكر، محذرا من …»: the clause is whole before the
    participle; a bullet stops there instead of on it."""
    turkey = (
        "بدأت الطائرات التركية أمس قصف مواقع تنظيم داعش في شمال سوريا للمرة الأولى منذ بدء الأزمة. "
        "وقررت الحكومة التركية الشروع بعملية عسكرية برية ضد «داعش» مبررة ذلك بأن بشار الأسد غير قادر على "
        "مواجهة التنظيم الذي يهدد حدودها الجنوبية منذ أكثر من عامين."
    )
    rain = (
        "شهدت منطقة عسير أمس أمطارا غزيرة تسببت في قطع عدد من الطرق الرئيسة بين المحافظات. "
        "وأكد المتحدث الإعلامي للدفاع المدني العقيد محمد العاصمي أن الأمطار لم تخلف أي أضرار مادية أو بشرية "
        "تذكر، محذرا المواطنين من الاقتراب من مجاري السيول والأودية خلال فترة هطول الأمطار."
    )
    participles = {normalize_word("مبررة"), normalize_word("محذرا")}
    for text, whole in ((turkey, ("ضد «داعش»", "ضد داعش")), (rain, ("بشرية تذكر",))):
        bullets = _bullets(text)
        assert any(b.endswith(whole) for b in bullets), bullets
        assert not any(normalize_word(words(b)[-1]) in participles for b in bullets), bullets


def test_a_participle_claim_is_said_by_the_subject_of_its_sentence() -> None:
    """«وأعرب رئيس بعثة الأمم المتحدة في ليبيا … عن ترحيبه …، مؤكدا أن جميع الأطراف تريد
    السلام»: the claim is his, and the bullet says so."""
    text = (
        "تبدأ اليوم بمقر الأمم المتحدة في جنيف جولة جديدة من محادثات السلام بين كافة الأطراف الليبية. "
        "وأعرب رئيس بعثة الأمم المتحدة في ليبيا برناردينو ليون عن ترحيبه بعودة المؤتمر الوطني، مؤكدا أن "
        "جميع الأطراف تريد السلام وتشكيل حكومة الوفاق. "
        "ويشارك في المحادثات ممثلون عن البرلمان والمجالس البلدية والأحزاب السياسية."
    )
    bullets = _bullets(text)
    claim = next(b for b in bullets if "جميع الأطراف تريد السلام" in b)
    assert claim.startswith("رئيس بعثة الأمم المتحدة:"), claim


def test_no_bullet_stops_before_the_colon_of_what_was_said() -> None:
    """«وكتب الوزير في تغريدة على حسابه بموقع تويتر: “…”»: without what he wrote the line says
    nothing; a statement that a colon merely elaborates («… في ربيع 2016: …») stays."""
    text = (
        "وجه وزير الصحة بتشكيل لجنة تحقيق للتثبت من ادعاء إحدى المتقدمات للعمل في مدينة الملك فهد الطبية. "
        "وكتب الوزير في تغريدة على حسابه بموقع التواصل الاجتماعي تويتر: “كلفت لجنة عاجلة للتثبت من "
        "ادعاء التحرش بإحدى المتقدمات للعمل في المدينة الطبية ومحاسبة من تثبت إدانته”. "
        "وأعلنت الخطوط السعودية أن الرحلة اليومية إلى المدينة ستعود في ربيع 2016: رحلتان كل يوم."
    )
    bullets = _bullets(text)
    _never_stops_before(bullets, "كتب الوزير", "كلفت")
    assert any(b.endswith("ستعود في ربيع 2016") for b in bullets), bullets


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        # «بن» joins the name (it is no preposition there); the long speaker is printed by the
        # family name that closes it.
        ("تنطلق مساء اليوم فعاليات مهرجان أبها للفنون في مركز الملك فهد الثقافي. "
         "وقال مدير فنون أبها أحمد بن إبراهيم السروي إن الاحتفال يتضمن العديد من الفقرات الترفيهية. "
         "ويستمر المهرجان عشرة أيام بمشاركة أكثر من مئة فنان من مختلف المناطق.",
         "الاحتفال يتضمن", "السروي:"),
        # The line drops the rest of the «بن» chain and the office after the comma, so the
        # speaker ends where that deletion starts, not a claim printed without him.
        ("أعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف مسجدا في مدينة أبها أمس. "
         "وقال الأمير فيصل بن خالد بن عبد العزيز، أمير منطقة عسير لـ«الشرق الأوسط»، إن أهالي "
         "المنطقة وقفوا إلى جانب رجال الأمن في مواجهة الإرهاب. "
         "وزار أمير المنطقة المصابين في مستشفى عسير المركزي واطمأن على صحتهم.",
         "وقفوا إلى جانب رجال الأمن", "الأمير فيصل بن خالد:"),
        # «وبحسب … ، فإن …» (the bundled example): the claim is said by whom it is attributed
        # to, not printed as a fact of its own.
        ("تتجه العلاقات بين أنقرة وواشنطن إلى مزيد من التوتر بعد قرار تركيا شراء منظومة دفاع روسية. "
         "وبحسب الخبراء الإستراتيجيين، فإن التطورات الراهنة تدفع بقوة أنقرة في اتجاه موسكو. "
         "وأعلنت وزارة الخارجية الأميركية أنها ستبحث الملف مع الحلفاء في حلف شمال الأطلسي.",
         "التطورات الراهنة تدفع", "الخبراء الإستراتيجيون:"),
    ],
    ids=["bin-chain", "deleted-rest-of-name", "bihasab"],
)
def test_a_claim_is_printed_under_its_speaker(text: str, said: str, speaker: str) -> None:
    """«وقال مدير فنون أبها أحمد بن إبراهيم السروي إن …», «وقال الأمير فيصل بن خالد بن عبد
    العزيز، أمير منطقة عسير …، إن …», «وبحسب الخبراء الإستراتيجيين، فإن …»: the claim's
    bullet opens on who made it (in the nominative, as a title names him)."""
    claim = next(b for b in _bullets(text) if said in b)
    assert claim.startswith(speaker), claim


def test_a_speaker_is_who_speaks_not_whom_he_relays_or_what_he_follows() -> None:
    """Train 16076, 16081, 16103: «كشف موقع "فيتو" نقلا عن صحيفة …، أن …» is said by the site
    (not «موقع "فيتو" نقلا:»), «ذكر التقرير الصادر عن بنك …، أن …» by no «التقرير الصادر:» in
    the headline or a bullet, and in «…، تتابع الأوضاع في واشنطن، فإن هذا الموقف يعني أن …» «الأوضاع» are what
    the sources follow, no speaker."""
    relayed = (
        "عرضت وسائل إعلام غربية صورا تزعم سقوط ملاك من السماء في العاصمة الصينية بكين. "
        "وكشف موقع “فيتو” نقلا عن صحيفة “ديلي ميل”، أن محبي الفنون أصيبوا بصدمة فور رؤيتهم "
        "للوحة تجسد ملاكا ساقطا من السماء. وأوضحت الصحيفة أن اللوحة عمل فني لفنانين صينيين."
    )
    site = next(b for b in _bullets(relayed) if "محبي الفنون" in b)
    assert site.startswith("موقع") and "نقلا" not in site.split(":")[0], site
    issued = (
        "حقق الاقتصاد المصري في السنة الحالية أسرع وتيرة نمو له منذ عام 2010 بنسبة 4.5 في المائة. "
        "وذكر التقرير الصادر عن بنك الكويت الوطني، أن الاستثمار الحكومي في مصر ارتفع بنسبة 20 في "
        "المائة خلال العام الماضي. وبقي العجز المالي من أهم التحديات أمام الاقتصاد المصري."
    )
    summary = summarize(issued)
    lines = [summary.headline.text if summary.headline else "", *(h.text for h in summary.highlights)]
    assert not any(line.startswith("التقرير الصادر") for line in lines), lines
    followed = (
        "شنت منظمة يهودية أميركية هجوما على إدارة الرئيس باراك أوباما بسبب الاتفاق النووي مع إيران. "
        "وحسب مصادر سياسية في تل أبيب، تتابع الأوضاع في واشنطن، فإن هذا الموقف يعني أن المنظمة "
        "ستستغل المعركة الانتخابية في الولايات المتحدة. وتوجهت المنظمة إلى أعضاء الكونغرس لرفض الاتفاق."
    )
    assert not any(b.startswith("الأوضاع") for b in _bullets(followed)), _bullets(followed)


def test_a_dual_verb_points_back_to_its_pair(shared_data: Path) -> None:
    """«يتزوجان ويرزقان بطفلة …» (train 16005): the dual verb's subject is the pair named before;
    the line alone says nobody."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        text = json.loads(next(itertools.islice(lines, 16005, None)))["text"]
    assert "يتزوجان ويرزقان" in text
    assert not any(b.startswith("يتزوجان") for b in _bullets(text)), _bullets(text)


def test_a_place_closing_a_long_speaker_is_not_his_family_name() -> None:
    """«وأفاد محمد العويفي رئيس بلدية محافظة القرى أن …»: «القرى» normalizes like a nisba
    («القري») but names the place of the office; the speaker is the man."""
    text = (
        "نظمت بلدية محافظة القرى عددا من الفعاليات في العيد بمشاركة الأهالي والزوار. "
        "وأفاد محمد العويفي رئيس بلدية محافظة القرى أن البلدية قامت بزيادة رقعة المسطحات الخضراء في "
        "حدائقها إلى جانب صيانة دورات المياه. وتحتضن المحافظة عددا من فعاليات صيف الباحة."
    )
    claim = next(b for b in _bullets(text) if "المسطحات الخضراء" in b)
    assert not claim.startswith("القرى"), claim


def test_a_speaker_after_bidawrihi_says_the_claims_added_in_his_sentence() -> None:
    """«بدوره أكد المهندس فلان أن …، وذكر بأن …»: «وذكر» is said by the engineer named after
    «بدوره», not by the minister of the sentence before."""
    text = (
        "وأكد وزير الزراعة أن هذه الدفعة تمثل مستحقات مزارعي القمح المحلي للموسم الحالي. بدوره أكد المهندس "
        "أحمد الفارس مدير عام المؤسسة العامة لصوامع الغلال بأن المؤسسة استوردت هذا العام 1.5 مليون طن قمح، "
        "وذكر بأن المؤسسة اشترت قمحا محليا بكمية 341285 طنا حتى تاريخه."
    )
    claim = next(b for b in _bullets(text) if "اشترت قمحا" in b)
    assert "الفارس:" in claim, claim


def test_a_call_keeps_what_it_calls_for() -> None:
    """«ودعت وزارة الصحة المواطنين وخاصة كبار السن | إلى …»: a line on «دعا» keeps what is
    called for; «دعا الحداد المواطنين للتعاون …» has it."""
    text = (
        "سجلت وزارة الصحة ثلاث حالات جديدة بفيروس كورونا في منطقة الرياض خلال الأسبوع الماضي. "
        "ودعت وزارة الصحة المواطنين وخاصة كبار السن والمصابين بالأمراض المزمنة في جميع مناطق المملكة إلى "
        "تجنب مخالطة الإبل وعدم شرب حليبها قبل غليه. ودعا المتحدث المواطنين للتعاون مع فرق الوزارة."
    )
    lines = [b for b in _bullets(text) if b.startswith(("دعت", "دعا", "ودعت"))]
    assert all("إلى" in line or "للتعاون" in line for line in lines), lines


def test_a_cause_owed_by_its_verb_is_kept() -> None:
    """«أرجع الفردان قلة كمية الروبيان في بحر الخفجي | إلى …»: a line on «أرجع/عزا» keeps its
    «إلى» (the cause), and «على وجه الخصوص» is no complement of it."""
    text = (
        "يشهد سوق السمك في الخفجي إقبالا كبيرا من المتسوقين مع بداية الموسم الجديد. "
        "وأرجع الصياد علي الفردان قلة كمية الروبيان في بحر الخفجي على وجه الخصوص هذا العام إلى ارتفاع "
        "درجة حرارة المياه وكثرة الصيد الجائر في المواسم الماضية. وأكد الفردان أن الأسعار ستنخفض قريبا."
    )
    lines = [b for b in _bullets(text) if b.startswith("أرجع")]
    assert all("إلى" in line for line in lines), lines


def test_a_quotation_is_said_by_the_speaker_named_after_it() -> None:
    """«"…"، كما يقول الكاتب فلان في حديثه لـ«الشرق الأوسط»»: the quotation is printed under its
    speaker; the paper's guillemets after «لـ» quote a name, not what was said, so the frame
    alone is no line."""
    text = (
        "تراجعت شعبية الأحزاب الطائفية في المنطقة خلال السنوات الأخيرة بحسب دراسات حديثة. "
        "و«إيران تستخدم الأقليات الشيعية العربية ورقة للضغط على جاراتها بتهديد أمنها واستقرارها»، كما يقول "
        "الكاتب السعودي كامل الخطي في حديثه لـ«الشرق الأوسط». ويضيف الخطي أن هذا الاستخدام لم يعد خافيا على أحد."
    )
    bullets = _bullets(text)
    assert not any(b.startswith("يقول") for b in bullets), bullets
    quoted = [b for b in bullets if "إيران تستخدم" in b]
    assert quoted and all(b.startswith("الكاتب السعودي كامل الخطي:") for b in quoted), bullets


def test_a_cut_inside_a_clause_does_not_keep_one_word_after_a_comma() -> None:
    """«… يعتمد الجهاز على معالج رباعي النواة بسرعة 1.1 جيجا هيرتز، وسماكة …»: cut inside
    the sentence, the line stops at the comma, not on the one word that opens the next phrase."""
    text = (
        "أطلقت شركة سامسونج هاتفها الجديد جالاكسي في الأسواق العربية أمس بسعر منخفض. "
        "ويعتمد الجهاز على معالج رباعي النواة بسرعة 1.1 جيجا هيرتز، وسماكة لا تتجاوز ثمانية ملليمترات "
        "ووزن خفيف لا يزيد على مئة وثلاثين غراما مع بطارية كبيرة تدوم يومين كاملين. "
        "ويتوفر الهاتف باللونين الأبيض والأسود في جميع متاجر الشركة."
    )
    bullets = _bullets(text)
    assert any(b.startswith("يعتمد الجهاز") for b in bullets), bullets
    assert not any(b.startswith("يعتمد الجهاز") and b.endswith("وسماكة") for b in bullets), bullets


def test_a_future_copula_is_singular() -> None:
    """«وستكون المباراة اختبارا مهما …» ends like a plural verb («يقولون») but names its subject:
    a bullet («يقولون …» leans on who says it, «وسيكون متاحا …» on what will be)."""
    sentences = (
        "يلتقي برشلونة مع أشبيلية اليوم في مباراة كأس السوبر الأوروبية في العاصمة الجورجية تبليسي.",
        "وستكون المباراة اختبارا مهما لقدرات فريق المدرب أوناي إيمري في الموسم الجديد.",
        "ويقولون إن الفريق الكتالوني هو المرشح الأوفر حظا للفوز باللقب هذا العام.",
        "وسيكون متاحا للجماهير شراء التذاكر عبر الموقع الإلكتروني للاتحاد الأوروبي.",
    )
    bullets = _bullets(" ".join(sentences))
    openings = {normalize_word(words(b)[0]) for b in bullets}
    assert normalize_word("ستكون") in openings and normalize_word("يقولون") not in openings, openings
    assert not any(b.startswith("سيكون متاحا") for b in bullets), bullets


def test_a_verb_with_its_subject_alone_does_not_fill_a_box_of_complete_lines() -> None:
    """«ورحّب مجلس السلام الأفغاني، الذي شكله الرئيس السابق …، بانتخاب أمير جديد»: cut at the
    comma the line keeps the verb and its subject and loses what was welcomed."""
    text = (
        "أكدت مصادر مقربة من قيادات حركة طالبان تعيين الملا أختر منصور زعيما للحركة. "
        "وينحدر الملا أختر منصور من قبيلة بشتونية في الجنوب الأفغاني. "
        "ورحّب مجلس السلام الأفغاني، الذي شكله الرئيس الأفغاني السابق حميد كرزاي ليكون الجهة المخولة "
        "إجراء حوار مع طالبان، بانتخاب أمير جديد للحركة. "
        "وقتل عشرة أشخاص في هجوم على قاعدة عسكرية في ولاية هلمند أمس. "
        "وأعلنت الحكومة الأفغانية استعدادها لاستئناف محادثات السلام مع الحركة خلال الشهر المقبل."
    )
    bullets = _bullets(text)
    assert len(bullets) >= 3, bullets
    assert not any(normalize_word(b).endswith(normalize_word("مجلس السلام الأفغاني")) for b in bullets), bullets


def test_a_cut_before_fi_keeps_what_governs_it() -> None:
    """«لن تألو جهدا | في اتخاذ …», «نجح مؤلف المسرحية … | في تسليط الضوء …»: «في» opens the
    complement here, not an adjunct, and no line stops before it as if the clause were whole."""
    text = (
        "أدان مجلس التعاون لدول الخليج العربية الهجوم الإرهابي الذي استهدف مسجدا في مدينة أبها. "
        "وأكد البيان أن دول مجلس التعاون كافة لن تألو جهدا في اتخاذ إجراءات صارمة ضد الإرهابيين والمحرضين "
        "على العنف والكراهية في المنطقة. "
        "ونجح مؤلف المسرحية ومخرجها بندر الواصلي في تسليط الضوء على قضايا الشباب والبطالة في المجتمع المحلي."
    )
    endings = {normalize_word(words(b)[-1]) for b in _bullets(text)}
    assert not endings & {normalize_word("جهدا"), normalize_word("الواصلي")}, endings


def test_a_quantified_object_is_an_object() -> None:
    """«تشمل أحكام القرار كافة الديون المعدومة»: «كافة …» after the subject is what the verb is
    about, and so is an indefinite noun after a definite one («شهدت التدريبات الصباحية غياب
    المدافع …»): the line is whole; «رحّب مجلس السلام الأفغاني» has no object."""
    from importlib import import_module

    highlights = import_module("khulasa.summarize.highlights")
    for text, opening, objectless in (
        ("وتشمل أحكام القرار كافة الديون المعدومة والتسهيلات الائتمانية المتعثرة.", "وتشمل", False),
        ("وشهدت التدريبات الصباحية غياب المدافع الصربي توبيتش عن الفريق.", "وشهدت", False),
        ("ورحّب مجلس السلام الأفغاني، الذي شكله الرئيس السابق، بانتخاب أمير جديد.", "ورحّب", True),
    ):
        statement = _opening_statement(text, opening)
        length = 7 if not objectless else 4
        assert highlights._objectless(statement, statement.sentence.forms, length) is objectless, text


def test_a_quoted_paper_after_the_verb_is_not_the_speaker() -> None:
    """«أبلغ "الاقتصادية" مسؤول في وزارة العدل أن …، مؤكدا أن …»: the paper was told; the claim
    is not printed as «الاقتصادية: …»."""
    text = (
        "تعتزم وزارة العدل تطبيق أنظمة إلكترونية جديدة في جميع المحاكم خلال العام المقبل. "
        'وأبلغ "الاقتصادية" مسؤول في وزارة العدل أن الوزارة ستطبق نظام البصمة الإلكترونية على موظفيها، '
        "مؤكدا أن تطبيق النظام سيسهم في رفع كفاءة الأداء والإنتاجية في القطاعات العدلية. "
        "وعقدت الوزارة ورشة عمل لتحديد إجراءات العمل في كتابات العدل بمختلف المناطق."
    )
    assert not any(b.startswith("الاقتصادية:") for b in _bullets(text))


def test_an_intransitive_coordinated_verb_names_its_subject() -> None:
    """«… وجاءت الحريات في المركز الأول»: «جاءت» takes no object, «الحريات» is who came first;
    the clause stands alone (unlike «… وتدعم الشرعية في اليمن»)."""
    text = (
        "ضخ أهالي العاصمة المقدسة أكثر من 72 مليون ريال لشراء الأغنام خلال أيام عيد الفطر المبارك. "
        "وفاقت المبيعات خلال أيام العيد الأولى ستين ألف رأس وجاءت الحريات في المركز الأول من حيث نسبة "
        "الشراء التي تجاوزت أربعين ألف رأس. "
        "وقال أحد المتعاملين إن الإقبال على الشراء كان كبيرا هذا العام. "
        "وارتفعت أسعار الحريات إلى ألف وتسعمئة ريال للرأس الواحد."
    )
    bullets = _bullets(text)
    assert len(bullets) >= 3 and any(b.startswith("جاءت الحريات في المركز الأول") for b in bullets), bullets


def test_no_line_where_a_deletion_took_what_a_particle_wanted() -> None:
    """A deletion right after «إن», «كل» or a preposition leaves «قال سيلفا إن يستحق …»: no line is
    cut from such a statement; with the word kept it is a line."""
    from importlib import import_module

    highlights = import_module("khulasa.summarize.highlights")
    sentence = analyze("قال المدرب جوتا سيلفا إن الأمر يستحق أن نفكر فيه بعمق قبل المباراة.").sentences[0]
    whole = tuple(range(len(sentence.words)))
    gone = sentence.words.index("الأمر")
    assert highlights._cut(Statement(sentence, whole), 12) is not None
    assert highlights._cut(Statement(sentence, tuple(i for i in whole if i != gone)), 12) is None


def test_an_impersonal_verb_before_an_adjunct_has_its_subject_after_it() -> None:
    """«وجرى خلال الاجتماع رفع توصية …»: the subject of «جرى» is the masdar after the adjunct, not
    someone said before; «يتم عبر القنوات الأمنية» says nothing."""
    sentences = (
        "وافقت لجنة ألعاب كرة القدم بالاتحاد السعودي لكرة القدم على إقامة بطولات لكرة القدم الشاطئية.",
        "وجرى خلال الاجتماع رفع توصية للاتحاد باستحداث بطولة لكرة قدم الصالات.",
        "وأكد رئيس اللجنة أن التواصل مع الأندية يتم عبر القنوات الرسمية.",
    )
    openings = {" ".join(words(b)[:3]) for b in _bullets(" ".join(sentences))}
    assert "جرى خلال الاجتماع" in openings and "يتم عبر القنوات" not in openings, openings


def test_a_subject_after_a_short_adjunct_is_the_verbs_own() -> None:
    """«تحركت على الفور 4 فرق إسعافية …»: the subject follows the adjunct, so the clause stands
    alone; «حذرت في الوقت نفسه من …» and «وصل إلى العاصمة اليمنية صنعاء» have none of their own."""
    text = (
        "باشرت فرق الهلال الأحمر السعودي بمنطقة الرياض حريقا بمنزل شرق المدينة نتج عنه تسجيل 6 إصابات متوسطة. "
        "وأوضح المتحدث الرسمي للهيئة أنه في تمام الساعة السادسة تلقت الهيئة بلاغا عن وقوع حريق بمنزل. "
        "وأضاف: تحركت على الفور 4 فرق إسعافية وفرقتا استجابة متقدمة للتعامل مع الإصابات. "
        "وحذرت في الوقت نفسه من الاقتراب من مواقع الحرائق. "
        "ووصل إلى العاصمة اليمنية صنعاء أمس."
    )
    openings = {" ".join(words(b)[:2]) for b in _bullets(text)}
    assert "تحركت على" in openings, openings
    assert not openings & {"حذرت في", "وصل إلى"}, openings


def test_a_modal_frame_opens_a_bullet_and_stays_with_it() -> None:
    """«ومن المقرر أن تعود بعثة الفريق …»: the frame opens a bullet and keeps it a plan, not a
    fact («تعود بعثة الفريق …» alone would say it is happening)."""
    text = (
        "تعادل الأهلي السعودي ونظيره نيوشاتل السويسري بثلاثة أهداف لكل منهما، ضمن إطار التحضيرات "
        "الأهلاوية للموسم الجديد في مدينة لوزان السويسرية. وافتتح النادي السويسري أهداف اللقاء عند "
        "الدقيقة الـ8. ومن المقرر أن تعود بعثة فريق الأهلي إلى السعودية السبت المقبل."
    )
    bullets = _bullets(text)
    _opens_on(bullets, "من المقرر أن تعود بعثة", "تعود بعثة")
    # A plan cut before it is said («من المقرر أن يلتقي كارتر | في أربيل رئيس …») is no bullet.
    cut = _bullets(
        "وصل وزير الدفاع الأمريكي آشتون كارتر إلى بغداد أمس في زيارة لم يعلن عنها مسبقا. ومن المقرر أن يلتقي "
        "كارتر في أربيل رئيس حكومة إقليم كردستان العراق مسعود بارزاني وعددا من القادة العسكريين الأكراد لبحث "
        "الحرب على التنظيم. وأكد كارتر أن القوات العراقية حققت تقدما ملموسا في محافظة الأنبار."
    )
    assert not any(b.startswith("من المقرر") for b in cut), cut
    # Cut later, once it has said what is planned, it is a line.
    said = _bullets(
        "عقد وزراء خارجية دول مجلس التعاون لدول الخليج العربية في الدوحة اليوم اجتماعاً تنسيقياً تمهيداً "
        "للاجتماع المشترك مع وزير الخارجية الأمريكي. ومن المقرر أن يناقش الاجتماع الخليجي الأمريكي عدداً من "
        "القضايا والملفات المهمة في المنطقة بما في ذلك الاتفاق النووي الذي أبرمته مجموعة (5+1) مع إيران في "
        "الرابع عشر من يوليو الماضي في فيينا. ويأتي هذا الاجتماع نظراً لأهمية القضايا السياسية والأمنية."
    )
    assert any(b.startswith("من المقرر أن يناقش الاجتماع") for b in said), said


def test_a_body_named_after_a_coordinated_verb_is_its_subject() -> None:
    """«…، وأنهت إدارة النادي إجراءات …»: an acting body heading its idafa after the verb is the
    clause's own subject; «…، واشترت شاشات التلفاز» leans on the sentence's subject."""
    sentences = analyze(
        "وصل المهاجم الجديد إلى معسكر الفريق في النمسا مساء أمس قادما من البرازيل، وأنهت إدارة النادي "
        "إجراءات تسجيله في كشوفات الفريق الأول. وكانت الجماهير تنتظر وصوله منذ أيام، واشترت شاشات التلفاز "
        "الضخمة لمتابعة المباراة."
    ).sentences
    elided = {
        sentence.words[statement.keep[0]]: subject_elided(statement)
        for sentence in sentences for statement in statements(sentence)
    }
    assert elided["وأنهت"] is False and elided["واشترت"] is True, elided


def test_a_claim_opening_on_its_accusative_is_no_bullet() -> None:
    """«وقالت مصادر إن عددا من وزراء الحكومة يخططون …»: cut from its «إن», the claim opens on an
    accusative («عددا من وزراء …») and is no sentence, under its speaker or not."""
    text = (
        "أعلنت الحكومة اليمنية تحرير مدينة عدن بالكامل من المتمردين الحوثيين بعد معارك استمرت أسابيع. "
        "وقالت مصادر حكومية إن عددا من وزراء الحكومة يخططون للعودة إلى عدن خلال الأيام المقبلة. "
        "وأضافت المصادر أن الحياة بدأت تعود إلى طبيعتها في أحياء المدينة."
    )
    bullets = _bullets(text)
    assert not any("عددا من وزراء" in b and "إن" not in b.split() for b in bullets), bullets


def test_there_is_with_its_accusative_is_no_bullet(shared_data: Path) -> None:
    """«بريمن: هناك بندا في عقد المهاجم …», «هناك كسرًا بالجمجمة …» (train 16730, 17381): cut
    from its «أن», «هناك» keeps the accusative «أن» governed, and the line is no sentence."""
    wanted = {16730, 17381, 17810}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for n, line in enumerate(itertools.islice(lines, max(wanted) + 1))
                 if n in wanted]
    assert len(texts) == len(wanted) and all("هناك" in text for text in texts)
    for bullet in (b for text in texts for b in _bullets(text)):
        said = words(bullet.split(":")[-1])
        assert not (said[0] == "هناك" and said[1].endswith(("ا", "اً", "ًا"))), bullet


def test_a_phrase_on_bi_or_li_is_no_speaker() -> None:
    """«وأشاد بمقاتلي المقاومة الشعبية …، مبينا أن 750 شخصا قتلوا …»: what follows «أشاد» is
    whom he praised, not who speaks («بمقاتلي المقاومة الشعبية: 750 شخصا قتلوا» named none)."""
    text = (
        "وصل وزير الدولة اليمني عبدالرقيب الحذيفي إلى مدينة عدن أمس في أول زيارة لمسؤول حكومي منذ تحريرها. "
        "وقال الحذيفي إن الحكومة ستعمل على إعادة فتح مطار عدن ومينائها لاستقبال المساعدات الإنسانية. "
        "وأشاد بمقاتلي المقاومة الشعبية الذين تمكنوا من طرد مسلحي الحوثي، مبينا أن 750 شخصا قتلوا في "
        "معارك عدن خلال ثلاثة أشهر من الاشتباكات."
    )
    assert not any(b.startswith("بمقاتلي") for b in _bullets(text)), _bullets(text)
    named = _bullets(
        "قال لوران بلان مدرب باريس سان جرمان بطل فرنسا لكرة القدم إن انتقال الأرجنتيني انخل دي ماريا إلى "
        "فريقه بات قريبا. وقال بلان بعد فوز سان جرمان على مانشستر يونايتد اليوم الخميس: \"تعلمون أن "
        "المفاوضات جارية، لكن الفريقين كبيران ويمكن للمفاوضات ان تصبح اكثر صعوبة\"."
    )
    assert any(b.startswith("بلان:") for b in named), named  # a name on «ب» still speaks


def test_a_copula_frame_without_a_reporting_verb_keeps_its_claim() -> None:
    """«كانت الأم ترفض أن يطلب الغداء من مطبخ خارجي»: cut from its frame, the refused thing would
    read as done (so would a duty, «يجب أن نخوض …»); only a frame that reports («كان الوزير قد أكد
    أن …») lets its claim go alone."""
    def claim(text: str) -> str | None:
        sentence = analyze(text).sentences[0]
        found = claim_of(statements(sentence, lead=True)[0])
        return None if found is None else " ".join(sentence.words[i] for i in found.keep)

    assert claim("كانت الأم ترفض أن يطلب الغداء من مطبخ خارجي في أيام العيد.") is None
    # dev 61 (blind editor): «نخوض التجربة، …» was a bullet; the duty is no claim of its own
    assert claim("وقال: «في البداية يجب أن نخوض التجربة، وشخصيًا أتمنى أن تكون ناجحة».") is None
    reported = claim("كان الوزير قد أكد أن الوزارة ستفتح باب القبول الأسبوع المقبل.")
    assert reported is not None and reported.startswith("الوزارة ستفتح"), reported


def test_an_amount_verb_keeps_its_amount(shared_data: Path) -> None:
    """«بلغ إجمالي القروض القائمة بنهاية العام الماضي» says nothing until the figure: on the
    first 600 SaudiNewsNet train articles, no bullet opens on «بلغ/قدر/تجاوز» without a number."""
    amount_verbs = {normalize_word(w) for w in "بلغ بلغت يبلغ تبلغ قدر قدرت يقدر تقدر تجاوز تجاوزت".split()}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(next(lines))["text"] for _ in range(600)]
    opened = [bullet for text in texts for bullet in _bullets(text) if normalize_word(words(bullet)[0]) in amount_verbs]
    assert opened
    for bullet in opened:
        assert any(c.isdigit() for c in bullet) or any(grammar.tag(normalize_word(w)) == "NUM" or normalize_word(w) in {
            normalize_word(q) for q in "عدد عشرات مئات آلاف ملايين نحو أكثر قرابة نصف ثلث ربع ضعف".split()} for w in words(bullet)), bullet


def test_a_fact_said_twice_is_one_bullet(shared_data: Path) -> None:
    """Sentences that open alike («كما استقبل الأمير … في مكتب سموه بقصر الحكم») give one bullet
    (SaudiNewsNet train article 17934: the same clause came twice)."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        text = json.loads(next(itertools.islice(lines, 17934, None)))["text"]
    bullets = [" ".join(words(b)) for b in _bullets(text)]
    assert bullets and len(set(bullets)) == len(bullets), bullets


def test_no_clause_opens_after_an_abbreviated_title() -> None:
    """«د. سلوى الهزاع …»: the dot of «د.» ends no clause, so a list of guests is no bullet."""
    text = ("واكبت قناة الإخبارية فعاليات العيد في مدينة الرياض بالنقل والمتابعة والتحليل، واستضافت القناة في "
            "الأستوديو نخبة من المثقفين والإعلاميين للحديث عن أجواء العيد ومنهم الناقد يحيى زريقان والفنان علي "
            "إبراهيم، إلى جانب د. سلوى الهزاع والكاتبة فوزية أبوخالد، وضيوف آخرين يمثلون نخبة المجتمع.")
    assert not any(bullet.startswith("سلوى") for bullet in _bullets(text))


def test_a_construct_plural_keeps_the_that_which_governs_it() -> None:
    """«إن مقاتلي حزب العمال هاجموا …»: cut from its «إن» the plural would have to read «مقاتلو»;
    no headline or bullet prints it bare or under a colon."""
    text = ("قال مسؤولون ومصادر أمنية إن مقاتلي حزب العمال الكردستاني هاجموا موقعًا أماميًا للجيش التركي في جنوب "
            "شرق البلاد. وأضافوا أن الهجوم أسفر عن مقتل جنديين وإصابة أربعة آخرين بجروح.")
    summary = summarize(text)
    for line in [summary.headline.text, *(h.text for h in summary.highlights)]:
        assert not line.startswith("مقاتلي") and ": مقاتلي" not in line, line


@pytest.mark.parametrize(
    ("text", "leans_back"),
    [
        ("وجاءت هولندا مع فرنسا أيضا في المجموعة نفسها بعد سحب القرعة.", True),  # the group said before
        ("وتعرضت الفنانة المذكورة لانتقادات واسعة بسبب أغنيتها الجديدة.", True),
        ("وستقام المباريات في الوقت نفسه في جميع الملاعب الأوروبية.", False),  # at the same time
        ("ووجدت الحكومة التركية نفسها في مرمى الانتقاد منذ بداية الأزمة.", False),  # reflexive
    ],
)
def test_the_same_one_said_before_leans_back(text: str, leans_back: bool) -> None:
    """«في المجموعة نفسها», «الفنانة المذكورة»: the line names what an earlier sentence said,
    so it only fills a thin box."""
    from importlib import import_module

    highlights = import_module("khulasa.summarize.highlights")
    sentence = analyze(text).sentences[0]
    statement = statements(sentence)[0]
    assert highlights._demonstrative_inside(sentence.forms, statement.keep) is leans_back


def test_a_body_named_by_its_kind_gets_its_name_back() -> None:
    """«ورصدت الوزارة 24 مخالفة …» means nothing alone: the article named one ministry before, so
    the bullet names it, subject first («وزارة الصحة رصدت …»), inside the offsets contract. With
    two ministries named before, «الوزارة» could be either: the bullet is left as written."""
    body = ("ورصدت الوزارة 24 مخالفة في المستشفيات الخاصة خلال جولات التفتيش. وأغلقت الوزارة ثلاثة مستوصفات "
            "لعدم التزامها بإجراءات مكافحة العدوى.")
    one = ("أعلنت وزارة الصحة تسجيل 12 إصابة جديدة بفيروس كورونا في منطقة الرياض خلال الأسبوع الماضي. وأوضحت أن "
           "المصابين يتلقون العلاج في المستشفيات الحكومية. " + body)
    two = ("أعلنت وزارة الصحة تسجيل 12 إصابة جديدة بفيروس كورونا في منطقة الرياض، فيما أعلنت وزارة التعليم تأجيل "
           "الدراسة. وأوضحت أن المصابين يتلقون العلاج في المستشفيات الحكومية. " + body)
    named = summarize(one)
    assert_offsets(named)
    bullets = [h.text for h in named.highlights]
    assert any(b.startswith("وزارة الصحة رصدت 24 مخالفة") for b in bullets), bullets
    assert not any("الوزارة" in words(b)[:2] for b in bullets), bullets
    assert any(words(b)[:2] == ["رصدت", "الوزارة"] for b in (h.text for h in summarize(two).highlights))


def test_a_town_named_by_its_kind_gets_its_name_back() -> None:
    """«وتقع المدينة قرب طريق يربط بين مدينة تدمر …» (train 16557): the article named one town
    before, «مدينة القريتين», so the bullet names it, as it names a ministry."""
    text = ("قال المرصد السوري لحقوق الإنسان اليوم الجمعة إن متشددي تنظيم الدولة الإسلامية خطفوا عشرات المسيحيين "
            "بعد أن سيطروا على مدينة استراتيجية في محافظة حمص. وذكر المرصد أن مصير 230 مواطنا من سكان مدينة "
            "القريتين لا يزال مجهولا. وتقع المدينة قرب طريق يربط بين مدينة تدمر التاريخية وجبال القلمون على "
            "الحدود مع لبنان.")
    named = summarize(text)
    assert_offsets(named)
    assert any(h.text.startswith("مدينة القريتين تقع قرب طريق") for h in named.highlights), [h.text for h in named.highlights]


def test_a_kind_counted_by_an_ordinal_names_no_one() -> None:
    """«وصدر مع العدد كتابان، أما الكتاب الثاني فجاء بعنوان «المسرح والشعر» … ويتناول الكتاب …»
    (train 16149: a blind A/B judge found «كتاب «الروائي الساذج والحساس» يتناول …» given the
    second book's content; 12047 gave the third film's story to the first): once the article
    counts several of a kind, the kind alone is none of the ones it named."""
    text = ("صدر العدد الجديد من مجلة الرواية متضمنا دراسة عن كتاب «الروائي الساذج والحساس» الذي كتبه باموق عن "
            "رحلته الروائية. وصدر مع العدد كتابان، أما الكتاب الثاني فجاء بعنوان «المسرح والشعر» للدكتور هيثم "
            "الخواجة. ويتناول الكتاب بالتحليل تطويع الشعر للمسرح مفندا التطورات التي طرأت على لغة المسرح.")
    _opens_on(_bullets(text), "يتناول الكتاب بالتحليل", "كتاب «الروائي")
    alone = text.replace("وصدر مع العدد كتابان، أما الكتاب الثاني فجاء بعنوان «المسرح والشعر»", "وصدر مع العدد دراسة")
    _opens_on(_bullets(alone), "كتاب «الروائي الساذج والحساس» يتناول", "يتناول الكتاب")


def test_a_kind_said_of_two_names_is_the_one_the_article_keeps_naming() -> None:
    """«وكانت المدينة قد شهدت …» after «مدينة المكلا» twice and «مدينة زنجبار» once (train 21332,
    census "which city"): the city the article is about is the one it named more often than all
    the others together; named once each, either could be meant and the line stays as written."""
    text = ("تراجع تنظيم القاعدة في اليمن عن وعوده بمغادرة مدينة المكلا جنوب البلاد. وقال القيادي في التنظيم أبو عمر "
            "النهدي إن عناصره باقون في مدينة المكلا ولن يخرجوا منها. وتخشى الحكومة تكرار سيناريو تدمير مدينة زنجبار "
            "في محافظة أبين عام 2012. وكانت المدينة قد شهدت أمس مسيرة ومظاهرة جماعية نفذها المئات.")
    _opens_on(_bullets(text), "مدينة المكلا شهدت مسيرة", "المدينة شهدت")
    _opens_on(_bullets(text.replace("في مدينة المكلا ولن", "في المكلا ولن")), "المدينة شهدت مسيرة", "مدينة المكلا شهدت")


def test_a_speaker_cut_at_his_offices_complement_is_the_family_name_closing_it() -> None:
    """«وأكد المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ، … أن …» (train
    10285, 12191: «المتحدث الرسمي: …», 69 such bullets in 6,000 train articles): the office's first
    words say nobody; the family name that closes the phrase does, as titles write it. Not a clause
    («مسؤول بالشرطة رفض الإفصاح عن هويته», «سعادته بما يقدمه اللاعبون»: dev 294, blind A/B "broken
    attribution"), nor a paper's nisba («صحيفة الموندو ديبورتيفو الكتالونية»)."""
    text = ("وصلت صباح أمس سفينة درب الخير إلى ميناء عدن، وهي أكبر سفينة إغاثية تصل إلى اليمن حتى الآن. وأكد "
            "المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ، في تصريح صحافي أن السفينة "
            "تحمل على متنها 3540 طناً من المواد الغذائية والطبية. قال مسؤول بالشرطة رفض الإفصاح عن هويته: إن "
            "محكمة بلدية ميتكيانا قضت بسجن 153 من الرعايا الصينيين مدى الحياة. وكشف استطلاع للرأي أجرته صحيفة "
            "الموندو ديبورتيفو الكتالونية أن نسبة التصويت الأعلى كانت لمن قيم الأداء بالسيئ. من جانبه أكد مدرب "
            "الفريق جميل قاسم سعادته بما يقدمه اللاعبون من مجهود بالمعسكر، وقال: إن اللاعبين يبذلون جهدا كبيرا.")
    bullets = _bullets(text)
    _opens_on(bullets, "الصباغ: السفينة تحمل على متنها", ("المتحدث الرسمي:", "الإفصاح:", "الكتالونية:", "اللاعبون:"))
    # «وأبان أن …» in the next sentence is his too: the verb that named him is «وأوضح», not «رأفت»
    # (which reads as a feminine past; train 16430 had lost the speaker)
    later = ("وصلت الطائرة إلى اليمن أمس. وأوضح المتحدث الرسمي للمركز رأفت الصباغ، أن الطائرة المقلة للعالقين "
             "اليمنيين قادمة من العاصمة الأردنية عمان. وأبان أن المركز خصص برنامجا متكاملا لنقل العالقين اليمنيين "
             "الراغبين في العودة.")
    _opens_on(_bullets(later), "الصباغ: المركز خصص برنامجا", "المركز خصص")


def test_a_firm_named_before_another_firms_share_is_not_the_firm_of_a_later_line() -> None:
    """«… تراجع سهم … الشركة السعودية للصناعات الأساسية (سابك) … وهبط سهم اتحاد اتصالات (موبايلي) …
    وتكبدت الشركة خسائر صافية بلغت 900.9 مليون ريال» (train 17442: a blind census judge found the
    box giving Mobily's loss to SABIC, "factual error"): once a market report names another listed
    firm by its share, «الشركة» is that firm, not the one «شركة» named before."""
    text = ("تراجعت معظم أسواق الأسهم الرئيسية في منطقة الخليج اليوم الثلاثاء بعدما هبط خام برنت خمسة بالمئة. "
            "وهبط المؤشر الرئيسي للسوق السعودية 0.6 بالمئة مع تراجع سهم عملاق البتروكيماويات الشركة السعودية "
            "للصناعات الأساسية (سابك) 1.4 بالمئة. وهبط سهم اتحاد اتصالات (موبايلي) 3.1 بالمئة إلى 30.20 ريال "
            "مسجلا أدنى مستوياته في ست سنوات. وتكبدت الشركة خسائر صافية بلغت 900.9 مليون ريال في الربع الثاني "
            "من العام.")
    bullets = [h.text for h in summarize(text).highlights]
    assert any("900.9 مليون ريال" in b for b in bullets), bullets
    assert not any("الأساسية" in b and "900.9" in b for b in bullets), bullets
    # without the other firm's share, the one firm named is the firm meant
    alone = text.replace("وهبط سهم اتحاد اتصالات (موبايلي) 3.1 بالمئة إلى 30.20 ريال مسجلا أدنى مستوياته في ست سنوات. ", "")
    assert any(b.startswith("الشركة السعودية للصناعات الأساسية تكبدت") for b in (h.text for h in summarize(alone).highlights))


@pytest.mark.parametrize(
    ("text", "starts", "variant", "opening", "printed"),
    [
        (  # no idafa names «الشركة», but «الشركة السعودية للكهرباء» said who it is; «الشركة المصنعة» what it does
            "أعلنت الشركة السعودية للكهرباء انتهاء أعمال الصيانة في محطات التوليد بالمنطقة الشرقية قبل موعدها. "
            "وأوضحت أن المشتركين لن يتأثروا بأي انقطاع خلال الصيف. ووقعت الشركة عقدا لإنشاء محطة تحلية في جدة.",
            "الشركة السعودية للكهرباء وقعت عقدا", ("الشركة السعودية للكهرباء", "الشركة المصنعة"), ["وقعت", "الشركة"], True,
        ),
        (  # «إنها» is the police: «الشرطة الإيطالية احتجزت …»; after a masculine speaker «ها» is not him
            "غرق قارب يحمل مئات المهاجرين قبالة السواحل الليبية أمس ونجا نحو 400 شخص. وقالت الشرطة الإيطالية إنها "
            "احتجزت خمسة رجال يشتبه بأنهم هربوا المهاجرين. وأضافت أن عمليات البحث عن المفقودين مستمرة.",
            "الشرطة الإيطالية احتجزت خمسة رجال", ("وقالت الشرطة الإيطالية إنها", "وقال المتحدث باسم خفر السواحل إنها"),
            ["المتحدث", "احتجزت"], False,
        ),
        (  # a quotation after the kind is the body's name (train 21307: «الشركة أعلنت عن كسب قضية», census
            # "which company"); with a second firm named since, «الشركة» could be either
            "أعلنت شركة «مجموعة المعجل» أنها ستواصل متابعة القضايا المالية الخاصة بها أمام المحاكم. وأوضح مصدر "
            "مسؤول أن الأموال المستردة ستودع في حسابات الشركة كأرباح صافية. وكانت الشركة قد أعلنت أمس عن كسب قضية "
            "رفعتها في عام 2013 على شركة أجنبية بقيمة 63 مليون دولار.",
            "شركة «مجموعة المعجل» أعلنت عن كسب قضية", ("حسابات الشركة", "حسابات شركة «سايبم»"), ["الشركة", "أعلنت"], True,
        ),
    ],
)
def test_a_bullet_names_its_subject_when_the_article_did(
    text: str, starts: str, variant: tuple[str, str], opening: list[str], printed: bool,
) -> None:
    """A subject said by its kind or a pronoun («ووقعت الشركة …», «قالت الشرطة إنها احتجزت …») is
    printed as the article named it, subject first; where the article's words do not say who, the
    line is not rewritten: the variant prints `opening` as written (`printed`), or not at all."""
    summary = summarize(text)
    assert_offsets(summary)
    assert any(h.text.startswith(starts) for h in summary.highlights), summary.highlights
    other = summarize(text.replace(*variant))
    assert any(words(h.text)[:2] == opening for h in other.highlights) is printed, other.highlights


def test_claims_spoken_sentences_after_their_speaker_keep_the_offsets_contract(shared_data: Path) -> None:
    """«وأضاف … أن …» whose speaker was named in an earlier, shorter sentence (SaudiNewsNet train
    13127, 15311, 16544): naming a bullet's subject looks at the claim's own sentence, not the
    speaker's (an index into the wrong sentence once broke these three)."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        rows = list(itertools.islice(lines, 13127, 16545))
    for index in (13127, 15311, 16544):
        summary = summarize(json.loads(rows[index - 13127])["text"])
        assert_offsets(summary)
        assert any(":" in h.text for h in summary.highlights), summary.highlights


def test_a_number_keeps_its_per_cent() -> None:
    """«… مرتفعا بنسبة 36.2 | في المائة»: no line ends between a figure and «في المائة»."""
    text = (
        "قدر تقرير مؤسسة النقد حجم المنصرف الفعلي من قروض البرنامج خلال العام الماضي بنحو 134 مليون دولار. "
        "وأكد التقرير أن المسدد من القروض العام الماضي بلغ 70 مليون دولار مرتفعا بنسبة 36.2 في المائة "
        "مقارنة بالعام الذي سبقه. "
        "ويمثل نصيب دول المجلس نحو 20.9 في المائة من إجمالي الاحتياطي العالمي من النفط الخام."
    )
    for bullet in _bullets(text):
        assert not any(c.isdigit() for c in words(bullet)[-1]), bullet


def test_the_same_thanks_to_each_caller_is_one_bullet(shared_data: Path) -> None:
    """Train article 24011 thanks four callers in four sentences that differ only in the name
    («وقدم سمو نائب خادم الحرمين الشريفين شكره وتقديره لـ… على مشاعره الطيبة»): one fact, one
    bullet."""
    path = shared_data / "saudinewsnet" / "train.jsonl.gz"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        text = json.loads(next(itertools.islice(lines, 24011, None)))["text"]
    assert text.count("شكره وتقديره") == 4
    thanks = [b for b in _bullets(text) if "شكره وتقديره" in b]
    assert len(thanks) <= 1, thanks


def test_an_amount_is_not_cut_from_its_figure(shared_data: Path) -> None:
    """«كشف التقرير عن بلوغ عدد الخطوط العاملة», «بلغ عدد المرشحين …»: an amount announced and
    cut before its figure says nothing (train 24502, 20168, 21264, 22561, 23959 printed such
    lines); «عدد» is what is counted, not how many."""
    wanted = {20168, 21264, 22561, 23959, 24502}
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for n, line in enumerate(itertools.islice(lines, max(wanted) + 1)) if n in wanted]
    amounts = {normalize_word(w) for w in ("بلغ", "يبلغ", "تبلغ", "بلوغ")}
    for text in texts:
        for bullet in _bullets(text):
            said = [normalize_word(w) for w in words(bullet)]
            if any(w.removeprefix("و") in amounts for w in said) and normalize_word("عدد") in said:
                assert any(c.isdigit() for c in bullet) or any(w in grammar.CARDINALS for w in said), bullet


@pytest.mark.parametrize(
    ("sentence", "elided"),
    [
        ("وأتاح المعرض للأسر المنتجة عرض منتجاتها، كما أتاح الفرصة لمشاركة الأسر بفعالية كبيرة.", True),
        ("واستقبل الربيعة في مقر المركز سفير خادم الحرمين الشريفين لدى الأردن.", False),  # a family name
        ("وقال العطية إن بلاده ترفض وصف الجماعة بالإرهابية.", False),
        ("وأطلقت الوزارة المبادرة الوطنية لتشجيع القراءة في المدارس.", False),
        # dev, blind editor: "no subject": a feminine plural after a masculine verb is its object
        ("وأوضح أن القرار الذي وافق عليه مجلس الوزراء بناء على توصية المجلس الاقتصادي، سيحرر المساحات "
         "الشاسعة من القيد الشديد للاحتكار.", True),
        ("وقالت الشرطة إن الانفجار وقع في سوق شعبي، وأصيب العشرات من المارة.", False),  # a count of people
        # indefinite too (dev 1690 sheet's neighbours, train: "subject missing"), but not a
        # quantity or a style that opens the subject
        ("ورفض نصيحة الجميع فأكمل طريقه إلى عدن.", True),
        ("وأبدى جاهزية فنية وبدنية جيدة في التدريبات.", True),
        ("وشارك مجموعة من الشباب في المسابقات التنافسية.", False),
        ("ورحب سعادة الأمين العام المساعد بالحضور.", False),
    ],
)
def test_a_feminine_noun_after_a_masculine_past_verb_is_its_object(sentence: str, elided: bool) -> None:
    """«أتاح الفرصة …», «أعاد البسمة …»: a feminine subject right after its verb makes the verb
    feminine, so the noun is the object and the subject is elsewhere; a family name in «ة» is
    no object («استقبل الربيعة», «قال العطية إن»)."""
    found = [s for s in statements(analyze(sentence).sentences[0]) if len(s.keep) > 1]
    last = max(found, key=lambda s: s.keep[0])
    assert subject_elided(last, inside=False) is elided


def test_the_object_after_a_verb_speaks_for_no_one(shared_data: Path) -> None:
    """«… أعاد الهيبة للأمة العربية كلها، وأكد لجميع القوى … أن العالم العربى قادر …» (train
    23184) names no speaker «الهيبة»: the noun after the masculine verb is its object."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        text = json.loads(next(itertools.islice(lines, 23184, None)))["text"]
    assert "أعاد الهيبة للأمة العربية كلها" in text
    sentence = next(s for s in analyze(text).sentences if "أعاد الهيبة" in s.span.text)
    framed = [(frame, claim) for frame in statements(sentence, frames=True)
              if (claim := claim_of(frame)) is not None and "العالم" in sentence.forms[claim.keep[0]]]
    assert framed, [s.keep[:3] for s in statements(sentence, frames=True)]
    assert all(_speaker(frame, claim, sentence.forms, sentence.gaps) is None for frame, claim in framed)
    assert not any(b.startswith("الهيبة") for b in _bullets(text))


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        # train 16522, 20133, 16743: a verbal noun joined to the noun before it
        ("وأشار سموه إلى أن هذا العمل الإرهابي الجبان ينم عن فكر فاسد هدفه زعزعة أمن البلد ونشر الرعب في نفوس المواطنين.", ""),
        ("وتتنوع الجهود التي قامت بها إدارة الأوقاف في مجالات تعليم ونشر وخدمة كتاب الله الكريم.", ""),
        ("ويتميز اللاعب بتقديمه مباراة كبيرة بأسلوب هجومي ولعب الكرات السريعة والتقدم على الشبكة.", ""),
        # after punctuation, or a verb that is no verbal noun, a clause still begins
        ("وأنهت الشرطة التحقيق مع المتهمين، ونشر الموقع صورة للأضرار التي لحقت بالمبنى.", "نشر"),
        ("وأنهى المنتخب معسكره في النمسا وجرى استكمال الإجراءات اللازمة للسفر إلى الرياض.", "جرى"),
    ],
)
def test_a_verbal_noun_after_and_opens_no_clause(sentence: str, opens: str) -> None:
    """«هدفه زعزعة أمن البلد ونشر الرعب …»: «و» and a three-letter form as common with the
    article as a verbal noun («النشر», «اللعب»), right after a noun, continues the phrase;
    before, «نشر الرعب في نفوس المواطنين» was a bullet with no subject (dev, blind editor)."""
    analyzed = analyze(sentence).sentences[0]
    later = [analyzed.words[s.keep[0]].removeprefix("و") for s in statements(analyzed) if s.keep[0] > 0]
    assert later == ([opens] if opens else [])


def test_an_unnamed_first_person_speaks_in_no_bullet() -> None:
    """«الطموح الذي يمتلكه الفريق وأهدافه ستجعلني أبذل المزيد …» (dev 80, blind editor: a claim
    without its speaker): a quotation in the first person whose speaker is not said is no
    bullet; a line naming its speaker is («يضيف الخالدي: إننا …»), and «سيدني» after a
    preposition is a city, no verb on «ـني»."""
    text = ("أكمل نادي الفتح التعاقد مع المهاجم البرازيلي جوسيمار لتمثيل الفريق الموسم المقبل. "
            "\"الطموح الذي يمتلكه الفريق وأهدافه ستجعلني أبذل المزيد لأجل تحقيق إنجاز آخر\". "
            "وتكفل أبناء حسن العفالق بكامل قيمة الصفقة مع اللاعب.")
    bullets = _bullets(text)
    assert bullets and not any("ستجعلني" in b for b in bullets), bullets
    for line, first_person in (
        ("الطموح الذي يمتلكه الفريق وأهدافه ستجعلني أبذل المزيد.", True),
        ("الحقيقة نحن الآن نتعرض لخسائر كبيرة من جراء إيقاف الاستقدام.", True),
        ("يضيف الخالدي: إننا نجد تفاوتا كبيرا في الأسعار.", False),
        ("استمر المبتعثون في سيدني في إقامة فعاليات العيد.", False),
        ("اعترف موتا انه يتمنى العودة الى اتلتيكو مدريد الاسباني.", False),
    ):
        sentence = analyze(line).sentences[0]
        assert _first_person(sentence, tuple(range(len(sentence.words)))) is first_person, line


def test_a_relaying_frame_without_what_it_relays_is_no_bullet() -> None:
    """«نقلت صحيفة "آستى بايفاليخت" عن وزير الشؤون الاجتماعية» (dev, blind editor: "no content")
    says whom a paper quoted, not what: no bullet ends there, though the paper's name is quoted."""
    text = ("تدرس أستونيا حظر ارتداء البرقع في الأماكن العامة على اللاجئين من دول إفريقيا والشرق الأوسط. "
            "ونقلت صحيفة \"آستى بايفاليخت\" عن وزير الشؤون الاجتماعية الأستوني، مارجوس تساكخنا، قوله، إن "
            "\"وزارته اقترحت على وزارة العدل تحليل المشكلات التي قد تنجم عن وصول أشخاص لهم تقاليد مختلفة\". "
            "وقالت الحكومة إن قرارا نهائيا لم يتخذ بعد بهذا الشأن. "
            "وكانت أستونيا قد تعهدت بإيواء 150 لاجئا من دول إفريقيا والشرق الأوسط لمدة عامين.")
    bullets = _bullets(text)
    assert bullets and not any(b.startswith("نقلت") and "اقترحت" not in b for b in bullets), bullets


def test_a_bare_frame_is_said_by_the_speaker_named_before() -> None:
    """«وأشار إلى أن منع ارتداء البرقع يلبي مصالح الأمن» (dev, blind editor: "no speaker"): like
    «وأضاف أن …», a frame of a verb and its «إلى أن» names no one, so the one named before speaks."""
    text = ("تدرس أستونيا حظر ارتداء البرقع في الأماكن العامة على اللاجئين من دول إفريقيا والشرق الأوسط. "
            "وقال وزير الشؤون الاجتماعية مارجوس تساكخنا إن الدول الأوروبية حاولت خلال الفترة الأخيرة تقييد ارتداء البرقع. "
            "وأشار إلى أن منع ارتداء البرقع يلبي مصالح الأمن.")
    bullets = _bullets(text)
    security = [b for b in bullets if "يلبي مصالح الأمن" in b]
    assert security and ":" in security[0], bullets
    assert security[0].split(":")[0] in text.split("وأشار")[0], bullets


def test_a_spokesman_named_after_a_comma_still_owes_what_he_revealed() -> None:
    """«كشف المتحدث باسم المقاومة، علي الأحمدي، | عن استهداف …» (dev, blind editor: "cut off"):
    «باسم» belongs to the office and «علي» after a comma is a name, not the preposition «على»,
    so «كشف» has not had its «عن» yet."""
    sentence = analyze("وكشف المتحدث باسم المقاومة، علي الأحمدي، عن استهداف نقاط المراقبة في سور قاعدة العند.").sentences[0]
    statement = statements(sentence)[0]
    assert [owes_complement(sentence, statement.keep, n) for n in (3, 4, 5, 6, 7)] == [True] * 4 + [False]


def test_a_long_speaker_is_told_by_the_name_it_opens_on(shared_data: Path) -> None:
    """«وأوضح أحمد بن محمد العمود رئيس برنامج موهبة الإثرائي بمدارس الرياض، أن …» (train 16788):
    the speaker is «أحمد بن محمد العمود», not the office's last word «الإثرائي»."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        text = json.loads(next(itertools.islice(lines, 16788, None)))["text"]
    assert "وأوضح أحمد بن محمد العمود رئيس برنامج موهبة الإثرائي" in text
    sentence = next(s for s in analyze(text).sentences if "أحمد بن محمد العمود" in s.span.text)
    named = [found for frame in statements(sentence, frames=True) if (claim := claim_of(frame)) is not None
             and (found := _speaker(frame, claim, sentence.forms, sentence.gaps)) is not None]
    assert [" ".join(sentence.words[i] for i in found) for found in named] == ["أحمد بن محمد العمود"], named


def test_another_fact_about_the_headline_subject_fills_a_thin_box(shared_data: Path) -> None:
    """Train 16101: the headline is «وجه الأمير جلوي بن عبدالعزيز باستحداث برامج …»; «وكان الأمير
    جلوي بن عبدالعزيز قد زار … قصر أبا السعود التاريخي» shares half its stems with it (the
    prince's name) but tells another fact from another sentence, so it may fill the box; the
    headline's own sentence gives no bullet."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        text = json.loads(next(itertools.islice(lines, 16101, None)))["text"]
    summary = summarize(text)
    assert summary.headline.text.startswith("وجه الأمير جلوي")
    bullets = [h.text for h in summary.highlights]
    assert any("قصر أبا السعود" in b and ("زار" in b or "بزيارة" in b) for b in bullets), bullets
    assert not any("باستحداث برامج" in b for b in bullets), bullets


def test_a_nisba_family_name_alone_is_a_speaker() -> None:
    """«وقال عسيري إن التحالف يرحب …» (dev, blind editor: "no speaker"): the tagger reads
    «عسيري» as an indefinite adjective, but alone between the verb and its claim (or the setting
    it spoke in) a word in «ـي» is a family name; «معاليه» is no name."""
    text = ("أكد المتحدث باسم التحالف الذي تقوده السعودية أن التحالف يهدف أولا إلى عودة الحكومة اليمنية لمدينة عدن. "
            "وأضاف عسيري في مقابلة أن المهمة الأولى هي تأمين عدن حتى تتمكن الحكومة من ممارسة عملها هناك. "
            "وقال عسيري إن التحالف يرحب بأن يزور محققون اليمن لبحث الانتهاكات الحقوقية. "
            "وأضاف معاليه أن القضاء الشرعي في المملكة ستكون أحكامه رادعة وحازمة.")
    bullets = _bullets(text)
    said = [b for b in bullets if "يرحب بأن يزور" in b or "المهمة الأولى" in b]
    assert said and all(b.startswith("عسيري:") for b in said), bullets
    assert not any(b.startswith("معاليه") for b in bullets), bullets


def test_an_announcing_verb_cut_before_what_it_announces_is_no_bullet() -> None:
    """«أعلن العجمي العتيري، آمر كتيبة أبو بكر الصديق المكلفة حماية السجن» (dev, blind editor:
    "cut off, no content"): the bullet stops where «أنه لا يعترف …» begins."""
    text = ("قال مجلس النواب الليبي إنه يرفض الاعتراف رسميا بالأحكام الصادرة أخيرا من محكمة استئناف طرابلس. "
            "من جهته، أعلن العجمي العتيري، آمر كتيبة أبو بكر الصديق المكلفة حماية السجن الذي يقبع فيه نجل القذافي "
            "منذ سقوط نظام والده عام 2011، أنه لا يعترف بالحكم الذي أصدرته محكمة استئناف طرابلس. "
            "وكانت المحكمة قد أصدرت أحكاما بالإعدام على تسعة من رموز النظام السابق.")
    bullets = _bullets(text)
    _never_stops_before(bullets, "أعلن العجمي", "يعترف")


def test_a_bullet_holding_a_reference_back_is_not_even_filler() -> None:
    """«ولقي اثنان من القرويين حتفهم في مثل تلك الهجمات» (dev, blind editor: "dangling reference
    «تلك الهجمات»"): no bullet, even in a thin box. A blind A/B of 45 changed train boxes:
    self-contained bullets 28/112 → 33/79, box 1.84 → 1.82, better 18 against 16."""
    text = ("صارعت ربة منزل في شرق الهند تمساحا باستخدام أواني الطهي بعدما هاجمها أثناء غسل الأواني في نهر قريب، حسبما أفاد مسؤولون. "
            "وتتعرض القرى المطلة على النهر لهجمات التماسيح كل عام. "
            "ولقي اثنان من القرويين حتفهم في مثل تلك الهجمات خلال العام الماضي.")
    bullets = _bullets(text)
    assert not any("تلك الهجمات" in b for b in bullets), bullets


@pytest.mark.parametrize(("opening", "kept"), [("أظهرت أرقام حديثة", False), ("أظهر تقرير وزارة السياحة", True)])
def test_a_kind_nobody_named_only_fills_a_thin_box(opening: str, kept: bool) -> None:
    """«التقرير: عدد السائحين …» says which report only where the headline or an earlier name does
    (blind editors: "dangling «المصدر»", «الادارة», «القرار»; a blind A/B of 45 changed train
    boxes preferred the boxes without such bullets 26 to 8)."""
    text = (f"{opening} ارتفاع عدد السياح القادمين إلى المملكة خلال العام الماضي بنسبة كبيرة. "
            "وقال التقرير إن عدد السائحين القادمين من الدول العربية بلغ 153.7 ألف سائح خلال الربع الأول. "
            "وأعلنت هيئة السياحة إطلاق برنامج جديد لتنشيط السياحة الداخلية في المناطق الجبلية. "
            "وافتتح أمير منطقة عسير مهرجان أبها للتسوق بمشاركة 300 عارض من داخل المملكة وخارجها. "
            "وسجلت فنادق مكة المكرمة نسبة إشغال بلغت 95 في المائة خلال شهر رمضان المبارك. "
            "ووقعت الخطوط السعودية اتفاقية لتشغيل رحلات مباشرة بين الرياض وعشر مدن أوروبية.")
    bullets = _bullets(text)
    assert len(bullets) >= 3
    assert any(b.startswith("التقرير") for b in bullets) is kept, bullets


def test_a_spokesman_is_an_office_not_a_name() -> None:
    """«العقيد عبدالمنعم الحيزان الناطق الإعلامي بجوازات الجوف» (dev 408, blind editor: "speaker
    title cut", "garbled speaker «الإعلامي»"): «الناطق» opens his office, as «المتحدث» does, so
    his claims are told by his name."""
    text = ("كشف العقيد عبدالمنعم الحيزان الناطق الإعلامي بجوازات الجوف عن أنه تم تصحيح أوضاع 336 يمنيا بالمنطقة. "
            "وأشار إلى أن إدارة الجوازات تواصل أعمالها في استقبال المقيمين لتصحيح أوضاعهم، لافتا إلى أنه قد تم "
            "تخصيص ثلاث منافذ لتصحيح الأوضاع في سكاكا والقريات وطبرجل. وأكد أن الجوازات تسارع في إنهاء إجراءات "
            "تصحيح أوضاع الأشقاء اليمنيين حتى يتمتعوا بهذه المكرمة الملكية.")
    summary = summarize(text)
    lines = [summary.headline.text, *(h.text for h in summary.highlights)]
    assert not any(line.startswith(("الإعلامي:", "الناطق")) or "الناطق:" in line for line in lines), lines


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # «وأوضح أن الحديقة ستستقبل …» after a lead that names no speaker: blind editors reject a
        # claim without its speaker (20 of 27 such bullets on dev 180-299)
        ("افتتحت أمانة منطقة الرياض حديقة الملك عبدالله العالمية في حي الملز بمساحة 400 ألف متر مربع. "
         "وتضم الحديقة بحيرة صناعية ومسارات للمشاة والدراجات وملاعب للأطفال. "
         "وأوضح أن الحديقة ستستقبل أكثر من مليون زائر سنويا خلال السنوات المقبلة. "
         "وشارك في الافتتاح عدد من المسؤولين ورجال الأعمال في المنطقة. "
         "وبلغت تكلفة المشروع نحو 300 مليون ريال بحسب الأمانة. "
         "وافتتحت الأمانة أيضا ممشى جديدا في حي النخيل بطول ثلاثة كيلومترات.", "مليون زائر"),
        # «تطرح المخرجة موضوع …» (train 16404; a blind A/B judge: "«المخرجة» unnamed"): a role is a
        # kind too, and the article never named her
        ("عرضت جمعية الثقافة والفنون بجدة ثلاثة أفلام من إنتاج الشباب السعودي في مقر الجمعية. "
         "وتطرح المخرجة موضوع توفير الكهرباء عن طريق الطاقة الشمسية في فيلمها الأول. "
         "وأعلنت هيئة الثقافة إطلاق برنامج جديد لدعم صناع الأفلام في المناطق. "
         "وافتتح أمير منطقة مكة المكرمة مهرجان جدة للأفلام بمشاركة 300 فيلم من داخل المملكة وخارجها. "
         "ووقعت الجمعية اتفاقية مع جامعة الملك عبدالعزيز لتدريب صناع الأفلام الشباب.", "المخرجة"),
    ],
)
def test_a_claim_nobody_is_named_for_or_a_kind_nobody_named_only_fills_a_thin_box(text: str, absent: str) -> None:
    """A claim whose speaker is nowhere named, and a bullet whose subject is a kind the article
    never named, come in only to bring a box up to three, after the complete statements."""
    bullets = _bullets(text)
    assert len(bullets) >= 3 and not any(absent in b for b in bullets), bullets


def test_a_nominal_claim_after_its_subjects_adjunct_is_a_statement() -> None:
    """«أكدت الدكتورة وحدة الجميلي … بأن التظاهرات في العراق انتفاضة شعبية، حيث …» (a blind
    judge's empty box: no claim of the article was whole): a bare noun after the subject's «في
    العراق» is the claim's predicate, and the claim a bullet under its speaker."""
    text = ("أكدت الدكتورة وحدة الجميلي مستشارة رئيس مجلس النواب العراقي لشؤون المصالحة الوطنية أمس السبت بأن "
            "التظاهرات في العراق انتفاضة شعبية، حيث قرر رئيس مجلس البرلمان الدكتور سليم الجبوري استجواب جميع "
            "الوزراء المقصرين في حقوق تقديم الخدمات للمواطنين.\nوأضافت بأن من أولويات رئاسة البرلمان هي استجواب "
            "المقصرين وتكريس ثقافة المصالحة.")
    bullets = _bullets(text)
    assert any(b.endswith("التظاهرات في العراق انتفاضة شعبية") and "الجميلي" in b for b in bullets), bullets


def test_no_bullet_is_the_headlines_own_statement_cut_another_way() -> None:
    """Train 17446: the headline names the speaker («نفى العميد ركن طيار أحمد عسيري أي عملية إنزال
    …»); its statement with the offices, cut before the object, is no bullet of its own."""
    text = ("نفى الناطق الرسمي لقوات التحالف ومستشار وزير الدفاع السعودي العميد ركن طيار أحمد عسيري أي عملية "
            "إنزال بري نفذتها قوات التحالف في محافظة عدن جنوبي اليمن.\nوقال عسيري إن جميع العمليات العسكرية "
            "التي نفذتها «عاصفة الحزم» خلال الفترة الماضية والتي تنفذها في الوقت الحالي معلنة أمام الرأي العام.\n"
            "ووصف عسيري الأنباء المتداولة حول تنفيذ قوات التحالف لعملية إنزال بري في عدن بالأنباء «العارية عن "
            "الصحة».\nوقال عسيري : ماتم تداوله أخبار مغلوطة لاصحة لها، وجميع أعمالنا المنفذة يتم الاعلان عنها، "
            "وفي حال تنفيذ أية عملية نوعية نحن حريصون لإظهارها للجميع والحديث عنها وستعلن عنها قوى التحالف بشكل "
            "صريح ورسمي”، وشدد المتحدث باسم قوات التحالف أنه سوف يتم الإفصاح عن أي تحرك عسكري في اليمن في حال "
            "حدوثه.\nونشرت وسائل إعلام أجنبية عن إنزال قوات التحالف لقوات برية لمساعدة المقاومة الشعبية والجيش "
            "اليمني في تحرير مدينة عدن وقاعدة العند الجوية، وتضاربت الأنباء عن أعداد تلك القوات.\n"
            "رابط الخبر بصحيفة الوئام: عسيري ينفي أي عمليات إنزال بري لقوات التحالف في عدن")
    summary = summarize(text)
    assert summary.headline.text.startswith("نفى العميد"), summary.headline.text
    assert not any(h.text.startswith("نفى") for h in summary.highlights), [h.text for h in summary.highlights]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # «يذكر أن …» is the reporter's background, not a claim of the one last named (dev 807)
        ("قال مدير إدارة التشجير إن المشتل جاهز لتغطية المهرجان هذا العام.\n يذكر أن الهيئة تستورد بذور بعض أنواع "
         "الأزهار من أمريكا واليابان، ويقوم متخصصون بزراعتها.", "مدير إدارة التشجير:"),
        # whom he prayed to is no speaker (dev 803: «الله: المملكة ستظل …»)
        ("أكد الشيخ صالح بن حميد أن الشباب هم عماد الوطن. ودعا الله عز وجل أن يوفق ويهدي شبابنا لما فيه الخير , "
         "مؤكدًا أن المملكة ستظل بلد السلام والأمن والتنمية ولن يتغير شيء.", "الله:"),
        # a feminine «وأشارت» reports for the survey, not for the euro the sentence opened on (dev 890)
        ("قفز اليورو 1.2 بالمئة أمام الدولار اليوم الاثنين بعدما جاءت نتيجة مسح لقطاع الأعمال الألماني فوق "
         "التوقعات وأشارت إلى أن أكبر اقتصاد أوروبي يتجه لتسجيل وتيرة نمو معقولة في الربع الثاني من العام. "
         "وارتفع الدولار أمام الين.", "اليورو"),
        # «والذي أكد بأن …» is the artist's claim, not the visitors' (dev 903)
        ("توافد عدد من الزوار على فعاليات ملتقى السياحة المعرفية بأبها. حيث تواجد الزوار بورشة العمل التي أقامها "
         "الفنان التشكيلي محمد آل شايع، والذي أكد بدوره بأن الورشة التي يقدمها هي عبارة عن ورشة التكوين اللوني، حيث "
         "يهدف من إقامة الورشة إلى تعليم الأطفال.", "الزوار:"),
    ],
)
def test_a_claim_is_never_given_the_wrong_speaker(text: str, wrong: str) -> None:
    """Blind judges on the dev 790 and 890 sheets: «meaning changed, wrong speaker»."""
    bullets = _bullets(text)
    assert not any(b.startswith(wrong) for b in bullets), bullets


@pytest.mark.parametrize(
    ("text", "inverted"),
    [
        # «عدم صحة ما ذكر … أن …»: what was denied (train 16465 printed «التأكد: الحفل جرى في أحد الملاهي»)
        ("أعلن الاتحاد نتائج التحقيق في مشاركة البعثة. كما تم التأكد من عدم صحة ما ذكر في بعض وسائل الإعلام أن "
         "الحفل جرى في أحد الملاهي الليلية حيث كان الحفل في قاعة رسمية. وقال المتحدث إن البعثة عادت إلى الرياض.",
         "الحفل جرى في أحد الملاهي"),
        # «مع تذكر …» is a verbal noun, no frame: «تذهب فرحة العودة» reports nothing (train 20197)
        ("للسفر فوائد جمة لا ينكرها أحد. ولكن كل ذلك قد يتلاشى وتذهب فرحة العودة من السفر، مع تذكر ومراجعة "
         "ميزانية السفر التي جاءت أكثر مما خطط لها، أو أن الرحلة أصلا قامت على أساس ديون بنوك ومؤسسات تمويل.",
         "فرحة العودة:"),
    ],
)
def test_a_denied_or_unframed_claim_is_no_fact_of_anyone(text: str, inverted: str) -> None:
    bullets = _bullets(text)
    assert not any(inverted in b for b in bullets), bullets


def test_a_long_speaker_is_not_shortened_to_his_offices_nisba() -> None:
    """Train 17623 printed «الإماراتي: …» for «سهيل المزروعي وزير الطاقة الإماراتي»: a definite word
    before the last one makes it the office's adjective, not a family name; after «عبد الله» it is
    one («المحلل الفني عبد الله الجبلي» → «الجبلي»)."""
    energy = ("أعلنت وزارة الطاقة الإماراتية تحرير أسعار الوقود في الدولة اعتبارا من الشهر المقبل. ومن جهته قال سهيل "
              "المزروعي وزير الطاقة الإماراتي، إن سياسة التسعير الجديدة ستخضع للمراجعة الشهرية. وأضاف أن القرار يتوافق "
              "مع التوجهات الاقتصادية العالمية.")
    bullets = _bullets(energy)
    assert bullets and not any(b.startswith("الإماراتي:") for b in bullets), bullets
    analyst = ("تراجع مؤشر الأسهم السعودية لأدنى مستوى في أربعة أشهر أمس. وأكد المحلل الفني عبد الله الجبلي، أن نزول "
               "أسعار النفط يؤثر على سوق الأسهم السعودية بشكل مباشر. وتمت صفقتان خاصتان على سهم مصرف الراجحي.")
    assert any(b.startswith("الجبلي:") for b in _bullets(analyst)), _bullets(analyst)


def test_a_masculine_report_inside_a_feminine_verbs_sentence_is_not_its_subjects() -> None:
    """Train 20121 printed «الندوة: السينما … ليست ممنوعة» from «وبدأت الندوة بكلمة محمد الغامدي رئيس
    الجمعية أشار فيها إلى أن …»: «بدأت» (hamza folded: «بدات») is feminine, «أشار» is not."""
    text = ("عقدت جمعية المنتجين والموزعين السعوديين بالرياض ندوة عن السينما السعودية. وبدأت الندوة بكلمة محمد "
            "الغامدي رئيس الجمعية أشار فيها إلى أن السينما وما يتصل بها من إنتاج ليست ممنوعة في المملكة. وأضاف "
            "الغامدي أن اللجنة السينمائية الوليدة تعمل تحت مظلة الجمعية.")
    assert not any(b.startswith("الندوة:") for b in _bullets(text)), _bullets(text)


@pytest.mark.parametrize(
    ("sentence", "elided"),
    [
        # dev 906 (blind editor: "no subject"): a plural verb carries its subject's pronoun
        ("مارسوا الإلغاء والتشبيح الثقافي وتهم الخيانة والعمالة.", True),
        ("كانوا يوهمون الضحية بنقله عبر مركباتهم المستأجرة.", True),
        ("سيكون الطريق أمام برشلونة شاقا وطويلا.", False),  # («يكون»: the «ون» is the root's)
        # dev 895: a masculine verbal noun after a feminine imperfect is its object
        ("تتيح الاستمتاع بخدمات الاتصالات.", True),
        ("تألق التينور خوان دييغو فلوريز في الحفل.", False),  # a past form V verb, no imperfect
        # dev 790: a manner adverbial right after the verb
        ("بدأت بشكلٍ بسيط من خلال تقديم أكلات شعبية جماعية.", True),
        ("بدأت الدراسة بشكل رسمي في المدارس.", False),
        # dev 1208 and 1204 ("subject missing"): an accusative and its adjective, a counted object
        ("قضى يوما كاملا حتى يتثبت من موقع سوق عكاظ.", True),
        ("صادرت 8 آلاف فنجال تم إعادة طلائها وتغليفها.", True),
        ("شاركت 5 آلاف طالبة في الحفل الختامي للمهرجان.", False),
    ],
)
def test_a_verb_whose_form_or_adverbial_says_the_subject_is_elsewhere(sentence: str, elided: bool) -> None:
    """A bullet opening on «مارسوا …», «تتيح الاستمتاع …» or «بدأت بشكلٍ بسيط …» has no subject
    of its own: a verb before its subject stays singular, a feminine verb's subject is no
    masculine verbal noun, and a manner adverbial right after the verb leaves no room for one."""
    statement = statements(analyze(sentence).sentences[0])[0]
    assert subject_elided(statement, inside=False) is elided


def test_a_quotation_after_a_named_speaker_and_a_colon_keeps_its_speaker() -> None:
    """«وقال لويس إنريكي في مؤتمر صحفي: "حضر نيمار وميسي …"» (dev 811, blind editor: "claim
    without speaker"): the quotation is his, so the bullet names him, and the bare quotation is
    no bullet of its own; the nisba-looking surname before the setting is part of his name."""
    text = ("كشف لويس إنريكي المدير الفني لنادي برشلونة الإسباني أن النجمين الأرجنتيني ليونيل ميسي والبرازيلي نيمار "
            "دا سيلفا أصبحا جاهزين لمواجهة روما في أولى تجاربهما الودية. \nوقال لويس إنريكي في مؤتمر صحفي: \" حضر "
            "نيمار وميسي (بعد أن أنهيا عطلتهما) متمتعين بلياقة بدنية كبيرة وهما مدركان لما ينتظرنا خلال أسبوع (كأس "
            "السوبر الأوروبي)، يمكنهم اللعب لبضع دقائق\". ويفتتح الفريق الكتالوني موسمه الجديد في 11 آب (أغسطس) "
            "الجاري بمباراة السوبر الأوروبي أمام إشبيلية.")
    bullets = _bullets(text)
    _opens_on(bullets, "لويس إنريكي: حضر نيمار وميسي", "حضر نيمار")


def test_abana_reports_a_claim_and_a_contrast_owes_its_predicate() -> None:
    """«أبان» reports like «بيّن» (train 16367: «أبان المهندس الفرطيش أن الإدارة …» had printed the
    frame): its claim goes under the speaker. «… لكن توقعات السوق برفع أسعار الفائدة»: a clause
    after «لكن» that opens on a noun still owes its predicate, so no line ends before it."""
    text = ("افتتح الأمير فيصل بن خالد مبنى الإدارة العامة لشؤون الزراعة بالمنطقة أمس. وأبان المهندس سعد الفرطيش أن "
            "الإدارة العامة للشؤون الزراعة بالمنطقة يتبعها سبع مديريات للزراعة في المحافظات. ويجتمع مجلس الاحتياطي "
            "الاتحادي الأسبوع المقبل لكن توقعات السوق برفع أسعار الفائدة في سبتمبر تراجعت بعد البيانات الأخيرة.")
    bullets = _bullets(text)
    assert any(": الإدارة العامة للشؤون الزراعة" in b for b in bullets), bullets
    assert not any(b.startswith("أبان") for b in bullets), bullets
    sentence = analyze(text).sentences[2]
    statement = statements(sentence)[0]
    ends_at = [sentence.words[statement.keep[n - 1]] for n, _ in ends(statement, words_of(sentence), gaps_of(sentence), 20)]
    assert "الفائدة" not in ends_at and "سبتمبر" not in ends_at, ends_at


def test_a_subject_phrase_with_nothing_said_of_it_is_no_bullet() -> None:
    """«السؤال الذي يطرح نفسه هنا», «قناة السويس التي افتتحت عام 1869»: a noun and its relative
    clause name something and say nothing of it (blind editor: "fragment, no verb"); a past verb
    the tagger reads as a noun («غاب ويلشير …», «تعاقد تشيلسي …») still opens a statement."""
    fragment = statements(analyze("السؤال الذي يطرح نفسه هنا هو عن مستقبل الفريق.").sentences[0])[0]
    assert predicateless(fragment, 5)
    for sentence in ("غاب ويلشير لمدة خمسة أشهر الموسم الماضي بسبب الإصابة في الكاحل.",
                     "تعاقد تشيلسي مع أسمير بيجوفيتش من ستوك سيتي كبديل للحارس كورتوا."):
        statement = statements(analyze(sentence).sentences[0])[0]
        assert not predicateless(statement, len(statement.keep)), sentence


@pytest.mark.parametrize(
    ("sentence", "length", "owes"),
    [
        # (train 20341, 11573: «المستثمر: ما تشهده مدينة جدة الآن من حركة نشطة» had been a bullet)
        ("وأكد المستثمر أن ما تشهده مدينة جدة الآن من حركة نشطة يعكس قوة السوق.", 8, True),
        ("وقال إن ما تم الإعلان عنه في المفاضلة التعليمية للنساء لا يشمل المعلمات.", 8, True),
        ("وقال إن ما حدث اعتداء آثم وفعل طائش وإجرام صارخ.", 8, False),  # the bare noun says it
        ("ما زالت وزارة الصحة تواجه حتى الآن فيروس كورونا.", 6, False),  # «ما زال»: still, no subject
    ],
)
def test_a_what_subject_owes_its_predicate(sentence: str, length: int, owes: bool) -> None:
    """«ما» with a verb is a subject («what the city sees …»): a line must say something of it."""
    frame = statements(analyze(sentence).sentences[0])[0]
    statement = claim_of(frame) or frame
    assert predicateless(statement, length) is owes


def test_a_subject_demonstrative_after_its_verb_is_struck_for_a_thin_box() -> None:
    """«تهدف هذه الاتفاقية إلى …» (train 12037: a box of one bullet) fills the box as «تهدف الاتفاقية
    إلى …»: the verb agrees with the demonstrative, so the noun is its subject. Not «تأتي هذه
    الاتفاقية ضمن …» (the event in its context, no fact), nor «يشمل ذلك السواحل …» («ذلك» is the
    subject, the coasts what it covers)."""
    text = ("وقعت الهيئة السعودية للمحاسبين القانونيين اتفاقية تعاون مع المركز الوطني للقياس والتقويم يوم الأربعاء، "
            "تهدف هذه الاتفاقية إلى تنفيذ اختبار زمالة الهيئة في عدد من مناطق المملكة بشكل إلكتروني. وتأتي هذه "
            "الاتفاقية ضمن سلسلة من الاتفاقيات التي وقعتها الهيئة خلال العام الحالي مع الجهات الحكومية. وتوقعت "
            "الأرصاد تأثر الرؤية الأفقية بالأتربة المثارة على مناطق جنوب المملكة، يشمل ذلك السواحل الجنوبية للبحر الأحمر.")
    _opens_on(_bullets(text), "تهدف الاتفاقية إلى تنفيذ اختبار", ("تأتي", "يشمل"))


def test_a_feminine_imperfect_read_as_a_noun_is_the_claims_verb() -> None:
    """«أن السفينة تحمل على متنها …» (train 12191: a box of one bullet): «تحمل» is tagged as the
    noun «bearing», but after a definite subject in a claim with no verb yet it is the verb."""
    text = ("وصلت صباح أمس سفينة درب الخير إلى ميناء عدن، وهي أكبر سفينة إغاثية تصل إلى اليمن حتى الآن. وأكد "
            "المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ، في تصريح صحافي أن السفينة "
            "تحمل على متنها 3540 طناً من المواد الغذائية والطبية شملت 100 ألف سلة غذائية بوزن 3000 طن.")
    assert any(b.endswith(": السفينة تحمل على متنها 3540 طناً من المواد الغذائية والطبية") for b in _bullets(text))


def test_a_bullet_cut_before_its_object_tries_the_headlines_deletions() -> None:
    """«دشن مستشفى الملك خالد العام في منطقة حائل أمس قسما خاصا …» (train 12411: the bullet was
    «دشن مستشفى الملك خالد العام», cut before what was opened): the place struck, the object fits.
    A deletion never leaves the «ذاته» of what it struck behind («ارتفعت دورة الكتلة النقدية ذاته
    من …», train 12443)."""
    text = ("تحركت المستشفيات الكبرى التابعة لوزارة الصحة لتأمين أقسام خاصة لرعاية السجناء المنومين في المستشفيات "
            "الحكومية. من جهته، دشن مستشفى الملك خالد العام في منطقة حائل أمس قسما خاصا للمنومين من السجناء، روعي "
            "فيه كافة الاشتراطات التي تتطلب رعاية طبية. كما ارتفعت دورة الكتلة النقدية خلال الأسبوع ذاته من 57.97 "
            "إلى 58.12 في المائة.")
    _opens_on_and_never_holds(_bullets(text), "دشن مستشفى الملك خالد العام قسما خاصا", "ذاته من")


def test_who_attended_an_occasion_only_fills_a_box_last() -> None:
    """«وشارك في الحفل عدد من وكلاء الوزارة ومديري التعليم» (train 20565: a bullet, judged "not a key
    fact" in a blind census): who attended is the last filler, after a claim under its speaker."""
    text = ("أقامت وزارة التعليم امس حفل معايدة لمنسوبيها، بحضور وزير التعليم الدكتور عزام بن محمد الدخيل. وشارك في "
            "الحفل عدد من وكلاء الوزارة ومديري التعليم والعموم، حيث تبادل الجميع التهاني والتبريكات بمناسبة عيد "
            "الفطر المبارك. واشادت وكيل الوزارة للشؤون التعليمية د.هيا العواد باجتماع الوزير بمديري التعليم واكدت "
            "ان جميع اللجان عملت على تأمين كافة التجهيزات لبدء العام الدراسي الجديد في موعده المحدد. من جهتهم، أكد "
            "مديرو التعليم جاهزية المدارس لبدء العام الدراسي الجديد، فيما نوه مديرو تعليم الحد الجنوبي على أن هناك "
            "لجنة مشكلة برئاسة وزير التعليم لانهاء الاستعدادات لبدء العام الدراسي في مدارس الحد الجنوبي.")
    bullets = _bullets(text)
    assert len(bullets) >= 3 and any("اللجان عملت على تأمين كافة التجهيزات" in b for b in bullets), bullets
    assert not any(b.startswith("شارك في الحفل") for b in bullets), bullets


def test_a_bullet_like_one_said_before_is_no_bullet() -> None:
    """«بعث نائب خادم الحرمين الشريفين برقية مماثلة للرئيس توني تان كنق يام» (dev 1915, blind
    editor: "dangling reference (مماثلة)"): «مماثلة» points back to the cable of the sentence
    before; «بشكل مماثل لذوبان …» says what it is like and stays."""
    text = ("التقى منسوبو المؤسسة العامة للتأمينات الاجتماعية بالمركز الرئيسي الأربعاء الماضي بمناسبة عيد الفطر "
            "المبارك، حيث أقيم حفل معايدة مبسط بالصالة الرئيسية للمكتب، وذلك بحضور الموظفين والمسؤولين، وقد أتاح هذا "
            "اللقاء الفرصة للسلام وتبادل التهاني لمنسوبي التامينأت، وحضر اللقاء بعض موظفي المؤسسة المتقاعدين، كما عقدت "
            "لقاءات مماثلة في جميع مكاتب المؤسسة الاثنين والعشرين بمختلف مناطق ومحافظات المملكة بحضور مديري المكاتب. "
            "\nويأتي هذا اللقاء الذي اعتادت المؤسسة على إقامته في إطار اهتمام مسؤولي المؤسسة بتقوية الأخوة.")
    assert not any("مماثلة" in b for b in _bullets(text)), _bullets(text)  # (train 21466: «عقدت لقاءات مماثلة …»)


def test_a_quotation_under_its_postposed_speaker_stops_at_its_closing_quote() -> None:
    """«… «ناتو» قال ، أنقرة الحكومة مزيد 3.5 …» (found by the property test): the line under the
    speaker named after a quotation is the quotation, not the quotation and the speaker's clause
    run on; its words appear in the source in the order printed."""
    text = ("! المتحدة أنقرة إن إن وواشنطن ٢٠١٧ الاقتصاد مزيد ! العلاقات العلاقات المتحدة ، الاقتصاد ! «ناتو» قال ، "
            "أنقرة الحكومة مزيد 3.5 ، مزيد بنسبة ، تقارير")
    summary = summarize(text)
    assert_offsets(summary)
    assert not any("ناتو قال" in h.text for h in summary.highlights), summary.highlights


def test_a_verb_and_a_colon_with_no_one_named_between_is_no_bullet() -> None:
    """«وتساءل: أين الصيانة المشرفة على المتنزه» (dev 1296, blind editor: "speaker dropped"):
    who asks was named in an earlier sentence; alone, the question has no speaker."""
    text = ("انتقد المواطن سعد العتيبي إهمال متنزه الملك فهد في المحافظة وذبول أشجاره. وتساءل: أين الصيانة المشرفة على "
            "المتنزه؟ وأردف: هناك مقاطع كاملة من السياج سقطت منذ شهور دون أن يصلحها أحد. وأضاف أن الأشجار ذبلت بسبب "
            "انقطاع المياه منذ أسبوعين.")
    bullets = _bullets(text)
    assert bullets and not any(b.startswith(("تساءل", "وتساءل", "أردف", "وأردف")) for b in bullets), bullets


def test_a_line_inside_a_quotation_whose_speaker_it_leaves_out_is_no_bullet() -> None:
    """«وقال نابوت …: "أعتقد أن ميشال بلاتيني …، وسيقدم الكثير من الأمور الجيدة لكرة القدم"» (dev
    1294, blind editor: "speaker dropped"): the second half of the quotation alone is nobody's
    words; nor is a quotation opening a sentence whose speaker is named only after it ends."""
    text = ("أعلن رئيس اتحاد أميركا الجنوبية لكرة القدم خوان أنخل نابوت دعم الفرنسي ميشال بلاتيني لرئاسة الاتحاد "
            "الدولي. وقال نابوت الذي استلم رئاسة الاتحاد القاري في أغسطس الماضي: \"أعتقد أن ميشال بلاتيني يملك "
            "الصفات اللازمة ليكون رئيسا رائعا، وسيقدم الكثير من الأمور الجيدة لكرة القدم. يكفي سجله في الاتحاد "
            "الأوروبي\". \"الرئيس بلاتر يشبه آكل لحوم البشر الذي يلتهم والديه ثم ينتحب لأنه أصبح يتيما. يحاول إلقاء "
            "اللوم على الجميع باستثناء نفسه\"، هذا ما أضافه تشونج. وتجرى الانتخابات في فبراير المقبل.")
    bullets = _bullets(text)
    assert not any(b.startswith(("سيقدم الكثير", "وسيقدم", "الرئيس بلاتر يشبه")) for b in bullets), bullets


def test_no_bullet_ends_on_a_nationality_before_its_name() -> None:
    """«أعرب نائب رئيس الاتحاد الدولي السابق عن قارة آسيا، الكوري الجنوبي | تشونج مونج جون …»
    (dev 1294, blind editor: "cut off inside name")."""
    text = ("أعلن رئيس اتحاد أميركا الجنوبية لكرة القدم خوان أنخل نابوت دعم الفرنسي ميشال بلاتيني لرئاسة الاتحاد "
            "الدولي. وأعرب نائب رئيس الاتحاد الدولي السابق عن قارة آسيا، الكوري الجنوبي تشونج مونج جون عن نيته "
            "بالترشح، إضافة إلى النجمين السابقين. وتجرى الانتخابات في فبراير المقبل.")
    bullets = _bullets(text)
    assert not any(b.endswith("الكوري الجنوبي") for b in bullets), bullets


def test_a_sentence_opening_on_wa_and_a_verb_gives_a_bullet() -> None:
    """«واستقال الأرجنتيني بيلسا … السبت عقب الهزيمة …» (dev 1715, its box was empty): «و» + a verb
    the grammar layer attests is a verb on firm evidence, not a word it has never seen."""
    text = ("قال فينسن لابرون رئيس أولمبيك مرسيليا أمس الأحد إن مساعد المدرب فرانك باسي سيتولى مسؤولية الفريق بشكل "
            "مؤقت. واستقال الأرجنتيني بيلسا - الذي تولى تدريب مرسيليا الموسم الماضي - السبت عقب الهزيمة 1-صفر أمام "
            "كاين في مباراة الفريق الافتتاحية بالدوري. ويحتل مرسيليا المركز الأخير في الدوري.")
    bullets = _bullets(text)
    assert any(b.startswith("استقال الأرجنتيني بيلسا") for b in bullets), bullets


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # (train 16316) «وقالت» after «أكدت وزارة الدفاع …»: the ministry said it
    ("تحطمت طائرة هليكوبتر تابعة للجيش الأفغاني في جنوب البلاد ما أسفر عن مقتل 17 شخصا. وأكدت وزارة الدفاع "
     "وقوع الحادث في إقليم زابل الجنوبي وقالت إنها ستنشر التفاصيل لاحقا. ويملك الجيش الأفغاني نحو 150 طائرة.",
     "وزارة الدفاع قالت إنها ستنشر التفاصيل لاحقا", None),
    # (train 20597) the subject stands before the verb: the noun after it is the object, no subject
    ("معظم الناس يظن العصير شيئاً صحياً ويظن أنه كلما زاد من شربه تحسنت صحته لكن العكس صحيح. فالعصير غير "
     "الفاكهة.", None, "العصير يظن"),
    # a joined clause that names its own subject borrows none
    ("قال علماء إن عقارين لعلاج داء السكري يرتبطان بآثار جانبية مثيرة للقلق. وتنتج شركة جلاكسوسميثكلاين عقار "
     "روزيجليتازون وتنتج شركة تاكيدا عقار بيوجليتازون.", None, "جلاكسوسميثكلاين تنتج شركة"),
])
def test_a_joined_clause_gets_the_subject_it_shares_with_the_main_verb(text: str, expected: str | None,
                                                                       absent: str | None) -> None:
    """«… وقالت إنها …» leans on the main verb's subject: the bullet names it first («وزارة الدفاع
    قالت …»), as titles put it, where the verbs agree and nothing between opens a clause of its own."""
    bullets = _bullets(text)
    if expected is not None:
        assert expected in bullets, bullets
    if absent is not None:
        assert not any(absent in b for b in bullets), bullets


@pytest.mark.parametrize(("text", "cut"), [
    # dev 1933 (blind editor: "cut off, nothing said"): the governor's name after the comma, then
    # what he announced
    ("قتل 12 شخصا على الأقل في هجوم انتحاري بشمال أفغانستان. وأعلن حاكم ولاية فرياب، عبد الستار بارز أن "
     "انتحاريا فجر سترته الناسفة داخل سوق في منطقة المزدحمة بالمتسوقين. وقالت الشرطة إن بين القتلى أطفالا.",
     "ولاية فرياب"),
    # train 16153: the engineer's name after his title, then «عن أن» and what he disclosed
    ("أفصح الأمين العام المساعد للشؤون الفنية بمجلس الضمان الصحي التعاوني المهندس وائل الدهاسي عن أن عدد "
     "المؤمن لهم يزيد على 10.5 مليون مؤمن يحصلون على خدمات الرعاية الصحية من خلال أكثر من 2521 مقدم خدمة. "
     "وأشار الدهاسي إلى الدور المهم لجميع موظفي الأمانة في تعزيز جودة أداء سوق التأمين الصحي.",
     "الصحي التعاوني"),
])
def test_an_announcing_verb_cut_before_a_name_and_its_claim_is_no_bullet(text: str, cut: str) -> None:
    """«أعلن حاكم ولاية فرياب، | عبد الستار بارز أن …», «أفصح الأمين العام … | المهندس فلان عن
    أن …»: a frame cut before its speaker's name and its claim says nothing."""
    bullets = _bullets(text)
    assert not any(b.endswith(cut) for b in [*bullets, summarize(text).headline.text]), bullets


def test_a_name_after_a_comma_and_wa_goes_on_the_list() -> None:
    """«، وسعد الصالح» is «و» + a name, not the verb «وسعِد»: the goalkeepers' list runs on to its
    end instead of stopping after two of them (train 11284), and a city after «، و» opens no
    statement of its own («محافظات عدن، تعز ومأرب، إلى أن …», train 20354)."""
    squad = ("شرع الفريق الكروي الأول بالرائد في تحضيراته بمعسكره الذي يقيمه بمنتجع فنربخشة بتركيا. ووصلت البعثة "
             "مساء أمس الأول التي ضمت ثلاثين لاعبًا، حيث شملت القائمة أحمد الكسار، وفهد الشمري، وسعد الصالح، "
             "وخالد المقيطيب. وستجري التدريبات على فترتين صباحية ومسائية.")
    assert any(b.endswith("وسعد الصالح، وخالد المقيطيب") for b in _bullets(squad)), _bullets(squad)
    report = ("أشار تقرير حديث أصدرته منظمة هيومان رايتس ووتش إلى تورط المتمردين الحوثيين في جرائم حرب. وأشار "
              "التقرير الذي صدر بعد مسح ميداني قام به عناصر المنظمة في محافظات عدن، تعز ومأرب، إلى أن التقرير "
              "اعتمد على شهادات الشهود، ومستندات موثوقة. وقال التقرير إن الهجمات أدت إلى خسائر بشرية فادحة.")
    assert not any(b.startswith("تعز") for b in _bullets(report)), _bullets(report)


def test_a_claims_subject_may_follow_a_short_adjunct() -> None:
    """«… وأشار إلى أنه لم ينتج عن الحادث أي إصابات» (train 20186, a one-bullet box): «أي إصابات»
    after «عن الحادث» is the verb's subject, so the claim says who and what under its speaker."""
    text = ("تمكنت تسع فرق إطفاء وإنقاذ من إدارة الدفاع المدني بالعاصمة المقدسة من المساهمة في إخماد حريق شب "
            "بمستودع لقطع الغيار. وأوضح المتحدث باسم الدفاع المدني بمنطقة مكة المكرمة العقيد سعيد سرحان أن بلاغًا "
            "ورد لمركز التحكم والسيطرة يفيد بنشوب حريق بمستودع على طريق الخواجات جنوب شرق العاصمة المقدسة. وأفاد "
            "أن مساحة الحريق تصل أبعادها الى 25 في 84م2. وأشار إلى أنه لم ينتج عن الحادث أي إصابات أو خسائر "
            "بالأرواح ولله الحمد ، والتحقيقات لازالت جارية لمعرفة اسباب الحريق.")
    assert any(": لم ينتج عن الحادث أي إصابات" in b for b in _bullets(text)), _bullets(text)


def test_two_joined_names_and_an_adjective_make_a_claim() -> None:
    """«أن الولايات المتحدة وتركيا | متفقتان على العمل معًا …» (train 20411: a one-bullet box; this
    text's box was empty): a second name joined by «و» closes the subject, so the adjective after
    it is the predicate and the statement may end inside the limit."""
    text = ("يعكف مسؤولون أميركيون وأتراك على وضع خطة لإقامة «منطقة آمنة» في شمال سوريا خالية من تنظيم داعش. "
            "وأعلن مسؤول أميركي كبير، أمس، أن الولايات المتحدة وتركيا متفقتان على العمل معًا لإقامة منطقة خالية "
            "من التنظيم على طول الحدود التركية مع سوريا، إلا أنه أكد أن «أي جهود مشتركة لن تشمل فرض منطقة حظر "
            "طيران».")
    assert any("الولايات المتحدة وتركيا متفقتان على العمل" in b for b in _bullets(text)), _bullets(text)


def test_a_past_verb_whose_root_opens_on_waw_or_fa_is_a_verb() -> None:
    """«وفرت سوق العمل …» is «وفّر» + «ـت», not «و» + «فرت» (dev 1014: its box was empty; on
    train «فجّرت», «فتشت» lost their first letter the same way)."""
    text = ("أعلن مكتب إحصاءات العمل الاتحادي الأمريكي يوم الجمعة استقرار معدل البطالة في الولايات المتحدة خلال "
            "يوليو الحالي دون تغيير مقارنة بالشهر السابق عند مستوى 5.3%. وفرت سوق العمل الأمريكية 215 ألف وظيفة "
            "جديدة خلال الشهر الماضي بحسب المكتب. وتحقق ذلك في قطاعات تجارة التجزئة والرعاية الصحية.")
    assert any(b.startswith("وفرت سوق العمل الأمريكية 215 ألف وظيفة") for b in _bullets(text)), _bullets(text)


def test_a_common_past_verb_of_verb_shape_is_firm_evidence() -> None:
    """«كما خسر خام غرب تكساس الوسيط 18 % …» (train 17250: a one-bullet box): «خسر» is a past verb
    whose «خسرت» and «يخسر» are common and which never takes the article, evidence as firm as a
    listed verb; «تلال», «تجهيز», guessed verbs, still are not."""
    assert grammar.is_attested_verb("خسر") and grammar.is_attested_verb("انتقل")
    assert not grammar.is_attested_verb("تلال") and not grammar.is_attested_verb("تجهيز")
    text = ("تراجعت أسعار العقود الآجلة للنفط الخام في نهاية تعاملاتها اليوم بفعل بيانات اقتصادية ضعيفة من الصين "
            "عززت الضغط على أسعار النفط. وانخفض سعر الخام الأمريكي في العقود الآجلة لتسليم سبتمبر 31 سنتاً أو "
            "0.64 % إلى 48.14 دولار للبرميل, كما خسر خام غرب تكساس الوسيط 18 % من قيمته في يوليو مسجلاً أكبر "
            "هبوط شهري له منذ ديسمبر.")
    assert any(b.startswith("خسر خام غرب تكساس الوسيط 18") for b in _bullets(text)), _bullets(text)


def test_verbs_that_want_fi_or_bi_owe_it() -> None:
    """«نجح عدد كبير من ملاك البيوت الطينية القديمة | في تحويلها …» (train 16125, a bullet once
    «نجح» counted as a verb), «ساهم اعتدال الطقس … | في انتشار …», «حظي … | برعاية …»: the verb's
    complement is the news, a line cannot end before it."""
    for text, before in (
            ("ونجح عدد كبير من ملاك البيوت الطينية القديمة في تحويلها إلى نزل تراثية تستقبل الزوار.", 8),
            ("وساهم اعتدال الطقس بمحافظة ضباء بمنطقة تبوك في انتشار المتنزهين بين أماكن الجذب السياحي.", 7),
            ("ويحظى السوريون المقيمون في المملكة برعاية خاصة من حكومة خادم الحرمين الشريفين.", 5)):
        sentence = analyze(text).sentences[0]
        statement = statements(sentence)[0]
        assert owes_complement(sentence, statement.keep, before) and not owes_complement(sentence, statement.keep, before + 2)


def test_a_form_three_passive_opens_a_bullet() -> None:
    """«وفوجئ مدير المستشفى بانشغال سائقي الإسعاف …» (train 7007: the box was empty): «فوجئ» is
    the passive of «فاجأ», a verb, so its clause is a statement."""
    text = ("اضطر مدير مستشفى الخرمة بمنطقة مكة المكرمة المكلف، نصر مناحي، للعمل سائقاً لسيارة إسعاف الطوارئ، "
            "لإنقاذ مصاب من حادث سير على طريق الخرمة – ظلم. وفوجئ مدير المستشفى بانشغال سائقي الإسعاف، أثناء "
            "تلقيه طلب تعزيزات من الهلال الأحمر للمشاركة في إنقاذ المصاب، حيث كانوا جميعهم في مهام عمل.")
    assert "فوجئ مدير المستشفى بانشغال سائقي الإسعاف" in _bullets(text), _bullets(text)


def test_a_claim_opening_on_there_is_is_a_statement() -> None:
    """«الجبير: هناك إرادة مشتركة لتطوير التعاون السعودي الروسي في كل المجالات» (train 20362: the
    box was empty): «هناك» and an indefinite noun say something with no verb."""
    text = ("أكد وزير الخارجية عادل الجبير خلال مؤتمر صحفي مشترك مع نظيره الروسي سيرجي لافروف في موسكو أن موقف "
            "المملكة من القضية السورية ثابت لن يتغير. وأضاف الجبير أن هناك إرادة مشتركة لتطوير التعاون السعودي الروسي "
            "في كل المجالات، وأن عددا من الاتفاقيات سيتم توقيعها مستقبلا.")
    assert "الجبير: هناك إرادة مشتركة لتطوير التعاون السعودي الروسي في كل المجالات" in _bullets(text), _bullets(text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (dev 1009, blind editor: "no content") a channel's name in quotes is no quotation
    ("قال الرئيس الأمريكي باراك أوباما إن القضية النووية الإيرانية يجب أن يتم التعامل معها أولاً. وأوضح أوباما خلال "
     "مقابلة أجرتها معه شبكة “سي.إن.إن.” ونشرت مقاطع منها، أن العلاقات الأميركية الإسرائيلية عميقة.", None,
     "أوضح أوباما خلال مقابلة أجرتها معه شبكة"),
    # what «أشارت … إلى» points to is said, with no complementizer
    ("أكدت مصادر صحافية أن مقاتلي المقاومة الشعبية أجبروا مسلحي جماعة الحوثي على الانسحاب من مواقعهم. وأشارت "
     "المصادر إلى مقتل 17 حوثيا وجرح العشرات في المعارك.", "أشارت المصادر إلى مقتل 17 حوثيا وجرح العشرات", None),
    # so is it in a sentence past the limit: «أشار إلى» + a noun phrase is whole, cut like any
    # clause (only «قال/أضاف» owe what was said; train boxes left empty for want of it)
    ("أعلنت الهيئة العامة للإحصاء أن حجم الاستثمار الأجنبي المباشر ارتفع خلال الربع الأول. وأشار البيان إلى مقتل "
     "488 عنصراً من منتسبي قوات الأمن العراقية خلال الشهر الماضي في مواجهات متفرقة شهدتها محافظات الأنبار ونينوى "
     "وصلاح الدين.", "أشار البيان إلى مقتل 488 عنصراً من منتسبي قوات الأمن العراقية", None),
])
def test_a_reporting_frame_needs_what_it_reports(text: str, present: str | None, absent: str | None) -> None:
    bullets = _bullets(text)
    if present is not None:
        assert any(b.startswith(present) for b in bullets), bullets
    if absent is not None:
        assert not any(b.startswith(absent) for b in bullets), bullets


def test_the_kings_cable_formula_is_struck_so_the_wishes_fit() -> None:
    """«وأعرب الملك المفدى [باسمه واسم شعب وحكومة المملكة العربية السعودية] عن أصدق التهاني …»
    (dev 426: the box was empty; a title says «الملك يهنئ …» without the formula)."""
    text = ("جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس\n بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل "
            "سعود برقية تهنئة لفخامة الرئيس الفريق الركن الطيار إدريس ديبي إتنو رئيس جمهورية تشاد بمناسبة ذكرى اليوم "
            "الوطني لبلاده .\n وأعرب الملك المفدى باسمه واسم شعب وحكومة المملكة العربية السعودية عن أصدق التهاني "
            "وأطيب التمنيات بالصحة والسعادة لفخامته، ولحكومة وشعب جمهورية تشاد الشقيق اطراد التقدم والازدهار .")
    assert any(b.startswith("أعرب الملك المفدى عن أصدق التهاني") for b in _bullets(text)), _bullets(text)


def test_a_pluperfect_background_is_told_as_a_past_statement() -> None:
    """«وكان ويب قد بدأ مسيرته في التحكيم في عام 1989 …» (train 16183): blind judges marked
    «كان … قد …» bullets "cut mid-thought"; told subject first as a past statement, «ويب بدأ
    مسيرته …», it reads whole. What the verb owes is still asked of it, not of its subject."""
    text = (
        "أعلن الاتحاد السعودي لكرة القدم منذ لحظات قليلة، تعيين الحكم الدولي الإنجليزي المعتزل “هاورد ويب”، رئيسا "
        "للجنة الحكام خلفا للدكتور إبراهيم الربيش.\nوقدم الدكتور إبراهيم الربيش استقالته من رئاسة لجنة الحكام، "
        "ووافق عليها الاتحاد منذ أيام قليلة.\nوكان ويب قد بدأ مسيرته في التحكيم في عام 1989 واستمر لمدة 25 عامًا "
        "في هذا المجال وقد تم تكريمه في عام 2010 بوسام الإمبراطورية البريطانية لخدماته الكبيرة في عالم كرة القدم."
    )
    bullets = _bullets(text)
    assert "ويب بدأ مسيرته في التحكيم في عام 1989" in bullets, bullets
    assert not any(b.startswith(("كان", "وكان")) for b in bullets), bullets
    # Without «قد» too («وكان الحكم الإنجليزي هاورد ويب أعلن …», train 16321: no statement at all),
    # but not a relative's verb («وكان بلاتر الذي أعلن …»).
    retired = text.replace("وكان ويب قد بدأ مسيرته", "وكان الحكم الإنجليزي هاورد ويب أعلن اعتزاله بعد مسيرة طويلة "
                           "استمرت 25 عامًا. وكان ويب بدأ مسيرته")
    bullets = _bullets(retired)
    assert "الحكم الإنجليزي هاورد ويب أعلن اعتزاله بعد مسيرة طويلة استمرت 25 عامًا" in bullets, bullets
    relative = analyze("وكان بلاتر الذي أعلن أنه لن يترشح للانتخابات وصل إلى سان بطرسبرغ أمس.").sentences[0]
    assert _pluperfect_subject(relative, tuple(range(relative.word_count))) == (0, 0)


def test_a_pluperfect_subject_may_be_an_idafa_and_its_verb_a_dual_or_read_as_a_noun() -> None:
    """«وكان وزير الصحة في جنوب السودان اعلن رسميا …» (train snn-043418c955d1: no statement; the
    subject opens on an idafa's head, «وزير الصحة»), «… ونظيره الأمريكي أطلقا …» (a dual), «…
    كاميرون قد وعد …» («وعد» read as the noun «promise»): each is told subject first; «سامح
    شكري» is a name, not «سامح» + the verb «شكر»."""
    text = (
        "أعلنت منظمة الصحة العالمية، اليوم (الثلاثاء)، ان 39 شخصا على الاقل توفوا بوباء الكوليرا الذي ينتشر بسرعة في "
        "جنوب السودان الذي يشهد نزاعا مدمرا منذ 19 شهرا.\n وقالت المنظمة في ارقامها ان \"1212 اصابة بالكوليرا\" "
        "سجلت.\n وكان وزير الصحة في جنوب السودان اعلن رسميا عن وجود الوباء في 23 يونيو(حزيران) مع ان اول اصابة "
        "بهذا المرض سجلت في 18 مايو (ايار) في مخيم للامم المتحدة في جوبا.\n وتأوي مخيمات الامم المتحدة في هذا البلد "
        "نحو 166 ألف لاجئ."
    )
    assert any(b.startswith("وزير الصحة في جنوب السودان اعلن رسميا عن وجود الوباء") for b in _bullets(text)), _bullets(text)
    for sentence, subject in [
        ("وكان سامح شكري ونظيره الأمريكي أطلقا جلسات الحوار الاستراتيجي بين البلدين.", 4),
        # (the dual past MAX_OPENING_REACH: none, not «وزير الخارجية المصري سامح» + «شكري»)
        ("وكان وزير الخارجية المصري سامح شكري ونظيره الأمريكي أطلقا جلسات الحوار الاستراتيجي بين البلدين.", 0),
        ("وكان رئيس الوزراء البريطاني المحافظ ديفيد كاميرون قد وعد باجراء استفتاء حول عضوية بريطانيا.", 6),
        ("وكان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي.", 1),  # (a verb on «ال»: «التقى»)
    ]:
        found = analyze(sentence).sentences[0]
        assert _pluperfect_subject(found, tuple(range(found.word_count)))[0] == subject, sentence


def test_a_sentence_on_the_copula_kana_gives_only_its_pluperfect_told_subject_first() -> None:
    """«كان» normalizes like «كأن» («as if»), which was read as a subordinator: no statement opened
    on «كان» at all (train: 88 sentences of 1,500 articles). Judged blind once opened (61 train
    articles: better 41, worse 8): a pluperfect is told subject first («كان الجبير قد التقى …» →
    «الجبير التقى …»), while a past state or a pronoun's subject («كان قد حقق لقب البطولة …») is
    no bullet; «وكأن …» still opens no statement."""
    lead = "أعلن الاتحاد الروسي لكرة القدم اليوم عن تعيين مدرب جديد للمنتخب الأول خلفا للمدرب الإيطالي فابيو كابيلو. "
    told = _bullets(lead + "كان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي.")
    assert "الجبير التقى لافروف في الدوحة الأسبوع الماضي" in told, told
    assert not any(b.startswith("كان") for b in _bullets(lead + "كان قد حقق لقب البطولة العام الماضي مع فريقه السابق.")), lead
    as_if = _bullets(lead + "وكأن الولايات المتحدة قد انفردت فعلاً وقولاً بمقدرات العالم.")
    assert not any("انفردت" in b for b in as_if), as_if  # (not «الولايات المتحدة انفردت …»: «as if»)


def test_a_claim_whose_subject_is_an_idafa_may_be_a_nominal_sentence() -> None:
    """«بدأنا نؤمن أن كثرة الجلوس أمر مختلف عن عدم ممارسة الرياضة» (train snn-cb305f6c4a1f): a
    claim with no verb is whole when its subject is an idafa and its predicate indefinite, as
    with a definite subject («أن اللقاحات متوفرة مجانا»). Judged blind on the 22 train boxes it
    changed: better 12, worse 6, box 2.36 → 2.64."""
    text = (
        "أكدت دراسة أن الأشخاص الذين يجلسون دون حركة لساعات يوميا ربما يكونون أكثر عرضة للإصابة بمرض السكري مقارنة "
        "بمن يتحركون لفترات أطول خلال اليوم.\nوقدم الباحثون أجهزة لقياس التسارع لنحو ألفي شخص لرصد تحركاتهم خلال "
        "ساعات الاستيقاظ لنحو أسبوع.\nوقالت بيتاني بارون جيبس التي قادت الدراسة وهي باحثة في مجال الصحة والنشاط البدني "
        "في جامعة بيتسبرج \"بدأنا نؤمن أن كثرة الجلوس أمر مختلف عن عدم ممارسة الرياضة.\""
    )
    bullets = _bullets(text)
    assert any(b.endswith("كثرة الجلوس أمر مختلف عن عدم ممارسة الرياضة") for b in bullets), bullets


def test_words_that_normalize_like_a_particle_are_not_read_as_one() -> None:
    """«مهنية» (professional) normalizes like «مهنئة» (congratulating, a circumstantial
    participle): «أشار البيان إلى أن هناك لجنة | مهنية …» was cut before it (train
    snn-70e1a60da681); «ابنه» (his son) like «ابنة» (a name's «daughter of»), after which no
    phrase could end («سماع صوت ابنه»)."""
    text = (
        "أصدر رئيس الوزراء العراقي حيدر العبادي اليوم عددا من القرارات من بينها إلغاء مناصب نواب رئيس الجمهورية "
        "ورئيس مجلس الوزراء .\nوأشار البيان إلى أن هناك لجنة مهنية يعينها رئيس الوزراء ستتولى اختيار المرشحين لهذه "
        "المناصب على ضوء معايير الكفاءة والنزاهة ."
    )
    bullets = _bullets(text)
    assert not any(b.endswith("هناك لجنة") for b in bullets), bullets
    assert grammar.can_cut("ابنه", None)


def test_the_formula_hatha_wa_opens_a_further_fact() -> None:
    """«هذا ويعرض الكليب على عدد من القنوات العربية …» (dev 1434: the box was empty): «هذا و…»
    opening a sentence adds a fact and points back at nothing; the statement is the verb's."""
    text = ("أطلقت الفنانة المغربية دنيا بطمة كليب أغنيتها الجديدة «مزيان واعر» من إخراج أنور المير وكلمات وألحان توفيق "
            "المغربي.\nهذا ويعرض الكليب على عدد من القنوات العربية الموسيقية ومنها روتانا وميوزيك بلاس.")
    bullets = _bullets(text)
    assert any(b.startswith("يعرض الكليب على عدد من القنوات العربية") for b in bullets), bullets


def test_wa_tamma_is_the_impersonal_verb_after_its_wa() -> None:
    """«وتم مُنذ يومين رصد هاتف جديد …» (dev 1448: no bullet): «وتم» has three letters, so its
    «و» was kept and the impersonal «تم» before an adjunct was not seen (its subject is the masdar
    after the adjunct, not someone said before). Judged blind with «هذا و…» (28 train boxes):
    the «وتم» ones better 8, worse 6, tie 4."""
    text = ("تستعد شركة هواوي غدا لإطلاق هاتف جديد ضمن سلسلة Honor، وذلك بحسب صورة إعلان تشويقي قامت الشركة أخيرا "
            "بنشره على الإنترنت. وتم مُنذ يومين رصد هاتف جديد من سلسلة Huawei Honor على موقع لجنة الاتصالات الصينية.")
    bullets = _bullets(text)
    assert any(b.startswith("تم مُنذ يومين رصد هاتف جديد") for b in bullets), bullets


def test_a_reporting_verb_before_its_claim_names_no_speaker_there() -> None:
    """«وأبان أن من بين القتلى نساء وأطفال …» (dev 1933, blind editor: "speaker dropped"): the one
    who said it was named in the sentence before («إبان» also reads as a preposition, so the
    tagger did not see the verb); the frame is no bullet of its own."""
    text = (
        "لقي ما لا يقل عن 15 شخصا مصرعهم وأصيب 38 آخرون اليوم عندما فجر انتحاري نفسه في سوق مزدحمة بشمال "
        "أفغانستان . وأعلن حاكم ولاية فرياب ، عبد الستار بارز أن انتحاريا فجر سترته الناسفة داخل سوق في منقطة "
        "المار . وأبان أن من بين القتلى نساء وأطفال وجندي أفغاني واحد على الأقل \" ."
    )
    bullets = _bullets(text)
    assert not any(normalize_word(b).startswith(normalize_word("أبان أن")) for b in bullets), bullets



def test_an_obligation_whose_subject_is_its_that_clause_is_a_bullet() -> None:
    """«يجب أيضا ألا نركز على السلبيات …» (dev 1024, whose box came out empty): the «أن» clause is
    the subject of «يجب» and «نركز» names its own (the speaker's «we»), so the quote is a bullet
    under its speaker."""
    text = (
        'قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون عضو مجلس الشورى في السعودية، إن العمل الإجرامي الجبان '
        'الذي وقع في عسير أمس، دليل عجز وإفلاس المُنظمات الإرهابية كـ"داعش"، وغيرها. وتابع اللواء السعدون: "يجب '
        'أيضا ألا نركز على السلبيات وننسى الإيجابيات، في المملكة لدينا إيجابيات كثيرة والحمد لله، لكن نجد في '
        'مواقع التواصل التركيز على السلبيات".'
    )
    bullets = _bullets(text)
    assert any(b.endswith("يجب ألا نركز على السلبيات وننسى الإيجابيات") and "السعدون" in b for b in bullets), bullets  # («أيضا» struck)


@pytest.mark.parametrize(("text", "wrong"), [
    # dev 1002 (blind editor on «اليورانيوم: الاتفاق النووي تأسس …»: "wrong speaker"): «كما بين أن»
    # opens a clause of its own; what comes before it is no speaker
    ("قال الرئيس الأمريكي باراك أوباما في كلمة بشأن الاتفاق النووي ان الاتفاق مع إيران جيد ويمنعها من امتلاك "
     "النووي وأنها لن تتمكن من بناء مفاعلات نووية وتخصيب اليورانيوم ، كما بين أن الاتفاق النووي تأسس على تقاليد "
     "دبلوماسية. وأشار إلى أن العقوبات ستعود إذا خالفت إيران الاتفاق.", "اليورانيوم:"),
    # train 10234 («عيد: يوفق الفريقان …»): «ونتمنى أن …» is a wish of another clause, not a claim
    ("شدد رئيس الاتحاد السعودي لكرة القدم أحمد عيد على أن استعدادات إقامة نهائي السوبر السعودي في لندن تسير وفق "
     "ماهو مخطط له. وعن الدعوات التي قدمها الاتحاد لكبار الشخصيات، قال عيد في حديثه الخاص لـ «الجزيرة»: قدمنا "
     "عدة دعوات لشخصيات كبيرة، ونتمنى أن يوفق الفريقان في تقديم مباراة مميزة من جميع الجوانب.", "عيد: يوفق"),
])
def test_a_claim_of_a_later_clause_has_no_speaker_in_the_frame_before_it(text: str, wrong: str) -> None:
    """A clause that opens between a frame and a complementizer («، كما بين أن …», «، ونتمنى أن …»)
    owns the claim: the words before it name no speaker of it."""
    bullets = _bullets(text)
    assert not any(b.startswith(wrong) for b in bullets), bullets



def test_a_verb_of_speech_opening_a_sentence_carries_the_subject_named_before() -> None:
    """«ودعا المتحدث الرسمي … المواطنين … إلى أخذ الحيطة … . وشدد على أهمية الالتزام بتعليمات
    الدفاع المدني …» (train 16139): the second sentence's verb of speech says who only through
    the first; printed subject first, as a clause joined inside one sentence is. A verb that is
    no verb of speech, or a claim («وأضاف أن …»), carries nobody over."""
    text = ("حذرت مديرية الدفاع المدني بمنطقة عسير من المخاطر المصاحبة للأمطار والسيول التي تشهدها غالبية "
            "محافظات المنطقة. ودعا المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي، "
            "المواطنين والمقيمين إلى أخذ الحيطة والحذر وعدم الاقتراب من بطون الأودية. وشدد على أهمية الالتزام "
            "بتعليمات الدفاع المدني وعدم المغامرة بالنزول إلى الأودية أثناء جريانها.")
    bullets = _bullets(text)
    assert any(b.startswith("المتحدث الرسمي شدد على أهمية الالتزام بتعليمات الدفاع المدني") for b in bullets), bullets
    joined = text.replace("وشدد على", "وسيشارك في")
    assert not any(b.startswith("المتحدث الرسمي") and "سيشارك" in b for b in _bullets(joined)), _bullets(joined)


def test_a_verse_quoted_with_its_harakat_is_no_bullet_nor_headline() -> None:
    """«قال الله تعالى : إِنَّمَا جَزَاءُ الَّذِينَ يُحَارِبُونَ اللَّهَ وَرَسُولَهُ …» (train 10066's box): scripture
    and poetry are quoted vocalized; news prose is not, and such a line states no fact of the news."""
    text = ("نفذت وزارة الداخلية حكم القتل تعزيرا في جان أدين بتهريب كمية كبيرة من المخدرات إلى المملكة. "
            "وقال البيان: قال الله تعالى: إِنَّمَا جَزَاءُ الَّذِينَ يُحَارِبُونَ اللَّهَ وَرَسُولَهُ وَيَسْعَوْنَ فِي الأَرْضِ فَسَادًا. "
            "وأوضحت الوزارة أن الجاني ضبط في منفذ الحديثة وبحوزته أكثر من مليون قرص مخدر.")
    summary = summarize(text)
    assert not any(vocalized(line.split()) for line in [summary.headline.text, *(h.text for h in summary.highlights)]), summary
    assert vocalized("إِنَّمَا جَزَاءُ الَّذِينَ يُحَارِبُونَ اللَّهَ".split()) and not vocalized("تُعدُّ السودة منتجعًا جبليًّا".split())


def test_his_highness_as_a_speaker_is_the_person_named_before() -> None:
    """«وجّه … الأمير فيصل بن خالد … . وأكد سموّه أن الإجراء يأتي وفاءً …» (train 20473: the bullet
    read «سموّه: …»): an honorific standing for a person («سموه», «معاليه», «سماحته») is printed as
    the person the article named before; where it named nobody, the claim is not printed under it."""
    text = ("وجّه صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير الجهات ذات العلاقة "
            "بتسمية عدد من طرقات المنطقة بأسماء شهداء الوطن الذين استشهدوا خلال التفجير الغاشم. "
            "وأكد سموّه أن الإجراء يأتي وفاءً تجاه الشهداء الأبطال وتخليداً لأسمائهم.")
    bullets = _bullets(text)
    assert "الأمير فيصل بن خالد: الإجراء يأتي وفاءً تجاه الشهداء الأبطال وتخليداً لأسمائهم" in bullets, bullets
    unnamed = "وأكد سموّه أن الإجراء يأتي وفاءً تجاه الشهداء الأبطال وتخليداً لأسمائهم. " + text.split(". ")[0] + "."
    assert not any(b.startswith(("سموّه:", "سموه:")) for b in _bullets(unnamed)), _bullets(unnamed)


def test_his_highness_as_a_subject_is_the_person_named_before() -> None:
    """«وأشاد سموه بدور رجال الأمن البواسل …»: the verb's subject is an honorific, so the line is
    printed with the person it stands for first, as a joined clause's subject is; a claim («وقال
    سموه إن …») stays with its speaker."""
    text = ("استقبل صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير في مكتبه بالإمارة "
            "أمس قائد قوة الطوارئ الخاصة بالمنطقة وعددا من الضباط. وأشاد سموه بدور رجال الأمن البواسل في "
            "حماية الوطن. وقال سموه إن المنطقة تنعم بالأمن والاستقرار بفضل الله.")
    bullets = _bullets(text)
    assert "الأمير فيصل بن خالد أشاد بدور رجال الأمن البواسل في حماية الوطن" in bullets, bullets
    assert not any("سموه" in b or "قال إن" in b for b in bullets), bullets
    # «ووجه»: a past verb read as a noun out of context, at a sentence's start (`_opening_verb_clause`)
    restored = ("تفقد نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز مساء اليوم "
                "مسجد قوة الطوارئ الخاصة بمنطقة عسير. ووجه سموه بمباشرة أعمال إعادة ترميم المسجد وتهيئته "
                "لاستقبال المصلين بأسرع وقت ممكن.")
    assert "نائب خادم الحرمين الشريفين وجه بمباشرة أعمال إعادة ترميم المسجد" in _bullets(restored), _bullets(restored)


def test_a_line_in_the_first_person_needs_its_speaker() -> None:
    """«أتمنى توجيه مبادراتهم الرائعة نحو زرع القيم …» (train 11387's box): «أتمنى» is the «أنا»
    imperfect of «تمنى»; said by someone the line does not name, it is no fact of the news. A past
    verb of form VIII («اتفقت») is no first person."""
    text = ("أطلق عدد من الشباب في المدينة المنورة مبادرات تطوعية لخدمة زوار المسجد النبوي خلال شهر رمضان. "
            "وشملت المبادرات توزيع وجبات الإفطار على الصائمين وتنظيم حركة الزوار. "
            "أتمنى توجيه مبادراتهم الرائعة نحو زرع القيم الدينية والأخلاقية في نفوس النشء. "
            "واتفقت الجهات المشاركة على مواصلة المبادرات بعد انتهاء الشهر الكريم.")
    bullets = _bullets(text)
    assert not any(b.startswith("أتمنى") for b in bullets), bullets
    assert any(b.startswith("اتفقت الجهات المشاركة") for b in bullets), bullets
    # «سنعمل», «نواصل»: «نحن» speaks, anywhere in the line (train 21165: «القضية مازالت مفتوحة وسنعلن …»)
    plural = text.replace("أتمنى توجيه مبادراتهم", "مستقبلا سنعمل على توجيه المبادرات")
    assert not any("سنعمل" in b for b in _bullets(plural)), _bullets(plural)


def test_the_basmala_heading_a_document_is_no_bullet() -> None:
    """«بسم الله الرحمن الرحيم» on a line of its own before a royal order's text (train 10000s
    and 16000s: four boxes printed it as a bullet): a formula, struck like «حفظه الله», so its
    line says nothing."""
    text = ("أناب خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، ولي العهد الأمير محمد بن نايف في إدارة شؤون "
            "الدولة خلال فترة غيابه عن المملكة.\n وصدر أمس أمر ملكي بهذا الشأن فيما يلي نصه:\n"
            " بسم الله الرحمن الرحيم\n الرقم : أ / 267\n التاريخ : 9 / 10 / 1436هـ\n بعون الله تعالى\n"
            " نحن سلمان بن عبدالعزيز آل سعود\n ملك المملكة العربية السعودية\n")
    summary = summarize(text)
    assert not any("الرحمن الرحيم" in h.text for h in summary.highlights), summary.highlights


def test_a_relative_whose_verb_holds_its_object_lets_the_claim_reach_its_predicate() -> None:
    """«أن المادة التي استخدمها العنزي الموسم الماضي تعد غير محظورة» (train 21048): «استخدمها» is
    a past verb and its object pronoun, the relative's verb, so the claim goes on to its own
    predicate and is a bullet with its speaker; read as a noun it left the claim without a verb
    and the box without the story's key fact."""
    text = ("برأت اللجنة السعودية للرقابة على المنشطات حارس النصر عبدالله العنزي على خلفية تصريحاته الفضائية "
            "باستخدامه إبرا مسكنة نهاية الموسم الكروي الماضي دون علم (طبيب) ناديه أو حتى الإدارة، حيث أكدت "
            "اللجنة عبر بيان رسمي صدر يوم أمس أن المادة التي استخدمها العنزي الموسم الماضي تعد غير محظورة "
            "دولياً بحسب البيان الذي جاء نصه على النحو التالي. وحذرت اللجنة من استخدام أي دواء دون الرجوع "
            "للطاقم الطبي أو الاستفسار من اللجنة عنه.")
    summary = summarize(text)
    assert any("المادة التي استخدمها العنزي الموسم الماضي تعد غير محظورة" in h.text for h in summary.highlights), [
        h.text for h in summary.highlights]
    assert_offsets(summary)


def test_no_bullet_opens_on_a_verb_holding_a_pronoun_of_someone_before() -> None:
    """«… فيما لحقهما المطلوب طالب آل طالب» (train 10529): «لحقهما» («followed the two») points
    back at whom it followed; whoever the subject is, the line is no statement of its own."""
    text = ("أما القائمة الـ(26) فسبق أن سلم اثنان أنفسهما فيما لحقهما المطلوب طالب آل طالب وتم القبض على "
            "اثنين من القائمة خلال حملات الملاحقة لوزارة الداخلية للمطلوبين. وكانت وزارة الداخلية قد أعلنت "
            "ست قوائم للمطلوبين كان أولها عام 2003م.")
    summary = summarize(text)
    assert not any(line.startswith("لحقهما") for line in [summary.headline.text, *(h.text for h in summary.highlights)])


def test_an_announcement_is_not_cut_before_a_place_and_what_was_announced() -> None:
    """«وأعلن المتحدث باسم الجيش توكور جوساو في بيان أنه تم تحرير 101 طفل …» (train 11600): cut
    before «في بيان أنه …» the line says that he announced, not what; no bullet ends there."""
    text = ("وأعلن المتحدث باسم الجيش توكور جوساو في بيان أنه تم تحرير 101 طفل و67 امرأة و10 رجال خلال عملية "
            "عسكرية استهدفت القبض على قيادي بارز في بوكو حرام بالقرب من بلدة باما بولاية بورنو التي تقع في شمال "
            "شرق نيجيريا.\nوأفاد جوساو بأنه تم الكشف عن عدة معسكرات لبوكو حرام وإغلاقها خلال العملية.\nوقتلت "
            "بوكو حرام ،التي تسعى لتأسيس دولة تخضع لتفسيرها المتشدد للغاية للشريعة الإسلامية، أكثر من 14 ألف "
            "شخص منذ عام 2009.")
    summary = summarize(text)
    bullets = [h.text for h in summary.highlights]
    assert bullets and not any(b.endswith("جوساو") for b in bullets), bullets



def test_a_belief_is_not_a_bullet_without_what_is_believed() -> None:
    """«ويعتقد الكثير من الموحِّدين الدروز في لبنان أن النظام استغلّ التوتّرات الطائفية …» (train
    11678): «يعتقد» frames a claim like «قال»; cut before what they believe («يعتقد الكثير من
    الموحِّدين الدروز») it is a frame without its claim, with it a whole line."""
    sentence = analyze("ويعتقد الكثير من الموحِّدين الدروز في لبنان أن النظام استغلّ التوتّرات الطائفية ليعزّز "
                       "من مخاوف الطائفة.").sentences[0]
    frame = statements(sentence)[0]
    words, gaps = words_of(sentence), gaps_of(sentence)
    assert _frame_without_claim(frame, words, gaps, 5)
    assert not _frame_without_claim(frame, words, gaps, 11)


def test_an_announcement_is_not_cut_before_its_claim_further_on() -> None:
    """«أعلن رئيس الوزراء التركي احمد داود اأوغلو ان العمليات … ستتواصل» (train 11605): the
    announcing verb and its subject, cut before the name and the «أن» that bring what was
    announced, say nothing; so does «أعلنت بعثة الأمم المتحدة | في مالي السبت أن …» (train 17459)."""
    for text, cut in (
            ("أعلن رئيس الوزراء التركي احمد داود اأوغلو ان العمليات التي يقوم بها الجيش والشرطة في تركيا الجمعة "
             "ضد عناصر يشتبه بانتمائهم الى تنظيم داعش وحزب العمال الكردستاني ستتواصل.", 4),
            ("وأعلنت بعثة الأمم المتحدة في مالي السبت أن خمسة موظفين يعملون لحساب شركات متعاقدة مع البعثة قتلوا "
             "في الهجوم.", 3)):
        sentence = analyze(text).sentences[0]
        frame = statements(sentence)[0]
        assert _frame_without_claim(frame, words_of(sentence), gaps_of(sentence), cut), text


def test_a_line_never_ends_on_a_pronoun_nor_inside_the_list_it_announces() -> None:
    """«وضمت القائمة 34 لاعبًا وهم: ريان الحربي، …» (dev 860): a line ending on «وهم» owes what
    they are, and one ending after the list's first name cuts the list; it ends before «وهم»."""
    text = ("وضمت القائمة 34 لاعبًا وهم:ريان الحربي، سعيد اليامي، عطية الشمراني ومازن عثمان (الأهلي)، حسن "
            "رغفاوي، عبدالرحمن الدوسري (الشباب). وأوضح مدير المنتخب أن المعسكر يبدأ الأسبوع المقبل في الرياض "
            "استعدادا للبطولة.")
    summary = summarize(text)
    assert summary.headline.text == "ضمت القائمة 34 لاعبًا", summary.headline.text
    lines = [summary.headline.text, *(h.text for h in summary.highlights)]
    assert not any(line.endswith(("وهم", "الحربي")) for line in lines), lines


VERSE_COLUMN = (
    "كان الشاعر علي بن الجهم راعي أغنام في اليمامة، وسمع أن الخليفة يكرم الشعراء فشد الرحال إلى بغداد. "
    "وقد سجنه الخليفة المتوكل بعد سنوات، فكتب في سجنه قصيدة مشهورة يمدح فيها السجن، ونشرتها الصحف الأدبية "
    "في ذلك الوقت. أما القصيدة التي مدح فيها السجن فهي :\n"
    "قالوا حبست فقلت ليس بضائـري\nحبســـــي وأي مهند لا يغمــــد\n"
    "أو ما رأيت الليث يألف غيـــله\nكبرا وأوباش السباع تردد\n"
    "والبدر يدركه السرار فتنجـــلي\nأيامه ، وكأنــــــه متجــــــدد\n"
    "والغيث يحصره الغمام فما يرى\nإلا وريقه يراح ويرعد\n"
    "وأفرج الخليفة عن الشاعر بعد عام من سجنه، وعاد إلى بغداد ليلقي قصائده في مجلس الخلافة.\n"
)


def test_no_highlight_is_a_line_of_quoted_verse() -> None:
    """A poem quoted one hemistich a line (dev 1360: «والبدر يدركه السرار فتنجلي» and three more
    verse lines made a box): its lines are no facts of the news; a list of short items is no verse."""
    verse = Verse(VERSE_COLUMN)
    assert VERSE_COLUMN.index("والبدر") in verse and VERSE_COLUMN.index("فشد الرحال") not in verse
    assert VERSE_COLUMN.index("أفرج الخليفة") not in verse
    highlights = [h.text for h in summarize(VERSE_COLUMN).highlights]
    assert highlights and not any(line in VERSE_COLUMN.split("\n")[1:] or "يدركه" in line or "الليث" in line
                                  for line in highlights), highlights
    items = "افتتاح الملتقى:\n- افتتاح مشروع الطريق الدائري\n- توقيع اتفاقية النقل\n- تدشين محطة المياه\n- تكريم الفائزين\n"
    assert items.index("توقيع") not in Verse(items)


HILAL_SQUAD = (
    "رفعت إدارة نادي الهلال أمس (الاثنين) قائمة لاعبي الفريق الرسمية المكونة من 30 لاعباً، إلى الاتحاد "
    "الآسيوي لكرة القدم، الذين سيدخل بهم الأدوار النهائية لدوري ابطال آسيا للاندية بدءاً من مباريات دور "
    "الثمانية أمام لخويا القطري في ال25 من شهر أغسطس المقبل. وضمت الحراس خالد شراحيلي وعبدالله السديري "
    "وفهد الثنيان ومحمد الواكد، والمدافعين ديغاو وكواك وادواردوا والميدا وعبدالله الزوري وياسر الشهراني "
    "وعبدالله الحافظ واحمد شراحيلي ومحمد البريك وعبدالله الشامخ ومحمد جحفلي، ولاعبي الوسط سلمان الفرج "
    "وسعود كريري ونواف العابد وسالم الدوسري ومحمد الشلهوب ومحمد القرني وعبدالمجيد السواط وعبدالعزيز "
    "الدوسري وفيصل درويش وعبدالكريم القحطاني ويوسف السالم وياسر القحطاني ويونس العليوي وناصر الشمراني "
    "وخالد كعبي في الهجوم، وسيعتمد الاتحاد الآسيوي القائمة النهائية المكونة من 18 لاعباً لمباراة لخويا "
    "قبل 48 ساعة من انطلاق المواجهة."
)


def test_a_clause_run_on_after_plain_and_is_no_bullet() -> None:
    """What opens mid-sentence on «و» with no mark before it continues what came before: the next
    names of a squad list (dev 860: «ياسر الشهراني وعبدالله الحافظ …», «يونس العليوي وناصر الشمراني
    …» made two bullets) or a verb whose subject came before it («… مما يعطي المتحرش الفرصة لمواصلة
    إجرامه ويعطي المتضرر الفرصة لأخذ حقه بيده»). A verb with its own titled subject stays."""
    bullets = _bullets(HILAL_SQUAD)
    assert bullets and not any(b.startswith(("ياسر الشهراني", "يونس العليوي", "يوسف السالم")) for b in bullets), bullets
    shared = ("تؤدي التحرشات إلى مشكلات كبيرة في المجتمع. والمبادرة بوضع الأنظمة والضوابط والقوانين خير من ترك "
              "الأمور دون ضابط مما يعطي المتحرش الفرصة لمواصلة إجرامه ويعطي المتضرر الفرصة لأخذ حقه بيده. "
              "وطالب مختصون بنظام واضح يعاقب المتحرشين.")
    assert not any(b.startswith("يعطي المتضرر") for b in _bullets(shared)), _bullets(shared)
    titled = ("نظم الاتحاد السعودي للتايكوندو البطولة الخليجية في الرياض بمشاركة ست دول. وحقق المنتخب السعودي "
              "المركز الأول برصيد خمس ذهبيات وحصل اللاعب رائف التركستاني على الميدالية الذهبية في وزن تحت 75 كجم. "
              "وتسلم الفائزون الجوائز في حفل الختام.")
    assert any(b.startswith("حصل اللاعب رائف التركستاني") for b in _bullets(titled)), _bullets(titled)


def test_a_claim_that_names_its_speaker_first_prints_the_name_once() -> None:
    """«التقرير: التقرير اعتمد على شهادات الشهود …» (train: the speaker found for «إلى أن …» was the
    claim's own subject): the claim opening on its speaker's very words is printed without the
    label, its subject named once."""
    text = ("أشار تقرير حديث أصدرته منظمة هيومان رايتس ووتش إلى تورط المتمردين الحوثيين في جرائم متعددة، تقع ضمن "
            "دائرة الجرائم ضد الإنسانية، أو جرائم الحرب، بحيث يمكن تقديمهم فيما بعد إلى محاكمات دولية.\n"
            "وأشار التقرير الذي صدر بعد مسح ميداني قام به عناصر المنظمة، في محافظات عدن وتعز ومأرب، إلى أن التقرير "
            "اعتمد على شهادات الشهود، ومستندات موثوقة، كما تمت مراجعة أدلة فوتوجرافية، ومقاطع فيديو منشورة على مواقع "
            "التواصل الاجتماعي.\nوطالبت المنظمة بفتح تحقيق دولي في الانتهاكات التي ارتكبها الحوثيون بحق المدنيين.")
    bullets = _bullets(text)
    _opens_on(bullets, "التقرير اعتمد على شهادات الشهود", "التقرير:")


def test_wa_bayyana_anna_is_a_claim_of_the_one_named_before() -> None:
    """«وبين أن العقد تجاوزت قيمته 38 مليون ريال …» (train: no statement, since «بين» reads
    «between»): before a complementizer it is «بيّن», a claim of the one named before."""
    text = ("وقع الرئيس العام للأرصاد وحماية البيئة د. عبدالعزيز بن عمر الجاسر في مكتبه بجدة أمس عقد تطوير وتوسيع "
            "برنامج التفتيش والتدقيق البيئي مع إحدى الشركات الوطنية المتخصصة.  وأوضح وكيل شؤون البيئة والتنمية "
            "المستدامة بالرئاسة د. عبد الباسط بن سالم صيرفي أن هذه الخطوة تأتي في إطار خطط الرئاسة لتوسيع وتطوير "
            "قدرات التفتيش البيئي.  وبين أن العقد تجاوزت قيمته 38 مليون ريال، ويتضمن القيام بمسح بيئي شامل للمنشآت "
            "الخاضعة للتفتيش البيئي.")
    bullets = _bullets(text)
    assert any(b.endswith("العقد تجاوزت قيمته 38 مليون ريال") and ":" in b for b in bullets), bullets
    # with its subject's name before the complementizer too; «بين X و Y» stays «between»
    named = analyze("وبين السبيعي أنهم لم يعرفوا الشخص غير أنهم توقعوا أنه منضم للدورة حديثا.").sentences[0]
    assert any(named.words[s.keep[0]] == "وبين" for s in statements(named))
    between = analyze("بين الرياض وجدة أن المسافة طويلة جدا على المسافرين.").sentences[0]
    assert not statements(between)
    # a long subject, past a bare noun, before its complementizer (train: 17405, «بقيادة» ended the
    # search and the sentence had no statement)
    long_subject = analyze("وبين الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير المقدم شايع بن خالد القحطاني أن عملية "
                           "الضبط جاءت بمتابعة قائد قطاع ظهران الجنوب.").sentences[0]
    assert any(long_subject.words[s.keep[0]] == "وبين" for s in statements(long_subject))


def test_a_statement_with_no_end_in_reach_is_compressed_as_a_headline_is() -> None:
    """«واطلعت اللجنة [خلال الاجتماع] على مختلف الاستعدادات بشأن بدء العملية الانتخابية …» (train:
    no end within 12 words, so no bullet): the headline's deletions (a time phrase before the
    object, places, escorts) bring one; not to a report, whose claim goes under its speaker."""
    text = ("عقدت اللجنة المحلية للانتخابات البلدية بمنطقة نجران اجتماعها الدوري أمس برئاسة أمين المنطقة. "
            "واطلعت اللجنة خلال الاجتماع على مختلف الاستعدادات بشأن بدء العملية الانتخابية مطلع ذي القعدة القادم، كما "
            "استعرضت جاهزية مراكز الانتخابات البالغ عددها 31 مركزاً انتخابياً، بمدينة نجران والمحافظات التابعة لها.")
    bullets = _bullets(text)
    assert any(b.startswith("اطلعت اللجنة على مختلف الاستعدادات") for b in bullets), bullets
    # what commas set off is not struck here: later in an article it may hold the object
    meeting = ("زار محافظ العلا موقع مدائن صالح الأثري أمس. وناقش الاجتماع الذي عقد في مقر المحافظة عدداً من الأمور "
               "المتعلقة بالمشاريع والنشاطات السياحية التي تشهدها المحافظة، إضافة إلى مناقشة الكثير من النقاط التي ستعمل "
               "على تطوير مشاريع السياحة والمواقع الأثرية في المحافظة.")
    assert not any("الاجتماع إضافة" in b for b in _bullets(meeting))


def test_a_quotation_after_its_speaker_without_a_colon_keeps_its_speaker() -> None:
    """«وذكر بينيت عقب المباراة «الفريق قدم مباراة جيدة …»» (train: the bullet read «ذكر بينيت عقب
    المباراة الفريق قدم …», the quotation run into its frame; a blind A/B judge on 68 train
    articles: 35 better, 12 worse): an opening quotation mark after the speaker opens what he
    said, as a colon does, up to the quotation's first full stop."""
    text = ("قال مدرب فريق ريال مدريد الأسباني رافائيل بينيتيز إن فريقه افتقد لخدمات مهاجمه كريستيانو رونالدو، "
            "وذلك بعد فشله في تسجيل أهداف في المباراة الودية التي أقيمت أمام فاليرينجا النرويجي.\n"
            "وكان ريال مدريد قد تعادل سلبيا أمس الأول مع فاليرينجا في إطار الاستعدادات للموسم الجديد.\n"
            "وذكر بينيتيز عقب المباراة «الفريق قدم مباراة جيدة واستحوذ جيدا على الكرة، لكن افتقدنا الدقة في "
            "إنهاء الفرص التي خلقناها».\n"
            "وقال متحدث باسم النادي في بيان \"سيعود رونالدو إلى التدريبات الأسبوع المقبل. الفريق يحتاجه في "
            "المباريات الكبيرة\".")
    bullets = _bullets(text)
    assert any(b.startswith("بينيتيز: الفريق قدم مباراة جيدة") for b in bullets), bullets
    assert not any(b.startswith("ذكر بينيتيز عقب المباراة") for b in bullets), bullets
    # one sentence of the quotation: the sentence splitter left it whole
    assert not any("الأسبوع المقبل. الفريق" in b for b in bullets), bullets
    # a quoted name or title is no quotation; nor what a preposition governs
    titled = analyze("وقال رئيس «حزب الأمة» إن الحزب سيشارك في الانتخابات المقبلة.").sentences[0]
    said = analyze("وقال رئيس الحزب \"إن الحزب سيشارك في الانتخابات المقبلة بكل قوته\".").sentences[0]
    quoted = analyze("وقال رئيس الحزب \"الحزب سيشارك في الانتخابات المقبلة بكل قوته\".").sentences[0]
    for sentence, opened in ((titled, False), (said, False), (quoted, True)):
        frame = Statement(sentence, tuple(range(len(sentence.words))))
        assert (_colon_quote(frame, words_of(sentence), gaps_of(sentence)) is not None) == opened, sentence.words
    governed = ("أعلنت وزارة الداخلية اللبنانية أمس عن تقدم في ملف العسكريين المخطوفين لدى الجماعات المسلحة.\n"
                "وأكد المدير العام للأمن العام اللواء عباس إبراهيم التوصل مع \"جبهة النصرة\" إلى \"مرحلة "
                "متقدمة حددت آلية التبادل وزمنه ومكانه ومسائل تقنية\".")
    assert not any(b.split(":")[0].endswith("التوصل") for b in _bullets(governed)), _bullets(governed)


def test_an_adverb_after_a_reporting_verb_is_no_speaker() -> None:
    """«وكان موتا، أحد العناصر …، صرح مرارا في الأسابيع الأخيرة أنه يريد …» (train: a later quotation was
    printed as «مرارا: سنتابع الحديث …»): how often he said it is not who said it."""
    text = ("أعلن نادي باريس سان جيرمان الفرنسي بشكل رسمي ضم متوسط الميدان الأرجنتيني أنخيل دي ماريا بعقد يمتد "
            "لأربعة أعوام.\n"
            "وكان موتا، احد العناصر الاساسية في وسط فريق العاصمة الفرنسية، صرح مرارا في الاسابيع الاخيرة انه يريد "
            "ان يبدأ مغامرة جديدة.\n"
            "واضاف «سنتابع الحديث مع الإدارة لكن في النهاية أعتقد بأن رئيس النادي سيقرر مستقبلي».")
    bullets = _bullets(text)
    assert not any(b.startswith("مرارا") for b in bullets), bullets
    sentence = next(s for s in analyze(text).sentences if "صرح مرارا" in s.span.text)
    said = [_speaker(frame, claim, sentence.forms, sentence.gaps) for frame in statements(sentence, frames=True)
            if (claim := claim_of(frame)) is not None]
    assert said
    assert not any(named and sentence.words[named[0]] == "مرارا" for named in said), said


def test_no_bullet_opens_on_but_we_or_given_that() -> None:
    """«رئيس الحكومة التركية: لكننا لم نصل بعد إلى حكم نهائي», «المجلس: نظرا لما تمر به بلادنا
    …» (train, a blind A/B judge: "opens with «لكننا»", "a fragment"): «لكن» with its pronoun and
    «نظرا» open the rest of a clause said before, as «لكنه» and «إذا» do."""
    for word in ("لكننا", "ولكني", "نظرا", "بناءً"):  # («بناءً على توجيهات …»: a ground before its main clause)
        assert not grammar.can_open(word), word
    assert grammar.can_open("الحكومة")


def test_sentences_inside_a_quotation_name_no_speaker() -> None:
    """«وقال … «أريد أن أقوم بأشياء جديدة. تحدثت مرارا إلى المدرب وفهم رغبتي. …»» (train): the
    sentence splitter cuts a long quotation at its full stops; the sentences after the first are the
    quoted player's own words, no frame naming the speaker of a later «وأضاف "…"»."""
    document = analyze(
        "أعلن النادي رسميا ضم اللاعب بعقد يمتد لأربعة أعوام.\n"
        "وقال اللاعب في هذا الصدد خلال جولة الفريق في الولايات المتحدة «أريد أن أقوم بأشياء جديدة في مسيرتي "
        "وأن أجد الحافز الذي أبحث عنه منذ سنوات طويلة في الملاعب الأوروبية. تحدثت مرارا إلى المدرب وفهم رغبتي "
        "في الرحيل. تحدثت أيضا إلى رئيس النادي وأبلغته بما أريد. أفهم موقع النادي وحاجته إلي في الموسم المقبل لكني "
        "بحاجة إلى أن يفهم النادي وضعي ورغبتي في خوض تجربة جديدة بعيدا عن الدوري الفرنسي».\n"
        "وقال المدرب إن الفريق سيبدأ معسكره الأسبوع المقبل. وأضاف أن اللاعبين جاهزون.")
    texts = [s.span.text for s in document.sentences]
    inside = {texts[i] for i in _sentences_in_quotation(document)}
    assert any(t.startswith("تحدثت مرارا") for t in inside), texts
    assert not any(t.startswith(("وقال", "أعلن", "وأضاف")) for t in inside), inside


def test_a_claim_too_long_for_its_whole_speaker_goes_under_the_family_name() -> None:
    """«مشيرة إلى أن غالبية الأعمال التي تناولت سيرة حياة الفنانين والمشاهير كانت فاشلة» (train:
    ten words, no room left under «الممثلة رجاء الجداوي», and the box held one bullet opening on
    «عما»): the claim goes whole under the family name, as titles name a person."""
    text = ("نفت الممثلة رجاء الجداوي ما تردد عن عزمها تقديم سيرة حياة خالتها الفنانة الراحلة تحية كاريوكا، مشيرة إلى "
            "أن غالبية الأعمال التي تناولت سيرة حياة الفنانين والمشاهير كانت فاشلة.\n"
            "وكانت تقارير صحفية قد تحدثت عن مشروع مسلسل جديد يتناول حياة الفنانة الراحلة.")
    bullets = _bullets(text)
    assert "الجداوي: غالبية الأعمال التي تناولت سيرة حياة الفنانين والمشاهير كانت فاشلة" in bullets, bullets
    # an office's nisba after «وال» is no family name either («والمتحدث الإعلامي»: train, «الإعلامي: …»)
    spokesman = ("أعلنت أمانة المنطقة الشرقية عن عزمها إغلاق طريق الملك عبدالعزيز عند تقاطعه مع الشارع العاشر في محافظة "
                 "الخبر يوم غد الأربعاء.\n"
                 "وأوضح مدير عام إدارة العلاقات العامة والإعلام والمتحدث الإعلامي بأمانة المنطقة الشرقية محمد الصفيان "
                 "أنه سيتم إغلاق الطريق للبدء بالمرحلة الأولى لمنطقة العمل.\n"
                 "مشيرا إلى أن ذلك يأتي ضمن خطة الأمانة نحو تحديث وتطوير شبكة الطرق ورفع مستوى الخدمات في المحافظة.\n"
                 "موضحا أن أمانة المنطقة الشرقية وإدارة مرور المنطقة الشرقية تهيب بالمواطنين والمقيمين أخذ الحيطة "
                 "والحذر والالتزام بمسار التحويلة المرورية.")
    assert not any(b.startswith("الإعلامي:") for b in _bullets(spokesman)), _bullets(spokesman)
    # an office is no family name: it is not cut short
    assert not any(b.startswith("التنفيذي:") for b in _bullets(
        "قال الرئيس التنفيذي إن أرباح الشركة التي تعمل في قطاع البتروكيماويات والأسمدة ارتفعت خلال النصف الأول.\n"
        "وأضاف أن الشركة ستوزع أرباحا على المساهمين."))


def test_a_circumstantial_participle_is_told_as_its_subjects_past_verb() -> None:
    """«أدانت وزارة الخارجية الإسبانية الهجوم …، داعية إلى تقديم المسؤولين عنه للعدالة» (train:
    the participle's clause said what the ministry did besides, and no bullet could open on
    «داعية»; a blind A/B judge on 70 changed train articles: 41 better, 12 worse): it is told with
    the main verb's subject and the participle's past verb in its gender, «وزارة الخارجية
    الإسبانية دعت إلى …». Not a claim («مؤكدة أن …»), a prayer («داعيا الله أن …») or a pronoun
    object («واصفا إياه …»), nor where the participle does not agree with the main verb."""
    text = ("أدانت وزارة الخارجية الإسبانية الهجوم الإرهابي الذي استهدف مسجدا في منطقة عسير، داعية إلى تقديم "
            "المسؤولين عن الهجوم للعدالة.\n"
            "وأعربت الوزارة في بيان عن تضامن إسبانيا مع المملكة العربية السعودية في حربها على الإرهاب.")
    bullets = _bullets(text)
    assert "وزارة الخارجية الإسبانية دعت إلى تقديم المسؤولين عن الهجوم للعدالة" in bullets, bullets
    assert not any(b.startswith("داعية") for b in bullets), bullets
    prayer = ("أدى أمير منطقة عسير صلاة الميت على شهداء الواجب في جامع أبها الكبير، داعيا الله أن يتغمدهم بواسع رحمته.\n"
              "وقدم سموه التعازي لذوي الشهداء.")
    assert not any("دعا الله" in b for b in _bullets(prayer)), _bullets(prayer)
    other = ("أكدت الشركة السعودية للكهرباء انتهاء أعمال الصيانة في محطة القريات، مشيرا مدير المحطة إلى أن الخدمة "
             "عادت إلى طبيعتها.\nوكانت المحطة قد توقفت يومين.")
    assert not any(b.startswith("الشركة السعودية للكهرباء أشار") for b in _bullets(other)), _bullets(other)


def test_his_words_after_the_speaker_are_no_part_of_him() -> None:
    """«وأضاف مورينيو قوله "ارتكب كورتوا خطأ …"» (dev, blind A/B judge: "the ungrammatical «مورينيو
    قوله:»"): «قوله» («his saying») closes the speaker before the quotation."""
    text = ("دافع مدرب تشيلسي جوزيه مورينيو عن الحارس الجديد بعد هزيمة فريقه أمام فيورنتينا بأربعة أهداف مقابل هدفين.\n"
            "وأضاف مورينيو قوله \"ارتكب كورتوا خطأ في الشوط الأول بينما كانت الكرة تحت أقدامه. في الشوط الثاني لم "
            "يكن الحارس قويا في رد فعله\".")
    _opens_on_and_never_holds(_bullets(text), "مورينيو: ارتكب كورتوا خطأ", "قوله:")


def test_a_background_formula_gives_its_fact_not_itself() -> None:
    """«والجدير بالذكر أن المهرجان يستمر ثلاثة أسابيع …» (train: bullets opening on «الجدير بالذكر أن»,
    «تجدر الإشارة إلى أن»): the formula's fact is the candidate, told as the reporter's own; the
    formula with it is no bullet of its own."""
    text = ("افتتح أمير منطقة جازان مهرجان الصيف في مدينة جيزان أمس بحضور عدد من المسؤولين.\n"
            "والجدير بالذكر أن المهرجان يستمر ثلاثة أسابيع ويضم أكثر من مئة فعالية.")
    bullets = _bullets(text)
    assert not any(b.startswith(("الجدير", "والجدير")) for b in bullets), bullets
    assert any("يستمر ثلاثة أسابيع" in b for b in bullets), bullets


def test_a_word_of_its_own_on_lam_is_no_complement() -> None:
    """«استمعت لجنة الدفاع في مجلس الشيوخ | إلى كارتر» (train: a bullet stopped before «إلى»):
    «لجنة» (committee) also reads «لـ» + «جنة», and was taken for the «لـ» that stands for «إلى»
    after «استمع»; read whole it is far commoner, so the complement is still owed. A real «لـ»
    complement («لعدد») still pays it."""
    sentence = analyze("استمعت لجنة الدفاع في مجلس الشيوخ إلى وزير الدفاع أمس.").sentences[0]
    keep = tuple(range(len(sentence.words)))
    assert owes_complement(sentence, keep, 6)
    paid = analyze("تطرق الاجتماع لعدد من الموضوعات المهمة في المنطقة.").sentences[0]
    assert not owes_complement(paid, tuple(range(len(paid.words))), 4)


def test_the_paper_struck_after_a_speaker_ends_him() -> None:
    """«نفى المصدر [لـ«الشرق الأوسط»] وصول القضية …، مؤكدا أن الحزب بدأ …» (train): once the paper he
    spoke to is struck, the object after it ran into the participle's speaker («المصدر وصول
    القضية: …»); the speaker ends where the paper was."""
    text = ("نفى المصدر لـ«الشرق الأوسط» وصول القضية إلى مستوى مناقشة اتفاق، مؤكدا أن الحزب بدأ استنزاف "
            "المقاتلين المعارضين في الداخل.\nوأضاف أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.")
    bullets = _bullets(text)
    assert not any(b.startswith("المصدر وصول") for b in bullets), bullets
    assert not any("الشرق الأوسط" in b for b in bullets), bullets


def test_a_claim_whose_verb_is_a_plural_past_ends_after_its_object() -> None:
    """«… أن المشاركين في البطولة اجتازوا برامج تدريبية لمدة 4 أيام قبل خوض المنافسات» (train: the
    box held no bullet but the headline's): «اجتازوا» was read as a noun, so the claim had no verb
    and no end before the sentence's, 13 words under its speaker; read as the verb, it ends after
    its object or its duration."""
    text = ("يشارك 40 متسابقا من دول الإمارات والكويت وقطر والتشيك وأمريكا وبريطانيا وروسيا في بطولة عسير "
            "الدولية الرابعة للطيران الشراعي ضمن فعاليات مهرجان «أبها يجمعنا» بمركز السودة. وأوضح منظم الفعالية "
            "عبدالباري آل عبدالله أن المشاركين في البطولة اجتازوا برامج تدريبية لمدة 4 أيام قبل خوض المنافسات.")
    bullets = _bullets(text)
    assert any(b.startswith("منظم الفعالية: المشاركون في البطولة اجتازوا برامج تدريبية") for b in bullets), bullets


# A speaker the frame finder cannot tell («يالجين» reads as a verb) after one it can.
_AKDOGAN = ("أعلن حزب العمال الكردستاني وقف العمليات المسلحة في جنوب شرق تركيا. "
            "وقال دمرطاش إنه يزور أوجلان بصفة منتظمة في سجن جزيرة أمرالي. "
            "وقال يالجين أكدوجان نائب رئيس الوزراء التركي إن الدولة تواصل مباحثاتها مع أوجلان. ")


def test_a_claim_is_not_given_to_a_speaker_past_another() -> None:
    """«وأضافت أن الميليشيات …» after «أكد المتحدث … أن …» (train): a feminine verb does not speak on
    for a man; «وأضاف أن …» after «وقال يالجين أكدوجان … إن …», whose name reads as a verb, is his,
    not the one named before him (train: both had been given to the one named before)."""
    government = ("استعادت القوات الموالية للشرعية قاعدة العند الجوية في محافظة لحج بعد معارك عنيفة مع المتمردين. "
                  "من جانبه، أكد المتحدث باسم جبهة العند قائد نصر أن الحوثيين اختطفوا عددا كبيرا من المعتقلين. "
                  "وكانت الحكومة اليمنية قد تعهدت عقب استعادة القاعدة بتوسيع نطاق العمليات لتشمل كل مدن اليمن. "
                  "وأضافت أن الميليشيات الانقلابية باتت تتراجع في كل الجبهات.")
    assert not any(b.startswith("المتحدث") and "الميليشيات" in b for b in _bullets(government)), _bullets(government)
    turkey = _AKDOGAN + "وأضاف أن الحكومة سترفض أي وقف مؤقت للعمليات."
    assert not any(b.startswith("دمرطاش: الحكومة") for b in _bullets(turkey)), _bullets(turkey)


def test_a_claim_after_a_setting_is_said_by_the_one_named_before() -> None:
    """«وتابع في مؤتمر صحفي في إقليم شانلي أورفا حيث تقع سروج إن مجلس الوزراء سيقيم …» (train): the
    setting names no speaker, so the one named before speaks on; the «حيث» clause cut with the
    claim («تقع سروج إن مجلس الوزراء …») holds an «إن» no saying verb governs, and is no line."""
    text = ("قال رئيس الوزراء التركي أحمد داود أوغلو امس إن السلطات التركية تعرفت على مشتبه به في التفجير "
            "الانتحاري الذي أسفر عن سقوط 32 قتيلا في بلدة سروج الواقعة قرب الحدود مع سوريا. وتابع في مؤتمر "
            "صحفي في إقليم شانلي أورفا حيث تقع سروج إن مجلس الوزراء سيقيم الإجراءات الأمنية الإضافية الممكنة "
            "عند الحدود أثناء اجتماع اليوم الأربعاء.")
    bullets = _bullets(text)
    assert not any(b.startswith("تقع سروج") for b in bullets), bullets
    assert any(b.endswith("مجلس الوزراء سيقيم الإجراءات الأمنية الإضافية الممكنة عند الحدود") and (
        "رئيس الوزراء التركي" in b or "داود أوغلو" in b) for b in bullets), bullets
    # («وقال يالجين أكدوجان … إن …. وقال في تصريحات لصحيفة «ميليت» إن …»: his, not the one before him)
    turkey = _AKDOGAN + "وقال في تصريحات لصحيفة «ميليت» نشرت أمس إن الحكومة سترفض أي وقف مؤقت للعمليات."
    assert not any(b.startswith("دمرطاش: الحكومة") for b in _bullets(turkey)), _bullets(turkey)


def test_a_source_named_by_according_to_speaks_on() -> None:
    """«وحسب المجلس الوطني للمقاومة الإيرانية، فإن المظاهرة … . وأضاف في بيان أن قوات الأمن …» (train):
    the council speaks on (train: the claim went to the president named before it)."""
    text = ("واصل الرئيس الإيراني حسن روحاني دفاعه عن الاتفاق النووي وقال إنه اتفاق تاريخي. "
            "من ناحية ثانية اعتقل أكثر من 200 مدرس إيراني الأربعاء خلال عملية قمع لمظاهرة في طهران. "
            "وحسب المجلس الوطني للمقاومة الإيرانية، فإن المظاهرة ضمت حوالي ألفي مدرس للمطالبة بإطلاق سراح زملاء لهم. "
            "وأضاف في بيان أن قوات الأمن التي انتشرت بأعداد كبيرة فرقت المظاهرة بالقوة.")
    bullets = _bullets(text)
    assert any(b.startswith("المجلس الوطني: قوات الأمن") for b in bullets), bullets


def test_a_claim_drops_the_relative_clause_describing_its_subject() -> None:
    """«أن فعاليات المهرجان [الذي استمر لمدة 14 يوما] قدمت صورة مشرقة …» (train: under its speaker the
    claim had no end within 12 words, and the box printed «قدمت صورة مشرقة وزاهية للمحافظة», a
    verb without its subject): the relative clause goes, as the headline's claims drop it."""
    text = ("اختتمت مساء أمس فعاليات مهرجان صيف محافظة الطائف بحضور جماهيري كبير من الأهالي والزوار. "
            "وأكد رئيس اللجنة الإعلامية للمهرجان حماد الحربي أن فعاليات المهرجان الذي استمر لمدة 14 يوما قدمت "
            "صورة مشرقة وزاهية للمحافظة حيث منحت الشباب الفرصة لإثبات قدراتهم.")
    bullets = _bullets(text)
    assert any(b.endswith("فعاليات المهرجان قدمت صورة مشرقة وزاهية للمحافظة") and ":" in b for b in bullets), bullets
    assert not any(b.startswith("قدمت") for b in bullets), bullets


def test_a_homograph_after_a_claims_definite_subject_is_its_verb() -> None:
    """«أن المدير العام لحرس الحدود قدم شكره وتقديره للعاملين …» (train: the claim had no verb and no
    end within the limit, the box none): after a definite word a bare «قدم» is no genitive, so in a
    claim still owing its verb it is the verb; not after a name («أحمد الطيب | شيخ الأزهر»)."""
    text = ("ضبطت دوريات حرس الحدود كمية من الأسلحة في قطاع ظهران الجنوب بلغت 10 مسدسات و8 رشاشات و18360 طلقة رشاش.\n"
            "وأوضح الناطق الإعلامي بقيادة حرس الحدود بمنطقة عسير أن المدير العام لحرس الحدود قدم شكره وتقديره "
            "للعاملين على جهودهم في الميدان ويقظتهم.")
    assert any(b.startswith("الناطق الإعلامي: المدير العام لحرس الحدود قدم شكره") for b in _bullets(text)), _bullets(text)
    sentence = analyze("قال إن دعوة الدكتور أحمد الطيب شيخ الأزهر لاجتماع بين علماء السنة والشيعة دعوة جيدة.").sentences[0]
    words = words_of(sentence)
    keep = tuple(range(len(words)))
    assert not homograph_verb_at(words, keep, words.index(normalize_word("شيخ")))


def test_a_lead_verb_the_tagger_reads_otherwise_opens_a_bullet() -> None:
    """«كما دان السفير عبد العاطي الاقتحامات المتكررة للمسجد الأقصى، مشدداً …» (train: the box was
    empty): «دان» (condemned) reads as «near», «قدم», «شهد» as nouns; before a definite subject or a
    name the verbs a headline may open on (`clauses.lead_verb`) open a bullet too."""
    text = ("دانت مصر القرار الإسرائيلي ببناء مئات من الوحدات الاستيطانية بمستوطنة بيت إيل شمال مدينة رام الله.\n"
            "وأكد الناطق الرسمي باسم وزارة الخارجية المصرية في بيان له أمس أن القرار يسهم في إفشال جهود السلام.\n"
            "كما دان السفير عبد العاطي الاقتحامات المتكررة للمسجد الأقصى، مشدداً على أهمية الحفاظ على الطابع "
            "العربي للمقدسات الإسلامية والمسيحية في القدس الشرقية.")
    assert "دان السفير عبد العاطي الاقتحامات المتكررة للمسجد الأقصى" in _bullets(text), _bullets(text)


def test_a_demonstrative_before_a_definite_noun_is_struck_to_fill_a_thin_box() -> None:
    """«وأكد الطيب أن [هذا] الحادث الإجرامي لن يزيدنا إلا تلاحما» (train: boxes of 0–1 bullets whose
    other statements opened on «هذا/هذه»): titles drop the demonstrative, the noun names what was
    meant. Vaguer than a statement that names its subject, such a line only fills a thin box
    (judged blind side by side on 40 changed train articles: better 25, worse 5, tie 10; box 2.00
    → 2.45). Not before a time («هذه المرة»)."""
    text = ("استنكر الرئيس العام لرعاية الشباب التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في منطقة عسير.\n"
            "وأكد الرئيس العام أن هذا الحادث الإجرامي لن يزيدنا إلا تلاحما وتماسكا خلف قيادتنا الرشيدة.")
    bullets = _bullets(text)
    assert any("الحادث الإجرامي لن يزيدنا إلا تلاحما" in b and "هذا" not in b for b in bullets), bullets
    time = analyze("وأكد المدير أن هذه المرة ستكون الأخيرة التي يتأخر فيها الفريق عن التدريب.").sentences[0]
    claim = claim_of(statements(time)[0])
    assert claim is not None and _without_demonstrative(claim, words_of(time)) is claim


def test_a_claim_nobody_is_named_for_keeps_its_demonstrative() -> None:
    """«وأضاف أن [هذه] الأفعال تعبر عن مدى اليأس …» with no speaker to put before it (dev, blind judge:
    "unattributed"): struck, the demonstrative would leave a claim that reads as the reporter's; it
    stays, and the claim is no bullet."""
    text = ("استنكر البرلمان العربي التفجير الإرهابي الذي استهدف مسجدا في منطقة عسير.\n"
            "وأضاف أن هذه الأفعال تعبر عن مدى اليأس الذي وصلت إليه الجماعات الإرهابية.")
    bullets = _bullets(text)
    assert not any(b.startswith("الأفعال") for b in bullets), bullets


def test_a_speaker_named_in_the_genitive_is_printed_in_the_nominative() -> None:
    """«وبحسب المراقبين، فإن واشنطن …، مشيرين إلى أن واشنطن تترقب …» (the bundled example): the
    observers speak, named after «بحسب» in the genitive; a title names them in the nominative
    («المراقبون: …», «الخبراء الإستراتيجيون: …»); an idafa's genitive stays («رئيس المجلس …»)."""
    assert nominative_speaker("المراقبين") == "المراقبون"
    assert nominative_speaker("الخبراء الإستراتيجيين") == "الخبراء الإستراتيجيون"
    assert nominative_speaker("رئيس المجلس الوطني") == "رئيس المجلس الوطني"
    assert nominative_speaker("الأمين") == "الأمين"
    example = (files("khulasa.data") / "example-article.txt").read_text(encoding="utf-8")
    assert any(b.startswith("المراقبون: واشنطن تترقب") for b in _bullets(example)), _bullets(example)
