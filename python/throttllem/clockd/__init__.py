"""Privileged clock daemon (``throttllem clockd``): the one process that holds NVML's permission
to set GPU clocks. Serving processes ask it over a Unix socket, so they need neither root nor
CAP_SYS_ADMIN; it restores a client's GPUs when the client disconnects or dies (kill -9
included) and on its own exit. See docs/CLOCKD.md.

- :mod:`throttllem.clockd.protocol`: the wire protocol (newline-delimited JSON, versioned);
- :mod:`throttllem.clockd.server`: :class:`ClockDaemon`;
- :mod:`throttllem.clockd.client`: :class:`ClockdClient` and :class:`ClockdGpu`, the actuator's
  ``backend="clockd"``.
"""
