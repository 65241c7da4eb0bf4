"""``throttllem evaluate``: every serving configuration x load level x length source on one trace.

All figures modelled (the serving simulator). See docs/EVALUATION.md.
"""

from throttllem.sim.evaluation.entries import ENTRIES, LENGTH_SOURCES, Entry, Row, Targets, entries, register
from throttllem.sim.evaluation.matrix import Evaluation, EvaluationConfig, evaluate, load_trace, savings

__all__ = ["ENTRIES", "LENGTH_SOURCES", "Entry", "Evaluation", "EvaluationConfig", "Row", "Targets", "entries",
           "evaluate", "load_trace", "register", "savings"]
