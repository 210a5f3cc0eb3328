"""Page furniture: navigation, bylines, wire datelines, share/tag lines and captions are set
aside (offsets into the repaired source) and subheads stay units of their own."""

from __future__ import annotations

import pytest

from khulasa import summarize
from khulasa.text.document import analyze
from khulasa.text.furniture import blank, break_subheads, find_furniture
from khulasa.text.repair import repair

# Shapes of SaudiNewsNet *train* articles (Ain Alyoum, Sabq, SPA, Al-Weeam, Al-Riyadhi, Okaz).
BODY = (
    "أعلنت وزارة الإسكان تنفيذ 650 عقدا من مجموع 1800 عقد تم توقيعها مع شركات التطوير العقاري. "
    "وأوضحت الوزارة أن العقود تشمل مشروعات في المنطقة الشرقية والرياض وجدة خلال العام الجاري."
)


@pytest.mark.parametrize(
    ("head", "kinds"),
    [
        ("Next Previous رغد عشميل – متابعات\n", ["navigation", "byline"]),
        ("عين اليوم – متابعات ", ["byline"]),
        ("سبق - الرياض: ", ["byline"]),
        ("محمد آل الحمري- سبق- عسير: ", ["byline"]),
        ("بادي البادي ـ جدة\n", ["byline"]),
        ("أحمد العرفج\n", ["byline"]),
        ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n ", ["dateline"]),
        # a reader's letter (dev, blind editor: "greeting, not the point")
        ("السلام عليكم ورحمة الله وبركاته، ", ["greeting"]),
    ],
)
def test_start_furniture_is_found(head: str, kinds: list[str]) -> None:
    text = head + BODY
    spans = find_furniture(text)
    assert [s.kind for s in spans] == kinds
    assert spans[-1].end == len(head.rstrip())  # the story starts right after it
    assert text[spans[0].start : spans[-1].end] == head.strip()


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("\nرابط الخبر بصحيفة الوئام: «الإسكان» توقف تنفيذ 650 عقدا", "share_link"),
        (" سمات الإسكان عقود المنطقة الشرقية", "tags"),
        ("\n // انتهى //\n 18:06 ت م", "wire_end"),
        ("\nمقالات أخرى للكاتبلماذا هدمت هوليوود صالات السينما العربية؟", "share_link"),
        ("\n\nشرح الصور:\nصورة جماعية لبعثة المنتخب السعودي للتايكوندو في تركيا", "caption"),
        # a columnist's footer, the e-mail run into it (train 11387's box printed it as a bullet)
        ("\naaljamili@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (2) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc",
         "contact"),
        ("\n لمراسلة الكاتب: turki@alriyadh.net", "contact"),
    ],
)
def test_end_furniture_is_found(tail: str, kind: str) -> None:
    spans = find_furniture(BODY + tail)
    start = len(BODY) + len(tail) - len(tail.lstrip())
    assert [(s.kind, s.start, s.end) for s in spans] == [(kind, start, len(BODY) + len(tail))]


def test_captions_and_credits_inside_the_text() -> None:
    text = (
        BODY + "\nصورة لأعضاء اتحاد القدم في جولة ميدانية\n" + BODY + " (تصوير: علي الشهري)\n"
        "* واشنطن - «الشرق الأوسط»\n" + BODY
    )
    found = [(s.kind, text[s.start : s.end]) for s in find_furniture(text)]
    assert found == [
        ("caption", "صورة لأعضاء اتحاد القدم في جولة ميدانية"),
        ("caption", "(تصوير: علي الشهري)"),
        ("byline", "* واشنطن - «الشرق الأوسط»"),
    ]


def test_a_caption_line_of_a_name_and_what_the_picture_shows() -> None:
    """«الشيخ فيصل غزاوي مستقبلاً معلمي اللغة العربية …» opened dev 154 and was its headline (blind
    editor: photo caption); a line that introduces a quote («… متحدثا عن الأزمة بقوله:») is prose."""
    caption = "الشيخ فيصل غزاوي مستقبلاً معلمي اللغة العربية من إندونيسيا والسنغال"
    text = caption + "\n" + BODY
    assert [(s.kind, text[s.start : s.end]) for s in find_furniture(text)] == [("caption", caption)]
    assert find_furniture("ويتابع جوان متحدثا عن الأزمة المسرحية بقوله:\n" + BODY) == ()


def test_ordinary_openings_are_not_furniture() -> None:
    for text in (
        BODY,
        "الرياض - أكد وزير الصحة أن الحالات مستقرة، وقال: إن العمل مستمر في المستشفيات.",
        "قال الوزير إن الاجتماع ناجح. وأضاف أن النتائج جيدة، وأن العمل مستمر.",
        "تتعدد الصور التي رصدتها الكاميرا في المعرض، وقال المنظمون إن الإقبال كبير.",
    ):
        assert find_furniture(text) == ()


def test_blank_keeps_length_and_line_breaks() -> None:
    text = "Next Previous سلوى سعد – متابعات\n" + BODY
    spans = find_furniture(text)
    blanked = blank(text, spans)
    assert len(blanked) == len(text)
    assert blanked.strip() == BODY and "\n" in blanked


def test_the_example_subheads_become_units_of_their_own(example_text: str) -> None:
    lines = break_subheads(example_text).split("\n")
    assert "مزيد من التوتر" in lines and "العلاقات مع موسكو" in lines
    assert any(line.startswith("توقع مراقبون أن تتعرض") for line in lines)
    assert any(line.startswith("بحسب الخبراء الإستراتيجيين") for line in lines)
    document = analyze(example_text)
    subheads = [document.source[f.start : f.end] for f in document.furniture if f.kind == "subhead"]
    assert subheads == ["مزيد من التوتر", "العلاقات مع موسكو"]
    assert not any(s.span.text.startswith(("مزيد من", "العلاقات مع")) for s in document.sentences)


def test_a_short_line_between_paragraphs_is_a_subhead() -> None:
    text = BODY + "\nالدوري الإسباني – الجولة 14\n" + BODY
    spans = find_furniture(text)
    assert [(s.kind, text[s.start : s.end]) for s in spans] == [
        ("subhead", "الدوري الإسباني – الجولة 14")
    ]


def test_a_verb_after_its_subject_is_not_a_subhead() -> None:
    # A nominal sentence («الرئيس التركي أكد …») and «من جهته قال …» are ordinary sentences.
    text = "انتهى الاجتماع. الرئيس التركي أكد أن الرئيس سيزور موسكو. من جهته قال الوزير إن الزيارة مهمة."
    assert "الرئيس التركي\n" not in break_subheads(text)
    assert break_subheads(text).count("\n") <= 1


def test_summary_never_opens_on_furniture_and_reports_it() -> None:
    text = (
        "Next Previous سلوى سعد – متابعات\n" + BODY + "\n"
        "وأكدت الوزارة أنها ستعلن عن الأثر المالي المتوقع على المشروعات حال توافره قريبا.\n"
        "رابط الخبر بصحيفة الوئام: «الإسكان» توقف تنفيذ 650 عقدا"
    )
    summary = summarize(text)
    assert summary.headline.text in BODY
    for passage in (summary.headline, *summary.highlights, *summary.sentences):
        assert "متابعات" not in passage.text and "رابط الخبر" not in passage.text
    kinds = [(f.kind, summary.source[f.start : f.end] == f.text) for f in summary.furniture]
    assert kinds == [("navigation", True), ("byline", True), ("share_link", True)]
    assert summary.to_dict()["furniture"][0]["kind"] == "navigation"


def test_document_sentences_skip_the_dateline() -> None:
    text = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n " + BODY
    document = analyze(text)
    assert document.sentences[0].span.text.startswith("أعلنت وزارة الإسكان")
    assert document.source.startswith("الرياض 25 شوال 1436 هـ")  # kept in source, set aside


def test_joined_words_in_furniture_are_left_as_they_came() -> None:
    text = BODY + " وصلت وفود من أنقرةوطهران.\nمقالات أخرى للكاتبلماذا هدمت هوليوود صالات السينما"
    repaired = repair(text)
    assert "أنقرة وطهران" in repaired  # the story is repaired
    assert repaired.endswith("مقالات أخرى للكاتبلماذا هدمت هوليوود صالات السينما")


def test_overlapping_furniture_is_reported_once_and_offsets_hold() -> None:
    text = BODY + "\n(تصوير: علي الشهري)(تصوير: علي الشهري)\nArfaj555@yahoo.com\n" + BODY
    spans = find_furniture(text)
    assert [s.kind for s in spans] == ["caption", "contact"]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert len(blank(text, spans)) == len(text)


def test_a_link_line_between_two_articles_takes_only_its_own_tail() -> None:
    # Two articles in one text (a long input): the first one's «رابط الخبر» line is furniture,
    # the second article is still read as the story.
    link = "رابط الخبر بصحيفة الوئام: أمير مكة المكرمة يستقبل المعزين"
    second = " ".join([BODY] * 6)
    text = f"{BODY}\n{link}\n\n{second}"
    document = analyze(text)
    assert not any(f.kind == "share_link" for f in document.furniture)
    assert document.sentences[-1].span.text.startswith("وأوضحت الوزارة")
    alone = analyze(f"{BODY}\n{link}")
    assert [f.kind for f in alone.furniture] == ["share_link"]
