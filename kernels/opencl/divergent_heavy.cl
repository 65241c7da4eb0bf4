// Divergent: odd selectors take a 64-iteration transcendental loop, even ones a single multiply.
__kernel void divergent_heavy(__global const int* sel, __global const float* x, __global float* out,
                              const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = x[i];
  if (sel[i] & 1) {
    for (int k = 0; k < 64; ++k) v = sin(v) * 0.5f + v * 0.5f;
  } else {
    v *= 3.0f;
  }
  out[i] = v;
}
