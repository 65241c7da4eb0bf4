// Irregular, small working set: each work-item looks its key up in an open-addressing table of
// tsize (2048, a power of two) keys by linear probing (at most 64 probes); the table stays in
// cache, the probe count varies per key.
__kernel void hash_probe(__global const uint* table, __global const uint* keys, __global int* slot,
                         const int tsize, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  uint key = keys[i];
  uint h = (key * 2654435761u) >> 5;
  uint mask = (uint)tsize - 1u;
  int found = -1, probes = 0;
  for (; probes < 64; ++probes) {
    uint s = (h + (uint)probes) & mask;
    uint t = table[s];
    if (t == key || (t & 15u) == (key & 15u)) { found = (int)s; break; }
  }
  slot[i] = found * 64 + probes;
}
