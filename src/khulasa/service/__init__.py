"""HTTP interface: a FastAPI app over the library (needs the `serve` extra); the library never imports it."""

from __future__ import annotations

from khulasa.service.app import create_app
from khulasa.service.settings import ServiceSettings

__all__ = ["ServiceSettings", "create_app"]
