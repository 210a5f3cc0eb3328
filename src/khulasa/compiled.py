"""Whether the hot path runs compiled (mypyc, see setup.py) or from source, and the guard
that keeps a stale build from running.

An editable install compiles modules next to their sources, and Python imports an extension
before a .py of the same name: an edited module would silently run its old compiled code. So
the build records each compiled source's hash (compiled.json); if any source no longer matches
(or KHULASA_PURE=1 is set), every compiled module is imported from its .py instead: they call
each other directly in C, so a mix of fresh and stale ones would not be the code in the tree.
Rebuild with the install command (`pip install -e .`) to run compiled again.

    python -m khulasa.compiled   # prints the status
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

_PACKAGE = Path(__file__).resolve().parent
_MANIFEST = _PACKAGE / "compiled.json"


def _source(module: str) -> Path:
    return _PACKAGE.parent.joinpath(*module.split(".")).with_suffix(".py")


def _extensions() -> frozenset[str]:
    """The khulasa modules that have an extension file next to their .py."""
    found = set()
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for path in _PACKAGE.rglob("*" + suffix):
            source = path.with_name(path.name[: -len(suffix)] + ".py")
            if source.is_file():
                found.add(".".join(source.relative_to(_PACKAGE.parent).with_suffix("").parts))
    return frozenset(found)


class _FromSource(importlib.abc.MetaPathFinder):
    """Imports the given modules from their .py even where an extension of the same name exists."""

    def __init__(self, modules: frozenset[str]) -> None:
        self.modules = modules

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, _source(fullname))


def _status() -> tuple[str, frozenset[str]]:
    """(status line, modules to import from source)."""
    built = _extensions()
    if not built:
        return "pure Python (no compiled modules built)", frozenset()
    if os.environ.get("KHULASA_PURE"):
        return "pure Python (KHULASA_PURE is set)", built
    manifest: dict[str, str] = json.loads(_MANIFEST.read_text(encoding="utf-8")) if _MANIFEST.is_file() else {}
    stale = sorted(m for m in built if hashlib.sha256(_source(m).read_bytes()).hexdigest() != manifest.get(m))
    if stale:
        return (f"pure Python: compiled modules are older than their sources ({', '.join(stale)}); "
                "rebuild with pip install -e .", built)
    return f"compiled: {len(built)} modules (mypyc)", frozenset()


STATUS, FROM_SOURCE = _status()
if FROM_SOURCE and __name__ != "__main__":  # `python -m` runs this file a second time
    sys.meta_path.insert(0, _FromSource(FROM_SOURCE))


def compiled_modules() -> list[str]:
    """The khulasa modules that are running as C extensions now."""
    return sorted(name for name, module in sys.modules.items()
                  if name.startswith("khulasa.") and not str(getattr(module, "__file__", "")).endswith(".py"))


if __name__ == "__main__":
    print(STATUS)
