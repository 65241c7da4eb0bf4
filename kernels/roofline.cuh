// Shared helpers of the project's roofline microbenchmarks (stream.cu, fma.cu).
//
// Each benchmark is an extern "C" function that returns a cudaError_t code (0 on success) and
// writes one time in milliseconds per timed launch, measured with CUDA events. Python loads the
// library with ctypes (throttllem.profiler.cuda_kernels); nothing here depends on Python.
#pragma once

#include <cuda_runtime.h>

#define THROTTLLEM_API extern "C" __attribute__((visibility("default")))

// Return the error of a CUDA runtime call from the enclosing function (after its cleanup label).
#define TL_CHECK(call)                 \
  do {                                 \
    err = (call);                      \
    if (err != cudaSuccess) goto done; \
  } while (0)

// Blocks of `threads` threads that fill every SM of `device` once (one resident wave).
template <typename Kernel>
inline cudaError_t full_wave_blocks(Kernel kernel, int device, int threads, int* blocks) {
  int sms = 0, per_sm = 0;
  cudaError_t err = cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, device);
  if (err != cudaSuccess) return err;
  err = cudaOccupancyMaxActiveBlocksPerMultiprocessor(&per_sm, kernel, threads, 0);
  if (err != cudaSuccess) return err;
  *blocks = sms * (per_sm > 0 ? per_sm : 1);
  return cudaSuccess;
}

// Times `repeats` calls of `launch` (a kernel launch), after one untimed warm-up call, with CUDA
// events: ms_each[r] = time of call r. Returns the first CUDA error (launch errors included).
template <typename Launch>
inline cudaError_t time_launches(Launch launch, int repeats, float* ms_each) {
  cudaError_t err = cudaSuccess;
  cudaEvent_t start = nullptr, stop = nullptr;
  TL_CHECK(cudaEventCreate(&start));
  TL_CHECK(cudaEventCreate(&stop));
  for (int r = -1; r < repeats; ++r) {  // r == -1: warm-up
    TL_CHECK(cudaEventRecord(start));
    launch();
    TL_CHECK(cudaGetLastError());
    TL_CHECK(cudaEventRecord(stop));
    TL_CHECK(cudaEventSynchronize(stop));
    if (r >= 0) TL_CHECK(cudaEventElapsedTime(&ms_each[r], start, stop));
  }
done:
  if (start) cudaEventDestroy(start);
  if (stop) cudaEventDestroy(stop);
  return err;
}
