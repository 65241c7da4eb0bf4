// Streaming, uncoalesced: each work-item reads 33 elements apart (wrapping), writes densely.
__kernel void strided_read(__global const float* a, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i < n) out[i] = 2.0f * a[(int)(((long)i * 33) % n)];
}
