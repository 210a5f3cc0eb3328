"""Grammar layer: what an Arabic word can be and where a phrase may open or end.

Hand-written because no Apache-compatible Arabic tagger or chunker runs offline here (the PyPI
morphology packages are GPL, see PITFALLS.md). Two parts:

- closed classes written out below (prepositions, conjunctions, subordinators, relatives,
  negation, modality, name particles, titles): they are definitions, not statistics;
- tables learned from UD Arabic PUD by scripts/build_grammar.py (package data
  `grammar-ar.json`, CC BY-SA 3.0): a form lexicon, logistic-regression affix weights for unseen forms,
  and per tag-pair rates of "a phrase may end here" (no name, idafa, number + unit, preposition +
  noun or verb + argument crosses the gap).

Every per-word answer is cached by word form, so an article costs a few dictionary lookups.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

import numpy as np

from khulasa.text.charsets import WORD_CACHE_SIZE
from khulasa.text.frequency import key_id, zipf
from khulasa.text.frequency import table as frequency_table
from khulasa.text.normalize import has_decimal_digit, has_digit, normalize_word, strip_diacritics
from khulasa.text.wordcache import clear_forms, form_record, loaded

TAGS: Final[tuple[str, ...]] = ("NOUN", "PROPN", "ADJ", "VERB", "NUM", "ADP", "CONJ", "PART", "PRON", "DET", "ADV")
_UPOS_TO_TAG: Final = {"AUX": "VERB", "CCONJ": "CONJ", "SCONJ": "CONJ", "SYM": "NOUN", "X": "NOUN",
                "INTJ": "PART", "PUNCT": "PART"}
_TABLE: Final = "grammar-ar.json"
FORM_TAGS: Final = "grammar-ar-tags.u8"
# A cut rate needs this many observations before it overrides a more general one.
MIN_CUT_EVIDENCE: Final = 3
CONJUNCTION_CLITICS: Final = "وف"
# wordfreq Zipf above which a «يـ» form counts as attested (about once per 10M words).
IMPERFECT_ZIPF: Final = 2.5


def word_set(text: str) -> frozenset[str]:
    """The letter-normalized forms of a space-separated word list (closed classes, cue words)."""
    return frozenset(normalize_word(w) for w in text.split())


PREPOSITIONS: Final = word_set(
    "في من إلى الى على عن مع منذ مذ حتى عند لدى خلال بين بعد قبل أمام حول دون ضد عبر تحت فوق نحو "
    "بسبب بحسب حسب وفق وفقا ضمن إثر جراء عقب بشأن حيال لصالح مقابل لدى لأجل رغم برغم إزاء قرب "
    "بين وسط عقب طوال بدون لـ ب ك ل"
)
CONJUNCTIONS: Final = word_set("و ف ثم أو أم بل لكن ولكن وإنما أي إما")
# (not «كأن»: letter-normalized it is the copula «كان»; clauses.AS_IF tells them apart as written)
SUBORDINATORS: Final = word_set(
    "أن إن بأن وأن وإن فإن لأن كي لكي إذا إذ حيث وحيث بينما وبينما فيما وفيما عندما وعندما حين "
    "حينما بعدما وبعدما كلما لو لولا مما كما وكما إلا وإلا لكنه لكنها إنما كأنها ريثما لئن "
    "أنه أنها إنه إنها بأنه بأنها لأنه لأنها"
)
RELATIVES: Final = word_set("الذي التي الذين اللذين اللتين اللاتي اللواتي واللذين والذي والتي والذين")
NEGATION: Final = word_set("لا لم لن ما ليس ليست ليسوا لست غير عدم ولا ولم ولن وليس وغير وعدم")
MODALITY: Final = word_set("قد لقد وقد سوف يجب ينبغي يمكن ربما سيتم")
# «من المتوقع/المنتظر/المقرر/المفترض …»: «من» + one of these binds to what follows too.
MODAL_NOUNS: Final = word_set("المتوقع المنتظر المقرر المفترض المرجح الممكن المحتمل المزمع المؤمل")
NAME_PARTICLES: Final = word_set("بن ابن بنت أبو ابو أبي آل عبد ذو ذات")  # (not «ابنة»: normalized, «ابنه», his son)
# Titles and ranks that announce a name: a phrase does not end between them and the name.
TITLES: Final = word_set(
    "الأمير الملك الرئيس الشيخ الدكتور المهندس الوزير السيد السيدة الأستاذ اللواء العميد "
    "الفريق المشير العقيد الرائد النقيب المقدم الملازم الجنرال الإمام المستشار الفنان اللاعب المدرب الكاتب الشاعر "
    "د سمو معالي فضيلة سعادة صاحب السمو الملكي "
    "الأميرة الدكتورة"  # («الأميرة | مشاعل», «الدكتورة | بسمة»: the name follows; not «الملا», a family name too)
)
DETERMINERS: Final = word_set("كل بعض جميع كافة عدة معظم أغلب أكثر أقل نفس أي أية مختلف شتى مزيد المزيد")
DEMONSTRATIVES: Final = word_set("هذا هذه ذلك تلك هؤلاء أولئك هذين هاتين ذاك")
# «كان» and its sisters need their predicate.
COPULAS: Final = word_set(
    "كان كانت كانا كانتا كانوا يكون تكون يكونوا أصبح أصبحت بات باتت صار صارت ظل ظلت مازال "
    "مازالت لايزال لاتزال يزال تزال وكان وكانت"
)
PRONOUNS: Final = word_set("هو هي هم هن هما أنا نحن أنت أنتم")
# Words that cannot close a phrase whatever follows.
BINDS_FORWARD: Final = (
    PREPOSITIONS | CONJUNCTIONS | SUBORDINATORS | RELATIVES | NEGATION | MODALITY | NAME_PARTICLES
    | DETERMINERS | DEMONSTRATIVES | COPULAS
    | word_set("سـ س يتم تم وتم خاصة وخاصة خصوصا وخصوصا لاسيما سيما تحديدا وتحديدا بينها ومنها منها "
               "حوالي حوالى قرابة زهاء")
)
# Openers that leave a statement hanging on what came before (a bullet cannot open with them).
BAD_OPENERS: Final = (
    PREPOSITIONS | SUBORDINATORS | RELATIVES | word_set(
        "وبسبب بسبب ومساعدة فضلا إضافة بالإضافة علاوة خاصة خصوصا وخاصة لاسيما سيما ثم أو أم بل "
        "لكن ولكن كذلك وكذلك أيضا بعد وبعد قبل وقبل ومن وفي وعلى وإلى وعن ومع وبين ولدى وخلال "
        "عبر وعبر منها ومنها منه ومنه وهو وهي كما وكما مما ومما وذلك حيث وحيث ضمن وضمن فيه فيها "
        "مشيرا مشيرة مشيرين مؤكدا مؤكدة مؤكدين مضيفا مضيفة لافتا لافتة مبينا مبينة موضحا موضحة "
        "معتبرا معتبرة منوها منوهة قائلا قائلة داعيا داعية مطالبا مطالبة ابتداء انتهاء أما وأما "
        # «لكننا لم نصل بعد …», «نظرا لما تمر به …», «بناء على …»: a contrast, a reason or a ground, the
        # rest of a clause said before or after
        "لكني لكننا لكنهم ولكنه ولكنها ولكني ولكننا ولكنهم نظرا ونظرا بناء وبناء "
        # «وعليه فإن …» (accordingly), «عليه أن …», «ولديه …»: the rest of a clause said before, or
        # someone named before; «مشترطا أن …»: a participle of the sentence before
        "عليه وعليه عليها وعليها لديه ولديه لديها ولديها مشترطا مشترطة"
    )
)
# Cardinal number words (the tagger reads «تسعون» as «تـ» + a verb): a figure said in words.
CARDINALS: Final = word_set(
    "اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ستة سبعة ثمان ثماني ثمانية تسع تسعة "
    "عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين "
    "تسعون تسعين مائة مئة مائتان مائتين مئتان مئتين ألف آلاف ألفان ألفين مليون ملايين مليونان "
    "مليونين مليار مليارات"
)
_CLOSED: Final[dict[str, frozenset[str]]] = {
    "ADP": PREPOSITIONS, "CONJ": CONJUNCTIONS | SUBORDINATORS | RELATIVES,
    "PART": NEGATION | MODALITY, "DET": DETERMINERS | DEMONSTRATIVES, "PRON": PRONOUNS,
}


def coarse_tag(upos: str) -> str:
    """UD's universal tag folded to the layer's tag set (AUX is a verb, both conjunction kinds
    one class)."""
    return _UPOS_TO_TAG.get(upos, upos)


def affix_features(form: str) -> list[str]:
    """What the affix tagger sees of a form it does not know: its edges, inner letters, length."""
    if has_digit(form):
        return ["digit"]
    core = form[1:] if len(form) > 3 and form[0] in CONJUNCTION_CLITICS else form
    size = len(core)
    # Concatenation, not f-strings in comprehensions: this runs for every unknown form.
    features = ["p1:" + core[:1], "p2:" + core[:2], "p3:" + core[:3], "p4:" + core[:4]][: max(0, min(size - 1, 4))]
    features += ["s1:" + core[-1:], "s2:" + core[-2:], "s3:" + core[-3:], "s4:" + core[-4:]][: max(0, min(size - 1, 4))]
    features.append("len:" + str(min(size, 9)))
    features.append("edges:" + core[:1] + core[-1:] + str(min(size, 7)))
    if size > 3:
        features.append("inner:" + core[1:3])
    features.append("clitic:" + (form[0] if core is not form else ""))
    return features


def _definite(form: str) -> bool:
    core = form[1:] if len(form) > 3 and form[0] in CONJUNCTION_CLITICS else form
    return core.startswith(("ال", "بال", "لل", "كال"))


def signature(form: str, tag_: str) -> str:
    """Tag plus definiteness: what the cut table keys on besides frequent forms."""
    return f"{tag_}.d" if tag_ in ("NOUN", "ADJ", "PROPN") and _definite(form) else tag_


def cut_keys(left: str, left_tag: str, right: str, right_tag: str) -> list[str]:
    """Keys of the cut table, most specific first: left form, right form, then signatures."""
    a, b = signature(left, left_tag), signature(right, right_tag)
    return [f"w:{left}|{b}", f"{a}|w:{right}", f"{a}|{b}"]


@dataclass(frozen=True)
class Tables:
    """The learned part of the layer, loaded once."""

    lexicon: dict[str, str]
    prior: np.ndarray
    affix_index: dict[str, int]  # feature → row of affix_weights
    affix_weights: np.ndarray  # one row of per-tag weights per affix feature
    cut: dict[str, tuple[int, int]]
    title_edges: dict[str, tuple[int, int, int]]
    opening_verbs: frozenset[str]
    names: frozenset[str]  # forms mostly used as personal names in news («فيصل», «سعد»)
    places: frozenset[str]  # forms mostly used as place names in news («ينبع», «تبوك»)
    rarely_ending: dict[str, float]  # how often a form rarely followed by punctuation is («بداية»)
    complements: dict[str, frozenset[str]]  # verbs whose clause nearly always holds a complement preposition: which
    # `tag` of every wordfreq form (an index into TAGS) by the form's key id in the frequency
    # trie: a lookup instead of the affix model for 3 in 4 of the forms an article brings.
    form_tags: bytes
    affix_rows: dict[str, tuple[float, ...]]  # affix_weights by feature, as Python floats


_TABLES: Final[list[Tables]] = []  # loaded once (text/wordcache.py: `loaded`)


def tables() -> Tables:
    """grammar-ar.json and grammar-ar-tags.u8, built by scripts/build_grammar.py (empty tables
    if not built yet)."""
    return loaded(_TABLES, _load_tables)


def _load_tables() -> Tables:
    data = resources.files("khulasa.data")
    path = data.joinpath(_TABLE)
    raw = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    tags_path = data.joinpath(FORM_TAGS)
    form_tags = tags_path.read_bytes() if tags_path.is_file() else b""
    if form_tags and len(form_tags) != len(frequency_table().forms):
        raise RuntimeError(f"data/{FORM_TAGS} does not match the frequency trie: run scripts/build_grammar.py --tags-only")
    affix = raw.get("affix", {})
    weights = np.asarray(list(affix.values()) or np.zeros((0, len(TAGS))), dtype=np.float64)
    return Tables(
        lexicon=raw.get("lexicon", {}),
        prior=np.asarray(raw.get("prior", [0.0] * len(TAGS)), dtype=np.float64),
        affix_index={feature: i for i, feature in enumerate(affix)},
        affix_weights=weights,
        cut={k: (v[0], v[1]) for k, v in raw.get("cut", {}).items()},
        title_edges={k: (v[0], v[1], v[2]) for k, v in raw.get("title_edges", {}).items()},
        opening_verbs=frozenset(raw.get("opening_verbs", ())),
        names=frozenset(raw.get("names", ())),
        places=frozenset(raw.get("places", ())),
        rarely_ending=raw.get("rarely_ending", {}),
        complements={verb: frozenset(prepositions) for verb, prepositions in raw.get("complements", {}).items()},
        form_tags=form_tags,
        affix_rows={feature: tuple(row) for feature, row in zip(affix, weights.tolist(), strict=True)},
    )


def reload() -> None:
    """Forget loaded tables and cached answers (after the build script rewrote them)."""
    _TABLES.clear()
    can_cut.cache_clear()
    clear_forms()  # (the grammar's answers; the others are worked out again as they were)


def tag(word: str) -> str:
    """The most likely part of speech of a word form out of context (one of TAGS), kept in its
    form record (text/wordcache.py)."""
    record = form_record(word)
    found = record.tag
    if found is None:
        found = record.tag = _tag(word)
    return found


def _tag(word: str) -> str:
    """`tag`, worked out: the frequency trie's tag table, else `computed_tag`."""
    form_tags = tables().form_tags
    if form_tags:
        key = key_id(strip_diacritics(word))
        if key >= 0:
            return TAGS[form_tags[key]]
    return computed_tag(word)


# How much commoner (zipf) a form must be than a variant to be read as a word of its own: a «و…»
# form than its remainder, a past verb than the same letters with the article.
WHOLE_WORD_MARGIN: Final = 2.0
_CONTENT_TAGS: Final = frozenset(("NOUN", "PROPN", "ADJ"))


def computed_tag(word: str) -> str:
    """`tag` worked out from the tables (what grammar-ar-tags.u8 holds for wordfreq's forms)."""
    known = tables()
    form = normalize_word(word)
    if not form:
        return "PART"
    if has_decimal_digit(form):
        return "NUM"
    found = known.lexicon.get(form) or _closed_class(form)
    if found is not None:
        return found
    bare = form[1:] if len(form) > 3 and form[0] in CONJUNCTION_CLITICS else form
    if any(f in known.names or f in known.places for f in (form, bare)):
        return "PROPN"  # also after «و/ف»: «وتعز», «وتبوك», «وسعد» read as imperfect or past verbs
    if bare in known.opening_verbs:
        return "VERB"
    # «ستعين», «سيبدأ»: the future «سـ» before an imperfect verb that is a word of its own
    # («سيارته», «سياسته» are no «سـ» + «يارته»).
    if bare[:1] == "س" and len(bare) >= 5 and bare[1] in "يتن" and tag(bare[1:]) == "VERB" and (
            zipf(strip_diacritics(bare[1:])) >= IMPERFECT_ZIPF):
        return "VERB"
    # «تدفع»: an imperfect verb if its «يـ» form is a common word (masdars like «ترتيب» are not).
    if form[0] == "ت" and len(form) >= 4 and zipf("ي" + strip_diacritics(word)[1:]) >= IMPERFECT_ZIPF:
        return "VERB"
    # «يواجهون», «ويتعاملان»: an imperfect's plural or dual whose singular («يواجه») is a verb;
    # the affix model reads some as names.
    if bare[:1] == "ي" and len(bare) >= 6 and bare[-2:] in ("ون", "ان") and tag(bare[:-2]) == "VERB" and (
            zipf(bare[:-2]) >= IMPERFECT_ZIPF > zipf("ال" + bare[:-2])):  # (not «يومي», «اليومي»)
        return "VERB"
    best = _affix_argmax(known, form)
    if TAGS[best] in _FUNCTION_TAGS and form not in NAME_PARTICLES and not _closed_with_clitics(known, form):
        # «فرق», «بيع», «ثمن», «وطن»: the affix model reads short forms as prepositions or
        # particles; those classes have no members but the listed words and their clitic forms
        # (and the links of names, «بن», «عبد», which the name readers know as such). Nor is such
        # a form read as a verb («أخي», «قرن») but on the evidence below.
        best = _affix_argmax(known, form, exclude=_NOT_FOR_FUNCTION_WORDS)
    if TAGS[best] == "VERB" and _noun_shaped(bare):
        best = _affix_argmax(known, form, exclude=(TAGS.index("VERB"),))  # «سعودي»: no verb
    if TAGS[best] not in _CLOSED and _passive_of_form_three(strip_diacritics(word)):
        return "VERB"
    if TAGS[best] in _CLOSED and bare != form and form[-1] == "ت" and zipf("ي" + form[:-1]) >= IMPERFECT_ZIPF:
        return "VERB"  # «فتحت» is «فتح» + «ـت» (its imperfect «يفتح» is common), not «ف» + «تحت»
    if TAGS[best] == "VERB" and bare != form and bare[:1] == "ي" and zipf(bare) < zipf(form) - WHOLE_WORD_MARGIN:
        # «ويندوز», «ويليامز», «فيراري»: read as «و/ف» + an imperfect verb but far commoner whole
        # than without the clitic, a word of its own (a name most often); «وينظم» is rarer than
        # «ينظم», and «فقدت», «وقعوا» open on a root letter, not an imperfect's prefix.
        best = _affix_argmax(known, form, exclude=(TAGS.index("VERB"),))
        if TAGS[best] not in _CONTENT_TAGS:
            return "PROPN"  # («فيزا», «فيستا»: no closed-class word is that rare without its clitic)
    if TAGS[best] == "NOUN" and bare != form and not bare.startswith("ال") and zipf(bare) >= zipf(form) and (
            _is_attested_verb(bare) and zipf("ال" + bare) < zipf(bare) - WHOLE_WORD_MARGIN):
        # «ووافقت», «فشارك», «وتنتظر»: «و/ف» + a verb on firm evidence, commoner without it and
        # rare with the article (not the verbal nouns «وحرص», «وتذاكر», «وتغذية»)
        return "VERB"
    if TAGS[best] == "ADJ" and bare.endswith("ي") and _past_verb_shape(bare, defective=True) and (
            bare == form or zipf(bare) >= zipf(form)):
        return "VERB"  # «أجرى», «اشترى», «أعطى»: read as nisbas in «ـي»
    if TAGS[best] in ("NOUN", "PROPN") and ((_past_verb_shape(bare) and (bare == form or (
            zipf(bare) >= zipf(form) and tag(bare) in ("NOUN", "VERB")))) or (bare != form and _past_verb_shape(form))):
        # (read as a noun or, «بادر», «انفرد», «نافس», as a name the corpus does not know; with
        # «و/ف»: where the verb is a word of its own, not «فتاح», nor «وحسب» after «حسب»; «واصل»,
        # «فاجأ» are verbs whose own first letter is «و/ف»)
        return "VERB"
    if TAGS[best] != "VERB" and _plural_past_verb(bare):
        return "VERB"  # «اجتازوا», «بحثوا», «التزموا»: read as nouns or names
    if TAGS[best] in _CONTENT_TAGS and _past_verb_with_object(bare, strip_diacritics(word)):
        return "VERB"  # «استخدمها», «نفذتها», «أطلقه»: a past verb and its object pronoun
    if TAGS[best] == "VERB" and form[-1] == "ه" and zipf(form[:-1] + "ة") > zipf(form):
        # «وسيلة», «تسعة», «تهمة»: normalized, «ة» looks like a verb's «ه»; where the «ة» spelling
        # is the commoner word, it is a noun or an adjective, never a verb.
        best = _affix_argmax(known, form, exclude=(TAGS.index("VERB"),))
    if TAGS[best] == "ADJ" and form.endswith("يه") and zipf(form[:-1]) < zipf(form) - WHOLE_WORD_MARGIN:
        return "NOUN"  # «أهمية», «أولوية», «هوية»: no nisba, whose masculine («الاقتصادي») is as common
    return TAGS[best]


# How common the active imperfect («يناقش», «يفاجئ») must be for «نوقش», «فوجئ» to be its passive.
PASSIVE_IMPERFECT_ZIPF: Final = 3.0


def _passive_of_form_three(raw: str) -> bool:
    """«فوجئ», «نوقش», «هوجمت», «وطولب»: the passive past of a form-III verb, «فُوعِل» (the
    active's «ا» written «و»), whose active imperfect («يفاجئ», «يناقش») is common and which is rare
    with the article (not «جوهر», «السوري»); `raw` keeps its hamza seat (no normalizing), as the
    imperfect is spelled. The affix model reads these as names or nouns."""
    bare = raw[1:] if len(raw) > 4 and raw[0] in CONJUNCTION_CLITICS else raw
    stem = bare[:-1] if len(bare) == 5 and bare[-1] == "ت" else bare
    if len(stem) != 4 or stem[1] != "و" or stem[-1] in "ياهةى" or stem[2:] in ("هم", "هن"):
        return False  # (a nisba, a name's vowel or a pronoun: «سوري», «روني», «خوفه», «روهم» is «يراهم»)
    return zipf("ي" + stem[0] + "ا" + stem[2:]) >= PASSIVE_IMPERFECT_ZIPF and zipf(
        "ال" + stem) < zipf(stem) - WHOLE_WORD_MARGIN


def _past_verb_shape(bare: str, *, defective: bool = False) -> bool:
    """«حقق», «خسر», «واصل», «شارك», «تحدث» and «اجتاح», «انسحب», «أسقط»: a form (no pronoun
    «ـه/ـك») whose feminine «ـت» is a verb about as common as it (not «هود»), whose imperfect
    («يحقق», «يواصل», «يتحدث», «يجتاح») is a common word and which is rare with the article (a
    noun takes «ال»: «عقد», «قدم», «رفع» do, and stay nouns, they are both; so do the verbal nouns
    «تبادل», «اتحاد» and the elative «أكبر»). A form opening on «ال» is «ال» + a noun where that
    noun is common («التهم»), a verb where it is not («التزم»). `defective`: the verb drops its
    «ى» before the «ـت» («أجرى» → «أجرت», «اشترى» → «اشترت»)."""
    derived = 4 <= len(bare) <= 6 and bare[0] == "ا"
    if not (len(bare) == 3 or derived or (len(bare) == 4 and (bare[1] == "ا" or bare[0] == "ت")) or (
            len(bare) == 5 and bare[0] == "ت")) or bare[-1] in "هك":
        return False
    feminine = bare[:-1] + "ت" if defective else bare + "ت"
    if tag(feminine) != "VERB":
        return False
    common = zipf(bare)
    if derived and bare.startswith("ال") and zipf(bare[2:]) >= common - WHOLE_WORD_MARGIN:
        return False
    imperfect = "ي" + (bare[1:] if derived else bare)
    if derived and bare[-2] == "ا":
        # a hollow verb of form IV or X turns its «ا» into «ي»: «أراد» → «يريد», «استطاع» → «يستطيع»
        imperfect = max(imperfect, "ي" + bare[1:-2] + "ي" + bare[-1], key=zipf)
    return (zipf(feminine) >= common - WHOLE_WORD_MARGIN and zipf(imperfect) >= IMPERFECT_ZIPF
            and zipf("ال" + bare) < common - WHOLE_WORD_MARGIN)


def _noun_shaped(bare: str) -> bool:
    """«سعودي», «سياسي», «قاضي»: a nisba or a noun in «ـي» (not opening on an imperfect's «ت/ي/ن»),
    which the affix model reads as a verb, where the form with the article is about as common (no
    verb takes «ال»: «بقي», «لقي» do not, and stay verbs). (Form II's verbal nouns, «تقييم»,
    «تصحيح», read as verbs too; as nouns they let lines end before their object: «يهدف الملتقى إلى
    تقييم», so they stay.)"""
    return len(bare) >= 4 and bare[-1] == "ي" and bare[0] not in "تين" and not bare.startswith("ال") and (
        zipf("ال" + bare) >= zipf(bare) - WHOLE_WORD_MARGIN)


# How common the plural imperfect («يجتازون») must be for «اجتازوا» to be its past.
PLURAL_IMPERFECT_ZIPF: Final = 2.0


def _plural_past_verb(bare: str) -> bool:
    """«اجتازوا», «بحثوا», «التزموا», «ساندوا»: a past (or imperative) verb's masculine plural
    «ـوا», whose imperfect plural («يجتازون», «يبحثون») is a common word, or whose singular
    imperfect is and whose feminine past is a verb. No noun ends in «ـوا» but names («أوتاوا»,
    «جوشوا») and misspelt plurals in construct («موظفوا»), whose «يـ» forms nobody writes; the
    affix model reads the ending as a name's or a noun's."""
    stem = bare[:-2]
    if not bare.endswith("وا") or len(stem) < 3 or (stem.startswith("ال") and len(stem) < 4):
        return False  # («الهوا»: the air, spelt without its hamza)
    core = stem[1:] if stem[0] in "اأ" and len(stem) >= 4 else stem  # «اجتاز» → «يجتاز», «أكمل» → «يكمل»
    return zipf("ي" + core + "ون") >= PLURAL_IMPERFECT_ZIPF or (
        zipf("ي" + core) >= IMPERFECT_ZIPF and tag(stem + "ت") == "VERB")


# Object pronouns a past verb takes, longest first («ـهما» before «ـها» before «ـه»).
OBJECT_PRONOUNS: Final = ("هما", "هم", "هن", "ها", "ه")


def past_verb_with_object(word: str) -> bool:
    """Is the word a past verb holding its object pronoun («أطلقه», «أصدرتها»)? (`_past_verb_with_object`)"""
    form = normalize_word(word)
    bare = form[1:] if len(form) > 3 and form[0] in CONJUNCTION_CLITICS else form
    return _past_verb_with_object(bare, strip_diacritics(word))


def verb_reading_with_object(word: str) -> bool:
    """Could the word be a past verb holding its object pronoun, its host read as a verb even where
    it is a noun too («شملهم», «قدمها», «أجرته»)? Asked only where a verb must stand: right after
    a relative pronoun («الذين | شملهم الاستطلاع»), no noun follows it bare."""
    form = normalize_word(word)
    pronoun = next((p for p in OBJECT_PRONOUNS if form.endswith(p)), None)
    if pronoun is None:
        return False
    host = form[: -len(pronoun)]
    if host.endswith("و"):
        host += "ا"  # «استخدموها»: the plural's «ـوا» loses its alif before the pronoun
    return len(host) >= 3 and (is_verb(host) or verb_homograph(host))


def _past_verb_with_object(bare: str, raw: str) -> bool:
    """«استخدمها», «أطلقه», «نفذتها», «استخدموها»: a past verb of verb shape (`_past_verb_shape`:
    no noun of its letters takes the article) and its object pronoun. The affix model reads the
    suffix as a noun's possessive and the form as a noun («التي استخدمها اللاعب» then has no verb);
    a host with a noun reading («قدمه», «وضعه», «كتبه»: «القدم», «الوضع», «الكتب») stays a noun, and
    a «ـه» that is a «ـة» in the raw spelling is no pronoun."""
    pronoun = next((p for p in OBJECT_PRONOUNS if bare.endswith(p)), None)
    if pronoun is None:
        return False
    verb = host = bare[: -len(pronoun)]
    if pronoun == "ه" and (not raw.endswith("ه") or zipf(verb + "ة") > zipf(raw)):
        return False  # («ترجمه», «اضافه»: «ترجمة», «اضافة» spelled with «ه»)
    if verb.endswith("و"):  # «استخدموها», «قالوه»: the plural's «ـوا» loses its alif
        verb, host = verb + "ا", verb[:-1]
    elif verb.endswith("ت") and len(verb) > 3:
        # «نفذتها»: she (or you, I) did it; not a noun's «ـة» before its possessive («إصابته»,
        # «رغبته», «قادته»: «إصابة», «رغبة», «قادة» are the commoner words)
        host = verb[:-1]
        if zipf(host + "ة") >= zipf(verb) - WHOLE_WORD_MARGIN:
            return False
    if pronoun == "ه" and verb == host and zipf("ي" + bare) > zipf("ي" + verb):
        return False  # «توجه» is a verb of its own: «يتوجه» is commoner than «يتوج»
    # (the host a verb itself: «حولها», «عبره» are prepositions with their pronouns)
    return len(host) >= 3 and tag(verb) == "VERB" and _past_verb_shape(host)


def _affix_argmax(known: Tables, form: str, exclude: tuple[int, ...] = ()) -> int:
    """The affix model's best tag index for `form` (other than those in `exclude`): prior + the
    weights of its features.

    Added row by row in Python, in the order numpy's `prior + rows.sum(axis=0)` adds them (so
    the same floats and the same argmax, first of ties), without numpy's per-call overhead.
    """
    rows = [row for row in map(known.affix_rows.get, affix_features(form)) if row is not None]
    scores: list[float] = known.prior.tolist()
    if rows:
        # Column by column into one native float (compiled: no float object per addition; with
        # a list of running totals, boxed and unboxed at each of ~120 sums, the function cost
        # 61k instructions a form, 37k so).
        for j in range(len(scores)):
            total = rows[0][j]
            for r in range(1, len(rows)):
                total += rows[r][j]
            scores[j] += total
    for index in exclude:
        scores[index] = float("-inf")
    return scores.index(max(scores))


# The closed classes the affix model is overruled on (a determiner's shape is an elative's
# too, «أحر التعازي», and stays), and what it may not pick instead.
_FUNCTION_TAGS: Final = frozenset(("ADP", "CONJ", "PART", "PRON"))
_NOT_FOR_FUNCTION_WORDS: Final = tuple(TAGS.index(name) for name in (*_CLOSED, "VERB"))
# What a closed word takes around it: «و/ف», then «بـ/لـ/كـ», and a pronoun after it («ومنها», «لديك»).
PREPOSITION_CLITICS: Final = frozenset("بلك")
_ATTACHED_PRONOUNS: Final = (*OBJECT_PRONOUNS, "كما", "كم", "كن", "نا", "ني", "ك", "ي")


def _closed_class(form: str) -> str | None:
    """The closed class whose listed words include the form, if one does."""
    return next((name for name, members in _CLOSED.items() if form in members), None)


def _closed_with_clitics(known: Tables, form: str) -> bool:
    """Is the form a closed-class word (listed, or tagged so in the gold lexicon) with its clitics
    («ومنها», «لتلك», «لك»; «عما», «منا»: «عن/من» + «ما/من/نا», the «ن» assimilated)?"""
    hosts = {form}
    if len(form) > 2 and form[0] in CONJUNCTION_CLITICS:
        hosts.add(form[1:])
    hosts |= {host[1:] for host in hosts if len(host) > 2 and host[0] in PREPOSITION_CLITICS}
    hosts |= {host[: -len(pronoun)] for host in hosts for pronoun in _ATTACHED_PRONOUNS
              if host.endswith(pronoun) and len(host) - len(pronoun) >= 2}
    hosts |= {host[0] + "ن" for host in hosts if len(host) == 3 and host[1:] in ("ما", "من", "نا")}
    hosts |= {host[:-2] for host in hosts if len(host) >= 4 and host.endswith("ما")}  # «دونما», «حينما»
    if any(host[:1] in PREPOSITION_CLITICS and host[1:] in _ATTACHED_PRONOUNS for host in hosts):
        return True  # «لك», «بنا», «لهم»: a preposition and its pronoun
    return any(known.lexicon.get(host) in _CLOSED or _closed_class(host) is not None for host in hosts)


def is_verb(word: str) -> bool:
    """`tag` says VERB. No cache of its own: the tag's is one lookup away, and each per-form
    cache more is a large dict whose lookups miss the CPU caches (the grammar loops ask both)."""
    return tag(word) == "VERB"


def _is_attested_verb(word: str) -> bool:
    """A verb on firm evidence (PUD lists it, news sentences open on it, or it is an imperfect
    or a form-III passive whose «يـ» form is common), not only the affix model's guess: what a bullet needs to be a
    statement («تلال», «تجهيز» guessed as verbs are not)."""
    form = normalize_word(word)
    if not form or tag(word) != "VERB":
        return False
    known = tables()
    bare = form[1:] if len(form) > 3 and form[0] in CONJUNCTION_CLITICS else form
    plain = strip_diacritics(word)
    if known.lexicon.get(form) == "VERB" or bare in known.opening_verbs or bare in COPULAS or _passive_of_form_three(plain) or (
            _past_verb_shape(bare)):
        return True  # (the passive «فوجئ» on its active imperfect's evidence, «يفاجئ»)
    plain = plain[1:] if len(form) > 3 and form[0] in CONJUNCTION_CLITICS else plain
    if plain[:1] == "س" and len(plain) > 3:
        plain = plain[1:]
    return plain[:1] in "يتن" and len(plain) >= 3 and zipf("ي" + plain[1:]) >= IMPERFECT_ZIPF


def _is_known_verb(word: str) -> bool:
    """A verb the lexicon or the news openings list: no guess from its first letter («يوسف»,
    «ينبع» and «يومي» look like imperfects)."""
    form = normalize_word(word)
    known = tables()
    return known.lexicon.get(form) == "VERB" or form in known.opening_verbs or (
        len(form) > 3 and form[0] in CONJUNCTION_CLITICS and form[1:] in known.opening_verbs)


# How common the imperfect must be for a noun's letters to be read as a verb in context: «يقدم»,
# «يرصد», «يقصف» are; «يبغض» («بغض النظر») is not.
HOMOGRAPH_IMPERFECT_ZIPF: Final = 3.0


def verb_homograph(word: str) -> bool:
    """Can a word tagged as a noun be a past verb as well («قدم», «وضع», «بحث», «عقد»): three
    letters, whose feminine «ـت» is a verb and whose imperfect is a common word? Which it is, its
    context tells (`clauses.homograph_verb_at`). (With «و» it is most often a verbal noun joined to
    another: «التعويض ومنع التعامل».)"""
    form = normalize_word(word)
    return len(form) == 3 and tag(form + "ت") == "VERB" and zipf("ي" + form) >= HOMOGRAPH_IMPERFECT_ZIPF


def imperfect_homograph(word: str) -> bool:
    """Can a word tagged as a noun be a feminine imperfect as well («تحمل»: bearing, or she
    carries): four letters on «ت», whose «ي» form is a common verb? (`clauses.homograph_verb_at`
    asks its context, as for `verb_homograph`.)"""
    form = normalize_word(word)
    return len(form) == 4 and form[0] == "ت" and tag("ي" + form[1:]) == "VERB" and zipf("ي" + form[1:]) >= HOMOGRAPH_IMPERFECT_ZIPF


def wants_complement(verb: str) -> bool:
    """Does the verb form want a prepositional complement, as news clauses show it («اطلع … على»,
    «يتكون … من»), also after «و/ف»?"""
    return bool(complement_prepositions(verb))


def complement_prepositions(verb: str) -> frozenset[str]:
    """The prepositions (letter-normalized) that open the complement the verb form wants, as news
    clauses show it («اطلع» → «على», «يتكون» → «من»), also after «و/ف»; empty for other verbs."""
    form = normalize_word(verb)
    wanting = tables().complements
    found = wanting.get(form)
    if found is None and len(form) > 3 and form[0] in CONJUNCTION_CLITICS:
        found = wanting.get(form[1:])
    return found or frozenset()


def is_personal_name(word: str) -> bool:
    """Mostly a personal name where SaudiNewsNet writes it («ماجد», «أحمد»; the tables' names, by
    their contexts in train), not a place or a body («قريش», «هارفارد»)."""
    return normalize_word(word) in tables().names


def is_place_name(word: str) -> bool:
    """Mostly a place's name where SaudiNewsNet writes it («ينبع», «تبوك»; the tables' places, by
    their contexts in train: after «محافظة/مدينة/منطقة»)."""
    return normalize_word(word) in tables().places


def _is_title(word: str) -> bool:
    """A title or rank that announces a name, also with a preposition attached («بالرئيس»)."""
    form = normalize_word(word)
    if form in TITLES:
        return True
    for clitic in ("بال", "لل", "وال", "كال", "فال"):
        if form.startswith(clitic) and "ال" + form[len(clitic):] in TITLES:
            return True
    return False


def _binds_forward(word: str) -> bool:
    """True for words that cannot end a phrase: particles, prepositions, negation, modality,
    name particles, determiners, one-letter tokens."""
    form = normalize_word(word)
    return len(form) < 2 or form in BINDS_FORWARD or (form[0] in CONJUNCTION_CLITICS and form[1:] in BINDS_FORWARD)


def _can_open(word: str) -> bool:
    form = normalize_word(word)
    if form in BAD_OPENERS or len(form) < 2:
        return False
    if len(form) > 3 and form[0] in CONJUNCTION_CLITICS:
        rest = form[1:]
        if rest in BAD_OPENERS:
            return False
        # («وزير», «فريق»: a noun of its own when commoner than what follows its «و/ف»; not a
        # participle, «واصفا …», which goes on the clause before it)
        word_tag = tag(form)
        if word_tag in ("NOUN", "ADJ") and not _definite(form) and (word_tag == "ADJ" or zipf(rest) >= zipf(form)):
            return False
    return not form.startswith(("بال", "لل", "كال"))


# What `can_cut` asks of one letter-normalized word, worked out once per form: a plain tuple
# (binds forward, is a title, tag, signature, definite), not a class: the garbage collector
# stops tracking a tuple of strings and bools, so tens of thousands of cached forms cost nothing
# at its full collections (a named tuple stays tracked).
_CutSide = tuple[bool, bool, str, str, bool]


def _cut_side(form: str) -> _CutSide:
    word_tag = tag(form)
    return binds_forward(form), is_title(form), word_tag, signature(form, word_tag), _definite(form)


def _ending_share_of(form: str) -> float:
    """How often news prose follows a letter-normalized form with punctuation, when that is
    under 5 % (1.0 otherwise or when too rare to say); «ومجهولي», too rare to count, is read
    through its «و/ف» when the rest is the commoner word."""
    rare = tables().rarely_ending
    found = rare.get(form)
    if found is None and len(form) > 3 and form[0] in CONJUNCTION_CLITICS and zipf(form[1:]) > zipf(form):
        found = rare.get(form[1:])
    return 1.0 if found is None else found


# The per-form answers, kept in the form records (text/wordcache.py: the statement cutter asks
# them of every word of every candidate sentence, the same words as their tags).
def is_attested_verb(word: str) -> bool:
    """`_is_attested_verb`, kept in the word's form record."""
    record = form_record(word)
    found = record.attested_verb
    if found is None:
        found = record.attested_verb = _is_attested_verb(word)
    return found


def is_known_verb(word: str) -> bool:
    """`_is_known_verb`, kept in the word's form record."""
    record = form_record(word)
    found = record.known_verb
    if found is None:
        found = record.known_verb = _is_known_verb(word)
    return found


def _can_open_word(word: str) -> bool:
    record = form_record(word)
    found = record.can_open
    if found is None:
        found = record.can_open = _can_open(word)
    return found


def is_title(word: str) -> bool:
    """`_is_title`, kept in the word's form record."""
    record = form_record(word)
    found = record.title
    if found is None:
        found = record.title = _is_title(word)
    return found


def binds_forward(word: str) -> bool:
    """`_binds_forward`, kept in the word's form record."""
    record = form_record(word)
    found = record.binds_forward
    if found is None:
        found = record.binds_forward = _binds_forward(word)
    return found


def _cut_sides(form: str) -> _CutSide:
    record = form_record(form)
    found = record.cut_side
    if found is None:
        found = record.cut_side = _cut_side(form)
    return found


def _ending_share(form: str) -> float:
    record = form_record(form)
    found = record.ending_share
    if found is None:
        found = record.ending_share = _ending_share_of(form)
    return found


@lru_cache(maxsize=WORD_CACHE_SIZE)
def can_cut(left: str, right: str | None) -> bool:
    """May a phrase end after `left` when `right` follows (None: nothing follows)?

    Each side's tag, signature and closed-class answers come from a per-form cache, so a new
    pair of known words costs a few lookups and the three cut-table keys."""
    a = normalize_word(left)
    binds_a, title_a, tag_a, sig_a, _ = _cut_sides(a)
    if binds_a:
        return False
    if right is None:
        return True
    b = normalize_word(right)
    _, _, tag_b, sig_b, definite_b = _cut_sides(b)
    # «الأمير | …», «مسجد الإمام | الصادق»: a title always announces what follows it; before a
    # preposition or a conjunction it was none («الفريق | كما …»: the team, not the rank).
    if (title_a and tag_b not in ("ADP", "CONJ")) or b in NAME_PARTICLES:
        return False
    if a == "من" and b in MODAL_NOUNS:
        return False
    # «المسجد | النبوي», «مكة | المكرمة»: an agreeing adjective belongs to its noun.
    if definite_b and tag_b == "ADJ" and tag_a in ("NOUN", "PROPN"):
        return False
    known = tables().cut
    # The keys of `cut_keys(a, tag(a), b, tag(b))`, most specific first.
    for key in ("w:" + a + "|" + sig_b, sig_a + "|w:" + b, sig_a + "|" + sig_b):
        counts = known.get(key)
        if counts is not None and counts[0] + counts[1] >= MIN_CUT_EVIDENCE:
            return counts[0] >= counts[1]
    return True


def attribute_follows(left: str, right: str) -> bool:
    """Is `right` an indefinite adjective agreeing with the indefinite noun `left` («من جنسية |
    عربية», «طائرة | عسكرية»), its attribute? The pair table lets a phrase end there, where a
    headline reads cut off; a bullet may still end there when no other end is within reach."""
    a, b = normalize_word(left), normalize_word(right)
    _, _, tag_a, _, definite_a = _cut_sides(a)
    _, _, tag_b, _, definite_b = _cut_sides(b)
    return (tag_a == "NOUN" and tag_b == "ADJ" and not definite_a and not definite_b and b[:1] not in "وفبلك"
            and a.endswith("ه") == b.endswith("ه"))


def can_open(word: str, following: str | None = None) -> bool:
    """May a self-contained statement open with `word`? Not on a preposition, subordinator,
    relative, «إلا», nor «و» + an indefinite noun that continues an earlier phrase
    («ومساعدة طهران»). (`following` is accepted for callers that pass it; it is not used.)"""
    return _can_open_word(word)


def cut_points(forms: Iterable[str]) -> list[bool]:
    """For each word of a run: may a phrase end after it (the last word: if nothing follows)?"""
    items = list(forms)
    return [can_cut(w, items[i + 1] if i + 1 < len(items) else None) for i, w in enumerate(items)]


def rarely_ends(word: str, share: float) -> bool:
    """Is a frequent news word followed by punctuation in under `share` (≤ 1) of its
    occurrences, so that a phrase cut after it is left hanging («بداية | من 2004», «الحارس |
    بيتر شيك», «جمال | علي»)? SaudiNewsNet train counts (scripts/build_grammar.py, shares under
    5 %); False for words too rare to say."""
    return form_rarely_ends(normalize_word(word), share)


def form_rarely_ends(form: str, share: float) -> bool:
    """`rarely_ends` of a word already letter-normalized (`normalize_word` gives it back as it
    is): one cache lookup instead of two."""
    return _ending_share(form) < share


def title_edge_rates(word: str) -> tuple[float, float]:
    """How often a word opens and closes a newspaper title, among the titles it appears in
    (SaudiNewsNet train counts; (0, 0) for words too rare to say)."""
    counts = tables().title_edges.get(normalize_word(word))
    if counts is None:
        return 0.0, 0.0
    return counts[1] / counts[0], counts[2] / counts[0]
