"""A story's highlight box: facts drawn from every member's sentences, merged across papers,
ranked by how many papers carry them, each cited in every article it came from.

Every located sentence of a member's summary (all of its sentences, best-scored first) is a
passage: any passage can show that its article carries a fact, but only a self-contained one is
quoted as the bullet. The self-containedness check is hand-written because no library knows which
Arabic openers leave a statement hanging; its word lists are the editor's rubric
(../shared/EDITOR.md): no opening conjunction, preposition, relative pronoun or complementizer,
no «وأضاف»-style speaker-less continuation, no dateline or page furniture in front. So is the
skeleton that lets two papers' spellings of one foreign name meet («تشامبرلين»/«تشامبرلاين»,
«فينجر»/«فينغر»): Arabic spells a transliterated name's vowels and its «g» as each paper likes,
and no library normalizes that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from khulasa.digest.group import figures, word_weight
from khulasa.digest.model import Bullet, Citation
from khulasa.text import grammar
from khulasa.text.charsets import ARABIC_WORD_RE, WORD_RE
from khulasa.text.normalize import normalize_letters, normalize_word
from khulasa.text.stems import content_stem

# A wire lead sentence often runs to 50 words and is still one statement.
MIN_BULLET_WORDS, MAX_BULLET_WORDS = 6, 55
# Two passages state the same fact when their content stems, weighted by rarity (names count,
# formulas such as «استقبل خادم الحرمين الشريفين» hardly do), overlap this much (Jaccard), or the
# shorter one's weight is mostly inside the longer one, and they quote no conflicting figures.
# Chosen on 70 hand-labelled cross-paper sentence pairs of SaudiNewsNet train stories (24 the
# same fact; tests/data/fact-pairs-train.jsonl, bench/digest_facts.py): Jaccard 0.45 with
# containment 0.6 finds 14 at 6 false merges, 0.7 finds 11 at 6; without the figures check, 3
# more false merges. On the 150 pairs labelled since (80 more, drawn near the threshold): 34 of 56
# at 18 false merges (0.7: 27 at 11; 0.35/0.5: 40 at 25); a name check on the words one side has
# alone and a formula-slot check were tried there and removed as many true merges as false ones.
SAME_FACT_JACCARD = 0.45
SAME_FACT_CONTAINMENT = 0.6
# A bullet is cited in another member whose passage overlaps it this much (scaled as `overlap`;
# joining and de-duplicating facts keep 1.0). On the same 150 train pairs, 0.9 merges 38 of 56 at
# 20 false merges against 34 at 18 (the same precision, 0.65; on the 70 pairs drawn at random
# 15 at 7 against 14 at 6); 0.8 merges 43 at 27 (0.61). On the train days of bench/digest_box.py
# 0.9 gives 3 more stories of 3+ papers with 3+ bullets citing 2+ papers (python
# bench/digest_facts.py prints the pairs).
CITE = 0.9
# A word this rare (word_weight: Zipf 4 or less, names and foreign words) with a stem of 4 letters
# or more is matched by its skeleton: the stem without the long vowels after its first letter and
# with «غ» read as «ج». On the 150 fact pairs, 34 same-fact merges at 17 false ones (18 without;
# citations at CITE 40 at 20 against 38 at 20); on the train days of bench/digest_box.py 163 of 182
# stories of 3+ papers with 3+ bullets citing 2+ papers against 162; weight 4.0: 36 at 18, 39 at 20.
SKELETON_WEIGHT = 3.0
_LONG_VOWELS_RE = re.compile("[اويى]")
_BAD_OPENERS = frozenset(normalize_letters(w) for w in (
    "بسبب لسبب والذي الذي التي الذين اللذين اللتين واللذين والتي وهو وهي وهم "
    "أن بأن وأن لأن فإن إلا فيما بينما بعدما عندما حيث كما لكن ولكن غير ثم أو أم حتى إذ إذا "
    "لذا لذلك وذلك ذلك هذا وهذا وقد وفيما أما وأما "
    "في من على إلى عن مع منذ خلال عبر لدى وفي ومن وعلى وإلى وعن ومع "
    "بالإضافة إضافة علاوة فضلا "
    "أبان مضيفا مشيرا موضحا مؤكدا لافتا منوها مضيفة مشيرة موضحة مؤكدة لافتة منوهة معربا معربة"
).split())
# A sentence's opening clause counts as a passage for matching from this many words (6 and 10
# were compared on the train days of bench/digest_box.py: 8 cites as many as 6, 10 fewer).
MATCH_CLAUSE_WORDS = 8
# «و» + verb + one of these at once: the subject is left out, so the statement belongs to the
# one before it («وعبر عن عزائه», «ودعا إلى …», «ووصل إلى …»).
_COMPLEMENT_PREPOSITIONS = grammar.word_set("عن إلى الى")
# Verbs of expressing that the grammar tables do not attest as verbs («عبر» is «via» too).
_EXPRESSION_VERBS = grammar.word_set("وعبر وعبرت فعبر وأعرب وأعربت")
# A demonstrative right after the first word points back at what came before (in a statement cut
# from a longer sentence, anywhere in its first words).
STATEMENT_REACH = 5
_BACK_REFERENCES = frozenset(normalize_letters(w) for w in "ذلك هذا هذه تلك هؤلاء".split())
# «وأوضح» and its kin (and «وكان», «وكانت») open a complete clause (plain «و», which the rubric
# tolerates) when the speaker or subject is named next («وأوضحت الهيئة في بيان أن ...», «وكانت
# الهيئة ضبطت ...»); followed at once by «أن», «قد», a colon, a pronoun title («وأضاف معاليه»),
# a speaking participle («وأضاف قائلاً») or a preposition («وقال في تغريدة»), the claim has lost
# its speaker (as the single-article highlight checks, eval.wellformed, find).
_SPEECH_VERBS = frozenset(normalize_letters(w) for w in (
    "وأضاف وأوضح وأشار وبين وأكد وقال وتابع ولفت ونوه وأفاد وذكر وبينت وأكدت وقالت وأضافت "
    "وأوضحت وأشارت وأبان وأبانت وأفادت وذكرت ولفتت وكان وكانت"
).split())
# «وكان في استقبال سموه …» names its subject after the preposition; «وقال في بيان: …» does not.
_BEING = grammar.word_set("وكان وكانت")
_NO_SPEAKER = frozenset(normalize_letters(w) for w in (
    "أن إن ان بأن بان أنه إنه انه أنها إنها انها أنهم إنهم انهم قد معاليه سموه سعادته فضيلته "
    "سماحته فخامته جلالته"
).split())
# A dateline or byline in front of the first sentence: «واس - الرياض:», «فهد العتيبي- سبق- الطائف:».
_DATELINE_RE = re.compile(r"^[^.،:؟!\n]{0,80}?(?:[-–—]|\bواس\b)[^.،؟!\n]{0,60}?:\s*")
# «كما أعلنت الهيئة …» is «أعلنت الهيئة …» tied to what came before: quoted without the tie (so
# are «فيما/بينما أكد الوزير …», "while the minister said").
_CONNECTIVE_RE = re.compile(r"^(?:كما|وقد|ثم|و?فيما|و?بينما)\s+(%s)" % ARABIC_WORD_RE.pattern)
# «قد» comes before a verb only: the word after «وقد» is the statement's verb even where the
# grammar tables do not attest it («وقد اطلع المجلس …»).
_QAD_RE = re.compile(r"^وقد\s")
# «وفيما يتعلق/يخص …», «كما يلي»: a topic or a list follows, not a statement.
_NOT_STATEMENT_VERBS = grammar.word_set("يتعلق يخص يلي")
# «من جهته، قال الوزير …», «إلى ذلك، أعلنت …»: a discourse link to the sentence before, in front of a
# statement that is whole without it; cut where a verb follows (as «كما» above).
_ADJUNCT_RE = re.compile(
    r"^و?(?:من (?:جهت|جانب|ناحيت)(?:ه|ها|هم|هما)|من (?:جهة|ناحية) [أا]خرى|من جانب [آا]خر|[إا]لى ذلك"
    r"|في غضون ذلك|في هذا (?:الصدد|السياق|الإطار|الاطار)|في سياق متصل|في السياق (?:ذاته|نفسه)"
    r"|على صعيد (?:[آا]خر|متصل)|بدور(?:ه|ها|هم)|في المقابل|في الوقت (?:نفسه|ذاته))\s*[،,]\s*(%s)"
    % ARABIC_WORD_RE.pattern)
_LEADING_FURNITURE_RE = re.compile(r"^(?:[A-Za-z][A-Za-z'’]*\s+)+")
# Links and page furniture that a summary can pick up as a sentence.
_FURNITURE = ("رابط الخبر", "اقرأ أيضا", "اقرأ أيضاً", "للمزيد", "المصدر:")
_SENTENCE_ENDS = frozenset(".؛;!؟?\n")
# After a comma, words that open a new clause and leave the statement before them whole: a
# speaker's participle («…، مشيراً إلى أن …»), a second fact, a place or an example («…، حيث …»,
# «…، مثل …»), or «و» with a verb («…، وتبين أنه …»).
_CLAUSE_OPENERS = grammar.word_set(
    "مشيرا مؤكدا لافتا مضيفا موضحا منوها داعيا متمنيا مطالبا معربا مبينا مشددا "
    "مشيرة مؤكدة لافتة مضيفة موضحة منوهة داعية متمنية مطالبة معربة مبينة مشددة "
    "سائلا سائلة معتبرا معتبرة مشيدا مشيدة مبديا مبدية مثمنا مثمنة واصفا واصفة مستنكرا مستنكرة "
    "قائلا قائلة مشيرين مؤكدين داعين متمنين سائلين "
    "حيث بينما فيما وذلك مثل"
)
# «كما» or «ثم» with a verb after a comma opens a second statement («…، كما تكثف الأجهزة …»).
_CLAUSE_CONNECTIVES = grammar.word_set("كما ثم")
_COMMA_RE = re.compile("[،,]")
# An indefinite word with a possessive pronoun («قيمته», «أسعارها»): a subject that points back.
_PRONOUN_SUFFIX_RE = re.compile(r"^(?!ال).{2,}(?:ه|ها|هم|هما|هن)$")
_SENTENCE_END_RE = re.compile(r"[.!؟?]\s")
_UNBALANCED = (("«", "»"), ("(", ")"), ("[", "]"), ("“", "”"))


@dataclass(frozen=True)
class Passage:
    """A candidate bullet: a sentence of one member article, or a statement cut from one, located
    in that article's text."""

    member: int
    text: str
    start: int
    end: int
    rank: int
    stems: dict[str, float]
    quotable: bool
    numbers: frozenset[str] = frozenset()
    # Cut from its sentence by the single-article highlighter (not the whole sentence).
    statement: bool = False


def locate(text: str, passage: str, near: int) -> tuple[int, int] | None:
    """Where `passage` stands in the input `text`, as (start, end): verbatim near `near` or
    anywhere; else with the spacing between its words loosened, within one line (summaries point
    into the repaired text, which puts back a space the input dropped: «وصل إلى عدن» is found
    as «وصل إلىعدن»); None if it is not there."""
    found = text.find(passage, max(0, near - 200))
    found = found if found >= 0 else text.find(passage)
    if found >= 0:
        return found, found + len(passage)
    loose = re.compile(r"[^\S\n]*".join(map(re.escape, passage.split())))
    match = loose.search(text, max(0, near - 200)) or loose.search(text)
    return match.span() if match else None


def _trim(passage: str) -> int:
    """How many leading characters are dateline, furniture or a connective that ties the
    sentence to the one before it («كما», «وقد», «ثم», «من جهته،») where a verb follows, not the
    statement."""
    cut = 0
    for pattern in (_LEADING_FURNITURE_RE, _DATELINE_RE, _ADJUNCT_RE, _CONNECTIVE_RE):
        match = pattern.match(passage[cut:])
        linked = pattern is _CONNECTIVE_RE or pattern is _ADJUNCT_RE
        if match and (not linked or ((grammar.is_attested_verb(match.group(1)) or _QAD_RE.match(match.group()))
                                     and normalize_word(match.group(1)) not in _NOT_STATEMENT_VERBS)):
            cut += match.start(1) if linked else match.end()  # the verb stays
    return cut


def self_contained(passage: str) -> bool:
    """Does the sentence read as a complete statement on its own (editor's rubric)?"""
    words = WORD_RE.findall(passage)
    if not MIN_BULLET_WORDS <= len(words) <= MAX_BULLET_WORDS:
        return False
    opener = normalize_word(words[0])
    if opener in _BAD_OPENERS or opener in _CLAUSE_OPENERS or not ARABIC_WORD_RE.match(words[0]):
        return False
    if normalize_word(words[1]) in _BACK_REFERENCES:  # «جاء ذلك خلال …», «ويهدف هذا الفن …»
        return False
    if (opener[0] in "وف" and normalize_word(words[1]) in _COMPLEMENT_PREPOSITIONS
            and (opener in _EXPRESSION_VERBS or grammar.is_attested_verb(words[0][1:]))):
        return False  # «وعبر عن عزائه …»: whose?
    second = normalize_word(words[1])
    if opener in _SPEECH_VERBS and (second in _NO_SPEAKER or second in _CLAUSE_OPENERS or grammar.is_attested_verb(words[1])
                                    or (second in grammar.PREPOSITIONS and opener not in _BEING)
                                    or passage[len(words[0]):].lstrip().startswith(":")):
        return False  # «وأضاف قائلاً: …», «وقال في تغريدة: …»: whose words?
    if passage.rstrip().endswith((":", "،", ",")) or "http" in passage or any(f in passage for f in _FURNITURE):
        return False
    return all(passage.count(a) == passage.count(b) for a, b in _UNBALANCED) and passage.count('"') % 2 == 0


def skeleton(stem: str) -> str:
    """A rare stem as papers' spellings of one foreign name share it: its first letter, then its
    letters without the long vowels, «غ» as «ج» («تشامبرلاين» and «تشامبرلين» → «تشمبرلن»)."""
    stem = normalize_letters(stem)
    return stem[0] + _LONG_VOWELS_RE.sub("", stem[1:]).replace("غ", "ج")


def stems_of(text: str) -> dict[str, float]:
    """Content stems of a passage (a rare word's as its skeleton), each with the rarity weight of
    its rarest word."""
    weights: dict[str, float] = {}
    for word in ARABIC_WORD_RE.findall(text):
        stem = content_stem(word)
        if stem:
            weight = word_weight(word)
            key = skeleton(stem) if weight >= SKELETON_WEIGHT and len(stem) >= 4 else stem
            weights[key] = max(weights.get(key, 0.0), weight)
    return weights


def candidates(member: int, text: str, sentences: list[dict], statements: list[dict]) -> list[Passage]:
    """The sentences of one article's summary, best-scored first, located in `text`, each marked
    quotable or not (self-contained); then the statements the single-article highlighter cut from
    them («وأوضح … أن X» → «X», «المتحدث: …»), each ranked as the sentence it came from; and,
    for matching only, the opening clauses of the sentences."""
    found = []
    ordered = sorted(sentences, key=lambda s: -s["score"])
    # Where each sentence stands in `text` less where it stands in the repaired text.
    shifts: list[tuple[int, int, int, int]] = []
    for rank, sentence in enumerate(ordered):
        cut = _trim(sentence["text"])
        body = sentence["text"][cut:].strip()
        stems = stems_of(body)
        span = locate(text, body, sentence["start"] + cut) if stems else None
        if span and text[span[0]:span[1]] != body:
            # Re-spaced by the summarizer: often a caption or byline run into the sentence
            # («… في جدة أمسعقد صاحب السمو …»), so it shows that its article carries a fact, matched
            # as repaired, but is not quoted.
            found.append(Passage(member, text[span[0]:span[1]], *span, rank, stems, False, figures(body)))
        elif span:
            start, end = span
            trimmed = sentence["text"][:cut].split()
            clauses = _clauses(member, body, start, rank, verb_first=bool(trimmed) and trimmed[-1] == "وقد")
            quotable = self_contained(body) and len(clauses) < 2
            found.append(Passage(member, body, start, end, rank, stems, quotable, figures(body)))
            if len(clauses) >= 2:
                found.extend(clauses)
            elif not quotable:
                # Later clauses («…، ووصل ستة وزراء مع بحاح إلى عدن», the «و» + verb its verb) are
                # matched, not quoted: alone they often point back («وقتل اثنان منهم …»).
                later = _clauses(member, body, start, rank, later=True)
                found.extend((_leading_clause(member, body, start, rank) or [c for c in clauses if c.start == start])
                             + [replace(c, quotable=False) for c in later if c.start != start])
        whole = locate(text, sentence["text"], sentence["start"])
        if whole and whole[1] - whole[0] == len(sentence["text"]):
            shifts.append((sentence["start"], sentence["end"], rank, whole[0] - sentence["start"]))
    for statement in statements:
        words = statement["text"].split()
        within = [(rank, shift) for first, last, rank, shift in shifts
                  if first <= statement["start"] and statement["end"] <= last]
        if not words or not within:
            continue
        rank, shift = within[0]
        start, end = statement["start"] + shift, statement["end"] + shift
        stretch = text[start:end]
        if words[0] not in stretch[: len(words[0]) + 2] or not stretch.endswith(words[-1]):
            continue  # the highlighter's text is not this stretch of the input
        found.append(Passage(member, statement["text"], start, end, rank, stems_of(statement["text"]),
                             whole_statement(statement["text"], text[end:]), figures(statement["text"]), True))
    return found + _opening_clauses(found)


def _opening_clauses(found: list[Passage]) -> list[Passage]:
    """For matching only: the opening clause (up to its first comma, MATCH_CLAUSE_WORDS or more)
    of each sentence no statement was cut from at its start. A paper's long sentence states
    another paper's fact in its first clause and adds its own after the comma («تخلف لاعب فريق
    الاتفاق محمد كنو عن بعثة فريقه …، حيث أغلق هاتفه»), which dilutes the whole sentence's overlap."""
    opened = {p.start for p in found if p.statement}
    clauses = []
    for p in found:
        comma = _COMMA_RE.search(p.text)
        if p.statement or p.start in opened or not comma:
            continue
        clause = p.text[: comma.start()].rstrip()
        if len(WORD_RE.findall(clause)) >= MATCH_CLAUSE_WORDS:
            clauses.append(Passage(p.member, clause, p.start, p.start + len(clause), p.rank, stems_of(clause),
                                   False, figures(clause), True))
    return clauses


def _clauses(member: int, sentence: str, start: int, rank: int, *, verb_first: bool = False,
             later: bool = False) -> list[Passage]:
    """The whole statements a sentence strings together at commas that open a new clause
    («أقام المصرف لقاء معايدة لمنسوبيه، ويحرص المصرف على …», «…، كما تكثف الأجهزة جهودها …»):
    each is a fact of its own, which other papers may carry apart; a piece that is not a whole
    statement («…، مشيرا إلى أن …») is left out. `verb_first`: «وقد» stood before the sentence, so
    its first word is a verb; `later`: a clause after the first has the verb its comma was
    followed by («، ووصل …»), attested or not with its «و»."""
    pieces: list[tuple[int, int]] = []
    begin = 0
    for comma in _COMMA_RE.finditer(sentence):
        if len(WORD_RE.findall(sentence[begin : comma.start()])) >= MIN_BULLET_WORDS and _new_clause(sentence[comma.start():]):
            pieces.append((begin, comma.start()))
            begin = comma.end()
    if not pieces:
        return []
    pieces.append((begin, len(sentence)))
    clauses = []
    for n, (first, last) in enumerate(pieces):
        first += len(sentence[first:last]) - len(sentence[first:last].lstrip())
        has_verb = (verb_first and n == 0) or (later and n > 0) or bool(_QAD_RE.match(sentence[first:last]))
        first += _trim(sentence[first:last])
        clause = sentence[first:last].rstrip()
        if (whole_statement(clause, sentence[first + len(clause):], verb_first=has_verb)
                and (n == 0 or _names_subject(clause))):
            clauses.append(Passage(member, clause, start + first, start + first + len(clause), rank,
                                   stems_of(clause), True, figures(clause), True))
    return clauses


def _names_subject(clause: str) -> bool:
    """Does a clause cut from a longer sentence that opens with «و» + verb name its subject next
    («ووصلت الطائرة …»), rather than carry on the sentence's subject («وتتمثل في …», «ويمن على
    المصابين …», «ويؤكد أن …», «وأشاد بما …»)? (Without «و», a verb and a preposition often come
    before the subject: «شارك في الفعاليات توني بارتون».)"""
    words = WORD_RE.findall(clause)
    if normalize_word(words[0]) in grammar.NEGATION:  # «وليس …»
        return False
    if not (words[0][0] in "وف" and grammar.is_attested_verb(words[0][1:])):
        return True
    following = normalize_word(words[1])
    return (bool(ARABIC_WORD_RE.fullmatch(words[1])) and not _PRONOUN_SUFFIX_RE.search(words[1])
            and following not in grammar.BINDS_FORWARD and following not in grammar.BAD_OPENERS
            and following not in _NO_SPEAKER and following not in grammar.PRONOUNS
            and not (following[0] in "بلك" and following[1:] in grammar.BINDS_FORWARD)
            and not grammar.is_attested_verb(words[1]))


def _leading_clause(member: int, sentence: str, start: int, rank: int) -> list[Passage]:
    """The sentence's opening clause, where it is a whole statement that ends at a comma opening
    a new clause (a sentence too long to quote, or with a loose end, often opens with one:
    «اختتمت … فعاليات برنامج قطار القراءة، حيث …»)."""
    for comma in _COMMA_RE.finditer(sentence):
        clause = sentence[: comma.start()].rstrip()
        if len(WORD_RE.findall(clause)) > MAX_BULLET_WORDS:
            break
        if whole_statement(clause, sentence[comma.start():]):
            return [Passage(member, clause, start, start + len(clause), rank, stems_of(clause), True,
                            figures(clause), True)]
    return []


def whole_statement(statement: str, after: str, *, verb_first: bool = False) -> bool:
    """Is a highlighter's statement quotable in the box: self-contained by the sentence rule, one
    sentence, and running to its sentence's end or to a comma that opens a new clause (a statement
    cut elsewhere often leaves its point behind: «صرح المتحدث بأنه عند الساعة العاشرة ،», «دعا
    المركز الأطباء …، إلى التواصل معه»), with a verb (a list
    of names or places is none) and no demonstrative in its first words pointing back at the
    sentence it was cut from («تم تداول تلك الحالة»)?"""
    rest = after.lstrip(" \t")
    words = WORD_RE.findall(statement)
    return (self_contained(statement) and not _SENTENCE_END_RE.search(statement)
            and (not rest or rest[0] in _SENTENCE_ENDS or _new_clause(rest))
            and (verb_first or any(grammar.is_attested_verb(w) for w in words))
            and not any(normalize_word(w) in _BACK_REFERENCES for w in words[:STATEMENT_REACH]))


def _new_clause(rest: str) -> bool:
    """Does `rest` (what follows a statement) open a new clause after a comma?"""
    if rest[:1] not in ("،", ","):
        return False
    following = WORD_RE.findall(rest[:40])
    if not following:
        return False
    word = normalize_word(following[0])
    if word in _CLAUSE_CONNECTIVES:
        return len(following) > 1 and grammar.is_attested_verb(following[1])
    return word in _CLAUSE_OPENERS or (word.startswith("و") and grammar.is_attested_verb(following[0][1:]))


def overlap(a: Passage, b: Passage) -> float:
    """How much two passages say the same thing: the larger of their weighted stem Jaccard and
    the shorter one's weighted containment, each scaled by its own same-fact threshold (>= 1 is
    the same fact); 0 when both quote figures and share none (100 judges and 25 judges, one
    day's and another's oil price: on train stories every such pair was two facts)."""
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return 0.0
    return stem_overlap(a.stems, b.stems)


def stem_overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """`overlap` of two weighted stem bags."""
    if not a or not b:
        return 0.0
    shared = sum(min(a[s], b[s]) for s in a.keys() & b.keys())
    union = sum(a.values()) + sum(b.values()) - shared
    smaller = min(sum(a.values()), sum(b.values()))
    return max(shared / union / SAME_FACT_JACCARD, shared / smaller / SAME_FACT_CONTAINMENT)


def same_fact(a: Passage, b: Passage) -> bool:
    """Do two passages state the same fact?"""
    return overlap(a, b) >= 1.0


def _split_quotes(facts: list[list[Passage]], passages: list[Passage]) -> list[list[Passage]]:
    """A fact quoted from a whole sentence that another member states as two or more separate
    statements or sentences, each within it («شارك في الفعاليات … توني بارتون …، فضلا عن أهالي الأطفال» /
    «شارك في الفعاليات توني بارتون …» and «شارك أهالي الأطفال …»), is quoted by those statements
    instead: one bullet per fact, the sentence cited for each."""
    pieces = [p for p in passages if p.quotable and _names_subject(p.text)]
    split: list[list[Passage]] = []
    for fact in facts:
        quote = fact[0]
        inside: dict[int, list[Passage]] = {}
        if not quote.statement:
            for p in pieces:
                if p.member != quote.member and same_fact(quote, p):
                    inside.setdefault(p.member, []).append(p)
        parts: list[Passage] = []
        for member in sorted(inside):
            found: list[Passage] = []
            for p in inside[member]:
                if (not any(same_fact(p, other) for other in found)
                        and not any(same_fact(f[0], p) for f in facts if f is not fact)):
                    found.append(p)
            if len(found) >= 2:
                parts = found
                break
        split.extend([[p] for p in parts] if parts else [fact])
    return split


def highlight_box(passages: list[Passage], ids: list[str], sources: list[str | None],
                  count: int) -> tuple[Bullet, ...]:
    """Up to `count` bullets: passages grouped into facts (at most one passage per article per
    fact, each joining the fact it overlaps most), facts ranked by the number of papers that carry
    them, then by how central they are in their articles. A fact is quoted once, from its most
    central self-contained passage, and cited in every article with a passage of the same fact
    (one passage may carry several facts)."""
    facts: list[list[Passage]] = []
    # Quotable passages found the facts; the others can only join one (as a citation). A whole
    # sentence goes before a statement cut from it.
    for passage in sorted(passages, key=lambda p: (not p.quotable, p.rank, p.statement, p.member)):
        open_facts = [f for f in facts if all(p.member != passage.member for p in f)]
        scored = [(overlap(f[0], passage), n) for n, f in enumerate(open_facts)]
        best = max(scored, default=(0.0, -1))
        if best[0] >= 1.0:
            open_facts[best[1]].append(passage)
        elif passage.quotable and not any(same_fact(f[0], passage) for f in facts):
            facts.append([passage])

    facts = _split_quotes(facts, passages)

    # A passage that joined one fact may carry another too (a long sentence stating two of the
    # story's facts): every member with a passage close enough to the quote is cited for it; a
    # passage quoted for a fact of its own is not (one fact told twice would cite itself twice).
    quoted = {id(fact[0]) for fact in facts}
    for fact in facts:
        for passage in passages:
            if (id(passage) not in quoted and all(p.member != passage.member for p in fact)
                    and overlap(fact[0], passage) >= CITE):
                fact.append(passage)

    def papers(fact: list[Passage]) -> int:
        return len({sources[p.member] or ids[p.member] for p in fact})

    facts.sort(key=lambda fact: (-papers(fact), fact[0].rank, fact[0].member))
    bullets = []
    for fact in facts[:count]:
        cited = [fact[0], *sorted(fact[1:], key=lambda p: p.member)]
        citations = tuple(Citation(ids[p.member], sources[p.member], p.start, p.end) for p in cited)
        named = tuple(dict.fromkeys(s for p in fact if (s := sources[p.member])))
        bullets.append(Bullet(fact[0].text, citations, named))
    return tuple(bullets)
