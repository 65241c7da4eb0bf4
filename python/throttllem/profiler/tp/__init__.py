"""The profiler for one tensor-parallel instance over N GPUs of one host: what differs from the
one-GPU profiler (sharded decoder, launch of one worker per GPU, lock-stepped timing, sampling
every GPU, per-GPU records); the rest is shared with :mod:`throttllem.profiler`."""
