// Divergent integer loop: Collatz steps of a[i] + 1 (capped at 1000), lengths vary per work-item.
__kernel void collatz(__global const uint* a, __global uint* steps, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  ulong x = (ulong)a[i] + 1;
  uint s = 0;
  while (x != 1 && s < 1000) {
    x = (x & 1) ? 3 * x + 1 : x >> 1;
    ++s;
  }
  steps[i] = s;
}
