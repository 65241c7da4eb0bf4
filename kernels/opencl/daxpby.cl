// Streaming in double precision: y = a * x + b * y.
#pragma OPENCL EXTENSION cl_khr_fp64 : enable
__kernel void daxpby(__global const double* x, __global double* y, const double a, const double b, const int n) {
  int i = get_global_id(0);
  if (i < n) y[i] = a * x[i] + b * y[i];
}
