"""Reports of a policy comparison: the terminal table, JSON, plots."""

from throttllem.sim.report.plots import write_plots
from throttllem.sim.report.table import format_header, format_table

__all__ = ["format_header", "format_table", "write_plots"]
