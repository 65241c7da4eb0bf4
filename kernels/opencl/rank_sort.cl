// Sort, quadratic: each element counts the smaller ones (ties broken by index) and writes itself there.
__kernel void rank_sort(__global const float* in, __global float* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = in[i];
  int rank = 0;
  for (int j = 0; j < n; ++j) {
    float w = in[j];
    rank += (w < v) || (w == v && j < i);
  }
  out[rank] = v;
}
