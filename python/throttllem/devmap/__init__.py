"""OpenCL CPU/GPU device selection on the DevMap benchmark (see docs/DEVMAP.md).

>>> from throttllem.devmap import load_platform, cross_validate
>>> data = load_platform("amd")                         # downloads + sha256-checks on first use
>>> cross_validate("grewe", data, "grouped").score.accuracy

Sub-packages, in layers (each imports only those before it):

- ``data``: the DevMap tables (``dataset``) and their sha256-checked download (``download``);
- ``source``: kernel-source analysis: ``lexer``, ``rewriter``, ``atomizer``, the static counter
  (``static_syntax``, ``static_parse``, ``static_counts``), token statistics and Grewe F1-F4
  (``features``), structure and launch features (``structure``);
- ``models``: the registry (static, grewe, gbdt, gbdt-source, gbdt-plus, deeptune and variants),
  each tree model's one feature row (``launch``), TL2cgen compilation (``compiled``), ``--set`` checks;
- ``evaluation``: folds (``protocols``), fold tasks and cache (``crossval``), ``metrics``, tables
  (``evaluate``), ``spread``, ``anatomy``, ``published``, ``plots``, and the command runs (``run``);
- ``deploy``: the compiled ``DeviceSelector`` (``selector``);
- ``host``: the selector in a pyopencl host program (``HostSelector``: decide, get the context/queue, log);
- ``profiler``: the pyopencl kernel profiler and the evaluation of selectors on what it measured.
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
from throttllem.devmap.host import DecisionLog, HostSelector, LaunchChoice

__all__ = [
    "MODELS", "Choice", "CompiledClassifier", "DecisionLog", "HostSelector", "LaunchChoice", "DeviceSelector", "DevMapData", "DevMapDataError", "GreedyAtomizer", "LexError", "Score",
    "Token", "compile_classifier", "create", "cross_validate", "evaluate", "folds", "load_csv", "load_platform",
    "normalise", "score", "strip_comments", "tokenize",
]
