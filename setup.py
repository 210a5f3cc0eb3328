"""Build hook: compile the per-word hot path to C with mypyc when it can (pure Python otherwise).

The modules in COMPILED are type-checked Python; mypyc turns them into C extensions that run
the same code about 1.2× as fast (bench/throughput.py). Without a C compiler, with mypyc
failing, or with KHULASA_PURE=1 set, the package installs as pure Python and runs the same.
A manifest of the compiled sources' hashes (khulasa/compiled.json) lets `khulasa.compiled`
refuse a stale build: after editing a compiled module, it runs from source until rebuilt.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# What a profile of the full pipeline spends its time in (per-word lookups, grammar,
# statements, highlights, headline, key phrases).
COMPILED = [
    "khulasa/text/wordcache.py", "khulasa/text/normalize.py", "khulasa/text/stems.py",
    "khulasa/text/morphology.py", "khulasa/text/grammar.py", "khulasa/text/segment.py",
    "khulasa/text/frequency.py", "khulasa/text/document.py", "khulasa/text/sentences.py",
    "khulasa/text/repair.py", "khulasa/text/furniture.py", "khulasa/text/tokens.py",
    "khulasa/text/formtable.py",
    "khulasa/summarize/clauses.py", "khulasa/summarize/highlights.py",
    "khulasa/summarize/headline.py", "khulasa/summarize/keywords.py", "khulasa/rank/features.py",
    "khulasa/summarize/select.py",
]  # fmt: skip
SOURCE = Path(__file__).resolve().parent / "src"
MANIFEST = "khulasa/compiled.json"
# The commands that build extensions (pip's metadata steps run setup.py too: no mypyc for them).
_BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def _warn(message: str) -> None:
    print(f"khulasa: {message}; installing pure Python", file=sys.stderr)


def _hashes() -> dict[str, str]:
    """sha256 of each compiled module's source, by module name (what compiled.json holds)."""
    return {path[:-3].replace("/", "."): hashlib.sha256((SOURCE / path).read_bytes()).hexdigest()
            for path in COMPILED}


def _built_in_place() -> bool:
    """An editable install's extensions already sit next to these very sources, for this Python:
    a second `pip install -e` (the test command after the install command) keeps them instead
    of compiling for another minute or two."""
    manifest = SOURCE / MANIFEST
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    return (manifest.is_file() and json.loads(manifest.read_text(encoding="utf-8")) == _hashes()
            and (SOURCE / f"khulasa__mypyc{suffix}").is_file()
            and all((SOURCE / path).with_suffix(suffix).is_file() for path in COMPILED))


def _extensions() -> list:
    if os.environ.get("KHULASA_PURE") or not _BUILDS.intersection(sys.argv):
        return []
    if "editable_wheel" in sys.argv and _built_in_place():
        print("khulasa: compiled modules are up to date", file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not available")
        return []
    try:
        return mypycify(["--config-file", "pyproject.toml", *(f"src/{path}" for path in COMPILED)],
                        group_name="khulasa", target_dir="build/mypyc")
    except (Exception, SystemExit) as error:  # a type error or an unsupported construct
        _warn(f"mypyc could not compile ({error})")
        return []


class BuildExt(build_ext):
    """build_ext that falls back to pure Python when the C build fails, and writes the
    manifest of what it compiled next to the extensions."""

    def run(self) -> None:
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as error:  # no compiler, no Python headers
            _warn(f"the C build failed ({error})")
            return
        root = SOURCE if self.inplace else Path(self.build_lib)
        (root / MANIFEST).write_text(json.dumps(_hashes(), indent=1) + "\n", encoding="utf-8")

    def get_source_files(self) -> list[str]:
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildExt})
