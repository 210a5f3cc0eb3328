"""Repair of scraped text: markup, invisible marks, hard wrapping, run-together words."""

from __future__ import annotations

from khulasa.text.repair import clean_markup, normalize_spacing, repair, unwrap_lines


def test_markup_entities_and_tatweel_are_removed() -> None:
    raw = "<p>قال&nbsp;الوزير &quot;نعم&quot;</p><div>كبيـــر\u200fجدا</div>"
    assert normalize_spacing(clean_markup(raw)) == 'قال الوزير "نعم"\n\nكبيرجدا'


def test_tatweel_that_marks_an_abbreviation_stays() -> None:
    # Real SaudiNewsNet shapes: Hijri year, «الـ» before a number, «لـ» before a quoted name.
    text = "في 7 / 10 / 1437هـ فاز الـ 12 لاعبا وقال لـ\"سبق\" بادي البادي ـ جدة والـمـديـنـة"
    assert clean_markup(text) == (
        "في 7 / 10 / 1437هـ فاز الـ 12 لاعبا وقال لـ\"سبق\" بادي البادي ـ جدة والمدينة"
    )


def test_a_short_subhead_line_is_not_joined_to_wrapped_text() -> None:
    line = "كشف تقرير لمصلحة الإحصاءات العامة عن استقرار الرقم القياسي لتكاليف المعيشة في"
    text = "\n".join([line, line + ".", "ارتفاع الأسعار", line, line + "."])
    assert unwrap_lines(text).split("\n")[1] == "ارتفاع الأسعار"


def test_presentation_forms_fold_to_letters() -> None:
    # U+FEFB is the lam-alef ligature of legacy encodings.
    assert clean_markup("\ufefb يوجد") == "لا يوجد"


def test_hard_wrapped_lines_are_joined_but_paragraphs_kept() -> None:
    wrapped = (
        "كشف تقرير لمصلحة الإحصاءات العامة عن استقرار الرقم القياسي لتكاليف المعيشة في\n"
        "السعودية خلال شهر مارس الماضي مقارنة مع فبراير مسجلا ارتفاعا طفيفا نسبته 0.6%\n"
        "عن الفترة نفسها من العام الماضي.\n"
        " وتضمن التقرير أهم تحركات الأسعار والتغيرات النسبية في الرقم القياسي لتكاليف\n"
        "المعيشة في السعودية، مؤكدا أن شهري فبراير ويناير سجلا تراجعا في الرقم بنسبة 1%\n"
        "لكل منهما."
    )
    lines = normalize_spacing(unwrap_lines(wrapped)).split("\n")
    assert len(lines) == 2
    assert lines[0].startswith("كشف تقرير") and lines[0].endswith("من العام الماضي.")
    assert lines[1].startswith("وتضمن التقرير") and lines[1].endswith("لكل منهما.")


def test_punctuated_lines_are_not_joined() -> None:
    text = "العنوان الأول للخبر\n" + "\n".join(["جملة تامة تنتهي بنقطة في آخر السطر هنا."] * 5)
    assert unwrap_lines(text) == text


def test_example_article_joined_words_are_repaired(example_text: str) -> None:
    repaired = repair(example_text)
    for joined in ("أنقرةوواشنطن", "واشنطنلأنقرة", "أنقرةوطهران", "الولاياتالمتحدة"):
        assert joined not in repaired
    assert "أنقرة وواشنطن" in repaired
    assert "واشنطن لأنقرة" in repaired
    assert "أنقرة وطهران" in repaired
    assert repaired.count("الولايات المتحدة") == 2


def test_repair_changes_nothing_else_in_the_example(example_text: str) -> None:
    # Removing the spaces repair inserted gives back the original words.
    assert repair(example_text).split() != example_text.split()
    assert "".join(repair(example_text).split()) == "".join(example_text.split())


def test_spacing_with_rare_white_space_is_trimmed_like_any_other() -> None:
    # A line separator and a next-line mark (PDF copies) are trimmed at line ends like spaces;
    # runs of no-break, em and ideographic spaces inside a line become one space.
    raw = "  قال\u00a0\u2003الوزير \u2028\nإن\t\tالخطة  جاهزة\u0085\n \n\n\n  وأضاف\u3000أمس  "
    assert normalize_spacing(raw) == "قال الوزير\nإن الخطة جاهزة\n\nوأضاف أمس"
    assert normalize_spacing(raw.replace("\u2028", "").replace("\u0085", "")) == (
        "قال الوزير\nإن الخطة جاهزة\n\nوأضاف أمس"
    )
