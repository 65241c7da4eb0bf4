// 2-D 5-point stencil with a (16+2) x (16+2) local tile including the halo (clamped borders).
#define T 16
__kernel void stencil2d_tiled(__global const float* u, __global float* v, const int n) {
  __local float tile[T + 2][T + 2];
  int lx = get_local_id(0), ly = get_local_id(1);
  int x = get_global_id(0), y = get_global_id(1);
  for (int ty = ly; ty < T + 2; ty += T)
    for (int tx = lx; tx < T + 2; tx += T) {
      int gx = clamp((int)get_group_id(0) * T + tx - 1, 0, n - 1);
      int gy = clamp((int)get_group_id(1) * T + ty - 1, 0, n - 1);
      tile[ty][tx] = u[gy * n + gx];
    }
  barrier(CLK_LOCAL_MEM_FENCE);
  float c = tile[ly + 1][lx + 1];
  v[y * n + x] = c + 0.2f * (tile[ly][lx + 1] + tile[ly + 2][lx + 1] + tile[ly + 1][lx] + tile[ly + 1][lx + 2]
                             - 4.0f * c);
}
