// 3-D 7-point stencil on an n x n x n grid (heat equation step, clamped borders).
__kernel void stencil3d_7pt(__global const float* u, __global float* v, const int n) {
  int x = get_global_id(0), y = get_global_id(1), z = get_global_id(2);
  if (x >= n || y >= n || z >= n) return;
  int s = n * n, i = z * s + y * n + x;
  float c = u[i];
  float sum = u[z * s + y * n + max(x - 1, 0)] + u[z * s + y * n + min(x + 1, n - 1)]
            + u[z * s + max(y - 1, 0) * n + x] + u[z * s + min(y + 1, n - 1) * n + x]
            + u[max(z - 1, 0) * s + y * n + x] + u[min(z + 1, n - 1) * s + y * n + x];
  v[i] = c + 0.1f * (sum - 6.0f * c);
}
