// N-body accelerations, O(n^2): bodies staged through local memory one work-group tile at a time.
__kernel void nbody_tiled(__global const float4* pos, __global float4* acc, __local float4* tile, const int n) {
  int i = get_global_id(0), l = get_local_id(0), size = get_local_size(0);
  float4 p = pos[i];
  float3 a = (float3)(0.0f);
  for (int t = 0; t < n; t += size) {
    tile[l] = pos[t + l];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int k = 0; k < size; ++k) {
      float3 d = tile[k].xyz - p.xyz;
      float inv = rsqrt(dot(d, d) + 1e-3f);
      a += d * (tile[k].w * inv * inv * inv);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  acc[i] = (float4)(a, 0.0f);
}
