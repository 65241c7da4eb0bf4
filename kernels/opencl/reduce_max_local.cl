// Reduction: maximum per work-group, each work-item first folding 4 elements (grid-stride).
__kernel void reduce_max_local(__global const float* in, __global float* out, __local float* scratch,
                               const int n) {
  int l = get_local_id(0), size = get_local_size(0);
  int stride = get_global_size(0);
  float m = -INFINITY;
  for (int i = get_global_id(0); i < n; i += stride) m = fmax(m, in[i]);
  scratch[l] = m;
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int s = size / 2; s > 0; s >>= 1) {
    if (l < s) scratch[l] = fmax(scratch[l], scratch[l + s]);
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  if (l == 0) out[get_group_id(0)] = scratch[0];
}
