/* Fake libnvidia-ml for throttllem's tests: the NVML symbols throttllem resolves, backed by a
 * modelled GPU. Real clock changes are forbidden on the shared GPU machine, so the clock-setting
 * path is tested against this library. Every call is appended to a log file.
 *
 * Configuration: env FAKE_NVML_<KEY> (read at each nvmlInit_v2), then key=value lines of the file
 * named by FAKE_NVML_CONFIG (re-read whenever it changes). Keys:
 *   gpus, name, graphics_clocks (min:max:step MHz), memory_clocks (a,b,...), default_clock_mhz,
 *   base_power_mw, power_mw_per_mhz, power_limit_mw, energy_refresh_ms, clock_event_reasons,
 *   mismatch (1: accepts locked clocks but does not hold them),
 *   fail (fn[@gpu]=code,...), latency_us (fn=us,...; fn may be *),
 *   log (path), state (path; locked clocks and energy shared by every process using it).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))
#define MAX_GPUS 16
#define MAX_RULES 32

typedef int nvmlReturn_t;
typedef struct fake_device* nvmlDevice_t;

enum { OK = 0, E_UNINIT = 1, E_INVALID = 2, E_NOT_FOUND = 6, E_INSUFFICIENT_SIZE = 7 };

struct rule { char fn[64]; int gpu; long value; };

struct config {
  int gpus; char name[96]; int gmin, gmax, gstep; int mem[8]; int n_mem; int default_clock;
  long base_power_mw, power_mw_per_mhz, power_limit_mw, energy_refresh_ms;
  unsigned long long reasons; int mismatch;
  struct rule fail[MAX_RULES]; int n_fail; struct rule latency[MAX_RULES]; int n_latency;
  char log[1024]; char state[1024];
};

struct fake_device { int index; };
/* Energy is accumulated up to t_ns; after that it grows with the power of the current clock. */
struct gpu_state { int locked_min, locked_max; double energy_mj; long long t_ns; };

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct config cfg;
static struct fake_device devices[MAX_GPUS];
static struct gpu_state st[MAX_GPUS];
static int init_count;
static struct timespec cfg_mtime;
static off_t cfg_size = -1;

static long long now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void parse_rules(const char* v, struct rule* rules, int* n) {
  char buf[2048];
  snprintf(buf, sizeof buf, "%s", v);
  *n = 0;
  for (char* save = NULL, *tok = strtok_r(buf, ",", &save); tok && *n < MAX_RULES;
       tok = strtok_r(NULL, ",", &save)) {
    char* eq = strchr(tok, '=');
    if (!eq) continue;
    *eq = '\0';
    struct rule* r = &rules[(*n)++];
    char* at = strchr(tok, '@');
    r->gpu = at ? atoi(at + 1) : -1;
    if (at) *at = '\0';
    snprintf(r->fn, sizeof r->fn, "%s", tok);
    r->value = strtol(eq + 1, NULL, 0);
  }
}

static void apply_key(const char* k, const char* v) {
  if (!strcmp(k, "gpus")) cfg.gpus = atoi(v) > MAX_GPUS ? MAX_GPUS : atoi(v);
  else if (!strcmp(k, "name")) snprintf(cfg.name, sizeof cfg.name, "%s", v);
  else if (!strcmp(k, "graphics_clocks")) sscanf(v, "%d:%d:%d", &cfg.gmin, &cfg.gmax, &cfg.gstep);
  else if (!strcmp(k, "memory_clocks")) {
    cfg.n_mem = 0;
    for (const char* p = v; *p && cfg.n_mem < 8; p = strchr(p, ',') ? strchr(p, ',') + 1 : "")
      cfg.mem[cfg.n_mem++] = atoi(p);
  } else if (!strcmp(k, "default_clock_mhz")) cfg.default_clock = atoi(v);
  else if (!strcmp(k, "base_power_mw")) cfg.base_power_mw = atol(v);
  else if (!strcmp(k, "power_mw_per_mhz")) cfg.power_mw_per_mhz = atol(v);
  else if (!strcmp(k, "power_limit_mw")) cfg.power_limit_mw = atol(v);
  else if (!strcmp(k, "energy_refresh_ms")) cfg.energy_refresh_ms = atol(v);
  else if (!strcmp(k, "clock_event_reasons")) cfg.reasons = strtoull(v, NULL, 0);
  else if (!strcmp(k, "mismatch")) cfg.mismatch = atoi(v);
  else if (!strcmp(k, "fail")) parse_rules(v, cfg.fail, &cfg.n_fail);
  else if (!strcmp(k, "latency_us")) parse_rules(v, cfg.latency, &cfg.n_latency);
  else if (!strcmp(k, "log")) snprintf(cfg.log, sizeof cfg.log, "%s", v);
  else if (!strcmp(k, "state")) snprintf(cfg.state, sizeof cfg.state, "%s", v);
}

static const char* const KEYS[] = {
    "gpus", "name", "graphics_clocks", "memory_clocks", "default_clock_mhz", "base_power_mw",
    "power_mw_per_mhz", "power_limit_mw", "energy_refresh_ms", "clock_event_reasons", "mismatch",
    "fail", "latency_us", "log", "state"};

static void load_config(void) {
  memset(&cfg, 0, sizeof cfg);
  cfg.gpus = 1;
  snprintf(cfg.name, sizeof cfg.name, "Fake NVIDIA H100 80GB HBM3");
  cfg.gmin = 345; cfg.gmax = 1980; cfg.gstep = 15;
  cfg.mem[0] = 2619; cfg.mem[1] = 1593; cfg.n_mem = 2;
  cfg.base_power_mw = 60000; cfg.power_mw_per_mhz = 100; cfg.power_limit_mw = 700000;
  cfg.energy_refresh_ms = 100;
  for (size_t i = 0; i < sizeof KEYS / sizeof KEYS[0]; ++i) {
    char env[64], *p;
    snprintf(env, sizeof env, "FAKE_NVML_%s", KEYS[i]);
    for (p = env; *p; ++p) if (*p >= 'a' && *p <= 'z') *p -= 32;
    const char* v = getenv(env);
    if (v) apply_key(KEYS[i], v);
  }
  const char* path = getenv("FAKE_NVML_CONFIG");
  FILE* f = path ? fopen(path, "r") : NULL;
  if (f) {
    char line[2048];
    while (fgets(line, sizeof line, f)) {
      line[strcspn(line, "\r\n")] = '\0';
      char* eq = strchr(line, '=');
      if (!eq || line[0] == '#') continue;
      *eq = '\0';
      apply_key(line, eq + 1);
    }
    fclose(f);
  }
  if (!cfg.default_clock) cfg.default_clock = cfg.gmax;
  for (int i = 0; i < MAX_GPUS; ++i) devices[i].index = i;
}

static void maybe_reload(void) {
  const char* path = getenv("FAKE_NVML_CONFIG");
  struct stat sb;
  if (!path || stat(path, &sb) != 0) return;
  if (sb.st_size != cfg_size || sb.st_mtim.tv_sec != cfg_mtime.tv_sec ||
      sb.st_mtim.tv_nsec != cfg_mtime.tv_nsec) {
    cfg_size = sb.st_size;
    cfg_mtime = sb.st_mtim;
    load_config();
  }
}

/* State lives in memory, or in cfg.state shared by processes (flock serializes them). */
static int state_begin(void) {
  if (!cfg.state[0]) return -1;
  int fd = open(cfg.state, O_RDWR | O_CREAT, 0644);
  if (fd < 0) return -1;
  flock(fd, LOCK_EX);
  memset(st, 0, sizeof st);
  FILE* f = fdopen(dup(fd), "r");
  if (f) {
    int i, lo, hi; double e; long long t;
    while (fscanf(f, "%d %d %d %lf %lld", &i, &lo, &hi, &e, &t) == 5)
      if (i >= 0 && i < MAX_GPUS) st[i] = (struct gpu_state){lo, hi, e, t};
    fclose(f);
  }
  return fd;
}

static void state_end(int fd) {
  if (fd < 0) return;
  char buf[MAX_GPUS * 96];
  int n = 0;
  for (int i = 0; i < MAX_GPUS; ++i)
    if (st[i].t_ns)
      n += snprintf(buf + n, sizeof buf - n, "%d %d %d %.6f %lld\n", i, st[i].locked_min,
                    st[i].locked_max, st[i].energy_mj, st[i].t_ns);
  if (ftruncate(fd, 0) == 0 && pwrite(fd, buf, n, 0) == n) {}
  flock(fd, LOCK_UN);
  close(fd);
}

static int effective_clock(int i) {
  int c = cfg.default_clock;
  if (st[i].locked_max > 0 && !cfg.mismatch) {
    if (c > st[i].locked_max) c = st[i].locked_max;
    if (c < st[i].locked_min) c = st[i].locked_min;
  }
  return c;
}

static double power_mw(int i) { return cfg.base_power_mw + (double)cfg.power_mw_per_mhz * effective_clock(i); }

/* Brings energy up to t (mJ = mW * s). */
static void advance(int i, long long t) {
  if (!st[i].t_ns) st[i].t_ns = t;
  if (t > st[i].t_ns) {
    st[i].energy_mj += power_mw(i) * (double)(t - st[i].t_ns) / 1e9;
    st[i].t_ns = t;
  }
}

static long rule_value(const struct rule* rules, int n, const char* fn, int gpu) {
  for (int i = 0; i < n; ++i)
    if ((!strcmp(rules[i].fn, fn) || !strcmp(rules[i].fn, "*")) && (rules[i].gpu < 0 || rules[i].gpu == gpu))
      return rules[i].value;
  return 0;
}

static void log_call(const char* fn, int gpu, nvmlReturn_t r, const char* fmt, ...) {
  if (!cfg.log[0]) return;
  char line[512];
  int n = snprintf(line, sizeof line, "%lld %d %s gpu=%d ", now_ns(), (int)getpid(), fn, gpu);
  va_list ap;
  va_start(ap, fmt);
  n += vsnprintf(line + n, sizeof line - n, fmt, ap);
  va_end(ap);
  n += snprintf(line + n, sizeof line - n, " -> %d\n", r);
  int fd = open(cfg.log, O_WRONLY | O_APPEND | O_CREAT, 0644);  /* one write: atomic across processes */
  if (fd >= 0) {
    if (write(fd, line, n) == n) {}
    close(fd);
  }
}

/* Common entry: config reload, init and handle checks, injected latency and errors. Leaves mu held. */
static nvmlReturn_t enter(const char* fn, nvmlDevice_t d, int* gpu) {
  pthread_mutex_lock(&mu);
  maybe_reload();
  *gpu = -1;
  if (d) {
    if (d < devices || d >= devices + cfg.gpus) return E_INVALID;
    *gpu = d->index;
  }
  if (!init_count) return E_UNINIT;
  long us = rule_value(cfg.latency, cfg.n_latency, fn, *gpu);
  if (us > 0) {  /* sleep without the lock: other threads keep calling, as with the driver */
    pthread_mutex_unlock(&mu);
    usleep((useconds_t)us);
    pthread_mutex_lock(&mu);
  }
  return (nvmlReturn_t)rule_value(cfg.fail, cfg.n_fail, fn, *gpu);
}

static nvmlReturn_t leave(const char* fn, int gpu, nvmlReturn_t r, const char* fmt, ...) {
  char args[256] = "";
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(args, sizeof args, fmt, ap);
  va_end(ap);
  log_call(fn, gpu, r, "%s", args);
  pthread_mutex_unlock(&mu);
  return r;
}

EXPORT const char* nvmlErrorString(nvmlReturn_t r) {
  switch (r) {
    case 0: return "Success";
    case 1: return "Uninitialized";
    case 2: return "Invalid Argument";
    case 3: return "Not Supported";
    case 4: return "Insufficient Permissions";
    case 9: return "Driver Not Loaded";
    case 12: return "NVML Shared Library Not Found";
    case 15: return "GPU is lost";
    default: return "Unknown Error (fake)";
  }
}

EXPORT nvmlReturn_t nvmlInit_v2(void) {
  pthread_mutex_lock(&mu);
  load_config();  /* the environment of this init is the truth, even if a previous init is live */
  nvmlReturn_t r = (nvmlReturn_t)rule_value(cfg.fail, cfg.n_fail, "nvmlInit_v2", -1);
  if (r == OK) ++init_count;
  return leave("nvmlInit_v2", -1, r, "");
}

EXPORT nvmlReturn_t nvmlShutdown(void) {
  int gpu;
  nvmlReturn_t r = enter("nvmlShutdown", NULL, &gpu);
  if (r == OK) --init_count;
  return leave("nvmlShutdown", gpu, r, "");
}

EXPORT nvmlReturn_t nvmlSystemGetDriverVersion(char* out, unsigned int len) {
  int gpu;
  nvmlReturn_t r = enter("nvmlSystemGetDriverVersion", NULL, &gpu);
  if (r == OK) r = out && len >= 16 ? (snprintf(out, len, "999.0-fake"), OK) : E_INSUFFICIENT_SIZE;
  return leave("nvmlSystemGetDriverVersion", gpu, r, "");
}

EXPORT nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int* count) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceGetCount_v2", NULL, &gpu);
  if (r == OK) r = count ? (*count = (unsigned)cfg.gpus, OK) : E_INVALID;
  return leave("nvmlDeviceGetCount_v2", gpu, r, "count=%d", cfg.gpus);
}

EXPORT nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t* d) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceGetHandleByIndex_v2", NULL, &gpu);
  if (r == OK) r = !d ? E_INVALID : index >= (unsigned)cfg.gpus ? E_INVALID : (*d = &devices[index], OK);
  return leave("nvmlDeviceGetHandleByIndex_v2", (int)index, r, "");
}

EXPORT nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t d, char* out, unsigned int len) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceGetName", d, &gpu);
  if (r == OK) r = out && len > strlen(cfg.name) ? (snprintf(out, len, "%s", cfg.name), OK) : E_INSUFFICIENT_SIZE;
  return leave("nvmlDeviceGetName", gpu, r, "");
}

EXPORT nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t d, char* out, unsigned int len) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceGetUUID", d, &gpu);
  if (r == OK) r = out && len >= 48 ? (snprintf(out, len, "GPU-fa4e0000-0000-0000-0000-%012d", gpu), OK) : E_INSUFFICIENT_SIZE;
  return leave("nvmlDeviceGetUUID", gpu, r, "");
}

EXPORT nvmlReturn_t nvmlDeviceGetSupportedMemoryClocks(nvmlDevice_t d, unsigned int* count, unsigned int* mhz) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceGetSupportedMemoryClocks", d, &gpu);
  if (r == OK && !count) r = E_INVALID;
  if (r == OK) {
    if (*count < (unsigned)cfg.n_mem || !mhz) r = E_INSUFFICIENT_SIZE;
    else for (int i = 0; i < cfg.n_mem; ++i) mhz[i] = (unsigned)cfg.mem[i];
    *count = (unsigned)cfg.n_mem;
  }
  return leave("nvmlDeviceGetSupportedMemoryClocks", gpu, r, "");
}

EXPORT nvmlReturn_t nvmlDeviceGetSupportedGraphicsClocks(nvmlDevice_t d, unsigned int mem, unsigned int* count, unsigned int* mhz) {
  int gpu, known = 0;
  nvmlReturn_t r = enter("nvmlDeviceGetSupportedGraphicsClocks", d, &gpu);
  for (int i = 0; i < cfg.n_mem; ++i) known |= cfg.mem[i] == (int)mem;
  if (r == OK && (!count || !known)) r = !count ? E_INVALID : E_NOT_FOUND;
  if (r == OK) {
    unsigned n = cfg.gstep > 0 ? (unsigned)((cfg.gmax - cfg.gmin) / cfg.gstep + 1) : 1;
    if (*count < n || !mhz) r = E_INSUFFICIENT_SIZE;
    else for (unsigned i = 0; i < n; ++i) mhz[i] = (unsigned)(cfg.gmax - (int)i * cfg.gstep);  /* descending, as NVML */
    *count = n;
  }
  return leave("nvmlDeviceGetSupportedGraphicsClocks", gpu, r, "memory=%u", mem);
}

EXPORT nvmlReturn_t nvmlDeviceSetGpuLockedClocks(nvmlDevice_t d, unsigned int lo, unsigned int hi) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceSetGpuLockedClocks", d, &gpu);
  if (r == OK && (lo == 0 || lo > hi)) r = E_INVALID;
  if (r == OK) {
    int fd = state_begin();
    advance(gpu, now_ns());
    st[gpu].locked_min = (int)lo;
    st[gpu].locked_max = (int)hi;
    state_end(fd);
  }
  return leave("nvmlDeviceSetGpuLockedClocks", gpu, r, "min=%u max=%u", lo, hi);
}

EXPORT nvmlReturn_t nvmlDeviceResetGpuLockedClocks(nvmlDevice_t d) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceResetGpuLockedClocks", d, &gpu);
  if (r == OK) {
    int fd = state_begin();
    advance(gpu, now_ns());
    st[gpu].locked_min = st[gpu].locked_max = 0;
    state_end(fd);
  }
  return leave("nvmlDeviceResetGpuLockedClocks", gpu, r, "");
}

/* type: 0 graphics, 1 SM, 2 memory, 3 video. */
EXPORT nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t d, int type, unsigned int* mhz) {
  int gpu, value = 0;
  nvmlReturn_t r = enter("nvmlDeviceGetClockInfo", d, &gpu);
  if (r == OK && (!mhz || type < 0 || type > 3)) r = E_INVALID;
  if (r == OK) {
    int fd = state_begin();
    value = type == 2 ? cfg.mem[0] : type == 3 ? 1200 : effective_clock(gpu);
    state_end(fd);
    *mhz = (unsigned)value;
  }
  return leave("nvmlDeviceGetClockInfo", gpu, r, "type=%d value=%d", type, value);
}

EXPORT nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t d, unsigned int* mw) {
  int gpu;
  double p = 0;
  nvmlReturn_t r = enter("nvmlDeviceGetPowerUsage", d, &gpu);
  if (r == OK && !mw) r = E_INVALID;
  if (r == OK) {
    int fd = state_begin();
    p = power_mw(gpu);
    state_end(fd);
    *mw = (unsigned)p;
  }
  return leave("nvmlDeviceGetPowerUsage", gpu, r, "value=%.0f", p);
}

/* Like the H100's counter, the value only moves every energy_refresh_ms. */
EXPORT nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t d, unsigned long long* mj) {
  int gpu;
  double e = 0;
  nvmlReturn_t r = enter("nvmlDeviceGetTotalEnergyConsumption", d, &gpu);
  if (r == OK && !mj) r = E_INVALID;
  if (r == OK) {
    int fd = state_begin();
    long long t = now_ns(), q = cfg.energy_refresh_ms * 1000000LL;
    if (q > 0) t -= t % q;
    if (t < st[gpu].t_ns) t = st[gpu].t_ns;
    advance(gpu, t);
    e = st[gpu].energy_mj;
    state_end(fd);
    *mj = (unsigned long long)e;
  }
  return leave("nvmlDeviceGetTotalEnergyConsumption", gpu, r, "value=%.0f", e);
}

static nvmlReturn_t reasons(const char* fn, nvmlDevice_t d, unsigned long long* out) {
  int gpu;
  nvmlReturn_t r = enter(fn, d, &gpu);
  if (r == OK) r = out ? (*out = cfg.reasons, OK) : E_INVALID;
  return leave(fn, gpu, r, "value=0x%llx", cfg.reasons);
}

EXPORT nvmlReturn_t nvmlDeviceGetCurrentClocksEventReasons(nvmlDevice_t d, unsigned long long* out) {
  return reasons("nvmlDeviceGetCurrentClocksEventReasons", d, out);
}

EXPORT nvmlReturn_t nvmlDeviceGetCurrentClocksThrottleReasons(nvmlDevice_t d, unsigned long long* out) {
  return reasons("nvmlDeviceGetCurrentClocksThrottleReasons", d, out);
}

EXPORT nvmlReturn_t nvmlDeviceGetPowerManagementLimit(nvmlDevice_t d, unsigned int* mw) {
  int gpu;
  nvmlReturn_t r = enter("nvmlDeviceGetPowerManagementLimit", d, &gpu);
  if (r == OK) r = mw ? (*mw = (unsigned)cfg.power_limit_mw, OK) : E_INVALID;
  return leave("nvmlDeviceGetPowerManagementLimit", gpu, r, "");
}
