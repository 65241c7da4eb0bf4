// Serial double precision: Newton's iteration for sqrt(x) from a poor first guess until the
// step is below 1e-15 relative (or 200 steps): the step count depends on x (a data-dependent loop).
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
__kernel void newton_sqrt_f64(__global const double* a, __global double* root, __global int* steps, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  double x = a[i] * 1.0e6 + 1.0e-3;
  double r = 1.0;
  int k = 0;
  for (; k < 200; ++k) {
    double next = 0.5 * (r + x / r);
    double d = next - r;
    r = next;
    if (fabs(d) <= 1.0e-15 * r) break;
  }
  root[i] = r;
  steps[i] = k;
}
