// Branchy serial work: a 4-state machine (a toy tokenizer) run over the work-item's own 128
// bytes; every step branches on the state and on the byte read.
__kernel void fsm_bytes(__global const uchar* text, __global uint* out, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  __global const uchar* s = text + (size_t)i * 128;
  uint state = 0u, tokens = 0u, digits = 0u;
  for (int k = 0; k < 128; ++k) {
    uchar c = s[k];
    switch (state) {
      case 0u:  // between tokens
        if (c < 64) { state = 1u; ++tokens; } else if (c < 96) { state = 2u; ++digits; }
        break;
      case 1u:  // in a word
        if (c >= 160) state = 0u; else if (c >= 128) state = 3u;
        break;
      case 2u:  // in a number
        if (c < 96 && c >= 64) ++digits; else state = (c & 1) ? 0u : 3u;
        break;
      default:  // in punctuation
        state = (c < 32) ? 1u : (c > 200 ? 2u : 0u);
        tokens += (state == 1u);
    }
  }
  out[i] = (tokens << 16) | (digits << 2) | state;
}
