"""Published DevMap results (random 10-fold protocol), to print beside ours.

Accuracy in percent and mean speedup over the static mapping, (AMD, NVIDIA); None where the
source gives no figure. These are [paper] numbers, not measured here. Accuracies and the
DeepTune/IR2Vec/oracle speedups are those the DeepTune (Cummins et al., PACT 2017) and IR2Vec
(VenkataKeerthy et al., TACO 2020) papers report; the Grewe et al. speedups (2.91x / 1.26x) are
the ones DeepTune's published Case Study A notebook reports for its re-run of that model.
"""

from __future__ import annotations

#: name -> (accuracy % AMD, accuracy % NVIDIA, speedup AMD, speedup NVIDIA)
PUBLISHED: dict[str, tuple[float, float, float | None, float | None]] = {
    "Static mapping": (58.8, 56.9, 1.0, 1.0),
    "Grewe et al. (decision tree, F1-F4)": (73.4, 72.9, 2.91, 1.26),
    "DeepTune (Cummins et al., PACT 2017)": (83.7, 80.3, 3.34, 1.41),
    "inst2vec": (82.8, 81.8, None, None),
    "ProGraML": (86.6, 80.0, None, None),
    "IR2Vec flow-aware": (92.8, 89.7, 3.51, 1.47),
    "PERFOGRAPH": (94.0, 90.0, None, None),
    "Oracle": (100.0, 100.0, 3.64, 1.53),
}

#: Our registry names that re-run a published model, for side-by-side rows.
REPRODUCES = {"static": "the static mapping", "grewe": "Grewe et al.", "deeptune": "DeepTune"}
