// Matrix transpose through a padded 16 x 17 local tile: both global reads and writes coalesced.
#define T 16
__kernel void transpose_tiled(__global const float* in, __global float* out, const int n) {
  __local float tile[T][T + 1];
  int lx = get_local_id(0), ly = get_local_id(1);
  int bx = get_group_id(0) * T, by = get_group_id(1) * T;
  tile[ly][lx] = in[(by + ly) * n + bx + lx];
  barrier(CLK_LOCAL_MEM_FENCE);
  out[(bx + ly) * n + by + lx] = tile[lx][ly];
}
