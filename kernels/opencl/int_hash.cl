// Streaming integer ALU: a 32-bit mixing hash (murmur3 finaliser) of every element.
__kernel void int_hash(__global const uint* a, __global uint* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  uint h = a[i] ^ 0x9e3779b9u;
  h ^= h >> 16; h *= 0x85ebca6bu;
  h ^= h >> 13; h *= 0xc2b2ae35u;
  h ^= h >> 16;
  out[i] = h;
}
