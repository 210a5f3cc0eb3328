"""Trained linear models shipped as package data: a few named weights in JSON, numpy to apply.

Linear models keep loading instant and the runtime free of training libraries; the training
script (scripts/train.py) records data hashes, parameters and dev scores beside the weights.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np


@dataclass(frozen=True)
class LinearModel:
    """score = ((features - mean) / scale) · coef + intercept, over named feature columns."""

    feature_names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    metadata: dict[str, Any]

    def predict(self, features: np.ndarray) -> np.ndarray:
        """One score per row of `features` (columns in `feature_names` order)."""
        return ((features - self.mean) / self.scale) @ self.coef + self.intercept

    def to_json(self) -> str:
        """The shipped file format (what `load_model` reads)."""
        return json.dumps(
            {
                "feature_names": list(self.feature_names),
                "mean": self.mean.tolist(),
                "scale": self.scale.tolist(),
                "coef": self.coef.tolist(),
                "intercept": self.intercept,
                "metadata": self.metadata,
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        return cls(
            tuple(data["feature_names"]),
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            np.asarray(data["coef"], dtype=np.float64),
            float(data["intercept"]),
            data.get("metadata", {}),
        )


@lru_cache(maxsize=None)
def load_model(name: str) -> LinearModel:
    """The shipped model `data/models/{name}.json`."""
    path = resources.files("khulasa.data").joinpath(f"models/{name}.json")
    return LinearModel.from_json(path.read_text(encoding="utf-8"))
