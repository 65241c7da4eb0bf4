// Irregular, small working set: 8 descents per work-item through an implicit binary tree of
// 4095 float keys (node k's children are 2k+1 and 2k+2): each level's load depends on the
// previous comparison.
__kernel void tree_walk(__global const float* nodes, __global const float* q, __global int* leaf, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float x = q[i];
  int acc = 0;
  for (int r = 0; r < 8; ++r) {
    int k = 0;
    while (k < 2047) k = 2 * k + 1 + (x > nodes[k]);
    acc += k - 2047;
    x = x * 3.7f + 0.123f;
    x -= floor(x);
  }
  leaf[i] = acc;
}
