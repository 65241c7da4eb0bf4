// Black-Scholes call and put prices (exp, log, sqrt, erf) for n options from random parameters.
__kernel void black_scholes(__global const float* spot, __global const float* strike, __global const float* years,
                            __global float* call, __global float* put, const float rate, const int n) {
  int i = get_global_id(0);
  if (i >= n) return;
  float s = 5.0f + 95.0f * spot[i], k = 5.0f + 95.0f * strike[i], t = 0.25f + 4.0f * years[i];
  float vol = 0.3f, r = 0.01f + 0.05f * rate;
  float sq = vol * sqrt(t);
  float d1 = (log(s / k) + (r + 0.5f * vol * vol) * t) / sq, d2 = d1 - sq;
  float n1 = 0.5f * (1.0f + erf(d1 * M_SQRT1_2_F)), n2 = 0.5f * (1.0f + erf(d2 * M_SQRT1_2_F));
  float disc = k * exp(-r * t);
  call[i] = s * n1 - disc * n2;
  put[i] = disc * (1.0f - n2) - s * (1.0f - n1);
}
