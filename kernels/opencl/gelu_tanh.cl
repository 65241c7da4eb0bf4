// Transcendental, streaming-shaped: the tanh approximation of GELU, once per element.
__kernel void gelu_tanh(__global const float* x, __global float* y, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = x[i] * 4.0f - 2.0f;
  y[i] = 0.5f * v * (1.0f + tanh(0.7978845608f * (v + 0.044715f * v * v * v)));
}
