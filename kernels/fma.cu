// FMA-bound microbenchmark: achieved FP32 fused multiply-add rate of the CUDA cores at the GPU's
// current clock (the arithmetic ceiling that scales with SM clock; tensor-core GEMM is measured
// separately through cuBLAS).
//
// Each thread runs kChains independent FMA chains in registers (enough instruction-level
// parallelism to hide the FMA latency), one full resident wave of blocks, no memory traffic
// except one store per thread at the end.
#include "roofline.cuh"

namespace {

constexpr int kChains = 8;
constexpr int kThreads = 256;

__global__ void fma_kernel(float* __restrict__ out, int iterations, float a, float b) {
  const int tid = blockIdx.x * blockDim.x + threadIdx.x;
  float x[kChains];
#pragma unroll
  for (int c = 0; c < kChains; ++c) x[c] = (float)(tid + c) * 1e-6f;
  for (int i = 0; i < iterations; ++i) {
#pragma unroll
    for (int c = 0; c < kChains; ++c) x[c] = fmaf(x[c], a, b);
  }
  float sum = 0.f;
#pragma unroll
  for (int c = 0; c < kChains; ++c) sum += x[c];
  out[tid] = sum;  // keeps every chain live
}

}  // namespace

// Times `repeats` launches (after one warm-up); *flops_per_launch = 2 x FMAs of one launch.
THROTTLLEM_API int throttllem_fma(int device, int iterations, int repeats, float* ms_each, double* flops_per_launch) {
  cudaError_t err = cudaSuccess;
  float* out = nullptr;
  int blocks = 0;
  if (iterations < 1 || repeats < 1) return (int)cudaErrorInvalidValue;
  TL_CHECK(cudaSetDevice(device));
  TL_CHECK(full_wave_blocks(fma_kernel, device, kThreads, &blocks));
  TL_CHECK(cudaMalloc(&out, (size_t)blocks * kThreads * sizeof(float)));
  *flops_per_launch = 2.0 * kChains * (double)iterations * (double)blocks * kThreads;
  // a just below 1 and a small b keep every value finite for any iteration count.
  TL_CHECK(time_launches([&] { fma_kernel<<<blocks, kThreads>>>(out, iterations, 0.9999999f, 1e-7f); },
                         repeats, ms_each));
done:
  cudaFree(out);
  return (int)err;
}
