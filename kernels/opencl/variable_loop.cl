// Divergent serial work: each work-item runs its own data-dependent number of LCG steps
// (64 + a[i] % 512): a GPU warp waits for its longest lane, a CPU thread pays only its own.
__kernel void variable_loop(__global const uint* a, __global uint* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  uint x = a[i];
  uint steps = 64u + x % 512u;
  uint acc = 0u;
  for (uint k = 0u; k < steps; ++k) {
    x = x * 1664525u + 1013904223u;
    acc ^= x >> 7;
  }
  out[i] = acc;
}
