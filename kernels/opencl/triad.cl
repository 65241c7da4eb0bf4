// Streaming: the STREAM triad a = b + s * c.
__kernel void triad(__global float* a, __global const float* b, __global const float* c, const float s,
                    const int n) {
  int i = get_global_id(0);
  if (i < n) a[i] = b[i] + s * c[i];
}
