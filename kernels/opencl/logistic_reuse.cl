// Data reused across launches: 16 steps of the logistic map in place per launch; the manifest
// launches it several times on the same buffer between one upload and one read-back (host
// protocol), so a GPU pays one transfer for several short launches.
__kernel void logistic_reuse(__global float* x, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float v = x[i] * 0.98f + 0.01f;
  for (int k = 0; k < 16; ++k) v = 3.6f * v * (1.0f - v);
  x[i] = v;
}
