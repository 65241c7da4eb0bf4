"""Request traces: the Azure LLM inference CSV format, rate scaling, fitted synthetic traffic.

>>> from throttllem.traces import CONV_2023, generate
>>> trace = generate(CONV_2023, duration_s=60.0, seed=1)
>>> round(trace.mean_rps) in range(3, 9)
True
"""

from throttllem.traces.defaults import CONV_2023
from throttllem.traces.download import PUBLIC_TRACES, DownloadError, download, resolve, sha256_of
from throttllem.traces.loader import TraceFormatError, load_csv
from throttllem.traces.synthetic import SyntheticParams, fit, generate
from throttllem.traces.trace import Trace

__all__ = [
    "CONV_2023",
    "PUBLIC_TRACES",
    "DownloadError",
    "SyntheticParams",
    "Trace",
    "TraceFormatError",
    "download",
    "fit",
    "generate",
    "load_csv",
    "resolve",
    "sha256_of",
]
