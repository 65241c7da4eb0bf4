// Transcendental compute in double precision: 32 exp/sqrt evaluations per element, accumulated.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
__kernel void double_exp_loop(__global const double* x, __global double* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  double v = x[i], acc = 0.0;
  for (int k = 0; k < 32; ++k) acc += sqrt(exp(-v * (0.1 + 0.03 * k)) + 0.5 * k);
  out[i] = acc;
}
