// Internal: reading a model library and its sidecar safely (used by compiled_model.cpp and
// model_sidecar.cpp).
//
// - Both files are opened O_NONBLOCK and must be regular files (checked with fstat on the open
//   descriptor): a FIFO, a device or a directory is refused at once instead of blocking for ever.
// - A library's ELF header is checked before anything else reads it, and its program headers are
//   checked to lie inside the file: dlopen maps segments at their file offsets, and touching a page
//   past the end of a truncated file raises SIGBUS instead of an error.
// - The library is loaded from a private copy: its bytes are copied into an anonymous memory file
//   (memfd_create, sealed against writes and size changes; an unnamed O_TMPFILE where memfd is not
//   available), the copy is hashed and dlopened. Later writes to the original path (`cp new.so
//   model.so`, a symlink swap) never reach a loaded model.
#pragma once

#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "throttllem/errors.hpp"

namespace throttllem::detail {

/// Largest sidecar read (its split points are a few hundred kB for the models throttllem compiles).
constexpr std::int64_t kMaxSidecarBytes = std::int64_t{64} << 20;
/// Largest library copied (TL2cgen libraries of thousands of trees are tens of MB).
constexpr std::int64_t kMaxLibraryBytes = std::int64_t{1} << 30;

/// An owned file descriptor (closed on destruction).
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { reset(); }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  Fd(Fd&& o) noexcept : fd_(o.release()) {}
  Fd& operator=(Fd&& o) noexcept {
    if (this != &o) {
      reset();
      fd_ = o.release();
    }
    return *this;
  }
  int get() const { return fd_; }
  int release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }
  void reset(int fd = -1) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_;
};

/// Opens `path` read-only without blocking and requires a regular file of at most `max_bytes`.
/// `what` names the file in errors ("model library", "model sidecar"). Sets `size`.
inline Fd open_regular(const std::string& path, const std::string& what, std::int64_t max_bytes, std::int64_t& size) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) throw ModelLoadError("cannot read " + what + " " + path + ": " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) throw ModelLoadError("cannot read " + what + " " + path + ": " + std::strerror(errno));
  if (!S_ISREG(st.st_mode))
    throw ModelLoadError(what + " " + path + " is not a regular file (a FIFO, device or folder is never read)");
  if (st.st_size > max_bytes)
    throw ModelLoadError(what + " " + path + " is " + std::to_string(st.st_size) + " bytes, more than the " +
                         std::to_string(max_bytes) + " read");
  size = st.st_size;
  return fd;
}

/// Reads up to `size` bytes of `fd` from `offset`; returns how many were read (fewer at end of file).
inline std::size_t read_at(int fd, void* buf, std::size_t size, std::int64_t offset) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::pread(fd, static_cast<char*>(buf) + done, size - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw ModelLoadError(std::string("read error: ") + std::strerror(errno));
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  return done;
}

#if defined(__x86_64__)
constexpr std::uint16_t kHostMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr std::uint16_t kHostMachine = EM_AARCH64;
#else
constexpr std::uint16_t kHostMachine = EM_NONE;  // not checked
#endif

/// Checks the ELF header of the `size`-byte library open as `fd`: a 64-bit little-endian shared
/// object for this machine. `layout` also checks that every program header, and every segment
/// dlopen maps, lies inside the file (a truncated library fails here, not with SIGBUS).
inline void check_elf(int fd, std::int64_t size, const std::string& path, bool layout) {
  const std::string where = "model library " + path;
  if (size < static_cast<std::int64_t>(sizeof(Elf64_Ehdr)))
    throw ModelLoadError(where + " is " + std::to_string(size) + " bytes, too small for a shared library (truncated?)");
  Elf64_Ehdr h;
  if (read_at(fd, &h, sizeof h, 0) != sizeof h) throw ModelLoadError(where + " is shorter than its ELF header (truncated?)");
  if (std::memcmp(h.e_ident, ELFMAG, SELFMAG) != 0)
    throw ModelLoadError(where + " is not an ELF shared library (no ELF magic number)");
  if (h.e_ident[EI_CLASS] != ELFCLASS64 || h.e_ident[EI_DATA] != ELFDATA2LSB)
    throw ModelLoadError(where + " is not a 64-bit little-endian ELF library");
  if (h.e_type != ET_DYN) throw ModelLoadError(where + " is an ELF file but not a shared library");
  if (kHostMachine != EM_NONE && h.e_machine != kHostMachine)
    throw ModelLoadError(where + " was built for another machine (ELF e_machine " + std::to_string(h.e_machine) + ")");
  if (!layout) return;
  const auto u = static_cast<std::uint64_t>(size);
  auto inside = [u](std::uint64_t offset, std::uint64_t length) { return offset <= u && length <= u - offset; };
  if (h.e_phentsize != sizeof(Elf64_Phdr) || h.e_phnum == 0 ||
      !inside(h.e_phoff, std::uint64_t{h.e_phnum} * sizeof(Elf64_Phdr)))
    throw ModelLoadError(where + " has its program headers outside the file (truncated?)");
  for (std::uint16_t i = 0; i < h.e_phnum; ++i) {
    Elf64_Phdr ph;
    read_at(fd, &ph, sizeof ph, static_cast<std::int64_t>(h.e_phoff + std::uint64_t{i} * sizeof ph));
    if (ph.p_type != PT_NULL && !inside(ph.p_offset, ph.p_filesz))
      throw ModelLoadError(where + " ends at byte " + std::to_string(size) + " inside a segment that runs to byte " +
                           std::to_string(ph.p_offset + ph.p_filesz) + " (truncated?)");
  }
  if (h.e_shnum != 0 && !inside(h.e_shoff, std::uint64_t{h.e_shnum} * h.e_shentsize))
    throw ModelLoadError(where + " has its section headers outside the file (truncated?)");
}

#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U  // Linux 6.3: an executable memfd even where vm.memfd_noexec defaults to noexec
#endif

/// A private, anonymous copy of the `size` bytes of `in`: a sealed memfd, else an unnamed
/// O_TMPFILE in $TMPDIR or /tmp. Throws ModelLoadError when neither can be made or written.
inline Fd private_copy(int in, std::int64_t size, const std::string& path) {
  Fd out(::memfd_create("throttllem-model", MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_EXEC));
  if (out.get() < 0 && errno == EINVAL) out.reset(::memfd_create("throttllem-model", MFD_CLOEXEC | MFD_ALLOW_SEALING));
  bool sealable = out.get() >= 0;
  if (!sealable) {
    const char* tmp = std::getenv("TMPDIR");
    for (const char* dir : {tmp && *tmp ? tmp : "/tmp", "/tmp"}) {
      out.reset(::open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0700));
      if (out.get() >= 0) break;
    }
  }
  if (out.get() < 0) throw ModelLoadError("cannot make a private copy of " + path + ": " + std::strerror(errno));
  char buf[1 << 16];
  std::int64_t copied = 0;
  while (copied < size) {
    const std::size_t want = static_cast<std::size_t>(std::min<std::int64_t>(sizeof buf, size - copied));
    const std::size_t n = read_at(in, buf, want, copied);
    if (n == 0) break;  // the file shrank while copied: the hash check refuses the copy
    for (std::size_t w = 0; w < n;) {
      const ssize_t k = ::write(out.get(), buf + w, n - w);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) throw ModelLoadError("cannot make a private copy of " + path + ": " + std::strerror(errno));
      w += static_cast<std::size_t>(k);
    }
    copied += static_cast<std::int64_t>(n);
  }
  // Sealed: nothing (not even this process) can write, shrink or grow the copy any more.
  if (sealable) ::fcntl(out.get(), F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
  return out;
}

/// The size of an open file.
inline std::int64_t file_size(int fd) {
  struct stat st;
  if (::fstat(fd, &st) != 0) throw ModelLoadError(std::string("cannot stat a model copy: ") + std::strerror(errno));
  return st.st_size;
}

}  // namespace throttllem::detail
