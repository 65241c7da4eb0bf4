// Streaming with 128-bit vectors: n float4 items per buffer.
__kernel void vadd_float4(__global const float4* a, __global const float4* b, __global float4* c, const int n) {
  int i = get_global_id(0);
  if (i < n) c[i] = a[i] + b[i] * (float4)(0.5f, 1.0f, 1.5f, 2.0f);
}
