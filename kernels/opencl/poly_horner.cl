// FMA-bound compute: a degree-64 polynomial evaluated by Horner's rule per element.
__kernel void poly_horner(__global const float* x, __global float* y, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = x[i] * 2.0f - 1.0f, acc = 0.0f;
  for (int k = 64; k >= 0; --k) acc = fma(acc, v, 1.0f / (float)(k + 1));
  y[i] = acc;
}
