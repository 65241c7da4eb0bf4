"""The privileged clock daemon (``throttllem clockd``) against the fake NVML (tests/fake_nvml).

The daemon runs as a real process. Unprivileged clients run as uid/gid 65534 (nobody) with the
system's /usr/bin/python3 where this test runs as root (the project's interpreter may not be
readable by nobody); the rest run in this process. Real clock changes are forbidden on the
shared GPU machine, so the fake NVML stands for the GPU.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from throttllem.actuator import Actuator
from throttllem.clockd.client import ClockdClient, ClockdError
from throttllem.errors import InvalidArgumentError
from throttllem.watchdog import GpuLeaseError

pytest_plugins = ["fake_nvml.fixtures"]

SET = "nvmlDeviceSetGpuLockedClocks"
RESET = "nvmlDeviceResetGpuLockedClocks"
NOBODY = 65534
SYSTEM_PYTHON = "/usr/bin/python3"

# An unprivileged client: leases GPU 0 through the daemon's Actuator backend, locks 900 MHz.
CLIENT = r"""
import os, sys, time
from throttllem.actuator import Actuator
act = Actuator([sys.argv[2]], backend="clockd", socket_path=sys.argv[1])
act.post(900)
assert act.flush(5.0) and act.actuating, act.monitor_reason
print("locked", os.getuid(), [r.readback_mhz for r in act.take_records()], flush=True)
if sys.argv[3] == "close":
    act.close()
    print("closed", flush=True)
else:
    time.sleep(60)
"""


def wait_for(predicate, timeout_s: float = 1.0, step_s: float = 0.002) -> float:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout_s:
        if predicate():
            return time.monotonic() - t0
        time.sleep(step_s)
    pytest.fail(f"not within {timeout_s} s")


@pytest.fixture
def public_dir():
    """A folder uid 65534 can enter (pytest's own tmp folders are 0700); short, for socket paths."""
    folder = Path(tempfile.mkdtemp(prefix="throttllem-clockd-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def daemon(fake_nvml, public_dir: Path):
    """Starts ``throttllem clockd``; yields start(*extra args) -> (process, socket path)."""
    fake_nvml.configure(gpus=2)
    procs = []

    def start(*extra: str, name: str = "clockd.sock") -> tuple[subprocess.Popen[str], str]:
        path = str(public_dir / name)
        proc = subprocess.Popen(
            [sys.executable, "-m", "throttllem.cli", "clockd", "--socket", path, *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        procs.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line == f"ready {path}\n", proc.communicate(timeout=10)
        return proc, path

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=10)


_PUBLIC_COPY: list[Path] = []


def _readable_package() -> Path:
    """A world-readable copy of this throttllem (an installed one may sit under /root, which uid
    65534 cannot read), made once per test session."""
    if not _PUBLIC_COPY:
        import throttllem

        root = Path(tempfile.mkdtemp(prefix="throttllem-public-"))
        shutil.copytree(Path(throttllem.__file__).parent, root / "throttllem",
                        ignore=shutil.ignore_patterns("__pycache__"))
        for path in [root, *root.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        _PUBLIC_COPY.append(root)
    return _PUBLIC_COPY[0]


def run_as_nobody(args: list[str], **kw) -> subprocess.Popen[str]:
    """Runs /usr/bin/python3 as uid/gid 65534 with this throttllem on its path; skips where that
    cannot work (not root, no system Python, or a throttllem it cannot import)."""
    if os.geteuid() != 0 or not os.access(SYSTEM_PYTHON, os.X_OK):
        pytest.skip("needs root (to run a client as uid 65534) and /usr/bin/python3")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(_readable_package())}
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import throttllem.clockd.client"], user=NOBODY, group=NOBODY,
                           extra_groups=[], env=env, capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"uid 65534 cannot import this throttllem with {SYSTEM_PYTHON}: {probe.stderr.strip()[-200:]}")
    return subprocess.Popen([SYSTEM_PYTHON, *args], user=NOBODY, group=NOBODY, extra_groups=[], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def test_unprivileged_client_sets_and_restores_through_the_daemon(daemon, fake_nvml, public_dir):
    proc, path = daemon("--allow-uid", str(NOBODY), "--socket-mode", "0666")
    script = public_dir / "client.py"
    script.write_text(CLIENT)
    script.chmod(0o644)
    client = run_as_nobody([str(script), path, "0", "close"])
    out, err = client.communicate(timeout=30)
    assert client.returncode == 0, err
    assert out.splitlines() == [f"locked {NOBODY} [[900]]", "closed"]
    sets = fake_nvml.calls(SET)
    assert [(c.pid, c.args["min"]) for c in sets] == [(proc.pid, "900")]  # the daemon set it, not the client
    assert not fake_nvml.locked() and [c.pid for c in fake_nvml.calls(RESET)] == [proc.pid]


def test_client_killed_9_is_restored_within_1s(daemon, fake_nvml, tmp_path):
    _, path = daemon()
    script = tmp_path / "client.py"
    script.write_text(CLIENT)
    client = subprocess.Popen([sys.executable, str(script), path, "cuda:1", "sleep"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "CUDA_VISIBLE_DEVICES": "1,0"})
    assert client.stdout.readline().startswith("locked")
    assert fake_nvml.locked() == {0: (900, 900)}  # cuda:1 of CUDA_VISIBLE_DEVICES=1,0 is NVML index 0
    t0 = time.monotonic_ns()
    client.kill()
    client.communicate(timeout=10)
    wait_for(lambda: not fake_nvml.locked() and fake_nvml.calls(RESET))  # the fake logs just after the change
    (reset,) = fake_nvml.calls(RESET)
    assert (reset.t_ns - t0) / 1e9 < 1.0


def test_second_client_on_a_gpu_is_refused_naming_the_holder(daemon, fake_nvml):
    _, path = daemon()
    with ClockdClient(path) as first, ClockdClient(path) as second:
        assert first.acquire(["GPU-fa4e0000-0000-0000-0000-000000000001"]) == [
            {"index": 1, "uuid": "GPU-fa4e0000-0000-0000-0000-000000000001"}]
        with pytest.raises(GpuLeaseError, match=f"leased by client pid {os.getpid()}") as info:
            second.acquire([0, 1])
        assert info.value.holder_pid == os.getpid()
        assert second.acquire([0]) == [{"index": 0, "uuid": "GPU-fa4e0000-0000-0000-0000-000000000000"}]  # all or none
        assert [g["holder_pid"] for g in first.gpus()] == [os.getpid(), os.getpid()]
        # A controller that sets clocks itself is kept out by the same lease files.
        with pytest.raises(GpuLeaseError, match="throttllem clockd pid"):
            Actuator([1], watchdog=False)
        with pytest.raises(ClockdError, match="not acquired"):
            second.set_locked_clocks(1, 900, 900)
    assert fake_nvml.calls(SET) == []


def test_uid_not_on_the_allow_list_is_refused(daemon, fake_nvml):
    _, path = daemon("--allow-uid", "4242", "--socket-mode", "0666")
    client = run_as_nobody(["-c", f"""
from throttllem.clockd.client import ClockdClient, ClockdRefused
try:
    ClockdClient({path!r})
except ClockdRefused as e:
    print("refused:", e)
"""])
    out, err = client.communicate(timeout=30)
    assert out.startswith(f"refused: clock daemon: uid {NOBODY} / gid {NOBODY}"), err
    # Allowed by group instead: the same client gets in.
    _, path2 = daemon("--allow-gid", str(NOBODY), "--socket-mode", "0666", name="other.sock")
    ok = run_as_nobody(["-c", f"from throttllem.clockd.client import ClockdClient; "
                               f"print(ClockdClient({path2!r}).server['peer']['uid'])"])
    out, err = ok.communicate(timeout=30)
    assert out.strip() == str(NOBODY), err


def test_no_permission_on_the_socket_is_refused(daemon):
    _, path = daemon()  # 0660 root:root
    assert oct(os.stat(path).st_mode & 0o777) == "0o660"
    client = run_as_nobody(["-c", f"""
from throttllem.clockd.client import ClockdClient, ClockdRefused
try:
    ClockdClient({path!r})
except ClockdRefused as e:
    print("refused:", e)
"""])
    out, err = client.communicate(timeout=30)
    assert out.startswith(f"refused: no permission to connect to the clock daemon's socket {path} (mode 0660"), err


def test_sigterm_restores_and_removes_the_socket(daemon, fake_nvml):
    proc, path = daemon()
    client = ClockdClient(path)
    client.acquire([0, 1])
    client.set_locked_clocks(0, 900, 900)
    client.set_locked_clocks(1, 705, 1200)
    assert fake_nvml.locked() == {0: (900, 900), 1: (705, 1200)}
    t0 = time.monotonic_ns()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(10) == 0
    assert not fake_nvml.locked() and not os.path.exists(path)
    assert all((c.t_ns - t0) / 1e9 < 1.0 and c.pid == proc.pid for c in fake_nvml.calls(RESET))
    with pytest.raises(ClockdError, match="lost the clock daemon"):
        client.set_locked_clocks(0, 900, 900)


def test_daemon_killed_9_is_restored_by_its_watchdog(daemon, fake_nvml):
    proc, path = daemon()
    with ClockdClient(path) as client:
        client.acquire([0])
        client.set_locked_clocks(0, 900, 900)
        proc.kill()
        proc.wait(5)
        wait_for(lambda: not fake_nvml.locked() and fake_nvml.calls(RESET))
        assert all(c.pid != proc.pid for c in fake_nvml.calls(RESET))


def test_daemon_restores_then_replaces_a_dead_watchdog(daemon, fake_nvml):
    proc, path = daemon()
    with ClockdClient(path) as client:
        client.acquire([0])
        client.set_locked_clocks(0, 900, 900)
        watchdogs = [p for p in _children(proc.pid) if b"throttllem.watchdog" in _cmdline(p)]
        assert len(watchdogs) == 1
        os.kill(watchdogs[0], signal.SIGKILL)
        wait_for(lambda: not fake_nvml.locked() and fake_nvml.calls(RESET))
        assert [c.pid for c in fake_nvml.calls(RESET)] == [proc.pid]
        wait_for(lambda: any(b"throttllem.watchdog" in _cmdline(p) for p in _children(proc.pid)), 10.0, 0.02)
        client.set_locked_clocks(0, 705, 705)  # a new watchdog covers the next lock
        assert fake_nvml.locked() == {0: (705, 705)}
    wait_for(lambda: not fake_nvml.locked())


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry))
    return out


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


@pytest.mark.parametrize("low,high,words", [
    (2**32 + 345, 2**32 + 345, "outside the supported range 345..1980"),  # would wrap to 345 in NVML
    (350, 350, "not a supported SM clock"),
    (True, True, "must be an integer"),
    (1.5e3, 1500, "must be an integer"),
    (1200, 900, "above max_mhz"),
])
def test_bad_clocks_are_refused_before_nvml(daemon, fake_nvml, low, high, words):
    _, path = daemon()
    with ClockdClient(path) as client:
        client.acquire([0])
        with pytest.raises(InvalidArgumentError, match=words):
            client.set_locked_clocks(0, low, high)
    assert fake_nvml.calls(SET) == []


def test_bad_protocol_lines_get_typed_answers(daemon):
    _, path = daemon()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect(path)
        f = s.makefile("rwb")
        answers = []
        for line in [b"not json", b"[1]", b'{"v": 2, "id": 1, "op": "hello"}', b'{"v": 1, "id": 2, "op": "fly"}',
                     b'{"v": 1, "id": 3, "op": "set", "gpu": "0"}', b'{"v": 1, "id": 4, "op": "acquire", "gpus": []}',
                     b'{"v": 1, "id": 5, "op": "read", "gpu": 0, "what": "uuid"}',
                     b'{"v": 1, "id": 6, "op": "acquire", "gpus": ["GPU-nope"]}']:
            f.write(line + b"\n")
            f.flush()
            answers.append(json.loads(f.readline()))
        assert [a["ok"] for a in answers] == [False] * 8
        assert [a["error"]["type"] for a in answers] == ["BadRequest"] * 7 + ["InvalidGpu"]
        f.write(b'{"v": 1, "id": 7, "op": "gpus"}\n')
        f.flush()
        gpus = json.loads(f.readline())["result"]["gpus"]
        assert [g["index"] for g in gpus] == [0, 1] and gpus[0]["sm_clocks_mhz"][:2] == [345, 360]


def test_actuator_backend_goes_monitor_only_when_the_daemon_dies(daemon, fake_nvml):
    proc, path = daemon()
    with Actuator(["cuda:0"], backend="clockd", socket_path=path) as act:
        act.post(900)
        assert act.flush(5.0) and act.actuating and act.watchdog_pid is None
        proc.kill()
        proc.wait(5)
        act.post(705)
        act.flush(5.0)
        assert not act.actuating and "clock daemon is lost" in act.monitor_reason
    wait_for(lambda: not fake_nvml.locked())  # the daemon's watchdog restored GPU 0


def test_cli_refuses_bad_arguments(tmp_path):
    from throttllem.cli import main

    assert main(["clockd", "--socket", str(tmp_path / "s"), "--allow-uid", "-3"]) == 2
    with pytest.raises(SystemExit):
        main(["clockd", "--socket", str(tmp_path / "s"), "--socket-mode", "rw"])


def test_daemon_serves_only_the_gpus_it_is_given(daemon):
    _, path = daemon("--gpus", "GPU-fa4e0000-0000-0000-0000-000000000001")
    with ClockdClient(path) as client:
        assert [g["index"] for g in client.gpus()] == [1]
        with pytest.raises(InvalidArgumentError, match="not served by this daemon"):
            client.acquire([0])
        assert client.acquire(["cuda:0"], cuda_visible_devices="1") == [
            {"index": 1, "uuid": "GPU-fa4e0000-0000-0000-0000-000000000001"}]


def test_a_second_daemon_on_the_socket_and_a_non_socket_path_are_refused(daemon, public_dir):
    from throttllem.cli import main

    _, path = daemon()
    assert main(["clockd", "--socket", path]) == 1  # another daemon listens there
    assert os.path.exists(path)  # and its socket is left alone
    plain = public_dir / "plain-file"
    plain.write_text("not a socket")
    assert main(["clockd", "--socket", str(plain)]) == 1
    assert plain.read_text() == "not a socket"


def test_an_overlong_line_ends_the_connection_and_restores(daemon, fake_nvml):
    _, path = daemon()
    with ClockdClient(path) as client:
        client.acquire([0])
        client.set_locked_clocks(0, 900, 900)
        client._sock.sendall(b"x" * 70000)  # no newline: past the protocol's 64 KiB
        wait_for(lambda: not fake_nvml.locked(), timeout_s=5.0)
        with pytest.raises(ClockdError, match="lost the clock daemon"):
            client.gpus()


def test_daemon_without_nvml_permission_turns_the_client_monitor_only(daemon, fake_nvml):
    _, path = daemon()
    fake_nvml.configure(gpus=2, fail=f"{SET}=4")  # NVML_ERROR_NO_PERMISSION: a daemon not run as root
    with Actuator([0], backend="clockd", socket_path=path) as act:
        act.post(900)
        act.flush(5.0)
        assert not act.actuating and "Insufficient Permissions" in act.monitor_reason
    assert not fake_nvml.locked()
