// Scan, quadratic: every work-item sums its whole prefix (O(n^2) reads, cache-friendly).
__kernel void scan_naive_prefix(__global const float* in, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float acc = 0.0f;
  for (int j = 0; j <= i; ++j) acc += in[j];
  out[i] = acc;
}
