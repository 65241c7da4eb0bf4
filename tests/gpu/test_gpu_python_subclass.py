"""A Gpu written in Python drives the C++ actuator (the clock daemon's client is one): its calls
run on the worker thread under the GIL, and its exceptions keep their meaning there."""

from __future__ import annotations

import threading

from throttllem.actuator import Actuator
from throttllem.errors import NvmlNoPermission
from throttllem.gpu import ClockControl, Gpu


class ListGpu(Gpu):
    """Records calls; ``fail`` (an exception) is raised by the next set."""

    def __init__(self, index: int = 0) -> None:
        Gpu.__init__(self, index)
        self.calls: list[tuple] = []
        self.fail: BaseException | None = None
        self.clock = 1980
        self.threads: set[str] = set()

    def name(self) -> str:
        return "list gpu"

    def uuid(self) -> str:
        return f"GPU-list-{self.index}"

    def supported_memory_clocks_mhz(self) -> list[int]:
        return [1000]

    def supported_graphics_clocks_mhz(self, memory_clock_mhz: int) -> list[int]:
        return [1980, 1500, 900]

    def set_locked_clocks(self, min_mhz: int, max_mhz: int) -> None:
        self.threads.add(threading.current_thread().name)
        self.calls.append(("set", min_mhz, max_mhz))
        if self.fail is not None:
            raise self.fail
        self.clock = max_mhz

    def reset_locked_clocks(self) -> None:
        self.calls.append(("reset",))
        self.clock = 1980

    def sm_clock_mhz(self) -> int:
        return self.clock

    def clock_event_reasons(self) -> int:
        return 0

    def clock_control(self) -> ClockControl:
        return ClockControl(True, "a test double")


def test_python_gpu_is_driven_and_restored(tmp_path):
    gpu = ListGpu(3)
    assert gpu.index == 3 and gpu.clock_control().permitted
    with Actuator([gpu], watchdog=False, lease_dir=tmp_path) as act:
        assert act.supported_clocks_mhz == (900, 1500, 1980)
        act.post(900)
        assert act.flush(5.0) and act.actuating
        (rec,) = act.take_records()
        assert rec.actuated and rec.readback_mhz == [900] and rec.reasons == [0]
        assert threading.main_thread().name not in gpu.threads  # the C++ worker called it
    assert gpu.calls == [("set", 900, 900), ("reset",)]


def test_python_errors_keep_their_meaning_on_the_worker(tmp_path):
    gpu = ListGpu()
    with Actuator([gpu], watchdog=False, lease_dir=tmp_path) as act:
        gpu.fail = ValueError("flaky link")
        act.post(900)
        act.flush(5.0)
        (rec,) = act.take_records()
        assert act.actuating and rec.error == "ValueError: flaky link"  # transient: retried later
        gpu.fail = NvmlNoPermission("not allowed here")
        act.post(900)
        act.flush(5.0)
        assert not act.actuating and "not allowed here" in act.monitor_reason  # permanent: monitor-only


def test_missing_method_reads_as_not_supported(tmp_path):
    class Bare(Gpu):
        def supported_memory_clocks_mhz(self) -> list[int]:
            return []

    gpu = Bare(0)
    with Actuator([gpu], watchdog=False, lease_dir=tmp_path) as act:
        act.post(900)
        act.flush(5.0)
        assert not act.actuating and "does not implement set_locked_clocks" in act.monitor_reason
