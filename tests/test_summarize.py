"""The whole summarizer on real articles: golden properties of the example, limits, schema."""

from __future__ import annotations

import gzip
import itertools
import json
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import jsonschema
import pytest
from offsets import assert_offsets

from khulasa import InputError, Summary, SummaryConfig, summarize
from khulasa.summarize.clauses import (
    attributed,
    claim_of,
    compressions,
    name_end,
    owes_complement,
    render,
    statements,
    subject_elided,
)
from khulasa.summarize.headline import _reaches_object, headline_candidates
from khulasa.text.document import analyze
from khulasa.text.tokens import words

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs/summary.schema.json").read_text())


def passages(summary: Summary) -> list:
    return [summary.headline, *summary.highlights, *summary.sentences]


def _assert_headline_holds(text: str, wanted: str) -> None:
    """The article's headline says `wanted` within the 14-word limit."""
    headline = summarize(text).headline.text
    assert wanted in headline and len(words(headline)) <= 14, headline


def test_example_golden_properties(example_text: str) -> None:
    summary = summarize(example_text)
    assert len(words(summary.headline.text)) <= 14
    assert 3 <= len(summary.highlights) <= 6
    assert all(len(words(h.text)) <= 12 for h in summary.highlights)
    # The default is the lead: a third of the article's 6 body sentences, in order.
    assert [s.index for s in summary.sentences] == [0, 1]
    # Highlights come from at least three different sentences and lie in the body, not the box.
    body = [s for s in summary.source.split(". ")]
    assert len(body) > 3
    box_start = summary.source.index("المشهد التركي ضبابية")
    assert all(h.end <= box_start for h in summary.highlights)
    assert all(s.end <= box_start for s in summary.sentences)
    starts = [h.start for h in summary.highlights]
    assert starts == sorted(starts)
    assert len({_sentence_of(summary, h.start) for h in summary.highlights}) >= 3
    assert summary.keywords and all(k in summary.source for k in summary.keywords)


def _sentence_of(summary: Summary, offset: int) -> int:
    """Index of the sentence-ending full stop before `offset` (counts sentences so far)."""
    return summary.source.count(".", 0, offset)


def test_example_summary_mentions_the_story(example_text: str) -> None:
    summary = summarize(example_text)
    text = " ".join(h.text for h in summary.highlights)
    assert "أنقرة" in text
    assert any(word in text for word in ("واشنطن", "طهران", "موسكو", "الناتو"))


def test_offsets_slice_back(example_text: str) -> None:
    assert_offsets(summarize(example_text))


def test_sentences_are_in_article_order_and_distinct(example_text: str) -> None:
    summary = summarize(example_text, SummaryConfig(sentences=4, sentence_share=1.0, max_word_share=1.0, scorer="learned"))
    indexes = [s.index for s in summary.sentences]
    assert indexes == sorted(set(indexes)) and len(indexes) == 4


def test_word_budget_is_respected_but_one_sentence_always_given(example_text: str) -> None:
    summary = summarize(example_text, SummaryConfig(words=120))
    assert 1 <= len(summary.sentences)
    assert sum(len(words(s.text)) for s in summary.sentences) <= 120
    tiny = summarize(example_text, SummaryConfig(words=5))
    assert len(tiny.sentences) == 1


def test_deterministic(example_text: str) -> None:
    assert summarize(example_text).to_json() == summarize(example_text).to_json()


def test_one_sentence_article_is_cut_and_says_so_in_structured_notes() -> None:
    text = "أعلنت وزارة الصحة اليوم إطلاق حملة وطنية للتطعيم ضد الإنفلونزا في جميع المناطق."
    summary = summarize(text)
    assert len(summary.sentences) == 1
    assert len(words(summary.sentences[0].text)) <= len(words(text)) // 2
    assert summary.source.startswith(summary.sentences[0].text)
    codes = [note.code for note in summary.notes]
    assert codes == ["sentence_cut", "fewer_highlights"]
    assert all(note.arabic and note.message for note in summary.notes)
    assert summary.to_dict()["notes"][0] == {
        "code": "sentence_cut", "message": summary.notes[0].message,
        "message_ar": summary.notes[0].arabic,
    }


def test_word_budget_one_sentence_exceeds_gets_a_note(example_text: str) -> None:
    summary = summarize(example_text, SummaryConfig(words=5))
    assert len(summary.sentences) == 1 and len(words(summary.sentences[0].text)) > 5
    assert [note.code for note in summary.notes] == ["over_budget"]
    assert "5" in summary.notes[0].message and "5" in summary.notes[0].arabic
    assert not summarize(example_text, SummaryConfig(words=120)).notes


def test_summary_length_is_a_third_of_the_sentences(example_text: str) -> None:
    from khulasa.text.document import analyze

    count = len(analyze(example_text).sentences)
    assert len(summarize(example_text).sentences) == round(count / 3)
    whole = SummaryConfig(sentence_share=1.0, max_word_share=1.0)
    assert len(summarize(example_text, whole).sentences) == 3
    assert len(summarize(example_text, SummaryConfig(sentences=1)).sentences) == 1


def test_learned_and_centrality_scorers_stay_available(example_text: str) -> None:
    lead = summarize(example_text, SummaryConfig(sentence_share=1.0, max_word_share=1.0))
    assert [s.index for s in lead.sentences] == [0, 1, 2]
    for name in ("learned", "centrality"):
        other = summarize(
            example_text, SummaryConfig(scorer=name, sentence_share=1.0, max_word_share=1.0)
        )
        assert len(other.sentences) == 3
        assert [s.score for s in other.sentences] != [s.score for s in lead.sentences]
    with pytest.raises(ValueError, match="known: centrality, lead, learned"):
        summarize(example_text, SummaryConfig(scorer="nope"))


def test_highlights_do_not_depend_on_the_summary_scorer(example_text: str) -> None:
    """Highlights come from the learned scorer's best sentences whichever scorer picks the
    summary sentences, so they range over the story rather than repeating the lead."""
    lead = summarize(example_text)
    learned = summarize(example_text, SummaryConfig(scorer="learned"))
    assert lead.highlights == learned.highlights
    assert max(h.start for h in lead.highlights) > lead.sentences[-1].end


def test_coherent_selection_skips_a_sentence_leaning_on_a_skipped_one() -> None:
    text = (
        "أعلنت وزارة الصحة اليوم إطلاق حملة وطنية للتطعيم ضد الإنفلونزا في جميع مناطق المملكة. "
        "وقال المتحدث الرسمي باسم الوزارة في مؤتمر صحفي عقده في الرياض صباح اليوم إن الحملة "
        "تستهدف كبار السن والأطفال والمصابين بالأمراض المزمنة في المقام الأول هذا العام. "
        "وأضاف أن اللقاح متوفر مجانا في المراكز الصحية. "
        "وتستمر الحملة حتى نهاية الشهر المقبل في كل المدن والقرى."
    )
    plain = summarize(text, SummaryConfig(words=32))
    assert [s.index for s in plain.sentences] == [0, 2, 3]
    coherent = summarize(text, SummaryConfig(words=32, coherent=True))
    assert [s.index for s in coherent.sentences] == [0, 3]


@pytest.mark.parametrize("bad", ["", "   ", "English only text here, nothing Arabic at all."])
def test_bad_text_raises_input_error(bad: str) -> None:
    with pytest.raises(InputError):
        summarize(bad)


@pytest.mark.parametrize(
    "options",
    [{"sentences": 0}, {"words": 0}, {"highlights": 7}, {"redundancy": 1.5}, {"sentence_share": 0},
     {"max_word_share": 1.5}],
)
def test_config_is_validated(options: dict) -> None:
    with pytest.raises(ValueError):
        SummaryConfig(**options)


def test_every_shared_example_matches_the_schema(shared_examples: list[Path]) -> None:
    for path in shared_examples:
        data = json.loads(summarize(path.read_text("utf-8")).to_json())
        jsonschema.validate(data, SCHEMA)


def test_corpus_articles_summarize_within_limits(shared_data: Path) -> None:
    import gzip

    with gzip.open(shared_data / "saudinewsnet/dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        articles = [json.loads(next(lines))["text"] for _ in range(100)]
    for text in articles:
        summary = summarize(text)
        jsonschema.validate(summary.to_dict(), SCHEMA)
        assert sum(len(words(s.text)) for s in summary.sentences) <= len(words(text)) * 0.6
        assert len(words(summary.headline.text)) <= 14
        assert all(len(words(h.text)) <= 12 for h in summary.highlights)
        assert_offsets(summary)


def test_summarizing_makes_no_reference_cycles_and_restores_the_collector(example_text: str) -> None:
    # The cycle collector is paused during a call (pipeline._no_cycle_collection): that is only
    # free if refcounting alone frees what an article leaves behind. Counted in a process of its
    # own: threads other tests leave running (servers, clients) make cyclic garbage meanwhile
    # (a CI run under load counted 102 objects that were none of the pipeline's).
    import gc

    counted = subprocess.run(
        [sys.executable, "-c", "import gc, sys; from khulasa import summarize; text = sys.stdin.read(); "
         "summarize(text); gc.collect(); summarize(text); print(gc.collect())"],
        input=example_text, capture_output=True, text=True, check=True)
    assert counted.stdout.strip() == "0", counted.stdout + counted.stderr
    assert gc.isenabled()
    with pytest.raises(InputError):
        summarize("")
    assert gc.isenabled()
    gc.disable()
    try:
        summarize(example_text)
        assert not gc.isenabled()  # a caller's choice to run without it is kept
    finally:
        gc.enable()


def test_headline_best_tier_candidates_are_those_of_the_whole_list(shared_data: Path) -> None:
    """`best_tier` (select_headline) drops the next sentence once the lead sentence has a tier-0
    or tier-1 candidate: the candidates of the best tier, and so the headline, stay the same."""
    import gzip
    from itertools import islice

    from khulasa.summarize.headline import headline_candidates
    from khulasa.text.document import analyze

    with gzip.open(shared_data / "saudinewsnet/dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, 60)]
    skipped = 0
    for text in texts:
        document = analyze(text)
        whole, best = headline_candidates(document, 14), headline_candidates(document, 14, best_tier=True)
        if not whole.tiers:  # (select_headline then asks for relaxed cuts)
            assert not best.tiers
            continue
        assert min(best.tiers) == min(whole.tiers)
        top = min(whole.tiers)
        assert [(c, list(f)) for c, f, t in zip(whole.choices, whole.features, whole.tiers, strict=True) if t == top] == [
            (c, list(f)) for c, f, t in zip(best.choices, best.features, best.tiers, strict=True) if t == top]
        skipped += len(best.choices) < len(whole.choices)
    assert skipped > 10  # the next sentence is often not needed


def test_an_office_that_names_its_holder_drops_the_styled_name_not_the_preposition() -> None:
    """«تلقى نائب خادم الحرمين الشريفين [صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز]
    اتصالا هاتفيا [أمس]، من [صاحب السمو] الشيخ سيف بن زايد …»: the office says who, and the
    caller keeps his «من» (train 24011)."""
    text = (
        "تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالا هاتفيا أمس، "
        "من صاحب السمو الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية بدولة الإمارات العربية "
        "المتحدة أعرب فيه عن استنكاره للاعتداء الآثم الذي وقع في مسجد قوات الطوارئ بمنطقة عسير. "
        "وعبر سموه عن تعازيه ومواساته لأسر الشهداء، سائلا الله أن يتغمدهم بواسع رحمته."
    )
    summary = summarize(text)
    assert_offsets(summary)
    headline = summary.headline.text
    assert "اتصالا هاتفيا من" in headline and "محمد بن نايف" not in headline, headline
    assert len(words(headline)) <= 14


@pytest.mark.parametrize(("text", "opening"), [
    # dev 297 (blind editor on «أقام النادي السعودي بيوجين حفلاً بهذه المناسبة»: "dangling «بهذه المناسبة»")
    ("احتفل عدد من المبتعثين السعوديين في مدينة يوجين بولاية أوريقون بأمريكا بحلول عيد الفطر المبارك، حيث أقام "
     "النادي السعودي بيوجين حفلاً بهذه المناسبة. وأوضحت رئيسة النادي السعودي بيوجين ملاك المنيف أن تجمعنا كطلاب "
     "والاحتفال بالأعياد تهوّن علينا الإحساس بالغربة عن الوطن.", "احتفل عدد من المبتعثين السعوديين"),
    # dev 1717 (on «تصدرت البورصة السعودية الخسائر»: "context dropped")
    ("تراجعت معظم أسواق الأسهم الخليجية أمس مع هبوط خام القياس العالمي مزيج نفط برنت دون 50 دولارا للبرميل مجددا "
     "وتصدرت البورصة السعودية الخسائر. وهبط المؤشر العام لسوق أبوظبي 0.2 في المائة مع تراجع سهم مؤسسة الإمارات "
     "للاتصالات (اتصالات) 3.2 في المائة.", "تراجعت معظم أسواق الأسهم الخليجية"),
])
def test_the_main_statement_cut_beats_a_later_clause_whole(text: str, opening: str) -> None:
    """When the lead's main statement does not fit whole, its clean cut is the headline, not a
    later clause of the sentence that fits («حيث أقام النادي …», «وتصدرت البورصة …»): blind
    judges printed 1 of 16 such later clauses, which lean on the main one for who, where or why."""
    headline = summarize(text).headline.text
    assert headline.startswith(opening), headline
    assert len(words(headline)) <= 14


@pytest.mark.parametrize(("text", "opening", "inside", "absent"), [
    # dev 612 (blind editor on «تمكن رجال جمرك مطار الملك عبدالعزيز الدولي بجدة»: "cut off"): when
    # the list runs past the limit, the line closes after its first item («… كوكايين، | و89 …»),
    # not before the verb's complement
    (
    "تمكن رجال جمرك مطار الملك عبدالعزيز الدولي بجدة من إحباط تهريب 87 كبسولة كوكايين، و89 كبسولة هيروين "
    "تزن 615.5 جرامًا كانت مخبأة داخل أحشاء مسافرين قادمين إلى المملكة. وأوضح المدير العام لجمرك المطار محمد "
    "العقيل، أن تلك الكمية من المخدرات تم ضبطها عبر عمليتي تهريب لمسافرين.",
     "تمكن رجال جمرك", "من إحباط تهريب 87 كبسولة كوكايين", "هيروين"),
    # dev 1027 (on the line that ended on his name: "object missing"): the office says who, as the
    # paper's title does («سفير خادم الحرمين الشريفين بمصر يستقبل أخضر الكاراتيه»), so the guests fit
    (
    "استقبل سفير خادم الحرمين الشريفين بجمهورية مصر العربية السفير أحمد بن عبدالعزيز القطان أفراد بعثة "
    "المنتخب السعودي للكاراتيه المشاركة في البطولة العربية الثالثة للناشئين والشباب وتحت 21 سنه والتي اقيمت "
    "بالقاهرة وذلك بمقر السفارة بالقاهرة. ورحب القطان بأفراد البعثة وبارك لهم تحقيق المركز الثاني.",
     "استقبل سفير خادم الحرمين الشريفين", "المنتخب السعودي", "القطان"),
    # dev 423 (whose headline came from the next sentence, cut): what «أكد على» affirms is said once
    # a phrase follows «على», as «أكد على أهمية …» was
    (
    "أكَّدت استشارية العيون على خطورة وأضرار الفلاش على العين ووجوب التوعية بكيفية تفادي مخاطر التصوير "
    "بالفلاش. وتناولت الدكتورة ميساء بنت محمد السويلم ممثلة الجمعية السعودية لطب العيون بمنطقة الحدود "
    "الشمالية، مختلف جوانب التوعية من أجل صحة وسلامة العيون.",
     "أكَّدت استشارية العيون على خطورة وأضرار الفلاش", "", "ووجوب"),
    # dev 1951 (on the line that ended at the comma: "cut off"): «تفاجأ» wants its «بـ»
    (
    "تفاجأ اللاعب الدولي الغاني سولي عمر مونتاري محترف الاتحاد الجديد، بطلب غريب من الحكم الإيطالي الذي أدار "
    "مباراة الفريق الاتحادي التي فاز بها على نظيره بافينو الإيطالي بنتيجة 7 – 0، بمدينة ميلانو الإيطالية. "
    "فقبل انطلاق المباراة توجه الحكم الإيطالي إلى اللاعب الغاني وطلب منه أن يلتقط صورة برفقته.",
     "تفاجأ اللاعب", "بطلب غريب", "الحكم الإيطالي الذي"),
    # train 16098 (the headline ended on the office: «… رئيس الشركة الوطنية لخدمات الملاحة الجوية»):
    # a title before the name («الكابتن») leaves the office after it to be struck, so the claim fits
    (
    "أعلن الكابتن إيهاب محيي الدين رئيس الشركة الوطنية لخدمات الملاحة الجوية في مصر أنه تقرر تأخير إقلاع وهبوط "
    "عدد من الطائرات من وإلى مطار القاهرة الدولي اليوم الجمعة بسبب احتفالات القوات الجوية. وقال محيي الدين إن "
    "المجال الجوي المصري مفتوح لحركة الملاحة الجوية ولم يغلق.",
     "أعلن الكابتن إيهاب محيي الدين", "أنه تقرر تأخير إقلاع", "رئيس الشركة"),
    # train 17065 (the headline ended on the office): «دافع … عن» opens a lead like «أصر … على»
    (
    "دافع فهد القحيز نائب رئيس لجنة الانضباط بالاتحاد السعودي لكرة القدم عن قرارات لجنته الموسم الماضي رغم "
    "العدد الكبير للعقوبات، وقال القحيز في حواره لـ«الشرق الأوسط» إن اللائحة الموجودة صالحة بنسبة 85 في المائة.",
     "دافع فهد القحيز", "عن قرارات لجنته", "نائب رئيس"),
])
def test_judged_leads_give_whole_headlines(text: str, opening: str, inside: str, absent: str) -> None:
    """Leads whose headline a blind judge marked cut off or missing its object: the headline
    opens on the statement, holds what the verb owes and leaves out what does not fit."""
    headline = summarize(text).headline.text
    assert headline.startswith(opening) and inside in headline and absent not in headline, headline


def test_a_time_word_before_the_speaker_is_not_the_speaker() -> None:
    """«قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون … إن …» (dev 1024, blind editor on «أمس:
    العمل الإجرامي …»: "speaker dropped"): the day he said it is no speaker; the officer is."""
    text = (
        'قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون عضو مجلس الشورى في السعودية، إن العمل الإجرامي الجبان '
        'الذي وقع في عسير أمس، دليل عجز وإفلاس المُنظمات الإرهابية كـ"داعش"، وغيرها.'
    )
    document = analyze(text)
    statement = statements(document.sentences[0], lead=True)[0]
    claim = claim_of(statement)
    assert claim is not None
    spoken = attributed(statement, claim)
    assert spoken is not None
    assert render(spoken, document.source, len(spoken.keep)).text.startswith("اللواء عبدالله السعدون: العمل الإجرامي")
    assert not summarize(text).headline.text.startswith("أمس")


def test_a_claim_said_under_its_speaker_goes_by_his_family_name() -> None:
    """Titles name a speaker by his family name («السعدون: …», «كيري: …»): with the office struck
    and the name cut to it, the claim of dev 1024 fits under its speaker instead of going bare
    (blind editor on the bare claim: "speaker dropped")."""
    text = (
        'قال لـ"الاقتصادية" أمس، اللواء عبدالله السعدون عضو مجلس الشورى في السعودية، إن العمل الإجرامي الجبان '
        'الذي وقع في عسير أمس، دليل عجز وإفلاس المُنظمات الإرهابية كـ"داعش"، وغيرها.'
    )
    headline = summarize(text).headline.text
    assert headline.startswith("السعدون: العمل الإجرامي الجبان"), headline


@pytest.mark.parametrize(("text", "opening"), [
    # train 16573 (blind editor on «ثيرون: لا تخشى التقدم في العمر»: "wrong person in the quote";
    # the paper's title is «تشارليز ثيرون لا تخشى التقدم في العمر»)
    ("كشفت الممثلة الشهيرة تشارليز ثيرون عن أنها لا تخشى التقدم في العمر، حيث أنها تقترب من بلوغ الاربعين "
     "من عمرها. وقالت ثيرون لدى سؤالها في حوار برنامج أي اونلاين حول خططها للاحتفال بعيد ميلادها إنها لم تخطط لشيء.",
     "ثيرون لا تخشى التقدم في العمر"),
    # train 10819 (on «إبراهيموفيتش: سيفاجئ الجميع …»: "wrong person in the quote")
    ("قال المهاجم السويدي زلاتان إبراهيموفيتش إنه سيفاجئ الجميع بخطوته المقبلة في عالم كرة القدم حينما يترك "
     "ناديه الحالي باريس سان جيرمان. وربط كثير من التقارير هذا الصيف بين إبراهيموفيتش وعدد من الأندية.",
     "إبراهيموفيتش سيفاجئ الجميع"),
])
def test_a_claim_whose_subject_is_its_speaker_reads_subject_first(text: str, opening: str) -> None:
    """«… أنها لا تخشى», «… إنه سيفاجئ»: the speaker is the claim's subject, so the headline says
    «ثيرون لا تخشى …» with no colon, which would put a third person in her mouth; a negation or a
    future «س» the tagger does not know stands before the verb."""
    headline = summarize(text).headline.text
    assert headline.startswith(opening), headline


@pytest.mark.parametrize(("text", "opening"), [
    # train 17980: a copula before a noun in construct with a definite one names its subject
    ("أصبح أمن البيانات الرقمية مصدر قلق عالمي في ظل البيئة الرقمية سريعة النمو. وقد يخترق البعض الرموز "
     "الشخصية أو كلمات المرور.", "أصبح أمن البيانات الرقمية مصدر قلق عالمي"),
    # train 16758, 13100: an imperfect holding its object's pronoun leans on what was named before
    ("يشغلها عشرات الآلاف من المقيمين في أحياء المدينة القديمة. وتعاني الأحياء القديمة من نقص الخدمات البلدية "
     "منذ سنوات طويلة.", "تعاني الأحياء القديمة من نقص الخدمات البلدية"),
    # train 13003: a relative after a preposition's noun is not the subject's, which only
    # punctuation ends (the lead had no end within the limit, the headline was «وتراجع الين …»)
    ("احتفظ الين بالخسائر التي تكبدها أمام الدولار واليورو صباح اليوم الخميس بعدما حذر صندوق النقد الدولي "
     "اليابان من الإفراط في الاعتماد على ضعف العملة لتعزيز اقتصادها. وتراجع الين 0.2 بالمئة أمام الدولار إلى "
     "124.16 ين و0.4 بالمئة أمام اليورو إلى 135.99 ين.", "احتفظ الين بالخسائر التي تكبدها أمام الدولار"),
    # a pluperfect told by a copula before a construct («وكانت إدارة الرائد قد أصدرت الشيك …») is
    # background, though the construct names its subject (a blind A/B judge: "background detail")
    ("ينتظر أن تحتكم إدارتا الرائد والطائي إلى نظام الأوراق التجارية من أجل الوصول إلى حل يتعلق بالشيك الذي "
     "منحته الإدارة الرائدية لنظيرتها في الطائي، وكانت إدارة الرائد قد أصدرت الشيك في الثالث من فبراير الماضي، "
     "ويعتبر صالحاً للصرف خلال شهر من تاريخه. وخسر الرائد مواجهته التجريبية الرابعة في معسكره الإعدادي في تركيا "
     "أمس.", "خسر الرائد مواجهته التجريبية الرابعة"),
])
def test_a_lead_that_names_what_it_is_about_heads(text: str, opening: str) -> None:
    """«أصبح أمن البيانات …» says whose state it is (the headline had been the next sentence);
    «يشغلها عشرات الآلاف …» does not say what they occupy (it had been the headline); «احتفظ الين
    بالخسائر التي تكبدها …» may end where its clause does; a pluperfect tells what came before."""
    headline = summarize(text).headline.text
    assert headline.startswith(opening), headline


def test_a_clause_ends_before_its_speaker_or_its_circumstance_goes_on() -> None:
    """«كشف مدافع الشباب سلطان الدعيع عن جاهزيته لتمثيل الفريق وقال: "…"» (train 13170, whose
    headline was «كشف مدافع الشباب سلطان الدعيع»): «وقال» opens a clause of its own, so the first
    ends before it, though «الفريق» may be a title (lieutenant general) before a name; «وذلك»
    adds the circumstance of a clause already whole."""
    text = ('كشف مدافع الشباب سلطان الدعيع عن جاهزيته لتمثيل الفريق وقال: "اسعى للتواجد لاعب أساسيا بعد عدم '
            'منحي الفرصة في الهلال بسبب تواجد الثنائي الكوري كواك والبرازيلي ديقاو". وأضاف أن الفريق يستعد '
            "للموسم الجديد.")
    headline = summarize(text).headline.text
    assert headline == "كشف مدافع الشباب سلطان الدعيع عن جاهزيته لتمثيل الفريق", headline
    # so does «وذلك …» (train 20737, whose headline stopped before «بمحافظة شمال سيناء»)
    text = ("رفعت أجهزة الأمن المصرية حالة الطوارئ القصوى والاستنفار الأمني بمحافظة شمال سيناء وذلك تحسبًا لقيام "
            "الجماعات الإرهابية بمهاجمة المقار الأمنية بالمحافظة خلال الاحتفال بافتتاح قناة السويس الجديدة. وقال "
            "مصدر أمني إن هناك تعليمات لجميع الارتكازات الأمنية بتشديد الإجراءات.")
    headline = summarize(text).headline.text
    assert headline == "رفعت أجهزة الأمن المصرية حالة الطوارئ القصوى والاستنفار الأمني بمحافظة شمال سيناء", headline
    # «وفيما يلي نص البيان:» (train 16058: «أصدرت وزارة الداخلية تعزيرًا في مهرب مخدرات … وفيما يلي …»)
    text = ("أصدرت وزارة الداخلية اليوم بيانًا بشأن تنفيذ حكم القتل تعزيرًا في مهرب مخدرات بمنطقة الرياض وفيما يلي "
            "نص البيان: قال الله تعالى إن جزاء الذين يحاربون الله ورسوله أن يقتلوا. وقد تم تنفيذ الحكم اليوم.")
    headline = summarize(text).headline.text
    assert headline.startswith("أصدرت وزارة الداخلية بيانًا بشأن تنفيذ حكم القتل") and "يلي" not in headline, headline


def test_the_second_of_two_parties_is_not_their_speaker() -> None:
    """«أعلنت شركة «مجموعة المعجل» وشركة «سايبم» أنها ستواصل …»: the last two words of a long
    frame after a definite one can be a speaker's name («… اليمني رياض ياسين»), but «وشركة سايبم»
    is the second party; the headline had been «وشركة سايبم ستواصل …» (found building the body
    names of fa8310b)."""
    text = ("أعلنت شركة «مجموعة المعجل» وشركة «سايبم» أنها ستواصل متابعة القضايا المالية الخاصة بها أمام المحاكم. "
            "وأوضح مصدر مسؤول أن الأموال المستردة ستودع في حسابات الشركة كأرباح صافية.")
    headline = summarize(text).headline.text
    assert headline.startswith("أعلنت شركة «مجموعة المعجل» وشركة «سايبم» أنها ستواصل"), headline


@pytest.mark.parametrize(("text", "opening"), [
    # train 20542 (the headline was «شركة أبل: خدمتها الموسيقية الجديدة جذبت …»: Apple speaking of
    # itself in the third person)
    ("ذكرت شركة أبل اليوم الخميس أن خدمتها الموسيقية الجديدة (أبل ميوزيك) جذبت أكثر من 11 مليون شخص خلال فترة "
     "التجربة المجانية. وبدأ تشغيل الخدمة في 30 يونيو لفترة تجريبية مجانية مدتها ثلاثة أشهر.",
     "ذكرت شركة أبل أن خدمتها الموسيقية الجديدة جذبت"),
    # train 16010 (on «ضابط كبير: حكومته قد تشن هجمات …»)
    ("أعلن ضابط كبير في الجيش الاسرائيلي، أن حكومته قد تشن هجمات على مسلحين ينتمون إلى تنظيم «داعش» في شبه "
     "جزيرة سيناء المصرية. وقال البريغادير جنرال روي الكابيتس أمس، إنّ «خطر الارهاب من سيناء» تضاعف.",
     "أعلن ضابط كبير"),
])
def test_a_claim_opening_on_its_speakers_own_noun_keeps_its_frame(text: str, opening: str) -> None:
    """«أن | خدمتها …», «أن | حكومته …»: the pronoun is the speaker's, so under a colon he would talk
    of himself in the third person and alone the owner is unknown; the frame says it whole."""
    headline = summarize(text).headline.text
    assert headline.startswith(opening) and ":" not in headline, headline


@pytest.mark.parametrize(("text", "speaker"), [
    # train 11702 (the headline was the bare claim: judges mark it "speaker dropped"); «سامح شكري»
    # (train 11417) is a name, though the tagger reads «شكري» as a verb
    ("قال وزير الطاقة الإماراتي، سهيل المزروعي إن سياسة تحرير أسعار الجازولين والديزل تسهم إيجابياً في "
     "تغيير أنماط الاستهلاك السلبية. ومن المتوقع أن يساعد القرار الحكومة على تبني سياسات مالية منضبطة.",
     "وزير الطاقة الإماراتي:"),
    ("أكد وزير الخارجية المصري سامح شكري أن الحوار الاستراتيجي المصري الأمريكي يؤسس لعلاقات جديدة بين "
     "البلدين، بما يسمح بتحقيق المصالح المشتركة. وأضاف أن مصر والولايات المتحدة ترتبطان بعلاقات وثيقة.",
     "سامح شكري:"),
])
def test_a_speaker_opening_on_wa_of_its_root_is_a_speaker(text: str, speaker: str) -> None:
    """«وزير» opens on the «و» of its root, not the conjunction: a claim under it is no fronted
    adverbial to be printed only whole, so the headline keeps who said it."""
    headline = summarize(text).headline.text
    assert headline.startswith(speaker), headline


def test_a_headline_may_end_before_the_occasion() -> None:
    """«بعث خادم الحرمين الشريفين برقية تهنئة لـ… رئيس بوركينا فاسو | بمناسبة ذكرى استقلال بلاده»
    (15 words): the headline ends before «بمناسبة», not after the subject (train 24319)."""
    text = (
        "بعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس ميشيل كفاندو رئيس بوركينا فاسو بمناسبة ذكرى "
        "استقلال بلاده. وأعرب الملك في برقيته عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته."
    )
    headline = summarize(text).headline.text
    assert "برقية تهنئة" in headline and "بمناسبة" not in headline, headline


def test_a_contrast_clause_is_no_headline() -> None:
    """«في حين أبدت ثماني منظمات حقوقية دولية تحفظات …» (dev 930's second sentence) contrasts
    with a main clause said before it: no reader can place it as a headline (tier 4)."""
    from khulasa.summarize.headline import headline_candidates
    from khulasa.text.document import analyze

    text = (
        "أعلنت تونس في بيان، الجمعة، إن حالة الطوارئ التي أعلنت في الرابع من يوليو في البلاد لثلاثين يوما، "
        "بسبب استمرار خطر الاعتداءات الجهادية تم تمديدها لشهرين. في حين أبدت ثماني منظمات حقوقية دولية "
        "تحفظات تجاه قانون مكافحة الإرهاب في تونس."
    )
    document = analyze(text)
    candidates = headline_candidates(document, 14)
    contrasts = [tier for (statement, _), tier in zip(candidates.choices, candidates.tiers, strict=True)
                 if statement.sentence.index == 1]
    assert contrasts and min(contrasts) == 4, contrasts


def test_a_titled_speaker_is_told_by_his_name_alone() -> None:
    """«كشف الأمير عبدالله بن مساعد [بن عبدالعزيز] الرئيس العام لرعاية الشباب … أن …» (dev,
    blind editor: "garbled speaker tag «الرئيس:»"): the name's kept words only, never the
    office's first word after a struck lineage."""
    text = ("كشف الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام لرعاية الشباب رئيس اللجنة الأولمبية العربية "
            "السعودية أن تم اتخاذ إجراءات وتدابير مشتركة للحد من مديونيات الأندية وسيتم تطبيقها اعتباراً من الموسم القادم. "
            "وسيتم تعيين محاسب قانوني موحد لأندية الدرجة الممتازة.")
    headline = summarize(text).headline.text
    assert headline.startswith("عبدالله بن مساعد:"), headline


@pytest.mark.parametrize(("text", "speaker", "claim"), [
    ("كشفت دراسة قام بها مجموعة من الباحثين حول تطبيق مشاركة الصور والفيديو القصير «إنستجرام» أن 8 % من "
     "الحسابات على التطبيق هي عبارة عن حسابات مزيفة. وشملت الدراسة أكثر من 10.2 مليون حساب على إنستجرام.",
     "دراسة:", "8 % من الحسابات"),
    ("كشفت دراسة نشرت أمس الأربعاء عن أن الأميركيين من أصحاب البشرة البيضاء يعيشون لفترة أطول من أصحاب "
     "البشرة السوداء. واستندت الدراسة إلى أنه خلال عام 2009، بلغ متوسط عمر أصحاب البشرة السوداء 71.",
     "دراسة:", "الأميركيون"),
])
def test_a_study_that_says_a_claim_is_named_by_its_kind(text: str, speaker: str, claim: str) -> None:
    """«كشفت دراسة قام بها مجموعة من الباحثين … أن 8 % …» (train): the claim opens on a figure of
    one digit and the study is described by a verb; titles say «دراسة: 8 % …», and the headline
    neither stops before the claim nor prints it as the reporter's own fact."""
    headline = summarize(text).headline.text
    assert headline.startswith(speaker) and claim in headline, headline


def test_who_backs_the_subject_goes_before_the_object() -> None:
    """«استكملت قوات الجيش الوطني [مسنودة بقوات المقاومة الشعبية وطيران التحالف العربي]، أمس
    الأحد، السيطرة على مدينة زنجبار …» (train; dev, blind editor: "cut off, no object"): the
    backing is a circumstance of the subject, struck like «بمشاركة …», so the headline reaches
    what was taken."""
    text = ("استكملت قوات الجيش الوطني مسنودة بقوات المقاومة الشعبية وطيران التحالف العربي، أمس الأحد، السيطرة "
            "على مدينة زنجبار عاصمة محافظة أبين (جنوب شرقي اليمن) واللواء 15 مشاة بعد معارك شديدة مع فلول "
            "ميليشيات الحوثي وصالح. وقال مصدر ميداني في أبين إن قوات الجيش ومسلحي المقاومة سيطروا على اللواء 15 مشاة.")
    headline = summarize(text).headline.text
    assert headline.startswith("استكملت قوات الجيش الوطني السيطرة على مدينة زنجبار"), headline


@pytest.mark.parametrize(("text", "speaker"), [
    ("قال تجار أوروبيون اليوم الاثنين إن الأردن طرح مناقصة عالمية لشراء 100 ألف طن من علف الشعير يمكن توريدها "
     "من أي منشأ. وأضافوا أن آخر موعد لتقديم العروض في المناقصة هو الرابع من أغسطس آب.", "تجار أوروبيون:"),
    ("اعلن انتر ميلان الايطالي في حسابه على تويتر اليوم الاحد ان مهاجم المنتخب المونتينيغري لكرة القدم ستيفان "
     "يوفيتيتش انتقل الى صفوفه قادما من مانشستر سيتي الانكليزي. ومن المقرر ان يخضع يوفيتيتش للفحص الطبي.",
     "انتر ميلان الايطالي:"),
])
def test_a_speaker_whose_first_word_only_looks_like_a_verb_keeps_his_claim(text: str, speaker: str) -> None:
    """«قال تجار أوروبيون إن …», «اعلن انتر ميلان الايطالي … ان …» (train): the affix model guesses
    «تجار» and «انتر» to be verbs, but no news text shows them as such and a name or nisba
    follows; the speaker stands, and the headline is his claim under him."""
    headline = summarize(text).headline.text
    assert headline.startswith(speaker), headline


def test_a_speaker_named_after_a_bare_title_keeps_his_claim() -> None:
    """«أكد الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطيه القرشي بأن …»
    (train): the name closing the frame follows «دكتور» written without its article; it is
    still the speaker's name, and the claim goes under it rather than the frame cut mid-way."""
    text = ("أكد الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطيه القرشي بأن الجهات الأمنية "
            "بشرطة المنطقة رصدت مقطع فيديو يتم تداوله عبر وسائل التواصل الاجتماعي يظهر فيه شابان يقومان "
            "بتصرفات غير لائقة تجاه فتاة بأحد المواقع، وتم تشكيل فريق عمل لتحليل مقطع الفيديو.")
    headline = summarize(text).headline.text
    assert headline.startswith("عاطي بن عطيه القرشي: الجهات الأمنية"), headline


@pytest.mark.parametrize("text", [
    "لم يكن المسرح السعودي في السابق استعراضياً ترويحياً فقط لا يعرض الا في مناسبات الأعياد.  كان ال"
    "جميع يأملون أن يكون ذا شأن منافس على المستوى العربي والذي تربع عليه «دريد لحام/ غوار الطوشي» و»"
    "نهاد قلعي/ حسني البرزان» في عدد من المسرحيات كغربة وضيعة تشرين وغيرها التي أخذت وهجاً وجماهيرية"
    " على نطاق واسع -عربياً- عقِب تناولها الهّم العربي وقضاياه. منافساً للمسرح المصري المتنوع الذي أ"
    "خذ بعضه من الهّم الاجتماعي وغلاء الاسعار التي كانت تأخذ مكاناً شاسعاً من ثقافة الفن بشكل عام, ه"
    "ذا التنوع في المسرح",
    "كانت منطقة الشرق الأوسط ولا تزال سوقا خصبة للموضة عموما والمنتجات المترفة خصوصا، إلا أن اللافت "
    "أن الاهتمام بها زاد في السنوات الأخيرة، بسبب تباطؤ نمو الاقتصاد الصيني، وتراجع الروسي بسبب الأح"
    "داث الأوكرانية، الأمر الذي حتم على بيوت الأزياء والجواهر البحث عن أسواق جديدة والتركيز على منطق"
    "ة الشرق الأوسط. وبالفعل تجسد هذا الاهتمام ليس",
])
def test_a_negated_phrase_keeps_its_restriction(text: str) -> None:
    """«لم يكن المسرح السعودي … ترويحياً | فقط», «… ليس بافتتاح محلات جديدة | فحسب» (train; a
    blind editor on a train box: "«فحسب» dropped: meaning reversed"): cut before «فقط/فحسب», the
    negation denies the whole instead of the restriction, so no line ends there."""
    summary = summarize(text)
    for line in (summary.headline.text, *(h.text for h in summary.highlights)):
        words_of_line = line.split()
        negated = any(w in ("لم", "ليس", "لا") for w in words_of_line)
        restricted = any(f"{words_of_line[-1]} {only}" in text for only in ("فقط", "فحسب"))
        assert not (negated and restricted), line


@pytest.mark.parametrize("opening", ["إلى ذلك", "من جانبه،", "ومن جهة أخرى،", "في غضون ذلك", "من جانب آخر", "مع ذلك"])
def test_a_sentence_opening_on_a_linking_phrase_has_its_statements(opening: str) -> None:
    """«ومن جهته قال سهيل المزروعي وزير الطاقة الإماراتي، إن …» (train): a phrase linking the
    sentence to the one before («من جانبه», «إلى ذلك») opens it before its verb; the clause after
    it is a statement, so its frame names its speaker and its claims go under him, not under the
    one named before («وزارة الطاقة الإماراتية: القرار يتوافق …»)."""
    text = (
            "أعلنت وزارة الطاقة الإماراتية عن تحرير أسعار الوقود في الدولة اعتبارًا من الأول من أغسطس القادم"
            " واعتماد آلية للتسعير وفقًا للأسعار العالمية. وأوضحت الوزارة أن قرار تحرير الأسعار سيشمل مادتي "
            "الجازولين والديزل، مبينة أن هذا القرار جاء دعمًا لاقتصاد الدولة وترشيدًا لاستهلاك الوقود وحماية"
            " للموارد الطبيعية وللمحافظة على البيئة. ومن جهته قال سهيل المزروعي وزير الطاقة الإماراتي، إن سي"
            "اسة التسعير الجديدة التي وافق عليها مجلس الوزراء ستخضع للمراجعة الشهرية من قبل لجنة متابعة الأس"
            "عار، مشيرًا إلى أن القرار يتوافق مع التوجّهات الاقتصادية العالمية فيما يتعلق بتحرير الأسواق وتع"
            "زيز التنافسية."
    ).replace("ومن جهته", opening)
    document = analyze(text)
    said = document.sentences[2]
    assert [said.words[statement.keep[0]] for statement in statements(said)][:1] == ["قال"]
    boxed = [h.text for h in summarize(text).highlights]
    assert not any(line.startswith("وزارة الطاقة الإماراتية:") and "يتوافق" in line for line in boxed), boxed


@pytest.mark.parametrize(("text", "kept"), [
    ("رعى مدير جامعة شقراء المكلف د. خالد المقرن اللقاء الذي نظمته إدارة العلاقات العامة والإعلام بالجامعة "
     "لكافة منسوبيها، وذلك بحضور وكلاء الجامعة وعمداء الكليات. وقد تم خلال الحفل تهنئة د. المقرن بمناسبة تكليفه.",
     "اللقاء"),
    ("استنكر قائد قوة أمن المنشآت بمنطقة المدينة المنورة العميد عبدالله بن سعد العتيبي التفجير الآثم الذي وقع في "
     "مسجد قوات الطوارئ الخاصة في مدينة أبها بمنطقة عسير، وأسفر عن سقوط عدد من الشهداء والمصابين. وقال العميد "
     "العتيبي إن هذا العمل عمل إجرامي.", "التفجير"),
])
def test_a_name_struck_after_an_office_leaves_the_object(text: str, kept: str) -> None:
    """«رعى مدير جامعة شقراء المكلف [د. خالد المقرن] اللقاء …» (train): the family name closes the
    name; the definite noun after it is the verb's object, not a second family name struck with
    the name («رعى مدير جامعة شقراء المكلف | » said nothing)."""
    headline = summarize(text).headline.text
    assert kept in headline.split(), headline


@pytest.mark.parametrize(("sentence", "opening"), [
    ("وفي نهاية الحفل قدم السفير المعلمي هدية عبارة عن درع تذكاري يحتوي على مجسم لستارة الكعبة المشرفة للأمين "
     "العام للأمم المتحدة.", "قدم السفير المعلمي"),
    ("عقب ذلك دعا مندوب المملكة لدى الأمم المتحدة السفير عبدالله المعلمي ، الأمين العام للأمم المتحدة إلى إزاحة "
     "الستار عن الجزء المهدى من ستارة باب الكعبة.", "دعا مندوب المملكة"),
    ("وفي أنحاء أوروبا انخفض المؤشر فايننشال تايمز 100 البريطاني 1.5 في المئة والمؤشر داكس الألماني 0.7 في المئة.",
     "انخفض المؤشر"),
    ("في مباراة يغلب عليها الطابع الاحتفالي يستضيف الزمالك بطل الدوري المصري الممتاز لكرة القدم نظيره وادي دجلة.",
     "يستضيف الزمالك"),
])
def test_the_main_verb_after_a_fronted_adverbial_opens_a_statement(sentence: str, opening: str) -> None:
    """«وفي نهاية الحفل قدم السفير …», «عقب ذلك دعا مندوب المملكة …» (train): after a fronted
    adverbial, a verb the tagger or the lead-verb list reads as one («قدم»), after a name or «ذلك»,
    before its named subject (a noun in construct too), opens the sentence's statement; a verb
    after an indefinite word describes it and is passed over («في مباراة | يغلب عليها …»)."""
    said = analyze("أقيم الحفل في نيويورك أمس. " + sentence).sentences[1]
    found = [" ".join(said.words[i] for i in statement.keep) for statement in statements(said)]
    assert any(text.startswith(opening) for text in found), found


@pytest.mark.parametrize("sentence", [
    "وكثف المدرب التدريبات خلال اليومين الماضيين على النواحي اللياقية، سعيا منه إلى رفع المعدل اللياقي للاعبيه، "
    "وإخضاعهم إلى تدريبات بالكرة.",
    "وفي العراق نفذت 21 ضربة جوية بالقرب من تسع مدن من بينها مخمور والرمادي وبيجي استهدفت العديد من وحدات "
    "المقاتلين المتشددين والمباني.",
])
def test_no_statement_opens_on_a_verbal_noun_or_a_description(sentence: str) -> None:
    """«سعيا منه إلى | رفع المعدل …»: after a preposition the word is a verbal noun; «… وبيجي |
    استهدفت العديد …»: past the main verb whose subject is not named («نفذت 21 ضربة»), a later verb
    describes what came before; neither opens a statement (train: both had become bullets)."""
    said = analyze("أقيم المعسكر في تركيا. " + sentence).sentences[1]
    found = [said.words[statement.keep[0]] for statement in statements(said)]
    assert not {"رفع", "استهدفت"} & set(found), found


def test_a_headline_does_not_stop_between_a_name_and_the_object() -> None:
    """«دان رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا | التفجير الإرهابي …»
    (train): a definite noun after a person's name opens the verb's object; the cut before it
    says nothing of what was condemned and goes below a version that says it."""
    text = ("دان رئيس مجلس النواب في مملكة البحرين أحمد بن إبراهيم الملا التفجير الإرهابي الذي استهدف مسجد قوات "
            "الطوارئ في منطقة عسير، وأسفر عن استشهاد عدد من منسوبي القوات والعاملين وإصابة آخرين. وقال وفقاً لما "
            "نقلته وكالة الأنباء البحرينية: «إن مملكة البحرين تقف صفا واحدا مع أمن واستقرار دول مجلس التعاون».")
    _assert_headline_holds(text, "التفجير")


def test_the_one_named_after_amma_speaks_the_claim() -> None:
    """«أما مقرر لجنة الفنون المسرحية بالجمعية نوح الجمعان، فأوضح أن العمل يتيح الفرصة …» (train):
    the sentence opens on «أما» before its speaker and the «ف» of the reporting verb; the clause
    finder started no statement there, so the claim went without him («العمل يتيح الفرصة …»)."""
    text = ("يشهد مسرح عبدالرحمن المريخي بفرع جمعية الثقافة والفنون بالأحساء، الليلة وحتى السبت، مسرحية «رحلة "
            "عرنوق»، بالتعاون مع فرقة أرين المسرحية بالدمام. وتتناول المسرحية قضايا المعلمين مع طلابهم وقضايا "
            "المبتعثين. أما مقرر لجنة الفنون المسرحية بالجمعية نوح الجمعان، فأوضح أن العمل يتيح الفرصة للشباب "
            "المسرحي للظهور، وتقديم المواهب الشابة، مبينا أن الجمعية تتعاون مع كل الفرق المسرحية.")
    document = analyze(text)
    said = document.sentences[2]
    assert [said.words[statement.keep[0]] for statement in statements(said, frames=True)][:1] == ["فأوضح"]
    boxed = [h.text for h in summarize(text).highlights]
    assert not any(line.startswith("العمل يتيح") for line in boxed), boxed
    assert any(line.startswith("مقرر لجنة الفنون المسرحية:") or line.startswith("نوح الجمعان:") for line in boxed), boxed


def test_a_figure_right_after_a_verb_of_reaching_leaves_its_subject_behind() -> None:
    """«أما إجمالي عدد الصفقات المنفذة خلال شهر يوليو، فقد | بلغ 1.61 مليون صفقة …» (train; a blind
    census judge: "what reached it?"): the figure after «بلغ/تجاوز» is what was reached, so the
    clause's subject was said before it and the clause is no statement of its own."""
    said = analyze("أما إجمالي عدد الصفقات المنفذة خلال شهر يوليو، فقد بلغ 1.61 مليون صفقة مقابل 2.15 مليون "
                   "صفقة تم تنفيذها خلال يونيو 2015، وذلك بانخفاض بلغت نسبته 24.92%.").sentences[0]
    reached = [statement for statement in statements(said) if said.words[statement.keep[0]] == "بلغ"]
    assert reached and all(subject_elided(statement, inside=False) for statement in reached)


@pytest.mark.parametrize(("sentence", "elided"), [
    ("وتأتي هذه الندوة ضمن سلسلة من الندوات التي قامت بها الهيئة الملكية بينبع في الولايات المتحدة الأمريكية، حيث "
     "عقدت سابقاً في مدينة هيوستن بولاية تكساس، ومؤخراً في مدينة لوس أنجلس بولاية كاليفورنيا.", True),
    ("وفي المخيم الصيفي يشارك يوميًا 70 طفلا وطفلة في البرامج.", False),
])
def test_an_adverb_of_time_before_a_preposition_leaves_the_subject_behind(sentence: str, elided: bool) -> None:
    """«عقدت سابقاً | في مدينة هيوستن …» (train: a subjectless bullet): past an adverb of time
    comes a preposition, so no subject follows the verb; «يشارك يوميًا 70 طفلا» names its own."""
    said = analyze("أقيم المعرض للمرة الخامسة. " + sentence).sentences[1]
    verb = next(statement for statement in statements(said) if said.words[statement.keep[0]] in ("عقدت", "يشارك"))
    assert subject_elided(verb, inside=False) is elided


@pytest.mark.parametrize(("sentence", "verb"), [
    ("على الرغم من الجهود البلدية الكبيرة في توفير الحدائق للمواطنين إلا أن أيديا عابثة أبت إلا أن تشوه هذه "
     "المنجزات التي ما وضعت إلا لخدمة المواطن والمقيم سواء كان سائحا أو من أبناء المنطقة.", "وضعت"),
    ("ارتفع حجم الاقتصاد الأمريكي إلى 17 تريليون دولار، ليعادل قيمة الناتج المحلي الإجمالي لدول عدة.", "ليعادل"),
])
def test_no_statement_opens_on_a_particles_verb_or_a_purpose(sentence: str, verb: str) -> None:
    """«التي ما | وضعت إلا لخدمة المواطن» (dev, blind editor: the headline «وضعت إلا لخدمة …»
    "starts mid-phrase"), «…، | ليعادل قيمة الناتج …» (train headline): a verb right after «ما» or
    a negation is the particle's, and a «لـ» of purpose leans on the clause before; neither opens
    a statement."""
    said = analyze(sentence).sentences[0]
    assert verb not in [said.words[statement.keep[0]] for statement in statements(said, lead=True)]


def test_a_time_clause_before_its_main_clause_is_no_headline() -> None:
    """«في وقت تتهيأ فيه السعودية لإطلاق الإصدار الثاني …، لا تزال …» (dev): «في وقت … فيه» opens
    a time clause, as «في حين» a contrast; its main clause is after the comma."""
    text = ("في وقت تتهيأ فيه السعودية لإطلاق الإصدار الثاني من العملات المعدنية، لا تزال التداول بمبالغ النقود "
            "المصنوعة من المعدن مستقرة عند مستوياتها الضعيفة. وكان حجم التداول قد بلغ ذروته قبل عشرين عاما.")
    candidates = headline_candidates(analyze(text), 14)
    timed = [tier for (statement, _), tier in zip(candidates.choices, candidates.tiers, strict=True)
             if statement.sentence.index == 0 and statement.sentence.words[statement.keep[0]] == "في"]
    assert timed and min(timed) == 4, timed


def test_a_bracketed_title_after_a_song_is_kept() -> None:
    """«اشتهرت في السبعينيات بأغنية (روز جاردن)» (dev, blind editor: "song title dropped"): a
    bracket after «بأغنية» names the song; struck, the headline says «بأغنية» of nothing."""
    text = ("قال وكيل مغنية الكانتري الأمريكية لين أندرسون إن المغنية التي اشتهرت في السبعينيات بأغنية (روز جاردن) "
            "توفيت بأزمة قلبية في مستشفى في ناشفيل عن 67 عاما، بعد عودتها من رحلة في إيطاليا. "
            "وكانت قد دخلت المستشفى الخميس لتلقي العلاج من الالتهاب الرئوي.")
    headline = summarize(text).headline.text
    assert "بأغنية" not in headline or "روز جاردن" in headline, headline


def test_a_list_of_names_and_places_is_no_headline() -> None:
    """«… وهم: عبدالله النفيعي - الطائف، …، يزيد الجماز - الرياض، عمر البركاتي - مكة المكرمة»
    (dev, blind editor: "names list, not the point"; «يزيد» reads as a verb): the lead's main
    clause is the headline."""
    text = ("وصل وفد المملكة العربية السعودية المشارك في الملتقى العلمي العالمي بدولة بلجيكا 2015 إلى أرض الوطن "
            "بعد أن حصدوا خمس ميداليات ذهبية في هذا الملتقى وهم: عبدالله النفيعي - الطائف، محمد معشي - جازان، "
            "يزيد الجماز - الرياض، عمر البركاتي - مكة المكرمة، محمد السعيدي - صبيا. "
            "وكان برفقتهم رئيس قسم النشاط العلمي الذي قال إنهم يسعدون بهذا الإنجاز.")
    headline = summarize(text).headline.text
    assert headline.startswith("وصل وفد"), headline


@pytest.mark.parametrize(
    ("text", "condition", "main_verb"),
    [
        # dev, blind editor: "cut off, condition without main clause"
        ("أكدت إدارة نادي الهلال أنه في حال توصلها لأي اتفاق مع إحدى الشركات لرعاية النادي، ستعلن عن كافة "
         "التفاصيل عبر مركز الأمير فهد بن سلمان الإعلامي في النادي. وأبدت إدارة النادي اعتزازها الكبير بكافة شركاء النادي.",
         "في حال", "ستعلن"),
        # train 16433
        ("قال زوبين إنه إذا خالفت إيران التزاماتها بعد تعليق العقوبات فإن الولايات المتحدة ستعيد فرضها على الفور. "
         "وأضاف أن مراجعة العقوبات قد تستغرق وقتا طويلا.", "إذا", "ستعيد"),
    ],
)
def test_a_claim_does_not_end_on_its_condition(text: str, condition: str, main_verb: str) -> None:
    """«أنه في حال توصلها لأي اتفاق …، | ستعلن …», «إنه إذا خالفت إيران التزاماتها | …»: a
    condition opening a claim has a verb of its own; the claim's verb comes after it."""
    summary = summarize(text)
    for line in [summary.headline.text, *(h.text for h in summary.highlights)]:
        assert condition not in line or main_verb in line, line


@pytest.mark.parametrize(
    ("index", "opening"),
    [(20488, "مصر ترفض تدخل قطر"),  # «… إنها ترفض …»: the speaker is the verb's subject
     (21535, "وزارة الصحة: تم تسجيل")],  # «… إنه تم …»: the pronoun is the matter's, the colon stays
)
def test_a_claim_whose_subject_was_the_pronoun_takes_its_speaker_as_subject(shared_data: Path, index: int,
                                                                            opening: str) -> None:
    """«مجلس النواب الليبي: يرفض الاعتراف …» (dev, blind editor: "malformed attribution"): a claim
    opening on a verb after «إنه/إنها» reads «مجلس النواب الليبي يرفض …», headline style."""
    with gzip.open(shared_data / "saudinewsnet/train.jsonl.gz", "rt", encoding="utf-8") as lines:
        text = json.loads(next(itertools.islice(lines, index, None)))["text"]
    headline = summarize(text).headline.text
    assert headline.startswith(opening), headline


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # dev, blind editor: "cut off, no object"
        ("اطلع مجلس الشؤون الاقتصادية والتنمية، خلال اجتماعه في قصر السلام بجدة، برئاسة الأمير محمد بن سلمان "
         "ولي ولي العهد رئيس المجلس، على عدد من الموضوعات الاقتصادية والتنموية. واتخذ المجلس عددا من التوصيات.",
         "على عدد من الموضوعات"),
        ("أعلنت «إعمار مولز»، المدرجة في سوق دبي المالي والتي تمتلك «إعمار العقارية» حصة الأغلبية فيها، عن "
         "تحقيق صافي أرباح بقيمة 230 مليون دولار خلال النصف الأول من العام الحالي. وبلغت إيرادات الشركة 2.6 مليار دولار.",
         "عن تحقيق صافي أرباح"),
        # train: the complement on an attached «بـ» («طالب … بضم», «قامت … بتنظيم»), not «بشأن»
        ("طالب الفنان حسن عسيري، وزير التعليم الدكتور عزام الدخيل، بضم جميع المبتعثين السعوديين والسعوديات وعائلاتهم "
         "الدارسين على حسابهم الخاص، إلى برنامج التأمين الطبي للطلبة، أسوة بـ 150 ألف مبتعث يشملهم القرار.",
         "طالب الفنان حسن عسيري بضم جميع المبتعثين"),
        ("قامت مؤخراً AND SO TO BED، العلامة الإنجليزية الشهيرة التي تجمع التصاميم الكلاسيكية والمعاصرة من أثاث غرف "
         "النوم، بتنظيم أمسية خاصة وملهمة لعدد من كبار الشخصيات في معرض الشايع هوم الذي تم افتتاحه مؤخراً في الرياض.",
         "بتنظيم أمسية خاصة"),
    ],
)
def test_an_aside_between_subject_and_complement_is_struck(text: str, wanted: str) -> None:
    """«اطلع المجلس[، خلال اجتماعه …، برئاسة …]، على …»: what commas set off between a verb's
    subject and the complement it wants goes, so that the headline reaches the complement."""
    _assert_headline_holds(text, wanted)


def test_a_participle_plural_after_inna_keeps_its_inna() -> None:
    """«قال الجيش التركي إن مسلحين أكرادا قتلوا …» (train 16145): «مسلحين», a participle the
    tagger reads as an adjective, is the accusative «إن» governs; the claim under its speaker
    («الجيش التركي: مسلحين أكرادا قتلوا …») would print it as no sentence does: it keeps its «إن»
    or is put in the nominative («الجيش التركي: مسلحون أكراد قتلوا …»)."""
    text = ("قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده في تفجير قنبلة مزروعة على الطريق في جنوب شرق البلاد. "
            "وقصفت المدفعية التركية مواقع حزب العمال الكردستاني في شمال العراق.")
    headline = summarize(text).headline.text
    assert not headline.startswith(("الجيش التركي: مسلحين", "مسلحين")) and "أكرادا قتلوا" not in headline.replace(
        "إن مسلحين أكرادا", ""), headline


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # dev, blind editor: "cut off" after the subject's comma; «خالد» after «الأمير» and the
        # idafa «هيئة أعضاء» were read as the object reached
        ("سدد رئيس هيئة أعضاء الشرف السابق بالنادي الأهلي السعودي الأمير خالد بن عبدالله بن عبدالعزيز، جميع "
         "الديون المالية المتراكمة على إدارة النادي والتي بلغت أكثر من 80 مليون ريال. وتسلمت الإدارة الإيصالات.",
         "جميع الديون"),
        # dev 1720, blind editor: "cut off" at «صدت المقاومة الشعبية في محافظة مأرب شرق اليمن»; «عدة»
        # after the struck «، شرق اليمن،» opens the object
        ("صدت المقاومة الشعبية في محافظة مأرب، شرق اليمن، عدة هجمات شنتها الميليشيات المتمردة على مواقع "
         "متفرقة في جبهتي الجفينة وصرواح. وأفادت مصادر بالمقاومة بأن المقاومة بسطت سيطرتها على المواقع.",
         "عدة هجمات"),
        # train snn-e8fdf49e9e75: «نفى مجلس إدارة النادي الإسماعيلي برئاسة العميد محمد أبو السعود» was the
        # headline; «وجود» is a noun whose «و» is its own, not the «و» of a list going on
        ("نفى مجلس إدارة النادي الإسماعيلي برئاسة العميد محمد أبو السعود، وجود أي نية لبيع عقد لاعب الوسط عمرو "
         "السولية لأي نادي داخل مصر سواء الأهلي أو الزمالك، مشيرا إلى استمرار اللاعب ضمن صفوف الدراويش حتى نهاية "
         "تعاقده. وأصدر مجلس الإسماعيلى بيانا رسميا حول صفقة انتقال عمرو السولية.",
         "وجود أي نية"),
        # dev 1169, blind editor on «ضبطت شرطة محافظة الطائف ممثلة في شعبة التحريات والبحث الجنائي
        # شابين»: "cut off"; the unit that acted for the police goes («ممثلة في …», clauses._representing)
        ("ضبطت شرطة محافظة الطائف ممثلة في شعبة التحريات والبحث الجنائي شابين تحرشا بفتاة بجوار أحد المراكز "
         "التجارية «المولات» بالمحافظة. وجار التحقيق معهما لاستكمال الإجراءات بحقهما.",
         "ضبطت شرطة محافظة الطائف شابين تحرشا بفتاة"),
        # train snn-ec80dd4e4374 («ممثلاً بـ …» before the object)
        ("أقام ديوان المظالم ممثلاً بالإدارة العامة للعلاقات العامة والإعلام صباح أمس الأربعاء حفل المعايدة "
         "لمنسوبيه بمناسبة عيد الفطر المبارك وذلك تحت رعاية رئيس الديوان. وألقى رئيس الديوان كلمة بالمناسبة.",
         "أقام ديوان المظالم حفل المعايدة لمنسوبيه"),
    ],
)
def test_a_headline_gets_past_the_subject_to_the_object(text: str, wanted: str) -> None:
    """A cut right after a long subject owes the object: a quantifier after the subject's comma
    («، جميع الديون») opens it, while a name after a title or before a family name does not."""
    _assert_headline_holds(text, wanted)


def test_a_name_after_an_office_is_not_the_object() -> None:
    """«أعلن رئيس الوزراء العراقي حيدر العبادي | الأحد» (dev, blind editor: "cut off, no object")
    has not reached its object: «حيدر», a noun to the tagger, opens a name before the family name
    «العبادي», and «الأمير خالد» is a name after a title."""
    for text, complement in (
        ("أعلن رئيس الوزراء العراقي حيدر العبادي الأحد عن إصلاحات جديدة تتضمن إلغاء مناصب نواب رئيس الجمهورية.", "عن"),
        ("سدد رئيس النادي الأمير خالد بن عبدالله بن عبدالعزيز، جميع الديون المتراكمة على إدارة النادي.", "جميع"),
    ):
        candidates = headline_candidates(analyze(text), 14)
        cuts = [(statement, length) for statement, length in candidates.choices if not statement.speaker
                and complement not in statement.sentence.forms[statement.keep[0] : statement.keep[length - 1] + 1]]
        assert cuts
        assert not any(_reaches_object(statement, length) for statement, length in cuts), text


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # train 16374: «أسهم» (read as «shares») wants «في»; its complement was struck as an aside
        ("أسهم عدم وجود مسالخ نظامية، مخصصة لذبح الطيور، وخاضعة للأمانات والبلديات، في انتشار مواقع سرية "
         "للذبح في مدينة الرياض، الأمر الذي ينذر بكارثة بيئية. وطالب مختصون بإنشاء مسالخ جديدة.", "في انتشار"),
        # train 21239: «شرعت … (نزاهة)، | في وضع …»
        ("شرعت وزارة النقل بالتعاون مع هيئة مكافحة الفساد (نزاهة)، في وضع لوحات توعوية بأخطار الفساد، "
         "على مداخل المدن والمحافظات. وتأتي المبادرة ضمن الاستراتيجية الوطنية.", "في وضع"),
        # dev 716 (blind editor: "cut off"): «تبدأ … الأحد القادم، في استقبال …»
        ("تبدأ الإدارة العامة للتعليم بمنطقة الرياض الأحد القادم، في استقبال الخريجين الجدد المتقدمين للتدريس، "
         "ممن تم ترشيحهم من وزارة الخدمة المدنية، والبالغ عددهم 300 خريج. وتستمر المقابلات أسبوعين.", "في استقبال"),
    ],
)
def test_the_fi_a_verb_wants_is_no_aside(text: str, wanted: str) -> None:
    """A «في» phrase between commas is struck as an aside («، في مقابلة صحفية،») unless a word
    before it wants «في» and has not had it («أسهم … في», «شرع … في»): then it is what happened."""
    _assert_headline_holds(text, wanted)


@pytest.mark.parametrize(
    ("text", "wanted", "not_last"),
    [
        # train 16154: «قادمة» opens where from, a circumstance of its own
        ("وصلت بعثة الفريق الأول لكرة القدم بنادي الفتح صباح أمس إلى محافظة الأحساء قادمة من مطار قرطاج بالعاصمة "
         "التونسية، ومن ثم إلى مطار حمد الدولي بالدوحة. ويستأنف الفريق تدريباته الثلاثاء.", "إلى محافظة الأحساء", "قادمة"),
        # train 16071: «مع الألماني | ماريو جوميز»: the nationality names the one signed
        ("أعلن فريق بشكتاش التركي لكرة القدم رسميا عن تعاقده مع الألماني ماريو جوميز مهاجم فيورنتينا الإيطالي على "
         "سبيل الإعارة لموسم واحد. وسيخضع اللاعب للفحص الطبي.", "أعلن فريق بشكتاش", "الألماني"),
    ],
)
def test_a_headline_does_not_end_before_what_a_word_announces(text: str, wanted: str, not_last: str) -> None:
    """«… إلى محافظة الأحساء | قادمة من …» may end before the participle, never on it; «مع
    الألماني» is said with the name it announces."""
    headline = summarize(text).headline.text
    assert wanted in headline and words(headline)[-1] != not_last, headline


def test_offices_before_a_bracketed_festival_name_are_struck() -> None:
    """«الأمير فيصل بن خالد [أمير منطقة عسير … رئيس اللجنة العليا لمهرجان (أبها يجمعنا)]
    [البارحة] عروض الضوء» (train 21219): the verb inside the festival's bracketed name is no
    clause of the offices, and «البارحة» is a time filler like «أمس»."""
    text = ("رعى صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز أمير منطقة عسير رئيس مجلس التنمية السياحية "
            "بالمنطقة رئيس اللجنة العليا لمهرجان (أبها يجمعنا) البارحة عروض الضوء والصوت ضمن فعاليات المهرجان. "
            "وشهدت العروض حضورا جماهيريا كبيرا.")
    headline = summarize(text).headline.text
    assert "عروض الضوء" in headline and "البارحة" not in headline, headline


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # dev 706 (blind editor: "name dropped"): «وكالة (ناسا)» lost the agency's name as an aside
        ("تمكن علماء في وكالة (ناسا) الأمريكية من اكتشاف كوكب خارج النظام الشمسي يكاد يكون مماثلا للأرض. "
         "واستخدم العلماء تلسكوب كبلر الضخم.", "(ناسا)"),
        # train 20375: «تنظيم (داعش)»
        ("أفاد مصدر أيزيدي بأن عدد الأيزيديين المخطوفين لدى تنظيم (داعش) بلغ 2080 شخصا. "
         "وقال المصدر إن المفاوضات مستمرة.", "(داعش)"),
    ],
)
def test_a_bracket_after_an_agency_or_group_names_it(text: str, wanted: str) -> None:
    """A bracket right after «وكالة», «تنظيم», «حزب», «حركة», «جماعة» is their name, not an aside."""
    headline = summarize(text).headline.text
    assert wanted in headline, headline


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        # dev 707 (blind editor: "words dropped, garbled"): the place struck after the subject ran on
        # through «عن أرقام المقبولين»
        ("أعلنت لجنة القبول والتسجيل والتجنيد المركزية بالقوات الجوية الملكية السعودية عن أرقام المقبولين نهائياً "
         "بمعهد الدراسات الفنية للقوات الجوية بالظهران، ودعت اللجنة المقبولين لمراجعة مقر القبول. "
         "وتبدأ الدراسة الشهر المقبل.", "المركزية نهائياً"),
        # train 21485: «طالب … المتمردين الحوثيين | بالإفراج الفوري عن …»: what he demanded, no place
        ("طالب الاتحاد الدولي للصحفيين اليوم المتمردين الحوثيين بالإفراج الفوري عن صالح سنحان مدير مكتب وكالة "
         "الأنباء اليمنية الذي جرى اختطافه قبل شهرين. وأدان الاتحاد استهداف الصحفيين.", "الحوثيين عن"),
    ],
)
def test_a_place_struck_after_the_subject_stops_at_the_complement(text: str, garbled: str) -> None:
    """The «بـ/في» stretch struck after a verb's subject ends before «عن/على/إلى/من» and never
    takes the «بـ» phrase a verb like «طالب» wants: no headline candidate joins what is left."""
    document = analyze(text)
    candidates = headline_candidates(document, 14)
    lines = [render(statement, document.source, length).text for statement, length in candidates.choices]
    assert lines and not any(garbled in line for line in lines), [line for line in lines if garbled in line]


# train 16175: the claim's subject is an indefinite accusative described by a verb with its pronoun
_ROCKET = ("ذكر تقرير اخباري ان صاروخا اطلقه فلسطينيون من قطاع غزة بعد ظهر اليوم الجمعة انفجر في منطقة كيسوفيم "
           "جنوب اسرائيل فيما سقط صاروخ اخر داخل القطاع بعد اطلاقه . \nوذكرت صحيفة \"جيروزاليم بوست\" الاسرائيلية "
           "ان الصاروخ سقط على بعد كيلومتر من الحدود مع غزة ولم ترد أي تقارير عن وقع اصابات او اضرار.")
# train 16497
_TYPHOON = ("قالت وسائل إعلام ومسؤولون في تايوان إن إعصارا قويا اجتاح تايوان مثيرا رياحا عاتية وأمطارا غزيرة اليوم "
            "السبت مما أدى إلى انقطاع الكهرباء عن مليوني منزل وسقوط مالايقل عن قتيلين ، ووصل الإعصار سوديلور في "
            "ساعة مبكرة من صباح اليوم السبت إلى مقاطعتي يلان وهوالين الواقعتين على الساحل الشرقي لتايوان. "
            "وأجلي مئات الأشخاص مع اقتراب العاصفة.")


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    (_ROCKET, "صاروخ اطلقه فلسطينيون من قطاع غزة انفجر", "صاروخا"),
    (_TYPHOON, "إعصار قوي اجتاح تايوان", "قويا"),
    # train 16145 and 16695: a plural and its adjectives in «ـون», a dual in «ـان» before its dual verb
    ("قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده في تفجير قنبلة مزروعة على الطريق امس ردا على ما يبدو "
     "على الحملة التي بدأتها أنقرة على حزب العمال الكردستاني.", "مسلحون أكراد قتلوا اثنين من جنوده", "مسلحين"),
    ("قالت مصادر أمنية إنّ جنديين تركيين قتلا وجرح آخران، عندما فجّر مقاتلون لغمًا محلي الصنع اليوم (الثلاثاء)، "
     "في إقليم شرناق بجنوب شرق البلاد.", "جنديان تركيان قتلا", "جنديين"),
    # a dual that its dual verb tells from the commoner plural spelling («المتهمون»)
    ("قال البيان إن المتهمين اعترفا بأنهما وبتنسيق من أشخاص إيرانيين قاما بتهريب الأسلحة إلى البحرين. "
     "وأضاف البيان أن التحقيقات مستمرة.", "المتهمان اعترفا", "المتهمون"),
])
def test_a_claim_opening_on_an_indefinite_accusative_is_stated_in_the_nominative(text: str, wanted: str, unwanted: str) -> None:
    """«إن إعصارا قويا اجتاح تايوان»: cut from its «إن» the accusative is no sentence, so the
    headline writes the noun and its adjectives without the alif («إعصار قوي اجتاح تايوان») or in
    «ـون/ـان» («مسلحون أكراد قتلوا», «جنديان تركيان قتلا», the dual verb untouched), and
    a verb holding the noun's pronoun («صاروخا أطلقه فلسطينيون») describes it: the claim runs on
    to its own verb («… انفجر»). No claim opens on the accusative; offsets still point at the source."""
    document = analyze(text)
    lines = [render(statement, document.source, length).text
             for statement, length in headline_candidates(document, 14).choices if statement.owes_verb]
    assert any(wanted in line for line in lines) and not any(line.startswith(unwanted) for line in lines), lines
    assert_offsets(summarize(text))


def test_an_accusative_after_a_pronoun_complementizer_is_not_rewritten() -> None:
    """«صرّح المتحدث … بأنه إلحاقاً بما سبق …» (train 21437): after «بأنه» the accusative is the
    circumstance, not the claim's subject; it keeps its alif wherever it is printed."""
    text = ("واس- الرياض: صرّح المتحدث الأمني بوزارة الداخلية، بأنه إلحاقاً بما سَبَقَ الإعلان عنه بتاريخ 2/ 6/ 1436هـ "
            "عن تخريج الدورتين الخامسة والثلاثين، والعاشرة من المستفيدين بمركزيْ محمد بن نايف للمناصحة والرعاية "
            "بالرياض وجدة وعددهم 56 مستفيداً؛ فقد تم تخريج الدورة السادسة والثلاثين من المستفيدين.")
    summary = summarize(text)
    lines = [summary.headline.text, *(h.text for h in summary.highlights)]
    assert not any(line.startswith("إلحاق ") for line in lines), lines


def test_a_lead_verb_that_reads_as_a_noun_opens_the_headline() -> None:
    """«واصل مانشستر يونايتد سلسلة انتصاراته …» (train 16255): «واصل» reads as «و» + «أصل», but at
    a lead statement's head it is the verb, not a fronted adverbial that only a whole clause may
    follow; the headline is that statement, not the next sentence's circumstance."""
    text = ("واصل مانشستر يونايتد سلسلة انتصاراته في بطولة كأس الأبطال الدولية الودية لكرة القدم بفوزه 3/ 1 على "
            "برشلونة الإسباني بمدينة سانتا كلارا (كاليفورنيا)، في الوقت الذي انتزع فيه تشيلسي الإنجليزي الفوز على "
            "باريس سان جيرمان الفرنسي بركلات الترجيح.\n\n على ملعب «ليفايس ستاديوم» وأمام 68416 متفرجًا، انتزع "
            "يونايتد فوزًا مستحقا.")
    assert summarize(text).headline.text.startswith("واصل مانشستر يونايتد"), summarize(text).headline.text


def test_an_office_after_a_foreign_surname_is_struck() -> None:
    """«كشف لويس إنريكي المدير الفني لنادي برشلونة الإسباني أن …» (dev 811): «إنريكي» looks like a
    nisba adjective, but between a given name and an office it closes the name; the office after
    it is what a compression strikes."""
    text = ("كشف لويس إنريكي المدير الفني لنادي برشلونة الإسباني أن النجمين الأرجنتيني ليونيل ميسي والبرازيلي نيمار "
            "دا سيلفا أصبحا جاهزين لمواجهة روما في أولى تجاربهما الودية مع الفريق الكتالوني.")
    document = analyze(text)
    statement = statements(document.sentences[0], lead=True)[0]
    lines = [render(s, document.source, len(s.keep)).text for s in compressions(statement)]
    assert any(line.startswith("كشف لويس إنريكي أن النجمين") for line in lines), lines


@pytest.mark.parametrize(("text", "printable"), [
    # dev 1213 (blind editor: "no predicate"): the verb holding the bare noun's pronoun describes it
    ("معرض جماعي نظمته جمعية الثقافة والفنون بالاحساء اخيرا، تحت اسم (تمازج)، شارك فيه عدد غير قليل من "
     "الفنانين والفنانات.", False),
    # the relative's verb is no predicate of the subject
    ("الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ بمنطقة عسير، أثناء صلاة الظهر وراح ضحيته 15 شخصا.", False),
    ("الشعب اليمني لن ينسى موقف التحالف الخليجي والعربي بقيادة المملكة.", True),
    ("رحل زعيم حركة طالبان الملا محمد عمر في أوضاع وظروف غامضة.", True),  # («يرحل»: a verb read as a noun)
])
def test_a_noun_with_nothing_said_of_it_is_no_complete_headline(text: str, printable: bool) -> None:
    """A lead that names its subject and describes it («معرض جماعي نظمته جمعية …», «النداء الذي
    وجهه البطريرك …») but never says what it did or is is no complete statement: none of its cuts
    is of the best tiers, as a negation or verb after the subject would be."""
    candidates = headline_candidates(analyze(text), 14)
    assert (min(candidates.tiers, default=4) <= 1) is printable, list(zip(candidates.tiers, candidates.choices, strict=True))


def test_a_claim_on_hunak_under_a_titled_speaker() -> None:
    """«كشف الدكتور صالح بن حسين العواجي … رئيس مجلس إدارة الشركة السعودية للكهرباء، أن هناك
    عديدا من المشاريع …» (dev 1094, blind editor: "cut inside name"): «صالح» before «بن» is his
    given name, so the claim goes under «صالح بن حسين العواجي:»; «هناك» is the claim's fronted
    predicate, so the claim owes no verb («هناك عديد من المشاريع»); and no line is the speaker
    alone."""
    text = ("كشف الدكتور صالح بن حسين العواجي وكيل وزارة المياه والكهرباء لشؤون الكهرباء رئيس مجلس إدارة الشركة "
            "السعودية للكهرباء، أن هناك عديدا من المشاريع التي ستعمل الشركة على توقيع اتفاقيات تنفيذها خلال الفترة "
            "المقبلة، تعتمد على الطاقة الشمسية لتوليد الكهرباء.")
    document = analyze(text)
    lines = [render(statement, document.source, length).text
             for statement, length in headline_candidates(document, 14).choices]
    assert any(line.startswith("صالح بن حسين العواجي: هناك عديد من المشاريع") for line in lines), lines
    assert "صالح بن حسين العواجي" not in lines, lines


def test_a_clan_name_closes_a_personal_name() -> None:
    """«اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إيران بالتورط …»
    (dev 1209, blind editor: "meaning changed"): the name ends with «آل خليفة», so striking it
    does not take the object «إيران» with it."""
    text = ("اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إيران بالتورط في الإخلال بأمن "
            "البحرين، والتدريب على استخدام الأسلحة والمتفجرات. وأكد الوزير أن البحرين ستواصل التصدي للإرهاب.")
    headline = summarize(text).headline.text
    assert "إيران بالتورط" in headline, headline


def test_a_semicolon_inside_one_statement_is_left_out() -> None:
    """«حضر مدير الأمن العام الفريق عثمان المحرج؛ حفل زواج الشاب …» (dev 891, blind editor: "stray
    semicolon"): a line states one thing, so the source's slip between subject and object goes,
    with the name after the office or without it."""
    text = ("حضر مدير الأمن العام الفريق عثمان المحرج؛ حفل زواج الشاب طارق الصولي في قاعة الاحتفالات بالرياض. "
            "وقدم المحرج التهنئة للعريس وأسرته.")
    headline = summarize(text).headline.text
    assert "؛" not in headline and headline.startswith("حضر مدير الأمن العام") and "حفل زواج" in headline, headline


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # «ينبع» read as an imperfect verb: the subject seemed to end on a verb still owed its object;
        # the escort between commas is struck so that the object fits (train, "cut off" before)
        ("نفّذ محافظ ينبع بالنيابة خالد بن محمد الغملاس، برفقة قائد حرس الحدود بمنطقة المدينة المنورة اللواء أحمد بن "
         "عبدالله الصيدلاني، جولة استكشافية على منطقة الشرم وسواحلها؛ للتأكد من وجود اللوحات الإرشادية. وشهدت المنطقة "
         "غرق شاب قبل يومين.", "الغملاس جولة استكشافية"),
        # after the name «عسير» the reporting participle opens a phrase of its own
        ("روى ناصر الجهمي السبيعي أحد المصابين الطلاب تفاصيل تفجير مسجد طوارئ قوة عسير موضحا أنه وقت صلاة الظهر دخل "
         "رجل يرتدي سروالا مموها. وتابع السبيعي أن الرجل جلس يتلفت يمينا ويسارا.", "تفاصيل تفجير مسجد طوارئ قوة عسير"),
        # what follows a place's name after a comma is the object, no apposition of the place
        ("تسلمت إدارة شؤون المباني بإدارة تعليم ينبع، مشروع إنشاء المدرسة الابتدائية الثالثة والعشرون، وفقاً لتصميمات "
         "حديثة بما يتوافق مع أعلى درجات الجودة. وحضر إجراءات التسليم لجنة مشكلة من وزارة التعليم.", "مشروع إنشاء المدرسة"),
        # «واصفاً»: its «و» is the root's, so after the comma a participle opens, no list goes on
        ("هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي الانقلابية، واصفا اياها بذنب لعمالة إيران. وقال خلفان في "
         "تغريدة له إن الحوثي اختار أن يكون تابعا.", "ميليشيا الحوثي الانقلابية"),
        # who chaired the session, closed by a comma before the complement, is struck
        ('وافق المجلس البلدي لمحافظة القطيف في جلسته العادية الـ 58 برئاسة شرف السعيدي أمس، على طلب بلدية المحافظة طرح '
         "سوق الدواجن واللحوم بحي البحر للاستثمار. وأوصى المجلس بدراسة أوضاع الأسواق.", "على طلب بلدية المحافظة"),
        # a place between commas that holds a titled person is no aside: the person is the object
        ("يكرم صاحب السمو الملكي الأمير خالد الفيصل مستشار خادم الحرمين الشريفين، أمير منطقة مكة المكرمة، في مكتبه "
         "العقيد عمر السلطان، قائد القوة الميدانية بشرطة محافظة جدة، تقديرا لجهوده في تنظيم الزحام. وشهدت المنطقة "
         "تزاحما شديدا.", "العقيد عمر السلطان"),
    ],
)
def test_a_headline_reaches_the_object_past_a_name_or_a_comma(text: str, wanted: str) -> None:
    """Place names the affix model reads as verbs («ينبع», «تبوك», «إدلب») are names, learned from
    where SaudiNewsNet writes them (after «محافظة/مدينة/منطقة»: grammar-ar.json's places); a comma
    after the subject's escort, a root «و» or a titled person inside a place's phrase no longer
    stop the line before its object ("cut off" on dev and train)."""
    _assert_headline_holds(text, wanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("في أعقاب دهس ثلاثة جنود إسرائيليين بسيارة يقودها شاب فلسطيني، هدد وزير الدفاع الإسرائيلي، موشيه يعلون، "
         "بتشديد القبضة الحديدية ضد الفلسطينيين في الضفة الغربية أكثر. وقال: إن جيشه لن يحتمل عمليات عنف ضد "
         "الإسرائيليين، جنودا ومواطنين.", "بتشديد القبضة الحديدية"),
        ("في لقطات قد تبدو أنها من أحد أفلام الحركة والإثارة، نجا بطل العالم لركوب الأمواج الأسترالي ميك فانينغ، أمس "
         "(الأحد) من سمكة مفترسة هاجمته قبالة شواطئ جنوب أفريقيا أثناء مباراة رياضية جرت تحت عدسات النقل المباشر "
         "التلفزيونية. وكان فانينغ ينتظر الموجة.", "من سمكة مفترسة"),
        ('تعهد رئيس اقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام من تنظيم "داعش" المتطرف الذي اعتدى '
         "بوحشية على ابناء الطائفة الايزيدية في صيف 2014. وقال بارزاني في كلمة ألقاها في محافظة دهوك إنه لن ينسى.",
         "بالانتقام من تنظيم"),
    ],
)
def test_a_comma_after_the_subject_does_not_end_a_headline_owed_its_complement(text: str, wanted: str) -> None:
    """A verb-first lead that breaks at a comma right after its subject (an apposition or a time
    word between commas) and goes on with its verb's complement («، بتشديد …», «، من سمكة …») does
    not end at that comma: «هدد وزير الدفاع الإسرائيلي موشيه يعلون» was printed as a complete
    statement (train, "cut off")."""
    _assert_headline_holds(text, wanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("أكد مدير عام الهيئة العامة للسياحة والتراث الوطني أمين عام مجلس التنمية السياحية بمنطقة عسير المهندس محمد "
         "العمرة، عدم تأثر الحركة السياحية وتوافد السياح على عسير من مختلف مناطق المملكة ودول الخليج، بسبب حادث الغدر "
         "الآثم في مسجد قوات الطوارئ. وقال العمرة: «لا شك أن الثقة في قيادتنا ورجالات أمننا لم تهتز بمثل هذا الحادث "
         "الغاشم».", "عدم تأثر الحركة السياحية"),
        ("أكد متعاملون في قطاع التأمين السعودي، ارتفاع أسعار التأمين على المركبات منذ بداية العام بنسب راوحت ما بين 40 "
         "و50 في المائة، مقارنة بالعام الماضي، مرجعين ذلك إلى عدة أسباب أبرزها ارتفاع عدد الحوادث في كل المناطق علاوة "
         "على ارتفاع قيمة الديات من 100 ألف إلى 300 ألف ريال. وهنا قال عبدالكريم التميمي؛ مدير تنفيذي لمجموعة "
         '"الحرفيون لإدارة المخاطر"، إن أسعار التأمين على المركبات، شهدت ارتفاعا كبيرا مقارنة بالعام الماضي.',
         "أكد متعاملون في قطاع التأمين السعودي ارتفاع أسعار التأمين"),
    ],
)
def test_a_reporting_verb_may_end_inside_its_noun_object(text: str, wanted: str) -> None:
    """«أكد فلان عدم تأثر الحركة السياحية …»: a reporting verb with a noun object (not «قال» and a
    claim) may end once three words of the object are said, not only at its clause's punctuation,
    which lay past the limit: the headline stopped at the speaker («أكد المهندس محمد العمرة») or
    took a later claim without its speaker («أسعار التأمين على المركبات، شهدت ارتفاعا …»; train)."""
    _assert_headline_holds(text, wanted)


def test_a_given_name_whose_family_name_is_unknown_is_not_struck_in_half() -> None:
    """«المتحدث الرسمي باسم وزارة الصحة الدكتور خالد | مرغلاني عدم صحة …»: two bare nouns after a
    titled given name; striking the name up to the unknown family name left «… وزارة الصحة
    مرغلاني عدم صحة التغريدات»."""
    text = ("أكد المتحدث الرسمي باسم وزارة الصحة الدكتور خالد مرغلاني عدم صحة التغريدات التي قالت إن لجنة مختصة شكلها "
            "وزير الصحة خرجت بقرار إلغاء المزايا البدلات التي تصرف للأطباء. وقال المرغلاني إجابة عن سؤال «الرياض» حول "
            "صحة الأخبار المتداولة بإلغاء بدل التميز وخفض بدل الإشراف؟: «الوزارة حريصة على صرف جميع البدلات والمزايا "
            "النظامية، ولم يتم إيقاف أي بدل».")
    headline = summarize(text).headline.text
    assert "الصحة مرغلاني" not in headline and "عدم صحة التغريدات" in headline, headline


def test_a_headline_does_not_end_between_a_titled_role_and_its_name() -> None:
    """«… بعد اتفاقه مع الشاعر المخضرم | إبراهيم خفاجي» (dev 1308, blind editor: "cut off"): after
    a title and its adjective, the name is owed."""
    text = ("يستعد الفنان والجسيس فؤاد بغدادي، لطرح أول ألبوماته الغنائية بعد اتفاقه مع الشاعر المخضرم إبراهيم خفاجي "
            "والملحن الموسيقار جميل محمود على كلمات وألحان الألبوم. وبدأ بغدادي مشواره الفني في الرابعة عشرة.")
    headline = summarize(text).headline.text
    assert not headline.endswith("المخضرم"), headline


@pytest.mark.parametrize(
    ("text", "starts", "ends"),
    [
        # «سيئون» reads as «سـ» + an imperfect, but after «مدينة» it is the city's name (dev 1910,
        # blind editor: "cut off")
        ("وصلت الدفعة الثالثة من المعونة الطبية الإغاثية الثانية إلى مدينة سيئون على متن 3 قاطرات، قادمة من "
         "المملكة عبر منفذ الوديعة البري مقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية. وأوضح المتحدث "
         "الرسمي للمركز أن هذه الدفعة تحتوي على محاليل وريدية وأدوية منوعة.", "وصلت الدفعة الثالثة", "إلى مدينة سيئون"),
        # «شهد» is tagged a noun but heads the lead as its verb; «إقبالاً», an indefinite accusative
        # after the definite «للتسوق», opens its object, so the place before it is struck (dev 1891)
        ("شهد جناح الأسر المنتجة في مهرجان أبها للتسوق إقبالاً من مرتادي المهرجان وسط أجواء من الدعم والتحفيز "
         "وتبادل الخبرات؛ حيث تنوعت السلع المعروضة والمنتجات ما بين الملابس والأطعمة والإكسسوارات. وأوضحت "
         "مسؤولة الأسر المنتجة أن المنظمين أبدوا اهتماماً بالجناح.", "شهد جناح الأسر المنتجة إقبالاً", ""),
        # «أجرى» was read as a nisba adjective, so the claim never reached its verb (train)
        ("أفادت تقارير إخبارية محلية، اليوم (الإثنين)، بأن رئيس الوزراء التركي أحمد داود أوغلو، أجرى مكالمات هاتفية "
         "مع رؤساء مكاتب الحزب في جميع الولايات التركية. ونقلت وكالة أنباء الأناضول ذلك.", "", "أجرى مكالمات هاتفية"),
        # the main verb after a fronted phrase, past an honorific between dashes (dev 1319, blind
        # editor: "no verb, fragment": the headline was «نيابة عن خادم الحرمين الشريفين»)
        ("نيابة عن خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - أدى صاحب السمو الملكي الأمير "
         "فيصل بن خالد بن عبدالعزيز أمير منطقة عسير بجامع الملك فيصل بمدينة أبها صلاة الميت على شهداء الوطن الذين "
         "استشهدوا خلال التفجير الغاشم. ونقل سموه التعازي إلى ذوي الشهداء.", "أدى الأمير فيصل بن خالد", ""),
        # a relative joined by «و» describes an object already said (dev 1300, blind editor: "cut
        # off" at «اليمنية»)
        ("تشرف وزارة الشؤون الاجتماعية على عمليات إغاثة العالقين بمنفذ الوديعة من الأسر اليمنية والسورية والتي يتم "
         "تقديمها من الجهات الخيرية بشرورة، تمثلت في تقديم المواد الغذائية وتأمين الكسوة. وقدمت الوزارة أكثر من 46 "
         "ألف وجبة طعام.", "تشرف وزارة الشؤون الاجتماعية", "من الأسر اليمنية والسورية"),
        # where the claim was made, its meeting's relative clause too, is struck before «على»
        # (dev 1931: the headline was «تطرق أعضاء اللجنة الوطنية»)
        ("أكدت اللجنة الوطنية للتعليم العالمي والدولي بمجلس الغرف السعودية خلال اجتماعها الذي استضافته غرفة جدة "
         "أمس على ضرورة إنشاء لجنة قطاعية مستقلة للتعليم العالمي بغرفة جدة. وتطرق أعضاء اللجنة الوطنية خلال "
         "اجتماعها إلى رصد أكثر من 190 مدرسة عالمية بمحافظة جدة.", "أكدت اللجنة الوطنية", ""),
        # a circumstantial participle before its preposition opens a phrase: past the limit, the
        # line ends before it (dev 1939, blind editor: "cut off" before «قفزة»)
        ("سجلت مؤشرات واردات السعودية من سلع الشاي والبنّ والسكر قفزة ملحوظة مدفوعة بتنامي التسهيلات المصرفية "
         "المقدمة لاستيراد تلك المكونات الرئيسية للمشروبات الساخنة، وسط دعم عوامل رئيسية تتعلق بالتمويل. وكشفت "
         "إحصاءات رسمية عن ارتفاع الاعتمادات المستندية.", "سجلت مؤشرات واردات السعودية", "قفزة ملحوظة"),
        # a father's name before a family name goes, as titles shorten a name, to make room for
        # whom the agreement is with (train 20306: «وقع مدير جامعة الملك عبدالعزيز المكلف
        # اتفاقية تعاون علمي وبحثي»)
        ("وقع مدير جامعة الملك عبدالعزيز المكلف الأستاذ الدكتور عبدالرحمن بن عبيد اليوبي مؤخرا اتفاقية تعاون علمي "
         "وبحثي مع جامعة أكسفورد لمدة ثلاثة أعوام وتشمل مجالات عديدة منها القيام بأبحاث علمية مشتركة. كما تشمل "
         "الاتفاقية تبادل أعضاء هيئة التدريس.", "وقع الدكتور عبدالرحمن اليوبي اتفاقية تعاون علمي وبحثي مع جامعة أكسفورد",
         ""),
        # a second claim joined by «وأنها» opens a clause: the first claim is whole before it (dev
        # 1002, blind editor: "not the point" for «أضاف أوباما : الاتفاق من أفضل …»)
        ("قال الرئيس الأمريكي باراك أوباما في كلمة بشأن الاتفاق النووي ان الاتفاق مع إيران جيد ويمنعها من امتلاك "
         "النووي وأنها لن تتمكن من بناء مفاعلات نووية وتخصيب اليورانيوم ، كما بين أن الاتفاق النووي تأسس على تقاليد "
         "دبلوماسية ، وأضاف أوباما : الاتفاق من أفضل الإتفاقيات التي تم التوصل إليها ، وهي تحقق الكثير.",
         "الرئيس الأمريكي باراك أوباما: الاتفاق مع إيران جيد", ""),
        # the prayer's time goes, and the funeral prayer owes for whom (dev 1019, blind editor:
        # "deceased dropped" for «… عقب صلاة العصر صلاة الميت»)
        ("أدى صاحب السمو الملكي الأمير بندر بن عبدالعزيز آل سعود، عقب صلاة العصر أمس، صلاة الميت على الشيخ مهنا "
         "بن عبدالرحمن بن مهنا أبا الخيل - رحمه الله - وذلك بجامع الملك خالد بأم الحمام. وأدى الصلاة مع سموه عدد "
         "من الأمراء.", "أدى الأمير بندر بن عبدالعزيز صلاة الميت على الشيخ مهنا", ""),
    ],
)
def test_a_headline_gets_to_what_its_lead_owes(text: str, starts: str, ends: str) -> None:
    """Tag and boundary faults that stopped a lead before its verb, object or the end of its
    phrase; each case failed on the commit before its fix."""
    headline = summarize(text).headline.text
    assert headline.startswith(starts) and headline.endswith(ends) and len(words(headline)) <= 14, headline


def test_a_second_clause_whose_last_noun_points_back_does_not_head() -> None:
    """«… وتترقب الأوساط العقارية آلية تطبيقه» (dev 1000, blind editor: "not the point"): the
    implementation of what, the clause before it says; the lead's main statement heads."""
    text = ("طالب عضو مجلس الشورى الدكتور فهد العنزي بالتصدي لما أسماهم \"المتحايلين\" على قرار فرض ضرائب على "
            "الأراضي البيضاء، وهو القرار الذي تم إصداره مؤخرا وتترقب الأوساط العقارية آلية تطبيقه. وقال العنزي إن "
            "البعض سيقوم ببناء غرف للحارس من أجل الخروج من مفهوم الأرض البيضاء.")
    headline = summarize(text).headline.text
    assert headline.startswith("طالب عضو مجلس الشورى"), headline


@pytest.mark.parametrize(("text", "opening", "comma"), [
    # (dev 1011, blind editor: "stray comma") the comma after the visitor's name, before what she visited
    ("زارت سفيرة مبادرة غذائي علاجي لدى المملكة عبير خليل، فعاليات مهرجان جدة التاريخية أمس. وأشادت بما "
     "شاهدته من تنظيم.", "زارت سفيرة مبادرة غذائي علاجي لدى المملكة عبير خليل فعاليات", False),
    # a comma before a clause stays: a circumstantial participle, «و» and what it joins
    ("أشاد الوزير بجهود العاملين في المستشفى، مؤكدا أن الخدمات الصحية تحسنت كثيرا خلال العام. وزار الوزير "
     "قسم الطوارئ.", "أشاد الوزير بجهود العاملين في المستشفى", True),
    ("قال الباحثون إن الفقر يضر بمخ الطفل، وله انعكاسات سلبية طويلة الأمد على الصحة. وأجريت الدراسة في "
     "جامعة أمريكية.", "قال الباحثون إن الفقر يضر بمخ الطفل", True),
])
def test_a_headline_prints_no_comma_between_its_subject_and_object(text: str, opening: str, comma: bool) -> None:
    headline = summarize(text).headline.text
    assert headline.startswith(opening) and ("،" in headline) is comma, headline


def test_one_long_sentence_without_punctuation_keeps_its_statements_small(example_text: str) -> None:
    """The example stripped of its punctuation and repeated to ~15,000 words, hard-wrapped: one
    sentence of thousands of clauses, each a statement to the sentence end. Their word positions
    are slices of one tuple (42 MiB traced peak); made anew per statement they took 101 MiB here,
    and 400 MB at 50,000 words."""
    bare = " ".join(word.strip(".,:;!?،؛؟»«\"“”()-–") for word in example_text.split())
    text = "\n".join(textwrap.wrap(" ".join([bare] * (15_000 // len(bare.split()) + 1)), 70))
    tracemalloc.start()
    try:
        summary = summarize(text, SummaryConfig(max_input_bytes=len(text.encode("utf-8"))))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert summary.headline.text and peak < 64 * 2**20, f"traced peak {peak / 2**20:.0f} MiB"


def test_a_warning_stands_under_its_speaker() -> None:
    """«حذر الرئيس الاميركي باراك اوباما الاربعاء من ان رفض الكونجرس … سيؤدي الى حرب …» (train: the
    headline printed the warning without who gave it): a claim after «حذر/شدد/نوه» goes under its
    speaker like one after «أكد»; a demand after «طالب/دعا» does not (under its speaker it would
    read as done)."""
    headline = summarize(
        "عين اليوم – واشنطن\nحذر الرئيس الاميركي باراك اوباما الاربعاء من ان رفض الكونجرس للاتفاق النووي مع إيران "
        "سيؤدي الى حرب في الشرق الاوسط، وذلك في خطاب القاه في واشنطن دافع فيه عن هذا الاتفاق.\n وقال اوباما ان "
        "الرفض سيجعل اي ادارة اميركية تواجه خيارا وحيدا."
    ).headline.text
    assert headline.startswith("اوباما: رفض الكونجرس للاتفاق النووي مع إيران سيؤدي"), headline
    demand = analyze("طالب وزير الصحة بأن يتم إغلاق المستشفى المخالف فورا ومحاسبة المسؤولين عنه.").sentences[0]
    statement = statements(demand, lead=True)[0]
    claim = claim_of(statement)
    assert claim is not None and attributed(statement, claim) is None



def test_a_common_word_after_a_name_with_bin_is_the_object_not_the_family_name() -> None:
    """«افتتح أمير منطقة جازان الأمير محمد بن ناصر مهرجان الصيف أمس، …»: «مهرجان», which the
    tagger reads as a name, was taken for the family name, and the office's name was struck
    with the object in it («افتتح أمير منطقة جازان مشيدا بجهود …»). After «بن فلان» a word as
    common as «مهرجان» names no one; a rare one («أبوراس») still closes the name."""
    _assert_headline_holds("افتتح أمير منطقة جازان الأمير محمد بن ناصر مهرجان الصيف أمس، مشيدا بجهود الأمانة في تنظيم "
                           "الفعاليات المتنوعة للزوار.\nوتجول سموه في أرجاء المهرجان.", "مهرجان الصيف")
    sentence = analyze("قال أمين محافظة جدة الدكتور هاني بن محمد أبوراس إن الأمانة تعمل على تطوير الواجهة البحرية.").sentences[0]
    start = sentence.words.index("هاني")
    assert sentence.words[name_end(sentence.forms, sentence.gaps, start) - 1] == "أبوراس"


def test_how_it_happened_between_subject_and_object_is_struck() -> None:
    """«أحبط رجال الجمارك بمطار الملك عبدالعزيز الدولي بجدة [في عمليتين منفصلتين] محاولتين لتهريب
    …» (train 16000-17999: the headline stopped at «بجدة», the object past 14 words): «في» with
    an indefinite noun and its adjective before a bare object goes, as a title drops it."""
    _assert_headline_holds("أحبط رجال الجمارك بمطار الملك عبدالعزيز الدولي بجدة في عمليتين منفصلتين محاولتين لتهريب 176 "
                           "كبسولة كوكايين وهيروين، عُثر عليها مخبأة داخل أحشاء شخصين قادمين إلى الجمرك.\n"
                           "وقال مدير الجمرك إنه تم ضبط الكمية.", "بجدة محاولتين لتهريب 176 كبسولة")


def test_a_claim_told_under_its_speaker_owes_what_its_verb_wants() -> None:
    """«منظمة التجارة العالمية نجحت للمرة الأولى منذ 18 عاما» (dev, blind editor: "cut off, no
    object"): a claim whose speaker is its subject owes its verb's complement («نجح في …») as a
    verb-first statement does; the cut that reaches it goes first."""
    text = ("أعلنت منظمة التجارة العالمية أنها نجحت للمرة الأولى منذ 18 عاما في التوصل إلى اتفاق مهم سيسمح بإلغاء "
            "الرسوم الجمركية المفروضة على أكثر من مئتي منتج لتكنولوجيا المعلومات.\n"
            "وسيتم وضع اللمسات الأخيرة على النص قبل توقيعه رسميا.")
    document = analyze(text)
    found = headline_candidates(document, 14)
    tiers = {render(statement, document.source, length).text: tier
             for (statement, length), tier in zip(found.choices, found.tiers, strict=True)}
    short, reaching = "منظمة التجارة العالمية نجحت للمرة الأولى منذ 18 عاما", "منظمة التجارة العالمية نجحت للمرة الأولى منذ 18 عاما في التوصل إلى اتفاق مهم"
    assert short in tiers and reaching in tiers, tiers
    assert tiers[reaching] < tiers[short], tiers


def test_an_announcement_cut_inside_its_subjects_genitives_still_owes_its_news() -> None:
    """«أعلن نادي تشيلسي حامل لقب الدوري الإنجليزي الممتاز لكرة القدم مساء الجمعة | عن تمديد عقد
    …» (train headline): «لقب» after «حامل» is the subject's genitive, not the verb's object said
    already (an object follows the subject's last definite word or name), so the cut before «عن»
    owes its news and a whole statement of the next sentence is the headline."""
    text = ("أعلن نادي تشيلسي حامل لقب الدوري الإنجليزي الممتاز لكرة القدم مساء الجمعة عن تمديد عقد مدربه "
            "البرتغالي جوزيه مورينيو لمدة أربع سنوات. وسيبقى مورينيو مع تشيلسي حتى عام 2019 بموجب العقد الجديد.")
    headline = summarize(text).headline.text
    assert not headline.endswith(("مساء الجمعة", "لكرة القدم")), headline


def test_what_the_subject_is_charged_with_is_dropped_before_its_object() -> None:
    """«تفقد فريق العمل [المكلف بالإشراف والمتابعة على سير عمل لجان تصحيح أوضاع الأشقاء اليمنيين في
    المملكة أمس]، مراكز لجان التصحيح …» (train 16259: the headline ended before the object): the
    participle phrase describes the subject like a relative clause and closes at the comma."""
    text = ("تفقد فريق العمل المكلف بالإشراف والمتابعة على سير عمل لجان تصحيح أوضاع الأشقاء اليمنيين في المملكة "
            "أمس، مراكز لجان التصحيح في كل من مدينة أبها ومحافظة خميس مشيط، برئاسة اللواء جمعان بن أحمد الغامدي "
            "مساعد مدير الأمن العام للشؤون الأمنية.")
    assert summarize(text).headline.text.startswith("تفقد فريق العمل مراكز لجان التصحيح")


def test_a_root_waw_after_a_preposition_opens_no_clause() -> None:
    """«… عما كان عليه | وضعها قبل سن تلك القرارات» (train 17287: the headline, judged blind "starts
    mid-phrase, no predicate"): «وضعها» is «وضع» + «ها» (the rest, «ضعها», is the rarer word), the
    subject of «كان» after its «عليه»; no «و» joins a clause there. After a subordinator the verb
    still opens one («بعدما | وجهت السلطات …»)."""
    text = ("على الرغم من اتخاذ الدولة العديد من القرارات والإجراءات، خلال السنوات الثلاث الأخيرة، التي تسهم في "
            "خفض أسعار العقار في المملكة، إلا أن المواطن ينتظر أن يلمس تأثير تلك القرارات والإجراءات على أرض "
            "الواقع، فما يحدث في السوق حاليا هو ركود وليس تراجعا في الأسعار، بدليل أن الراغبين في شراء الأراضي "
            "لن يلاحظوا حاليا أي فرق في قيمتها عما كان عليه وضعها قبل سن تلك القرارات.")
    sentence = analyze(text).sentences[0]
    assert not any(sentence.words[s.keep[0]] == "وضعها" for s in statements(sentence, lead=True))
    assert not summarize(text).headline.text.startswith("وضعها")
    charged = ("وعانى الفيفا من فوضى قبل يومين من الانتخابات الرئاسية بعدما وجهت السلطات الأمريكية اتهامات "
               "بالرشى وغسل الأموال والاحتيال إلى 14 مسؤولا كرويا.")
    sentence = analyze(charged).sentences[0]
    assert any(sentence.words[s.keep[0]] == "وجهت" for s in statements(sentence))
    # «بأن ما يقومون به | واجب ديني» (train 10423, the headline: "starts mid-phrase"): «به» is tagged as
    # a pronoun, and «واجب» still no «و» + verb
    duty = "يظل إيمانهم راسخا بأن ما يقومون به واجب ديني وأن الشهادة فخر واعتزاز."
    sentence = analyze(duty).sentences[0]
    assert not any(sentence.words[s.keep[0]] == "واجب" for s in statements(sentence, lead=True))


def test_those_the_subject_speaks_for_are_struck_before_the_complement() -> None:
    """«أعرب … السديس [باسمه واسم أئمة وخطباء وعلماء الحرمين الشريفين] عن استنكاره …» (train 10565:
    the headline ended before «عن», judged blind "cut off"): whom he spoke for goes like a
    department acting for its body, and a cut of the statement that reaches the complement beats
    one that owes it, though neither is finished."""
    text = ("أعرب الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ الدكتور عبدالرحمن بن عبدالعزيز السديس "
            "باسمه واسم أئمة وخطباء وعلماء الحرمين الشريفين عن استنكاره وتألمه للحادث الآثم البغيض والسفه "
            "الإجرامي الدموي الشنيع الذي استهدف رجال الطوارئ بمنطقة عسير أثناء أدائهم صلاة الظهر جماعة اليوم.")
    headline = summarize(text).headline.text
    assert "عن استنكاره" in headline and "باسمه" not in headline, headline


def test_abara_for_expressed_takes_the_headlines_deletions() -> None:
    """«عبر الشيخ … رئيس كتابة العدل بالخرج عن شكره …» (train 17410: «عبر» read as «via», the lead
    had no deletions and the headline came from the next sentence, «أعرب عن شكره …», whose
    subject is nobody): «عبّر» with its «عن» goes through them as a lead verb does."""
    text = ("عبر الشيخ عبدالله بن محمد الدهيمي رئيس كتابة العدل بالخرج عن شكره وتقديره وامتنانه لمقام خادم الحرمين "
            "الشريفين الملك سلمان بن عبدالعزيز بمناسبة صدور قرار مجلس الوزراء بترقيته للمرتبة الرابعة عشرة بوزارة "
            "العدل. كما أعرب عن شكره وتقديره لوزير العدل د. وليد بن محمد الصمعاني على هذه الثقة الغالية.")
    headline = summarize(text).headline.text
    assert headline.startswith("عبر الشيخ عبدالله") and "عن شكره" in headline, headline


def test_a_meeting_is_with_someone_and_an_assignment_is_to_something() -> None:
    """«اجتمع وزير الدولة للشؤون الخارجية مدني | مع نظيره الإسباني» (train 17401: a blind census
    judge, "with whom missing"): «اجتمع» owes «مع/بـ» (or where, «في»: «اجتمع الأهالي في ساحة …»
    is whole); «كلف» owes «بـ», and who chaired («برئاسة فلان») is no such «بـ»."""
    met = ("في إطار زيارته الرسمية لمملكة إسبانيا، اجتمع وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد "
           "مدني، أمس مع وزير الدولة للشؤون الخارجية الإسباني إجناثيو إبنياس روبيو، وذلك بمقر وزارة الخارجية "
           "الإسبانية في مدريد.")
    _assert_headline_holds(met, "اجتمع وزير الدولة للشؤون الخارجية مدني مع وزير الدولة للشؤون الخارجية الإسباني")
    gathered = "اجتمع الأهالي في ساحة رياض الصلح في قلب بيروت للمطالبة بالإفراج عن المخطوفين."
    assert summarize(gathered).headline.text.startswith("اجتمع الأهالي في ساحة رياض الصلح")
    assigned = ("كلفت إدارة نادي الطرف برئاسة سامي الدهام المدرب الوطني عبدالله الحسيني بتدريب فريق درجة "
                "الشباب لكرة القدم بالنادي.")
    sentence = analyze(assigned).sentences[0]
    keep = tuple(range(len(sentence.words)))
    assert owes_complement(sentence, keep, sentence.words.index("الحسيني") + 1)
    assert not owes_complement(sentence, keep, sentence.words.index("بتدريب") + 2)


def test_an_office_after_a_described_name_is_dropped_before_the_complement() -> None:
    """«يغيب المدافع الهولندي رون فلار [قائد فريق أستون فيلا الإنجليزي لكرة القدم السابق] عن الملاعب
    …» (train 16539: the headline stopped before «عن الملاعب»): a description may stand before the
    name as a title does, and a rare bare noun after the given name is the surname («فلار»), so
    the office after the name goes and the complement the verb wants is reached."""
    text = ("يغيب المدافع الهولندي رون فلار قائد فريق أستون فيلا الإنجليزي لكرة القدم السابق عن الملاعب لمدة "
            "أربعة أشهر بعدما أجرى جراحة ثانية في ركبته خلال هذا العام.")
    assert summarize(text).headline.text.startswith("يغيب المدافع الهولندي رون فلار عن الملاعب")


def test_further_offices_and_the_name_after_the_first_office_are_dropped_before_the_object() -> None:
    """«دشن أمير منطقة عسير [رئيس مجلس التنمية السياحية بالمنطقة الأمير فيصل بن خالد] مهرجان …»
    (train 10207, and 10054 where the office runs 11 words: the headline stopped before what was
    opened): where the office sits («بالمنطقة») closes it, a ruler's name is his even with
    «بن عبدالعزيز» struck, and the offices after the first go with the name; not where the first
    names its body by kind only («عضو مجلس الإدارة»: the second says which club)."""
    opened = ("دشن أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة الأمير فيصل بن خالد بن عبدالعزيز أمس "
              "مهرجان أبها للتسوق في عامه السابع عشر، بمركز أبها الدولي للمعارض، بجوار مطار أبها.")
    _assert_headline_holds(opened, "دشن أمير منطقة عسير مهرجان أبها للتسوق")
    honoured = ("كرم محافظ حفر الباطن رئيس اللجنة المنظمة العليا لمهرجان العيد والصيف بالمحافظة عبدالمحسن بن "
                "محمد العطيشان، مؤخرا، اللجان التنفيذية والفرق التطوعية والجهات الراعية والمشاركة في المهرجان، "
                "وذلك بمقر المحافظة.")
    _assert_headline_holds(honoured, "كرم محافظ حفر الباطن اللجان التنفيذية والفرق التطوعية")
    disclosed = ("كشف عضو مجلس الإدارة المدير التنفيذي لنادي الطيران السعودي عبدالله بن منصور الجعويني عن العمل "
                 "حالياً في التنسيق بين النادي وإمارة منطقة عسير، لتخصيص مهابط طيران جديدة بمنطقة عسير.")
    assert "لنادي الطيران السعودي" in summarize(disclosed).headline.text


def test_a_bracket_a_word_governs_stays_and_opens_no_statement() -> None:
    """«وجه الوزير … بتوزيع (موسوعة خطب الجمعة) على فروع الوزارة» (train 11151: struck as an aside,
    the bracket left «بتوزيع على فروع الوزارة»): what a preposition or a common bare noun governs
    stays; a gloss the construct goes on after («مهداف (جهاز تسديد) البندقية») and a name's party
    («شكيد (البيت اليهودي)») are still struck; and a list inside a bracket opens no statement of its
    own (train 17463: «(تبوك و الجوف والحدود الشمالية وأجزاء من حائل)» became the headline)."""
    ordered = ("وجه وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ صالح بن عبدالعزيز بن محمد آل الشيخ، "
               "بتوزيع (موسوعة خطب الجمعة) على فروع الوزارة الرئيسة لتسليمها لخطباء الجوامع.")
    assert "موسوعة خطب الجمعة" in summarize(ordered).headline.text
    glossed = ("أوجد مختصو الأمن الكمبيوتري الأمريكي، طريقة لاختراق التحكم في مهداف (جهاز تسديد) البندقية "
               "الموجهة ذاتيا من طراز تراكنك بوينت.")
    assert "جهاز تسديد" not in summarize(glossed).headline.text
    forecast = ("توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم هطولأ للأمطار "
                "الرعدية مصحوبة بنشاط في الرياح السطحية على مناطق عسير والباحة وجازان، وسماء غائمة جزئياً مع "
                "فرصه لتواجد السحب الرعدية الممطرة على مناطق (تبوك و الجوف والحدود الشمالية وأجزاء من حائل).")
    assert summarize(forecast).headline.text.startswith("توقعت الرئاسة العامة للأرصاد")
    # the paper a source is of, or a time's gloss, is struck as before: «مصادر (عكاظ)» speak as «مصادر»
    sourced = ("كشفت مصادر (عكاظ) بأن إدارة نادي النصر اتفقت بشكل نهائي مع المهاجم الدولي محمد السهلاوي على "
               "تجديد عقده لثلاثة مواسم مقبلة.")
    headline = summarize(sourced).headline.text
    assert "مصادر" in headline and "عكاظ" not in headline, headline


def test_a_relatives_verb_holding_its_object_pronoun_is_a_verb() -> None:
    """«أن 60% من اليابانيين الذين | شملهم الاستطلاع أبدوا …» (train 20734: the headline stopped at
    «أظهر استطلاع للرأي أجرته وكالة كيودو اليابانية», what the poll showed lost): right after a
    relative, a word holding an object pronoun is the relative's verb even where its host is a noun
    too («شمل», «قدم»), so the claim's own verb comes after it. The lines that now end show what
    else had to hold: a royal lineage takes no family name with the article («الأمير محمد بن نايف
    بن عبدالعزيز | الجلسة»: struck with the name, the object went too), and a caption
    opening on a quantifier says nothing of it («أحد المساجد التي بنتها الهيئة»)."""
    poll = ("أظهر استطلاع للرأي أجرته وكالة كيودو اليابانية للأنباء أن 60% من اليابانيين الذين شملهم الاستطلاع "
            "أبدوا رغبتهم في عدم تعديل الدستور مقابل 32% ممن نادوا بتعديله، في الوقت الذي يسعى فيه رئيس الوزراء "
            "شينزو آبي إلى تعديل الدستور.")
    _assert_headline_holds(poll, "60% من اليابانيين الذين شملهم الاستطلاع أبدوا رغبتهم في عدم تعديل الدستور")
    chaired = ("رأس نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز الجلسة التي "
               "عقدها مجلس الوزراء، بعد ظهر أمس الاثنين في قصر السلام بجدة.")
    _assert_headline_holds(chaired, "رأس نائب خادم الحرمين الشريفين الجلسة التي عقدها مجلس الوزراء")
    captioned = ("أحد المساجد التي بنتها الهيئة رممت وبنت الهيئة العالمية للمساجد إحدى الهيئات التابعة لرابطة "
                 "العالم الإسلامي 798 مسجداً في 11 دولة في العالم خلال العام الماضي.")
    assert not summarize(captioned).headline.text.startswith("أحد المساجد"), summarize(captioned).headline.text


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز -حفظه الله- في قصر السلام أمس، وزير الخارجية "
         "بجمهورية مصر العربية سامح شكري والوفد المرافق له. ونقل معاليه لخادم الحرمين خلال الاستقبال تحيات "
         "الرئيس عبدالفتاح السيسي.", "استقبل خادم الحرمين الشريفين وزير الخارجية بجمهورية مصر العربية سامح شكري"),
        ("تناول خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر السلام بجدة، مساء أمس، مع سمير جعجع رئيس "
         "حزب القوات اللبنانية، مستجدات الأوضاع على الساحة اللبنانية.", "تناول خادم الحرمين الشريفين مع سمير جعجع"),
    ],
)
def test_the_palace_and_its_city_are_dropped_before_the_guest(text: str, wanted: str) -> None:
    """«استقبل خادم الحرمين الشريفين [في قصر السلام أمس]، وزير الخارجية …» (train 11204: the headline
    stopped inside the guest's office, his name lost): the building and the «بـ» of its city
    («في قصر السلام بجدة») are where, struck like other places; an office after the commas, even
    one spelt with «و» («وزير»), is whom the verb received."""
    _assert_headline_holds(text, wanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("واصل الأرجنتيني ليونيل ميسي لاعب الفريق الأول لكرة القدم بنادي برشلونة الإسباني، فشله في الظهور بشكل "
         "جيد بقميص منتخب بلاده على عكس أدائه مع البارسا. وفشل ميسي في قيادة التانجو لتحقيق بطولة كوبا أمريكا، "
         "بعد فوز تشيلي على الأرجنتين بركلات الترجيح.", "واصل الأرجنتيني ليونيل ميسي فشله في الظهور"),
        ("وقع محمد الجهني عضو مجلس إدارة نادي الاتحاد، اتفاقية شراكة بين النادي وشركة التطوير الرياضي بعقد يمتد "
         "لثلاثة مواسم.", "وقع محمد الجهني اتفاقية شراكة بين النادي وشركة التطوير"),
    ],
)
def test_a_description_after_a_name_closed_by_a_comma_is_dropped_before_the_object(text: str, wanted: str) -> None:
    """«واصل الأرجنتيني ليونيل ميسي [لاعب الفريق الأول لكرة القدم بنادي برشلونة الإسباني]، فشله …»
    (train 17582: the headline stopped at «الإسباني», what he went on with lost): a player's or
    an official's description after his full name, closed by a comma, goes, and the object after
    the comma is reached."""
    _assert_headline_holds(text, wanted)


def test_a_description_before_a_time_after_its_comma_may_be_the_object() -> None:
    """«استقبل المهندس خالد الفالح لاعب نادي الاتحاد، أمس، …»: a time after the comma leaves the
    description, which may be whom he received."""
    received = ("استقبل المهندس خالد الفالح لاعب نادي الاتحاد، أمس، في مكتبه بالرياض وناقش معه خطط النادي "
                "للعام المقبل.")
    assert "لاعب نادي الاتحاد" in summarize(received).headline.text
