// Table mode's plan: a projection cut into pieces that each stay in one table cell.
#include "ips_eval.hpp"

namespace throttllem::detail {

namespace {
std::int64_t ceil_div(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }
}  // namespace

void TableEvaluator::prepare(const Projection& p, double now_s, Plan& out, bool clock) const {
  out.now_s = now_s;
  const double ttft_target = clock ? ttft_target_s_ : std::numeric_limits<double>::infinity();
  const double scale = clock ? clock_scale_ : admit_scale_;
  const double room = clock ? room_s_ : 0.0;
  // Written through raw pointers (push_back's capacity checks were a third of this function's
  // cost); capacity grows, rarely, when KV crosses more table cells than ever before.
  const std::size_t kv_cells = table_.kv_cells();
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::size_t* offset = nullptr;
  double* iterations = nullptr;
  double* limit = nullptr;
  std::int64_t* finish_iter = nullptr;
  double* min_deadline = nullptr;
  double* first_deadline = nullptr;
  auto reserve = [&](std::size_t needed) {
    if (out.offset.size() < needed) {
      const std::size_t size = std::max<std::size_t>(needed, 2 * out.offset.size());
      out.offset.resize(size);
      out.iterations.resize(size);
      out.limit_s.resize(size);
      out.finish_iter.resize(size);
      out.min_deadline_s.resize(size);
      out.first_deadline_s.resize(size);
    }
    offset = out.offset.data();
    iterations = out.iterations.data();
    limit = out.limit_s.data();
    finish_iter = out.finish_iter.data();
    min_deadline = out.min_deadline_s.data();
    first_deadline = out.first_deadline_s.data();
  };
  reserve(2 * p.segments.size() + kv_cells + 1);
  std::size_t n = 0;
  out.prefill_count = 0;
  std::size_t cell = p.segments.empty() ? 0 : table_.kv_cell_of(p.segments.front().kv_tokens_first);
  for (const Segment& seg : p.segments) {
    const std::int64_t b = seg.batch;
    const std::size_t row = table_.batch_cell(b) * kv_cells;
    // Walk from the previous segment's cell: KV moves little between neighbouring segments.
    while (cell > 0 && table_.kv_cell_end(cell - 1) > seg.kv_tokens_first) --cell;
    std::int64_t done = 0;
    PrefillCost::Point prefill_at;
    if (seg.prefill_tokens > 0) prefill_at = prefill_.locate(seg.prefill_tokens);
    while (done < seg.iterations) {
      const std::int64_t kv = seg.kv_tokens_first + b * done;
      while (table_.kv_cell_end(cell) <= kv) ++cell;  // a large batch can jump several cells
      std::int64_t count = seg.iterations - done;
      const std::int64_t end = table_.kv_cell_end(cell);
      // Divide only when the segment really leaves this cell (divisions dominate otherwise).
      if (kv + b * (count - 1) >= end) count = ceil_div(end - seg.kv_tokens_first, b) - done;
      if (n == out.offset.size()) reserve(n + 1);
      offset[n] = row + cell;
      iterations[n] = static_cast<double>(count);
      limit[n] = kInf;
      finish_iter[n] = 0;
      min_deadline[n] = kInf;
      first_deadline[n] = kInf;
      if (seg.prefill_tokens > 0) {  // the prefill phase is a prefix: these pieces come first
        if (out.prefill_j.size() <= n) {
          out.prefill_j.resize(out.offset.size());
          out.prefill_w.resize(out.offset.size());
        }
        out.prefill_j[n] = prefill_at.j;
        out.prefill_w[n] = prefill_at.w;
        out.prefill_count = n + 1;
      }
      ++n;
      done += count;
    }
    if (seg.finishing > 0) {
      const std::int64_t finish = seg.start_iter + seg.iterations;
      finish_iter[n - 1] = finish;
      min_deadline[n - 1] = seg.min_deadline_s;
      limit[n - 1] = std::min(scale * (tbt_target_s_ * static_cast<double>(finish)), scale * (seg.min_deadline_s - now_s) - room);
    }
    if (seg.first_tokens > 0) {
      first_deadline[n - 1] = seg.first_token_arrival_s + ttft_target;
      limit[n - 1] = std::min(limit[n - 1], scale * (first_deadline[n - 1] - now_s));
    }
  }
  out.count = n;
}

}  // namespace throttllem::detail
