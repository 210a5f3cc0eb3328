"""Build src/khulasa/data/stopwords-ar.txt from a closed-class seed list, reproducibly.

Arabic function words (particles, pronouns, demonstratives, relatives, auxiliaries and the
reporting verbs of news prose) are written out below by hand; each is expanded with the
conjunction clitics و/ف that Arabic writes attached, and kept only if `wordfreq` knows the
form, so the list holds real spellings. The output is sorted and deterministic.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import zipf_frequency

SEED = """
في من إلى الى على عن مع منذ حتى عند لدى خلال بين بعد قبل أمام امام حول دون ضد عبر تحت فوق نحو
لـ ب ك ل و ف ثم أو او أم ام بل لكن لكنه لكنها لكن غير سوى إلا الا
إن ان أن إنه انه أنه إنها انها أنها أنهم انهم إنما كأن لأن لان لعل ليت
هو هي هم هن هما أنا انا نحن أنت انت أنتم انتم إياه
هذا هذه ذلك تلك هؤلاء أولئك اولئك هنا هناك هنالك ذاك
الذي التي الذين اللذين اللتين اللاتي اللواتي ما ماذا من متى أين اين كيف لماذا كم أي اي أية
كل بعض جميع كافة عدة أكثر اكثر أقل اقل نفس ذات أيضا ايضا فقط قد لقد لم لن لا ليس ليست سوف
كان كانت كانوا يكون تكون يكونوا أصبح اصبح أصبحت صار ظل مازال ما زال لايزال لا يزال
قال قالت وقال وقالت يقول تقول أضاف اضاف وأضاف أضافت وأضافت أكد اكد وأكد أكدت وأكدت
أشار اشار وأشار أشارت وأشارت أوضح اوضح وأوضح أوضحت وأوضحت ذكر وذكر ذكرت وذكرت
حيث إذ اذ إذا اذا لو لولا كما مثل وفق وفقا حسب بحسب وبحسب بينما عندما حين حينما كلما
به بها بهم له لها لهم منه منها منهم عنه عنها عليه عليها عليهم فيه فيها فيهم إليه اليه إليها اليها
هناك يتم تم وتم يمكن كذلك لذلك وذلك وهذا وهذه ومن وفي وعلى وإلى والى وعن ومع وأن وان وإن
أمس امس اليوم غدا الآن الان عام العام خلال ضمن إطار اطار جانب
"""


def main() -> None:
    words: set[str] = set()
    for word in SEED.split():
        for form in (word, "و" + word, "ف" + word):
            if form == word or zipf_frequency(form, "ar") > 0:
                words.add(form)
    out = Path(__file__).resolve().parents[1] / "src/khulasa/data/stopwords-ar.txt"
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} stop words to {out}")


if __name__ == "__main__":
    main()
