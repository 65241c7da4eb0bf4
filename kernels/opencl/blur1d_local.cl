// 1-D box blur of radius 8 with the work-group's slice plus halo staged in a __local argument.
#define R 8
__kernel void blur1d_local(__global const float* in, __global float* out, __local float* tile, const int n) {
  int i = get_global_id(0), l = get_local_id(0), size = get_local_size(0);
  int base = get_group_id(0) * size - R;
  for (int t = l; t < size + 2 * R; t += size) tile[t] = in[clamp(base + t, 0, n - 1)];
  barrier(CLK_LOCAL_MEM_FENCE);
  float acc = 0.0f;
  for (int k = 0; k <= 2 * R; ++k) acc += tile[l + k];
  if (i < n) out[i] = acc * (1.0f / (2 * R + 1));
}
