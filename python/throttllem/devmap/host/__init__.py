"""The device selector inside a host program (pyopencl): ``HostSelector.select`` decides CPU or GPU
per launch with a trained DeviceSelector and returns the context and queue; see docs/DEVMAP.md."""

from throttllem.devmap.host.log import Decision, DecisionLog
from throttllem.devmap.host.selector import HostSelector, LaunchChoice, write_statistics

__all__ = ["Decision", "DecisionLog", "HostSelector", "LaunchChoice", "write_statistics"]
