"""Optional dependencies: which extra installs a missing module, said in one line."""

from __future__ import annotations

import importlib

# Top-level module -> the extra (pyproject.toml) that installs it.
EXTRA_OF = {
    "rouge_score": "eval", "sumy": "eval", "nltk": "eval", "pyarabic": "eval",
    "pyarrow": "parquet",
    "dask": "dask", "distributed": "dask",
    "fastapi": "serve", "uvicorn": "serve", "trafilatura": "serve", "starlette": "serve",
    "pydantic": "serve",
}


def install_hint(error: ImportError, what: str) -> str:
    """'WHAT needs the X extra (M is missing): pip install "khulasa[X]"' for a missing module."""
    module = (error.name or "").partition(".")[0]
    extra = EXTRA_OF.get(module)
    if extra is None:
        return f"{what} cannot import {module or error}: reinstall khulasa"
    return f"{what} needs the {extra} extra ({module} is missing): pip install 'khulasa[{extra}]'"


def require(what: str, *modules: str) -> None:
    """Import each module now; ImportError with the install hint as its message if one is missing."""
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as error:
            raise ImportError(install_hint(error, what), name=error.name) from None
