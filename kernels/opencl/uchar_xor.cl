// Streaming bytes: one byte in, one byte out (transfer-bound at every size).
__kernel void uchar_xor(__global const uchar* a, __global uchar* out, const int n) {
  int i = get_global_id(0);
  if (i < n) out[i] = (uchar)(a[i] ^ (uchar)0x5a) + (uchar)1;
}
