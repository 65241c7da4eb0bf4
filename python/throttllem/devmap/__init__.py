"""OpenCL CPU/GPU device selection on the DevMap benchmark (DESIGN.md §6, docs/DEVMAP.md).

>>> from throttllem.devmap import load_platform, cross_validate
>>> data = load_platform("amd")                         # downloads + sha256-checks on first use
>>> cross_validate("grewe", data, "grouped").score.accuracy

Pieces: ``dataset`` (loader), ``download`` (sha256-checked fetch), ``lexer`` / ``rewriter`` /
``atomizer`` (source processing), ``features`` (Grewe F1-F4, token statistics), ``protocols``
(random and grouped folds), ``metrics``, ``models`` (registry: static, grewe, gbdt, gbdt-source, deeptune), ``selector`` (DeviceSelector),
``compiled`` (TL2cgen classifiers through ctypes), ``evaluation`` (tables).
"""

from throttllem.devmap.source.atomizer import GreedyAtomizer
from throttllem.devmap.models.compiled import CompiledClassifier, compile_classifier
from throttllem.devmap.data.dataset import DevMapData, DevMapDataError, load_csv, load_platform
from throttllem.devmap.evaluation.evaluate import cross_validate, evaluate
from throttllem.devmap.source.lexer import LexError, Token, strip_comments, tokenize
from throttllem.devmap.evaluation.metrics import Score, score
from throttllem.devmap.models import MODELS, create
from throttllem.devmap.evaluation.protocols import folds
from throttllem.devmap.source.rewriter import normalise
from throttllem.devmap.deploy.selector import Choice, DeviceSelector

__all__ = [
    "MODELS", "Choice", "CompiledClassifier", "DeviceSelector", "DevMapData", "DevMapDataError", "GreedyAtomizer", "LexError", "Score",
    "Token", "compile_classifier", "create", "cross_validate", "evaluate", "folds", "load_csv", "load_platform",
    "normalise", "score", "strip_comments", "tokenize",
]
