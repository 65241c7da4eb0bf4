// 2-D convolution with a 3x3 filter held in __constant memory (clamped borders).
__kernel void conv2d_3x3(__global const float* img, __constant float* w, __global float* out, const int n) {
  int x = get_global_id(0), y = get_global_id(1);
  if (x >= n || y >= n) return;
  float acc = 0.0f;
  for (int dy = -1; dy <= 1; ++dy)
    for (int dx = -1; dx <= 1; ++dx)
      acc += w[(dy + 1) * 3 + dx + 1] * img[clamp(y + dy, 0, n - 1) * n + clamp(x + dx, 0, n - 1)];
  out[y * n + x] = acc;
}
