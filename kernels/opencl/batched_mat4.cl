// Batched 4 x 4 matrix products, one pair per work-item, matrices as float16 (row-major).
__kernel void batched_mat4(__global const float16* a, __global const float16* b, __global float16* c,
                           const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float16 x = a[i], y = b[i];
  float4 r0 = x.s0 * y.s0123 + x.s1 * y.s4567 + x.s2 * y.s89ab + x.s3 * y.scdef;
  float4 r1 = x.s4 * y.s0123 + x.s5 * y.s4567 + x.s6 * y.s89ab + x.s7 * y.scdef;
  float4 r2 = x.s8 * y.s0123 + x.s9 * y.s4567 + x.sa * y.s89ab + x.sb * y.scdef;
  float4 r3 = x.sc * y.s0123 + x.sd * y.s4567 + x.se * y.s89ab + x.sf * y.scdef;
  c[i] = (float16)(r0, r1, r2, r3);
}
