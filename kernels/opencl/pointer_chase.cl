// Irregular, small working set: each work-item follows 256 links through a table of tsize
// (4096, a power of two) ints that fits in a CPU's L1/L2: every load depends on the previous one.
__kernel void pointer_chase(__global const int* next, __global const int* start, __global int* out,
                            const int tsize, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  int mask = tsize - 1;
  int p = start[i] & mask;
  int sum = 0;
  for (int k = 0; k < 256; ++k) {
    p = (next[p] + k) & mask;
    sum += p;
  }
  out[i] = sum ^ p;
}
