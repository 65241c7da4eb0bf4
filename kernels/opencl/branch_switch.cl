// Divergent: eight different computations chosen per element by sel[i] & 7.
__kernel void branch_switch(__global const int* sel, __global const float* x, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = x[i];
  switch (sel[i] & 7) {
    case 0: v = sqrt(v); break;
    case 1: v = v * v * v; break;
    case 2: v = exp(-v); break;
    case 3: v = log1p(v); break;
    case 4: for (int k = 0; k < 16; ++k) v = v * 0.9f + 0.1f; break;
    case 5: v = sin(v) + cos(v); break;
    case 6: v = 1.0f / (1.0f + v); break;
    default: v = -v;
  }
  out[i] = v;
}
