// Histogram of floats in [0, 1) into 64 bins, after a nonlinear map (sqrt), global atomics.
__kernel void hist_float_bins(__global const float* x, __global uint* bins, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  int b = clamp((int)(sqrt(x[i]) * 64.0f), 0, 63);
  atomic_inc(&bins[b]);
}
