"""Embedded default synthetic-traffic parameters (no download needed to run the simulator).

``CONV_2023`` was fitted with :func:`throttllem.traces.synthetic.fit` to
``AzureLLMInferenceTrace_conv.csv`` from github.com/Azure/AzurePublicDataset (commit
b469a113cedca53ddc3bdea71a143dc4b7d8700c, sha256 2f1e5b66...0bf8, 19,366 requests over
~58 min; CC-BY 4.0, Patel et al., "Splitwise", ISCA 2024). Only these summary statistics are
embedded, not the trace. Reproduce with::

    python -m throttllem.traces.synthetic AzureLLMInferenceTrace_conv.csv

(tests/test_traces_synthetic.py refits the shared copy and compares).
"""

from __future__ import annotations

from throttllem.traces.synthetic import SyntheticParams

CONV_2023 = SyntheticParams(
    rate_rps=5.5301,
    interarrival_cv=1.0942,
    prompt_quantiles=(2, 29, 120, 181, 207, 387, 403, 703, 1020, 1071, 1130, 1315, 2734, 4083, 4092,
                      4142, 6179, 14050),
    output_quantiles=(7, 16, 28, 41, 54, 77, 91, 103, 129, 177, 384, 400, 424, 451, 522, 601, 954, 1000),
    length_rank_correlation=0.0728,
    source="AzureLLMInferenceTrace_conv.csv (Azure LLM inference trace 2023, CC-BY 4.0)",
)
