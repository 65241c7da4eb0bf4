"""The DevMap accuracy chart: every model, both protocols, beside the published figures.

Bars are measured (our predictions scored on the published runtimes); where the fold cache holds
several weight initialisations of a model, a black dot and whisker give their mean ± sd; dashed
lines are published figures (random folds), labelled [paper].
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from throttllem._plotting import pyplot, save
from throttllem.devmap.data.download import PLATFORM_NAMES
from throttllem.devmap.evaluation.evaluate import Result
from throttllem.devmap.evaluation.published import PUBLISHED
from throttllem.devmap.evaluation.spread import Spread
from throttllem.errors import InvalidArgumentError

# Published figures drawn as lines (names in published.PUBLISHED): DeepTune and the best.
_REFERENCE_KEYS = ("DeepTune (Cummins et al., PACT 2017)", "PERFOGRAPH")
_PROTOCOL_COLOURS = {"random": "tab:blue", "grouped": "tab:orange", "program": "tab:green"}


def plot_accuracy(results: Sequence[Result], path, *, spreads: Sequence[Spread] = ()) -> Path:
    """One panel per platform: accuracy of each model under each protocol (complete runs only)."""
    plt = pyplot()
    complete = [r for r in results if not r.partial]
    if not complete:
        raise InvalidArgumentError("nothing to draw: every result is partial (some folds missing)")
    platforms = list(dict.fromkeys(r.platform for r in complete))
    models = list(dict.fromkeys(r.model for r in complete))
    protocols = [p for p in _PROTOCOL_COLOURS if any(r.protocol == p for r in complete)]
    by_key = {(r.model, r.platform, r.protocol): r for r in complete}
    spread_of = {(s.model, s.platform, s.protocol): s for s in spreads if len(s.inits) > 1}
    width = 0.8 / max(1, len(protocols))
    fig, axes = plt.subplots(len(platforms), 1, figsize=(max(8.0, 0.75 * len(models) + 4), 3.4 * len(platforms)),
                             squeeze=False)
    for ax, platform in zip(axes[:, 0], platforms):
        for k, protocol in enumerate(protocols):
            xs = [m + (k - (len(protocols) - 1) / 2) * width for m in range(len(models))]
            heights = [100 * by_key[(m, platform, protocol)].score.accuracy if (m, platform, protocol) in by_key
                       else 0.0 for m in models]
            ax.bar(xs, heights, width * 0.95, color=_PROTOCOL_COLOURS[protocol], label=f"{protocol} folds")
            for x, model in zip(xs, models):
                s = spread_of.get((model, platform, protocol))
                if s is not None:
                    ax.errorbar(x, 100 * s.mean, yerr=100 * s.sd, fmt="o", color="black", ms=3, capsize=2, lw=0.8)
        column = 0 if platform == "amd" else 1
        for key, style in zip(_REFERENCE_KEYS, ("--", ":")):
            figures = next((v for name, v in PUBLISHED.items() if name.startswith(key)), None)
            if figures is not None:
                ax.axhline(figures[column], color="0.3", ls=style, lw=0.8,
                           label=f"{key.split(' (')[0]} {figures[column]:.1f}% [paper]")
        ax.set_xticks(range(len(models)))
        ax.set_xticklabels(models, rotation=30, ha="right", fontsize=8)
        ax.set_ylim(50, 100)
        ax.set_ylabel("accuracy % (measured)")
        ax.set_title(f"DevMap {PLATFORM_NAMES.get(platform, platform)}: 10-fold cross-validation (bars: one run; "
                     "dots: mean ± sd over initialisations)", fontsize=9)
        ax.grid(axis="y", alpha=0.3)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), borderaxespad=0)
    fig.tight_layout()
    return save(fig, path)
