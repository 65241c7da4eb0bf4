// Reduction without local memory: each work-item sums 64 consecutive elements serially.
#define CHUNK 64
__kernel void reduce_chunk_serial(__global const float* in, __global float* out, const int n) {
  int i = get_global_id(0);
  int base = i * CHUNK;
  if (base >= n) return;
  float acc = 0.0f;
  for (int k = 0; k < CHUNK && base + k < n; ++k) acc += in[base + k];
  out[i] = acc;
}
