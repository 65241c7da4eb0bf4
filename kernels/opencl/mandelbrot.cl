// Divergent: escape-time iterations (up to 256) of random points of the Mandelbrot set's window.
__kernel void mandelbrot(__global const float* re, __global const float* im, __global int* iters, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float cr = re[i] * 3.0f - 2.0f, ci = im[i] * 3.0f - 1.5f;
  float zr = 0.0f, zi = 0.0f;
  int k = 0;
  while (k < 256 && zr * zr + zi * zi < 4.0f) {
    float t = zr * zr - zi * zi + cr;
    zi = 2.0f * zr * zi + ci;
    zr = t;
    ++k;
  }
  iters[i] = k;
}
