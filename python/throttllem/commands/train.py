"""``throttllem train``: fit and compile the governor's IPS model from profiles, with an accuracy report."""

from __future__ import annotations

import argparse
from pathlib import Path

from throttllem.errors import InvalidArgumentError, ThrottllemError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "train", help="train + compile the IPS model from profiles; writes an accuracy report",
        description="Fits LightGBM on (tp_degree, batch_size, kv_tokens, clock_mhz) -> IPS from the decode rows "
                    "of one or more profiles of one model, compiles it with throttllem.forest.compile and "
                    "writes report.md, report.json and a predicted-vs-measured plot. A profile with one clock "
                    "gets its clock dimension from the perfmodel's clock response (reported as modelled). "
                    "Profiles of several TP degrees (e.g. a TP-1 and a TP-2 profile) train one model with TP "
                    "measured at each; every figure is also given per TP degree.")
    p.add_argument("--profile", action="append", required=True, type=Path,
                   help="profile (.csv or .json path); repeat for several")
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.add_argument("--trees", type=int, default=150, help="boosting rounds (default 150)")
    p.add_argument("--seed", type=int, default=0, help="seed of the splits and of LightGBM (default 0)")
    p.add_argument("--no-densify", action="store_true",
                   help="train on measured (and clock-response) rows only, without interpolated rows")
    p.add_argument("--no-compile", action="store_true", help="skip compiling the model (report only)")
    p.add_argument("--tp-degrees", default="", metavar="LIST",
                   help="also cover these TP degrees (e.g. 1,2,4,8): a degree no profile measured gets rows from "
                        "the perfmodel's TP scaling of the lowest profiled TP degree (modelled); profiled degrees "
                        "are trained on their own profile's points (measured). Default: the profiled degrees only")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from throttllem._plotting import require_matplotlib

    require_matplotlib("throttllem train (its predicted-vs-measured plot)")
    try:
        import lightgbm  # noqa: F401 - a clear message before any work
    except ImportError:
        raise ThrottllemError("throttllem train needs LightGBM (pip install 'throttllem[train]')") from None
    from throttllem.training import train_ips_model

    if args.trees < 1:
        raise InvalidArgumentError("--trees must be >= 1")
    try:
        tp_degrees = tuple(int(t) for t in args.tp_degrees.split(",") if t.strip())
    except ValueError:
        raise InvalidArgumentError(f"--tp-degrees must be a comma list of integers, not {args.tp_degrees!r}") from None
    if any(t < 1 for t in tp_degrees):
        raise InvalidArgumentError("--tp-degrees must be >= 1")
    result = train_ips_model(args.profile, args.out, num_trees=args.trees, seed=args.seed,
                             densify=not args.no_densify, compile_model=not args.no_compile,
                             tp_degrees=tp_degrees)
    word = "measured" if result.measured else "MODELLED: synthetic profile"
    for s in result.splits:
        m = s.measured
        print(f"split {s.name}: held-out profile points n={m['n']}: {_figures(m)} (targets {word})")
        for tp, held in sorted((s.per_tp or {}).items()):
            print(f"  TP {tp}: held-out n={held['measured']['n']}: {_figures(held['measured'])}")
    print(f"final model: all {result.final_fit['n']} profile points (trained on): {_figures(result.final_fit)}")
    for tp, info in sorted((result.tp_data or {}).items()):
        m = (result.final_per_tp or {}).get(tp)
        scored = f"n={m['n']}: {_figures(m)}" if m else "no measured point to score"
        print(f"  TP {tp} ({info['data'].upper()}): {scored}")
    if result.model_path:
        print(f"model: {result.model_path}")
    print(f"report: {result.report_md}  plot: {result.plot}")
    return 0


def _figures(m: dict) -> str:
    """R^2, MAE and MAPE of one accuracy dict (R^2 is undefined for a single point)."""
    r2 = "n/a" if m["r2"] != m["r2"] else f"{m['r2']:.4f}"  # NaN != NaN
    return f"R^2 {r2}, MAE {m['mae_ips']:.3f} IPS, MAPE {m['mape_pct']:.2f}%"
