"""Build src/khulasa/data/grammar-ar.json (the grammar layer's tables) and grammar-ar-tags.u8
(the tag of every wordfreq form), reproducibly.

    python scripts/build_grammar.py              # everything
    python scripts/build_grammar.py --tags-only  # only the per-form tags, from the tables as
                                                 # they are (after build_frequencies.py)
    python scripts/build_grammar.py --complements-only  # only the verbs' complement prepositions,
                                                        # the other tables as they are
    python scripts/build_grammar.py --places-only  # only the place names, then the per-form tags

From UD Arabic PUD (CC BY-SA 3.0), sentences whose index is not ≡ 0 mod 10 (the rest are held
out and only scored): per surface token (clitics joined back as written) its core part of speech
(the word left once و/ف/ب/ل/ك/س and pronoun suffixes are set aside) and whether a phrase may end
after it given the next token (no tight dependency — name, idafa, number and unit, preposition
and its noun, subject or object of a verb, a complementizer and its clause — crosses the gap).
Stored as a form lexicon, logistic-regression affix weights for unseen forms and cut rates per tag pair.

From SaudiNewsNet train titles and sentences (CC BY-NC-SA 4.0): only counts and single word forms
— how often a frequent word opens or closes a title, which forms open news sentences (verbs) and
which are mostly personal names and which place names, which words are almost never followed by punctuation (a
phrase rarely ends after them: a noun in construct, a first name, a verb) and which prepositions
the clauses of sentence-opening verbs nearly always hold («اطلع … على») — never title or sentence
text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from khulasa.summarize.clauses import OFFICES
from khulasa.text import grammar
from khulasa.text.charsets import WORD_RE
from khulasa.text.normalize import normalize_letters
from khulasa.text.sentences import split_sentences
from khulasa.text.tokens import words

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PUD = DATA / "ud-arabic-pud" / "ar_pud-ud-test.conllu.gz"
TITLES = DATA / "saudinewsnet" / "train.jsonl.gz"
OUT = ROOT / "src" / "khulasa" / "data" / "grammar-ar.json"
TAGS_OUT = ROOT / "src" / "khulasa" / "data" / grammar.FORM_TAGS
HELD_OUT_EVERY = 10
MIN_LEXICAL_COUNT = 3
MIN_TITLE_COUNT = 30
MIN_OPENINGS = 8
OPENING_SHARE = 0.3
MIN_NAME_CONTEXTS = 10
NAME_TITLES = grammar.word_set("الأمير الأميرة الملك الشيخ الشيخة الدكتور د المهندس الأستاذ السيد السيدة اللواء العميد العقيد")
NAME_SHARE = 0.3
# Place kinds whose next word is the place's name («محافظة ينبع», «بمدينة سيئون»): a form seen
# there in NAME_SHARE of at least MIN_NAME_CONTEXTS occurrences is a place name.
PLACE_KINDS = grammar.word_set(
    "محافظة مدينة منطقة إمارة بلدة قرية بمحافظة بمدينة بمنطقة بإمارة ببلدة بقرية لمحافظة لمدينة لمنطقة "
    "ومحافظة ومدينة ومنطقة")
# A form seen this often and followed by punctuation (or the sentence end) in under this share of
# its occurrences is listed with its share; callers choose their own threshold below it
# (headlines 3 %, bullets 5 %: summarize/clauses.py).
MIN_ENDING_EVIDENCE = 30
ENDING_SHARE = 0.05
# A verb wants a preposition when the clause it opens (up to the next punctuation, 14 words)
# holds it at least this often, over at least this many clauses («اطلع … على», «حرص … على»).
COMPLEMENT_PREPOSITIONS = grammar.word_set("على عن إلى من")
CLAUSE_WORDS = 14
MIN_COMPLEMENT_CLAUSES = 10
# Verbs the counts would give a complement that as often take a bare object, in another sense:
# «نقلت وكالة … عن» (reported from) but «نقلت الفرق الجرحى إلى …» (moved), «طلب … من» but «طلب
# القائدان عدم نشر …», «تبحث السلطات طلبا», «سيتولى ويب مهمة …», «تتناول اللوحة وحدة …»,
# «استقطبت العروض آلاف الزوار», «اشتكى اللاعب إدارة النصر»; read off the train diffs at 10 and 0.7.
TRANSITIVE_TOO = grammar.word_set(
    "نقل نقلت ينقل تنقل طلب طلبت يطلب تطلب بحث بحثت يبحث تبحث تولى تولت يتولى سيتولى تتناول يتناول تناول تناولت "
    "استقطب استقطبت اشتكى اشتكت يجسد تجسد")
COMPLEMENT_SHARE = 0.7
_PUNCTUATION_RE = re.compile(r"[،,؛;:.!؟?]")
L2 = 0.5
# Dependencies that a phrase boundary must not cut (the dependent and its head stay together).
TIGHT = {"flat", "fixed", "compound", "compound:prt", "goeswith", "case", "det", "nummod",
         "obj", "iobj", "nsubj", "nsubj:pass", "ccomp", "xcomp", "csubj", "csubj:pass", "mark",
         "cc", "aux", "cop", "clf"}
PROCLITIC_LETTERS = set("وفبلكس")


Word = dict[str, str]


def read_pud() -> Iterator[list[Word]]:
    """Sentences of PUD as lists of syntactic words."""
    sentence: list[Word] = []
    with gzip.open(PUD, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    yield sentence
                sentence = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            sentence.append({"id": cols[0], "form": cols[1], "upos": cols[3], "feats": cols[5],
                             "head": cols[6], "deprel": cols[7], "misc": cols[9]})
    if sentence:
        yield sentence


def surface_tokens(sentence: list[Word]) -> list[list[int]]:
    """Word indexes grouped as written: non-punctuation words joined where SpaceAfter=No."""
    groups: list[list[int]] = []
    glued = False
    for i, word in enumerate(sentence):
        if word["upos"] == "PUNCT":
            glued = False
            continue
        if glued and groups:
            groups[-1].append(i)
        else:
            groups.append([i])
        glued = "SpaceAfter=No" in word["misc"]
    return groups


def core_tag(sentence: list[Word], group: list[int]) -> str:
    """The part of speech of the token's core: proclitic letters and pronoun suffixes aside."""
    core = list(group)
    while len(core) > 1 and len(sentence[core[0]]["form"]) == 1 and sentence[core[0]]["form"] in PROCLITIC_LETTERS:
        core.pop(0)
    while len(core) > 1 and sentence[core[-1]]["upos"] == "PRON":
        core.pop()
    return grammar.coarse_tag(sentence[core[0]]["upos"])


def clean_cuts(sentence: list[Word], groups: list[list[int]]) -> list[bool]:
    """For each token but the last: may a phrase end after it?"""
    token_of = {i: t for t, group in enumerate(groups) for i in group}
    has_case = {int(w["head"]) - 1 for w in sentence if w["deprel"] == "case"}
    blocked = [False] * len(groups)
    for i, word in enumerate(sentence):
        head = int(word["head"]) - 1
        if head < 0 or i not in token_of or head not in token_of:
            continue
        relation = word["deprel"]
        tight = relation in TIGHT or (relation == "nmod" and i not in has_case) or (
            relation == "amod" and ("Proper=True" in word["misc"] or sentence[head]["upos"] == "PROPN"))
        if not tight:
            continue
        a, b = sorted((token_of[i], token_of[head]))
        for t in range(a, b):
            blocked[t] = True
    return [not b for b in blocked[:-1]]


def token_text(sentence: list[Word], group: list[int]) -> str:
    return normalize_letters("".join(sentence[i]["form"] for i in group))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tags-only", action="store_true", help="only rebuild " + grammar.FORM_TAGS)
    parser.add_argument("--complements-only", action="store_true", help="only rebuild the complements table")
    parser.add_argument("--places-only", action="store_true", help="only rebuild the place names, then the tags")
    arguments = parser.parse_args()
    if arguments.tags_only:
        write_form_tags()
        return
    if arguments.complements_only:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))
        shipped["complements"] = complements(sentence_counts()[-1])
        OUT.write_text(json.dumps(shipped, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(shipped['complements'])} verbs' complements to {OUT}")
        return
    if arguments.places_only:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))
        seen, _, _, place_contexts, _, _ = sentence_counts()
        shipped["places"] = place_names(seen, place_contexts)
        OUT.write_text(json.dumps(shipped, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(shipped['places'])} place names to {OUT}")
        write_form_tags()
        return
    TAGS_OUT.unlink(missing_ok=True)  # computed from the old tables: rebuilt below
    tags = grammar.TAGS
    lexicon: dict[str, Counter[str]] = defaultdict(Counter)
    affix_rows: list[list[str]] = []
    affix_tags: list[int] = []
    cuts: dict[str, Counter[bool]] = defaultdict(Counter)
    held_out: list[tuple[list[str], list[str], list[bool]]] = []
    for index, sentence in enumerate(read_pud()):
        groups = surface_tokens(sentence)
        forms = [token_text(sentence, g) for g in groups]
        gold = [core_tag(sentence, g) for g in groups]
        ends = clean_cuts(sentence, groups)
        if index % HELD_OUT_EVERY == 0:
            held_out.append((forms, gold, ends))
            continue
        for form, tag in zip(forms, gold, strict=True):
            lexicon[form][tag] += 1
            affix_rows.append(grammar.affix_features(form))
            affix_tags.append(tags.index(tag))
        for t, clean in enumerate(ends):
            for key in grammar.cut_keys(forms[t], gold[t], forms[t + 1], gold[t + 1]):
                cuts[key][clean] += 1
    bias, weights = fit_tagger(affix_rows, affix_tags)
    seen, openings, name_contexts, place_contexts, endings, clauses = sentence_counts()
    tables = {
        "source": "UD Arabic PUD (CC BY-SA 3.0), sentences with index % 10 != 0; "
                  "title statistics: SaudiNewsNet train (CC BY-NC-SA 4.0), counts only",
        "tags": list(tags),
        "prior": bias,
        "lexicon": {f: c.most_common(1)[0][0] for f, c in sorted(lexicon.items())
                    if sum(c.values()) >= MIN_LEXICAL_COUNT or len(c) == 1},
        "affix": weights,
        "cut": {key: [c[True], c[False]] for key, c in sorted(cuts.items()) if sum(c.values()) >= MIN_LEXICAL_COUNT},
        "title_edges": title_edges(),
        "opening_verbs": opening_verbs(seen, openings),
        "names": personal_names(seen, name_contexts),
        "places": place_names(seen, place_contexts),
        "rarely_ending": rarely_ending(seen, endings),
        "complements": complements(clauses),
    }
    OUT.write_text(json.dumps(tables, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    grammar.reload()
    report(held_out)
    write_form_tags()


def write_form_tags() -> None:
    """The tag of every form of the shipped wordfreq trie, by key id, computed now so that an
    article rarely pays for the affix model: the same answers as `grammar.tag`, looked up."""
    from khulasa.text.frequency import table

    TAGS_OUT.unlink(missing_ok=True)
    grammar.reload()
    forms = table().forms
    found = bytearray(len(forms))
    for form, key in forms.iteritems():
        found[key] = grammar.TAGS.index(grammar.computed_tag(form))
    TAGS_OUT.write_bytes(bytes(found))
    grammar.reload()
    print(f"wrote the tags of {len(found):,} wordfreq forms to {TAGS_OUT}")


def fit_tagger(rows: list[list[str]], targets: list[int]) -> tuple[list[float], dict[str, list[float]]]:
    """Multinomial logistic regression (L2, L-BFGS) from affix features to tags: the tagger for
    forms the lexicon does not hold. Returns the bias and each feature's weights per tag."""
    names = sorted({f for row in rows for f in row})
    index = {f: i for i, f in enumerate(names)}
    cols = [index[f] for row in rows for f in row]
    rows_of = [r for r, row in enumerate(rows) for _ in row]
    features = sparse.csr_matrix((np.ones(len(cols)), (rows_of, cols)), shape=(len(rows), len(names)))
    classes = len(grammar.TAGS)
    onehot = np.zeros((len(rows), classes))
    onehot[np.arange(len(rows)), targets] = 1.0

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        weights, bias = flat[:-classes].reshape(len(names), classes), flat[-classes:]
        logits = features @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        value = -np.sum(onehot * np.log(probs + 1e-12)) + L2 * np.sum(weights**2)
        delta = probs - onehot
        grad = np.concatenate([(features.T @ delta + 2 * L2 * weights).ravel(), delta.sum(axis=0)])
        return float(value), grad

    start = np.zeros(len(names) * classes + classes)
    result = optimize.minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 300})
    weights, bias = result.x[:-classes].reshape(len(names), classes), result.x[-classes:]
    return ([round(float(b), 3) for b in bias],
            {f: [round(float(w), 3) for w in weights[i]] for f, i in index.items() if np.abs(weights[i]).max() > 0.01})


def sentence_counts() -> tuple[Counter[str], Counter[str], Counter[str], Counter[str], Counter[str], dict[str, Counter[str]]]:
    """One pass over the SaudiNewsNet train sentences: how often each word form occurs, opens a
    sentence (a «و/ف» set aside), stands where a personal name stands (right after a title of
    persons, NAME_TITLES, or beside «بن/بنت»), stands where a place's name stands (right after a
    place kind, PLACE_KINDS) and is followed by punctuation or the sentence's
    end; and for each verb opening a sentence, how many clauses it opened and how many of them
    held each complement preposition (key ""). Counts only."""
    seen: Counter[str] = Counter()
    openings: Counter[str] = Counter()
    name_contexts: Counter[str] = Counter()
    place_contexts: Counter[str] = Counter()
    endings: Counter[str] = Counter()
    clauses: dict[str, Counter[str]] = defaultdict(Counter)
    sons = grammar.word_set("بن بنت")
    with gzip.open(TITLES, "rt", encoding="utf-8") as lines:
        for line in lines:
            for span in split_sentences(json.loads(line)["text"]):
                found = list(WORD_RE.finditer(span.text))
                if not found:
                    continue
                forms = [normalize_letters(m.group()) for m in found]
                seen.update(forms)
                first = forms[0]
                bare = first[1:] if len(first) > 3 and first[0] in "وف" else first
                openings[bare] += 1
                ends = [i + 1 == len(forms) or bool(_PUNCTUATION_RE.search(span.text, found[i].end(), found[i + 1].start()))
                        for i in range(len(forms))]
                for i, form in enumerate(forms):
                    if (i > 0 and (forms[i - 1] in NAME_TITLES or forms[i - 1] in sons)) or (
                            i + 1 < len(forms) and forms[i + 1] in sons):
                        name_contexts[form] += 1
                    if i > 0 and forms[i - 1] in PLACE_KINDS:
                        place_contexts[form] += 1
                    if ends[i]:
                        endings[form] += 1
                if len(forms) > 2 and grammar.is_verb(bare):
                    clause = forms[1 : 1 + min(CLAUSE_WORDS, ends.index(True))]
                    clauses[bare][""] += 1
                    clauses[bare].update(set(clause) & COMPLEMENT_PREPOSITIONS)
    return seen, openings, name_contexts, place_contexts, endings, clauses


def complements(clauses: dict[str, Counter[str]]) -> dict[str, list[str]]:
    """Sentence-opening verb forms whose clause holds one complement preposition in at least
    COMPLEMENT_SHARE of at least MIN_COMPLEMENT_CLAUSES clauses, with that preposition: the verb
    wants a complement («اطلع … على», «يتكون … من»), so a statement cut before it is unfinished.
    Not the verbs of TRANSITIVE_TOO, whose object is as often bare. Forms only."""
    found = {verb: sorted(p for p in COMPLEMENT_PREPOSITIONS if counts[p] >= COMPLEMENT_SHARE * counts[""])
             for verb, counts in sorted(clauses.items()) if counts[""] >= MIN_COMPLEMENT_CLAUSES and verb not in TRANSITIVE_TOO}
    return {verb: prepositions for verb, prepositions in found.items() if prepositions}


def rarely_ending(seen: Counter[str], endings: Counter[str]) -> dict[str, float]:
    """Word forms seen at least MIN_ENDING_EVIDENCE times and followed by punctuation or the
    sentence end in under ENDING_SHARE of them, with that share: a noun in construct («بداية»,
    «إلزامية»), a first name («جمال»), a word that wants its complement («المنضم»). PUD's cut
    rates are per tag pair and miss these when the tagger misreads the word; forms and shares
    only, no text."""
    return {w: round(endings[w] / n, 3) for w, n in sorted(seen.items())
            if n >= MIN_ENDING_EVIDENCE and endings[w] / n < ENDING_SHARE}


def opening_verbs(seen: Counter[str], openings: Counter[str]) -> list[str]:
    """Word forms that open at least OPENING_SHARE of the SaudiNewsNet train sentences they
    appear in (a «و/ف» set aside), seen at least MIN_OPENINGS times: news prose is verb-first, so
    these are past-tense verbs («أعلن», «شوهد») that PUD is too small to list. Forms only."""
    return sorted(
        w for w, n in openings.items()
        if n >= MIN_OPENINGS and n / max(1, seen[w] + seen["و" + w] + seen["ف" + w]) >= OPENING_SHARE
        and not w.startswith("ال") and not grammar.binds_forward(w) and not any(c.isdigit() for c in w)
    )


def personal_names(seen: Counter[str], name_contexts: Counter[str]) -> list[str]:
    """Word forms that SaudiNewsNet train sentences use mostly as personal names: seen at least
    MIN_NAME_CONTEXTS times right after a title of persons (NAME_TITLES: «الأمير فيصل»; «الكاتب» or
    «المستشار» are followed by verbs and places too) or beside «بن/بنت» («خالد بن …»,
    «… بن سعد»), in at least NAME_SHARE of their occurrences. PUD is too small to know «فيصل» or
    «سعد» (the affix model reads them as verbs, and captions make «فيصل» open sentences like a
    verb); forms only, no text. Not an office, a title or a closed-class word."""
    return sorted(
        w for w, n in name_contexts.items()
        if n >= MIN_NAME_CONTEXTS and n / seen[w] >= NAME_SHARE and not w.startswith("ال")
        and not grammar.binds_forward(w) and not grammar.is_title(w) and not grammar.is_title("ال" + w) and w not in OFFICES
        and not w.startswith(("بال", "لل", "كال")) and not any(c.isdigit() or c.isascii() for c in w)
    )


def place_names(seen: Counter[str], place_contexts: Counter[str]) -> list[str]:
    """Word forms that SaudiNewsNet train sentences use mostly as place names: seen at least
    MIN_NAME_CONTEXTS times right after a place kind («محافظة ينبع», «بمدينة سيئون»), in at least
    NAME_SHARE of their occurrences, and commoner than their «ال» form (an adjective takes it:
    «منطقة حدودية»). The affix model reads «ينبع», «تبوك», «إدلب», «سيئون» as verbs, so a line
    seemed to end on a verb still owed its object; forms only, no text. Not an adverb («دوماً»)."""
    return sorted(
        w for w, n in place_contexts.items()
        if n >= MIN_NAME_CONTEXTS and n / seen[w] >= NAME_SHARE and seen["ال" + w] < seen[w] and not w.startswith("ال")
        and grammar.tag(w) != "ADV" and not grammar.binds_forward(w) and not grammar.is_title(w) and w not in OFFICES
        and not any(c.isdigit() or c.isascii() for c in w)
    )


def title_edges() -> dict[str, list[int]]:
    """For each word seen in ≥ MIN_TITLE_COUNT titles: [occurrences, opening a title, closing one]."""
    seen: Counter[str] = Counter()
    opens: Counter[str] = Counter()
    closes: Counter[str] = Counter()
    with gzip.open(TITLES, "rt", encoding="utf-8") as lines:
        for line in lines:
            title = [normalize_letters(w) for w in words(json.loads(line)["title"])]
            if not title:
                continue
            seen.update(title)
            opens[title[0]] += 1
            closes[title[-1]] += 1
    return {w: [n, opens[w], closes[w]] for w, n in sorted(seen.items()) if n >= MIN_TITLE_COUNT}


def report(held_out: list[tuple[list[str], list[str], list[bool]]]) -> None:
    """Tagging and cut accuracy on the held-out PUD sentences (printed, and the README's numbers)."""
    right = total = unseen_right = unseen = 0
    cut_right = cut_total = 0
    lexicon = grammar.tables().lexicon
    for forms, gold, ends in held_out:
        for form, tag in zip(forms, gold, strict=True):
            guess = grammar.tag(form)
            right += guess == tag
            total += 1
            if form not in lexicon:
                unseen += 1
                unseen_right += guess == tag
        for t, clean in enumerate(ends):
            cut_right += grammar.can_cut(forms[t], forms[t + 1]) == clean
            cut_total += 1
    print(f"held-out PUD ({len(held_out)} sentences): tagging {100 * right / total:.1f}% of {total} tokens "
          f"({100 * unseen_right / max(unseen, 1):.1f}% of {unseen} unseen forms); "
          f"phrase-end decisions {100 * cut_right / cut_total:.1f}% of {cut_total} gaps")


if __name__ == "__main__":
    main()
