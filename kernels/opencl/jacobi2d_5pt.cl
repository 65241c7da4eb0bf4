// One Jacobi sweep of a 2-D 5-point Laplace stencil on an n x n grid (border copied).
__kernel void jacobi2d_5pt(__global const float* u, __global float* v, const int n) {
  int x = get_global_id(0), y = get_global_id(1);
  if (x >= n || y >= n) return;
  int i = y * n + x;
  if (x == 0 || y == 0 || x == n - 1 || y == n - 1) { v[i] = u[i]; return; }
  v[i] = 0.25f * (u[i - 1] + u[i + 1] + u[i - n] + u[i + n]);
}
