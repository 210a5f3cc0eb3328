"""Story digest: many articles of a day (or days) in, one entry per story out.

`khulasa.digest(articles, DigestConfig())` returns a `Digest`; this package module is callable
for that, and `khulasa.digest.digest` is the same function for code that wants a plain import.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

from khulasa.digest.build import digest, digest_rows
from khulasa.digest.model import (
    ArticleRef,
    Bullet,
    Citation,
    Digest,
    DigestConfig,
    RowError,
    Story,
)

__all__ = ["ArticleRef", "Bullet", "Citation", "Digest", "DigestConfig", "RowError", "Story",
           "digest", "digest_rows"]


class _CallableModule(ModuleType):
    """Lets `khulasa.digest(...)` call the function while `khulasa.digest` stays a package."""

    def __call__(self, *args: Any, **kwargs: Any) -> Digest:
        return digest(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
