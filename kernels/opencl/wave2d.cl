// 2-D wave equation step: u_next = 2u - u_prev + c^2 * laplacian(u) (9-point, two time levels).
__kernel void wave2d(__global const float* u, __global const float* u_prev, __global float* u_next,
                     const float c2, const int n) {
  int x = get_global_id(0), y = get_global_id(1);
  if (x < 1 || y < 1 || x >= n - 1 || y >= n - 1) return;
  int i = y * n + x;
  float lap = (u[i - 1] + u[i + 1] + u[i - n] + u[i + n]) * 0.5f
            + (u[i - n - 1] + u[i - n + 1] + u[i + n - 1] + u[i + n + 1]) * 0.25f - 3.0f * u[i];
  u_next[i] = 2.0f * u[i] - u_prev[i] + 0.1f * c2 * lap;
}
