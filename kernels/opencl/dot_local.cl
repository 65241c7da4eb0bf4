// Dot product: products summed in local memory, one partial per work-group.
__kernel void dot_local(__global const float* a, __global const float* b, __global float* partial,
                        __local float* scratch, const int n) {
  int i = get_global_id(0), l = get_local_id(0);
  scratch[l] = i < n ? a[i] * b[i] : 0.0f;
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int s = get_local_size(0) / 2; s > 0; s >>= 1) {
    if (l < s) scratch[l] += scratch[l + s];
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  if (l == 0) partial[get_group_id(0)] = scratch[0];
}
