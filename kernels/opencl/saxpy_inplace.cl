// Streaming, in place: y += alpha * x (y is read and written).
__kernel void saxpy_inplace(__global const float* x, __global float* y, const float alpha, const int n) {
  int i = get_global_id(0);
  if (i < n) y[i] = fma(alpha, x[i], y[i]);
}
