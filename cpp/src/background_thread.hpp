// Internal: threads the core starts behind the host's back.
#pragma once

#include <csignal>
#include <memory>
#include <thread>
#include <utility>

#include <pthread.h>

namespace throttllem::detail {

// Starts a thread with asynchronous signals blocked, so SIGINT/SIGTERM reach the host's main
// thread. Were one delivered here, Python would set its flag but its main thread could sleep on
// unaware, and a Ctrl-C would be lost. Faults (SIGSEGV...) stay deliverable.
template <typename Fn>
std::unique_ptr<std::thread> start_background_thread(Fn&& fn) {
  sigset_t block, old;
  sigfillset(&block);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS}) sigdelset(&block, sig);
  pthread_sigmask(SIG_BLOCK, &block, &old);  // the new thread inherits this mask
  auto thread = std::make_unique<std::thread>(std::forward<Fn>(fn));
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return thread;
}

}  // namespace throttllem::detail
