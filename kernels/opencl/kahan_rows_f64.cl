// Serial double precision: each work-item sums its own row of 256 doubles with Kahan's
// compensated summation (a loop-carried dependence per row; no parallelism inside a row).
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
__kernel void kahan_rows_f64(__global const double* in, __global double* sums, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  __global const double* row = in + (size_t)i * 256;
  double s = 0.0, c = 0.0;
  for (int k = 0; k < 256; ++k) {
    double y = row[k] * (1.0 + k * 1.0e-3) - c;
    double t = s + y;
    c = (t - s) - y;
    s = t;
  }
  sums[i] = s;
}
