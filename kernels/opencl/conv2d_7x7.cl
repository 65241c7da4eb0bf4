// 2-D convolution with a 7x7 filter in __constant memory: 49 taps per output.
#define K 7
__kernel void conv2d_7x7(__global const float* img, __constant float* w, __global float* out, const int n) {
  int x = get_global_id(0), y = get_global_id(1);
  if (x >= n || y >= n) return;
  float acc = 0.0f;
  for (int dy = 0; dy < K; ++dy) {
    int yy = clamp(y + dy - K / 2, 0, n - 1);
    for (int dx = 0; dx < K; ++dx)
      acc += w[dy * K + dx] * img[yy * n + clamp(x + dx - K / 2, 0, n - 1)];
  }
  out[y * n + x] = acc;
}
