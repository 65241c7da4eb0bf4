// Shared helpers of the project's roofline microbenchmarks (stream.cu, fma.cu).
//
// Each benchmark is an extern "C" function that returns a cudaError_t code (0 on success) and
// writes one time in milliseconds per timed launch, measured with CUDA events. Python loads the
// library with ctypes (throttllem.profiling.cuda_kernels); nothing here depends on Python.
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
