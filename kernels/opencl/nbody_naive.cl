// N-body accelerations, O(n^2), every body read from global memory (cached) by every work-item.
__kernel void nbody_naive(__global const float4* pos, __global float4* acc, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float4 p = pos[i];
  float3 a = (float3)(0.0f);
  for (int k = 0; k < n; ++k) {
    float4 q = pos[k];
    float3 d = q.xyz - p.xyz;
    float inv = rsqrt(dot(d, d) + 1e-3f);
    a += d * (q.w * inv * inv * inv);
  }
  acc[i] = (float4)(a, 0.0f);
}
