// Memory-streaming microbenchmarks: achieved DRAM bandwidth at the GPU's current clock.
//
// read: every byte of a buffer far larger than L2 is loaded once per launch (decode reads its
//       weights and KV cache this way); copy: loaded once and stored once (2 bytes moved per byte).
// 16-byte vector accesses, a grid-stride loop over one full wave of blocks, streaming cache hints.
#include <cstddef>

#include "roofline.cuh"

namespace {

__global__ void fill_kernel(float4* __restrict__ data, size_t n) {
  for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x) {
    const float v = (float)(i & 1023) * 1e-3f;
    data[i] = make_float4(v, v + 1.f, v + 2.f, v + 3.f);
  }
}

__global__ void read_kernel(const float4* __restrict__ src, size_t n, float* __restrict__ sink) {
  float acc = 0.f;
  for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x) {
    const float4 v = __ldcs(src + i);
    acc += (v.x + v.y) + (v.z + v.w);
  }
  // The data never sums to this, but the compiler cannot know: the loads stay.
  if (acc == -1.2345e30f) sink[blockIdx.x] = acc;
}

__global__ void copy_kernel(const float4* __restrict__ src, float4* __restrict__ dst, size_t n) {
  for (size_t i = blockIdx.x * (size_t)blockDim.x + threadIdx.x; i < n; i += (size_t)gridDim.x * blockDim.x) {
    __stcs(dst + i, __ldcs(src + i));
  }
}

constexpr int kThreads = 512;

}  // namespace

// mode 0: read `bytes` per launch; mode 1: copy `bytes` (reads bytes, writes bytes).
// ms_each[r] = time of launch r (after one untimed warm-up launch).
THROTTLLEM_API int throttllem_stream(int device, int mode, size_t bytes, int repeats, float* ms_each) {
  cudaError_t err = cudaSuccess;
  float4* src = nullptr;
  float4* dst = nullptr;
  float* sink = nullptr;
  const size_t n = bytes / sizeof(float4);
  int blocks = 0;
  if (n == 0 || repeats < 1 || (mode != 0 && mode != 1)) return (int)cudaErrorInvalidValue;
  TL_CHECK(cudaSetDevice(device));
  TL_CHECK(cudaMalloc(&src, n * sizeof(float4)));
  if (mode == 1) TL_CHECK(cudaMalloc(&dst, n * sizeof(float4)));
  TL_CHECK(full_wave_blocks(read_kernel, device, kThreads, &blocks));
  TL_CHECK(cudaMalloc(&sink, (size_t)blocks * sizeof(float)));
  fill_kernel<<<blocks, kThreads>>>(src, n);
  TL_CHECK(cudaGetLastError());
  TL_CHECK(time_launches(
      [&] {
        if (mode == 0) read_kernel<<<blocks, kThreads>>>(src, n, sink);
        else copy_kernel<<<blocks, kThreads>>>(src, dst, n);
      },
      repeats, ms_each));
done:
  cudaFree(src);
  cudaFree(dst);
  cudaFree(sink);
  return (int)err;
}

THROTTLLEM_API const char* throttllem_cuda_error_string(int code) {
  return cudaGetErrorString((cudaError_t)code);
}
