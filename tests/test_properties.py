"""Properties on arbitrary text: offsets slice back, no crash, same input → same output."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from offsets import assert_offsets

from khulasa import InputError, summarize
from khulasa.text.sentences import split_sentences

ARABIC_WORDS = st.sampled_from(
    "قال الوزير إن الحكومة أنقرة وواشنطن الولايات المتحدة «ناتو» ، . ؟ ! 3.5 ٢٠١٧ NATO\n"
    "في من على التي الاقتصاد نما بنسبة تقارير مزيد التوتر العلاقات".split(" ")
)
ARABIC_TEXT = st.lists(ARABIC_WORDS, min_size=1, max_size=120).map(" ".join)
ANY_TEXT = st.one_of(ARABIC_TEXT, st.text(max_size=400), st.tuples(ARABIC_TEXT, st.text(max_size=50)).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_summarize_never_crashes_and_offsets_slice_back(text: str) -> None:
    try:
        summary = summarize(text)
    except InputError as error:
        assert str(error) and "\n" not in str(error)
        return
    for passage in (summary.headline, *summary.highlights, *summary.sentences):
        assert passage.text
    assert_offsets(summary)
    assert summarize(text) == summary


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_sentence_spans_slice_back_and_do_not_overlap(text: str) -> None:
    previous_end = 0
    for span in split_sentences(text):
        assert text[span.start : span.end] == span.text == span.text.strip()
        assert span.start >= previous_end
        previous_end = span.end
