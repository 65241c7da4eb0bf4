"""Fail-safe: a controlling process that locked clocks leaves default clocks behind, within 1 s,
whether it exits normally, raises, is interrupted (SIGINT), terminated (SIGTERM) or killed
(SIGKILL). Each case runs a real controller process against the project's fake NVML
(tests/fake_nvml), whose state file is shared with the watchdog process like a real GPU.

The fake is used because real clock changes are forbidden on the shared GPU machine.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from throttllem.actuator import Actuator

pytest_plugins = ["fake_nvml.fixtures"]

RESET = "nvmlDeviceResetGpuLockedClocks"

CONTROLLER = r"""
import sys, time
from throttllem.actuator import Actuator

mode = sys.argv[1]

def lock(act):
    act.post(900)
    assert act.flush(5.0) and act.actuating, act.monitor_reason
    print("locked", act.watchdog_pid, flush=True)
    sys.stdin.readline()  # the test checks the locks, then lets us go on

if mode == "with-exception":
    with Actuator() as act:
        lock(act)
        raise RuntimeError("the engine crashed")
act = Actuator()
lock(act)
if mode == "exit":
    sys.exit(0)
if mode == "exception":
    raise RuntimeError("the engine crashed")
if mode == "fork":
    import os
    child = os.fork()
    if child == 0:
        sys.exit(0)  # a normal exit of a forked child: it must not restore the parent's GPUs
    os.waitpid(child, 0)
    child = os.fork()
    if child == 0:
        time.sleep(60)  # a child that outlives the parent must not keep the watchdog waiting
        os._exit(0)
    print("forked", child, flush=True)
print("sleeping", flush=True)
time.sleep(60)  # wait for a signal
"""


@pytest.fixture
def controller(fake_nvml, tmp_path: Path):
    """Starts a controller in its own session; yields (process, watchdog pid)."""
    fake_nvml.configure(gpus=2)
    script = tmp_path / "controller.py"
    script.write_text(CONTROLLER)
    procs = []

    def start(mode: str) -> tuple[subprocess.Popen[str], int]:
        proc = subprocess.Popen(
            [sys.executable, str(script), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        procs.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        assert line[:1] == ["locked"], proc.communicate(timeout=10)
        assert fake_nvml.locked() == {0: (900, 900), 1: (900, 900)}
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        if mode == "sleep":
            assert proc.stdout.readline() == "sleeping\n"
            # A signal landing between CPython's last signal check and the sleep's syscall waits
            # out the whole sleep (a CPython race, not ours): let the sleep begin first.
            time.sleep(0.1)
        return proc, int(line[1])

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


def wait_unlocked(fake, since_ns: int, timeout_s: float = 1.0) -> float:
    """Seconds from since_ns until the fake shows every GPU unlocked (fails past timeout_s)."""
    deadline = since_ns + int(timeout_s * 1e9)
    while time.monotonic_ns() < deadline:
        resets = fake.calls(RESET)
        # The fake logs a call just after changing its state: wait for both.
        if not fake.locked() and len(resets) >= 2:
            return (max(c.t_ns for c in resets) - since_ns) / 1e9
        time.sleep(0.005)
    pytest.fail(f"clocks still locked {timeout_s} s later: {fake.locked()}")


def reset_pids(fake) -> set[int]:
    return {c.pid for c in fake.calls(RESET)}


def process_gone(pid: int, timeout_s: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split(") ")[1].startswith("Z"):
                    return True  # exited; a zombie until its new parent reaps it
        except FileNotFoundError:
            return True
        time.sleep(0.01)
    return False


def assert_restored_by(restorer: int, fake, since_ns: int, watchdog: int) -> None:
    """Every GPU unlocked within 1 s of since_ns, by ``restorer`` alone; the watchdog gone."""
    assert wait_unlocked(fake, since_ns) < 1.0
    assert reset_pids(fake) == {restorer}
    assert process_gone(watchdog)


@pytest.mark.parametrize("mode", ["exit", "exception", "with-exception"])
def test_restored_on_exit_and_exceptions(fake_nvml, controller, mode):
    proc, watchdog = controller(mode)
    t0 = time.monotonic_ns()
    _, err = proc.communicate(timeout=10)
    assert (proc.returncode == 0) == (mode == "exit")
    if mode != "exit":
        assert "the engine crashed" in err
    assert_restored_by(proc.pid, fake_nvml, t0, watchdog)  # the controller restored them itself


def test_restored_on_sigint(fake_nvml, controller):
    proc, watchdog = controller("sleep")
    t0 = time.monotonic_ns()
    os.killpg(proc.pid, signal.SIGINT)  # like Ctrl-C: the whole process group
    _, err = proc.communicate(timeout=10)
    assert "KeyboardInterrupt" in err
    assert_restored_by(proc.pid, fake_nvml, t0, watchdog)


def test_restored_on_sigterm(fake_nvml, controller):
    proc, watchdog = controller("sleep")
    t0 = time.monotonic_ns()
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=10)
    assert proc.returncode == -signal.SIGTERM  # it still dies of the signal
    assert_restored_by(proc.pid, fake_nvml, t0, watchdog)


def test_restored_after_kill_9_by_the_watchdog(fake_nvml, controller):
    proc, watchdog = controller("sleep")
    t0 = time.monotonic_ns()
    proc.kill()
    proc.communicate(timeout=10)
    elapsed = wait_unlocked(fake_nvml, t0)
    assert elapsed < 1.0  # measured: a few ms when the machine is quiet
    assert reset_pids(fake_nvml) == {watchdog}
    assert process_gone(watchdog)


def test_forked_children_neither_restore_nor_hold_the_lease(fake_nvml, controller):
    proc, watchdog = controller("fork")
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    assert line[0] == "forked", line
    child = int(line[1])
    try:
        assert fake_nvml.locked() == {0: (900, 900), 1: (900, 900)}  # the first child exited
        assert fake_nvml.calls(RESET) == []
        t0 = time.monotonic_ns()
        proc.kill()
        proc.wait(timeout=10)  # not communicate(): the child still holds our pipes
        assert wait_unlocked(fake_nvml, t0) < 1.0
        assert reset_pids(fake_nvml) == {watchdog}
    finally:
        os.kill(child, signal.SIGKILL)


def test_watchdog_does_nothing_when_nothing_is_locked(fake_nvml, tmp_path):
    """A controller that never locked (or already restored) leaves the watchdog nothing to reset."""
    script = tmp_path / "idle.py"
    script.write_text(
        "import time\nfrom throttllem.actuator import Actuator\n"
        "act = Actuator()\nprint('up', act.watchdog_pid, flush=True)\ntime.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    watchdog = int(proc.stdout.readline().split()[1])
    proc.kill()
    proc.communicate(timeout=10)
    assert process_gone(watchdog)
    assert fake_nvml.calls(RESET) == []


# nvmlReturn_t values of lock attempts that fail: the GPU's clocks were not changed.
REFUSED = [(4, "NO_PERMISSION"), (3, "NOT_SUPPORTED"), (15, "GPU_IS_LOST")]


@pytest.mark.parametrize("code", [c for c, _ in REFUSED], ids=[n for _, n in REFUSED])
def test_a_failed_lock_leaves_the_watchdog_nothing_to_reset(fake_nvml, code):
    """A lock that NVML refused is no lock: closing must not make the watchdog reset the GPU."""
    fake_nvml.configure(fail=f"nvmlDeviceSetGpuLockedClocks={code}")
    act = Actuator()
    act.post(900)
    assert act.flush(5.0)
    (rec,) = act.take_records()
    assert not rec.actuated and rec.error
    act.close()  # waits for the watchdog to exit
    assert fake_nvml.calls(RESET) == []  # by anyone: this process or its watchdog
    assert fake_nvml.locked() == {}


PARTIAL = r"""
import sys, time
from throttllem.actuator import Actuator
act = Actuator()
act.post(900)
assert act.flush(5.0)
print("posted", act.watchdog_pid, flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("code", [c for c, _ in REFUSED], ids=[n for _, n in REFUSED])
def test_after_kill_9_the_watchdog_resets_only_gpus_actually_locked(fake_nvml, tmp_path, code):
    """GPU 0 locks, GPU 1 refuses; then the controller is killed. The watchdog may reset GPU 0
    (if it is still locked), never GPU 1."""
    fake_nvml.configure(gpus=2, fail=f"nvmlDeviceSetGpuLockedClocks@1={code}")
    script = tmp_path / "partial.py"
    script.write_text(PARTIAL)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    assert line[:1] == ["posted"], proc.communicate(timeout=10)
    watchdog = int(line[1])
    permanent = code in (3, 4)  # the actuator restored GPU 0 itself and turned monitor-only
    assert fake_nvml.locked() == ({} if permanent else {0: (900, 900)})
    proc.kill()
    proc.communicate(timeout=10)
    assert process_gone(watchdog)
    resets = [(c.pid, c.gpu) for c in fake_nvml.calls(RESET)]
    assert resets == ([(proc.pid, 0)] if permanent else [(watchdog, 0)])
    assert fake_nvml.locked() == {}
