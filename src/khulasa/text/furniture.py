"""Page furniture of scraped Arabic news: found, so that nothing downstream reads it as the story.

Navigation («Next Previous»), bylines («سلوى سعد – متابعات», «سبق - الرياض:»), wire datelines
(«الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس»), share and tag lines at the end («رابط
الخبر بصحيفة …», «سمات …», «// انتهى //», «مقالات أخرى للكاتب …»), photo captions and credits
(«صورة جماعية …», «(تصوير: …)»), a columnist's contact lines, a letter's greeting («السلام عليكم ورحمة
الله وبركاته»), and subheads: short lines
between paragraphs, also where stripped markup glued them between two sentences («…
المشتركة. مزيد من التوتر توقع مراقبون …»), set aside as units of their own. Patterns were
read off SaudiNewsNet *train* articles (Okaz, Sabq, Ain Alyoum, Al-Weeam, SPA, …); no library
knows these layouts.

Spans are reported, not cut: `blank` turns them into spaces of the same length, so offsets in
the text everything else reads still point into the repaired `source` the user gets back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from khulasa.text.normalize import normalize_word
from khulasa.text.stems import stopwords

_DASH: Final = "[-–—ـ]"
_NOT_SENTENCE: Final = r"[^\n.!?؟:،,؛]"
# At the start, possibly one after another.
_START_PATTERNS: Final = (
    ("navigation", re.compile(r"\s*(?:Next\s+Previous|Previous\s+Next)\b\s*", re.IGNORECASE)),
    # Wire dateline: city, Hijri date «الموافق» Gregorian date, agency (SPA «واس»).
    (
        "dateline",
        re.compile(r"\s*[^\n\d]{2,40}?\d{1,2}\s+\S+(?:\s\S+)?\s+\d{4}\s*هـ?\s*الموافق\s+"
                   r"\d{1,2}\s+\S+\s+\d{4}\s*م?\s*(?:[(\-–]\s*)?واس\s*\)?\s*"),
    ),
    # Share bar: «شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك».
    ("navigation", re.compile(r"\s*شارك من خلال(?:\s+(?:تويتر|فيسبوك|فيس بوك|جوجل|بلس|اكتب|رأيك))+\s*")),
    # «عين اليوم – متابعات», «نايف عبدالله – عين اليوم», with or without a line break after it.
    (
        "byline",
        re.compile(rf"\s*{_NOT_SENTENCE}{{2,40}}?\s*{_DASH}\s*(?:متابعات|عين اليوم)"
                   rf"(?:\s*{_DASH}\s*متابعات)?\s*:?\s*"),
    ),
    # «سلوى سعد – جدة», «محمد آل الحمري- سبق- عسير:», «* واشنطن - «الشرق الأوسط»»: at most
    # five words a side, ended by a line break or a colon.
    (
        "byline",
        re.compile(rf"\s*(?:\*\s*)?(?:{_NOT_SENTENCE}+?\s*{_DASH}\s*){{1,2}}"
                   rf"{_NOT_SENTENCE}+?\s*(?::\s*|\n\s*)"),
    ),
    # A letter's greeting («السلام عليكم ورحمة الله وبركاته، إشارة إلى ما نشر …»): no news of its own.
    ("greeting", re.compile(r"\s*السلام عليكم(?:\s+ورحمة الله(?:\s+وبركاته)?)?\s*[،,.:!]*\s*(?:وبعد\s*[،,:]?\s*)?")),
    # A columnist's name alone on the first line: at most three words, no punctuation.
    ("byline", re.compile(r"\s*[^\W\d_]+(?:[ \t][^\W\d_]+){0,2}[ \t]*\n\s*")),
)
_MAX_BYLINE_WORDS: Final = 12
# From here to the end of the text, when the end is near (a long text may hold several articles,
# and a link line in the middle must not take the rest with it); each starts on a literal (fast
# to search for), and the whitespace before it is taken with it. Tags and picture captions must
# follow a sentence end or a line break.
_END_PATTERNS: Final = (
    ("share_link", re.compile(r"رابط الخبر بصحيفة[\s\S]{0,400}$"), ""),
    ("share_link", re.compile(r"مقالات أخرى للكاتب[\s\S]{0,2000}$"), ""),
    ("wire_end", re.compile(r"//\s*انتهى\s*//[\s\S]{0,40}$"), ""),
    # Al-Riyadh's columnist footers, the e-mail often run into the first: «…@gmail.comللتواصل مع
    # الكاتب ارسل رسالة SMS تبدأ بالرمز (2) …», «لمراسلة الكاتب: …@alriyadh.net» (163 train articles).
    # (The e-mail's parts are bounded: unbounded, an 80,000-letter word made the search quadratic.)
    ("contact", re.compile(r"(?:[\w.+-]{1,64}@[\w-]{1,64}\.[\w.]{1,64}[ \t]*)?(?:للتواصل مع|لمراسلة) الكاتب[\s\S]{0,300}$"), ""),
    ("caption", re.compile(r"شرح الصور?\s*:[\s\S]{0,1000}$"), "\n"),
    # Ain Alyoum's tag list: «سمات» and bare keywords after the last sentence.
    ("tags", re.compile(r"سمات\s[^.!?؟\n]*$"), ".!?؟\"”»)"),
)
# Whole lines anywhere: photo captions and credits, contact handles.
_CAPTION_LINE_RE: Final = re.compile(
    r"^[ \t]*\(?[ \t]*(?:(?:رصد و)?تصوير|عدسة|الصورة|صورة|صور|شرح الصورة?)\b[^\n.!?؟]{0,100}$"
    r"|^[^\n.!?؟]{0,60}\bفي صورة جماعية[^\n.!?؟]{0,40}$"
    # «الشيخ فيصل غزاوي مستقبلاً معلمي اللغة العربية …»: a name and the participle of what the
    # picture shows, a line of its own (a sentence would have a verb: the line is short).
    r"|^[^\n.!?؟:،]{2,60}[ \t](?:مستقبلاً|مستقبلا|متحدثاً|متحدثا|مكرماً|مكرما|متوسطاً|متوسطا|يتوسط)[ \t][^\n.!?؟:]{0,80}$",
    re.MULTILINE | re.IGNORECASE,
)
# A columnist's contact lines: «تويتر: Arfaj1», «Arfaj555@yahoo.com».
_CONTACT_LINE_RE: Final = re.compile(
    r"^[ \t]*(?:(?:تويتر|twitter|فيسبوك|انستقرام)[ \t]*:[ \t]*\S+|[\w.+-]+@[\w-]+\.[\w.]+)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# Al-Sharq Al-Awsat's dateline, at the start of a line under a kicker: «* واشنطن - «الشرق
# الأوسط»», «* لندن - برلين: «الشرق الأوسط» …».
_AWSAT_DATELINE_RE: Final = re.compile(
    r"^[ \t]*\*?[ \t]*(?:[^\n.!?؟:،«]{2,30}?[ \t]*[-–—:][ \t]*){1,2}«الشرق الأوسط»[ \t]*",
    re.MULTILINE,
)
_MAX_CAPTION_WORDS: Final = 14
# A subhead: a short line without sentence punctuation between a line and a paragraph, matched
# with the line break before it (the span starts after it): a pattern opening on a literal lets
# the regex engine jump from line break to line break, where a lookbehind `(?<=\n)` had it try
# a match at every character.
_SUBHEAD_LINE_RE: Final = re.compile(r"\n[ \t]*[^\n.!?؟:؛،,]{2,80}?[ \t]*(?=\n[^\n]{80,})")
_MAX_SUBHEAD_WORDS: Final = 7
_PHOTO_CREDIT_RE: Final = re.compile(r"\(\s*(?:تصوير|عدسة)\s*:?[^()\n]{1,40}\)")

# An inline subhead: after a sentence end, two to four words without punctuation, then a
# sentence-opening reporting verb or attribution, when the subhead's words come back in the
# paragraph it heads (editors lift them from it).
_OPENERS: Final = "توقع|بحسب|وفقا|وفقاً|قال|أكد|أوضح|كشف|أعلن|أشار|يرى|يتوقع|رأى|اعتبر"
_SUBHEAD_RE: Final = re.compile(
    rf"[.!?؟»\"”] ((?:[^\s.!?؟،,:؛«»\"()\d]+ ){{1,3}}[^\s.!?؟،,:؛«»\"()\d]+) (?=(?:{_OPENERS})\s)"
)
# Function words a subhead may contain («مزيد من التوتر», «العلاقات مع موسكو»).
_SUBHEAD_PARTICLES: Final = frozenset(("من", "مع", "في", "على", "عن", "الى", "الي", "و"))


# Stretches inside the text, (kind, pattern, most words, literals, characters matched before
# the stretch, whether it is a line pattern): on overlap the first listed wins, so a line that
# is something more specific (a caption, a dateline) is not taken for a subhead. Every match
# contains one of its literals, so a text without any is not scanned (most articles have no
# caption, contact or Awsat line: the scans cost a fifth of repair). A line pattern opens on
# `^` (re.MULTILINE) and holds no line break: it is tried at line starts only (`_line_matches`).
_INNER_PATTERNS: Final = (
    ("caption", _CAPTION_LINE_RE, _MAX_CAPTION_WORDS, ("صور", "عدسة", "تصوير", "مستقبل", "متحدث", "مكرم", "متوسط", "يتوسط"),
     0, True),
    ("caption", _PHOTO_CREDIT_RE, _MAX_CAPTION_WORDS, ("تصوير", "عدسة"), 0, False),
    ("contact", _CONTACT_LINE_RE, _MAX_CAPTION_WORDS, (":", "@"), 0, True),
    ("byline", _AWSAT_DATELINE_RE, _MAX_CAPTION_WORDS, ("«الشرق الأوسط»",), 0, True),
    ("subhead", _SUBHEAD_LINE_RE, _MAX_SUBHEAD_WORDS, ("\n",), 1, False),
)


@dataclass(frozen=True, slots=True)
class Furniture:
    """A stretch of page furniture: `text[start:end]`, and what kind it is."""

    kind: str
    start: int
    end: int


def _start_furniture(text: str) -> list[Furniture]:
    found: list[Furniture] = []
    position = 0
    progress = True
    while progress:
        progress = False
        for kind, pattern in _START_PATTERNS:
            match = pattern.match(text, position)
            if match and match.end() > position and len(match.group().split()) <= _MAX_BYLINE_WORDS:
                # A lone short first line is a byline only if text follows it.
                if match.end() >= len(text):
                    continue
                found.append(Furniture(kind, position, match.end()))
                position = match.end()
                progress = True
                break
    return found


# The last text's answer is kept: repair looks for furniture before it splits joined words, and
# analysis looks again in the repaired text, which for most articles is the same text.
@lru_cache(maxsize=1)
def find_furniture(text: str) -> tuple[Furniture, ...]:
    """Every furniture span of `text`, in order, not overlapping."""
    spans = _start_furniture(text)
    body_start = spans[-1].end if spans else 0
    end = len(text)
    for kind, pattern, after in _END_PATTERNS:
        match = pattern.search(text, body_start)
        if match is None:
            continue
        start = max(body_start, len(text[: match.start()].rstrip()))
        if after == "\n":
            placed = "\n" in text[start : match.start()]
        else:
            placed = not after or (start > 0 and text[start - 1] in after)
        if start < end and placed:
            end = start
            tail = Furniture(kind, start, len(text))
    inner = [
        Furniture(kind, m.start() + before, m.end())
        for kind, pattern, max_words, literals, before, by_line in _INNER_PATTERNS
        if any(literal in text for literal in literals)
        for m in (_line_matches(pattern, text, max(body_start - before, 0), end) if by_line
                  else pattern.finditer(text, max(body_start - before, 0), end))
        if len(m.group().split()) <= max_words
    ]
    for span in sorted(inner, key=lambda f: (f.start, -f.end)):
        if not spans or span.start >= spans[-1].end:  # a credit inside a caption line: once
            spans.append(span)
    if end < len(text):
        spans.append(tail)
    return tuple(_trimmed(text, span) for span in spans)


def _line_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """`pattern.finditer(text, start, end)` for a line pattern (one that matches only from a line
    start, `^` under re.MULTILINE, and never across a line break), tried at each line start
    only: the regex engine tries it at every character, where `^` fails (~25 instructions a
    character, a few lines an article). The same matches: each ends inside its line, so the
    next can start at the next line start at the earliest, and `^` at `start` holds only where
    a line starts there."""
    found: list[re.Match[str]] = []
    line = start
    if line > 0 and text[line - 1] != "\n":
        line = text.find("\n", line, end) + 1
        if line == 0:
            return found
    while line < end:
        match = pattern.match(text, line, end)
        if match is not None:
            found.append(match)
        newline = text.find("\n", line if match is None else match.end(), end)
        if newline < 0:
            break
        line = newline + 1
    return found


def _trimmed(text: str, span: Furniture) -> Furniture:
    """The span without the white space at its ends (blanking white space changes nothing)."""
    piece = text[span.start : span.end]
    start = span.start + len(piece) - len(piece.lstrip())
    return Furniture(span.kind, start, max(start, span.start + len(piece.rstrip())))


def blank(text: str, spans: tuple[Furniture, ...]) -> str:
    """`text` with each span's characters turned into spaces (line breaks kept): same length,
    so offsets stay valid."""
    if not spans:
        return text
    pieces: list[str] = []
    previous = 0
    for span in spans:
        pieces.append(text[previous : span.start])
        pieces.append(re.sub(r"[^\n]", " ", text[span.start : span.end]))
        previous = span.end
    pieces.append(text[previous:])
    return "".join(pieces)


def _is_subhead(words: list[str], paragraph_rest: str) -> bool:
    """Content words only, none of them a function word other than a few prepositions, all of
    them found again in the rest of the paragraph."""
    function_words = stopwords()
    content = []
    for word in words:
        normal = normalize_word(word)
        if normal in _SUBHEAD_PARTICLES:
            continue
        if normal in function_words or word[0] in "وف" and normalize_word(word[1:]) in function_words:
            return False
        content.append(word)
    return len(content) >= 1 and words[0] not in _SUBHEAD_PARTICLES and all(
        w in paragraph_rest for w in content
    )


def break_subheads(text: str) -> str:
    """`text` with each subhead glued between two sentences on a line of its own (the spaces
    around it become line breaks)."""
    breaks: list[int] = []
    for match in _SUBHEAD_RE.finditer(text):
        line_end = text.find("\n", match.end())
        rest = text[match.end() : line_end if line_end >= 0 else len(text)]
        if _is_subhead(match.group(1).split(), rest):
            breaks += [match.start() + 1, match.end() - 1]  # the spaces around the subhead
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = "\n"
    return "".join(chars)
