"""The OpenCL C language facts the lexer, renamer and atomizer share (OpenCL C 1.2/2.0 spec).

Keywords and type names are never renamed; neither are builtin functions, whose names carry
meaning (``get_global_id``, ``barrier``, ``native_sin``). Everything else a kernel names is
the program's own choice and is renamed to a canonical name.
"""

from __future__ import annotations

import re

#: C99 keywords plus the OpenCL C address-space, access and function qualifiers.
KEYWORDS = frozenset("""
auto break case char const continue default do double else enum extern float for goto if inline
int long register restrict return short signed sizeof static struct switch typedef union unsigned
void volatile while _Bool _Complex _Imaginary bool half size_t ptrdiff_t intptr_t uintptr_t
__kernel kernel __global global __local local __constant constant __private private
__read_only read_only __write_only write_only __read_write read_write __attribute__ __attribute
__const __restrict __inline __asm
uchar ushort uint ulong image1d_t image2d_t image3d_t image1d_array_t image2d_array_t
image1d_buffer_t sampler_t event_t true false NULL
reqd_work_group_size work_group_size_hint vec_type_hint aligned packed endian
""".split())

_SCALARS = ("char", "uchar", "short", "ushort", "int", "uint", "long", "ulong", "float", "double", "half")
#: Vector types: char2 .. double16.
VECTOR_TYPES = frozenset(f"{t}{n}" for t in _SCALARS for n in (2, 3, 4, 8, 16))

_MATH = """
acos acosh acospi asin asinh asinpi atan atan2 atanh atanpi atan2pi cbrt ceil copysign cos cosh
cospi erfc erf exp exp2 exp10 expm1 fabs fdim floor fma fmax fmin fmod fract frexp hypot ilogb
ldexp lgamma lgamma_r log log2 log10 log1p logb mad maxmag minmag modf nan nextafter pow pown
powr remainder remquo rint rootn round rsqrt sin sincos sinh sinpi sqrt tan tanh tanpi tgamma
trunc abs abs_diff add_sat hadd rhadd clamp clz mad_hi mad_sat max min mul_hi rotate sub_sat
upsample popcount mad24 mul24 degrees mix radians step smoothstep sign cross dot distance length
normalize fast_distance fast_length fast_normalize isequal isnotequal isgreater isgreaterequal
isless islessequal islessgreater isfinite isinf isnan isnormal isordered isunordered signbit
any all bitselect select shuffle shuffle2 printf
"""
_NATIVE = "cos divide exp exp2 exp10 log log2 log10 powr recip rsqrt sin sqrt tan"
_WORK_ITEM = """
get_work_dim get_global_size get_global_id get_local_size get_local_id get_num_groups get_group_id
get_global_offset get_enqueued_local_size get_global_linear_id get_local_linear_id
barrier mem_fence read_mem_fence write_mem_fence work_group_barrier async_work_group_copy
async_work_group_strided_copy wait_group_events prefetch
"""
_ATOMIC = """
atomic_add atomic_sub atomic_xchg atomic_inc atomic_dec atomic_cmpxchg atomic_min atomic_max
atomic_and atomic_or atomic_xor atom_add atom_sub atom_xchg atom_inc atom_dec atom_cmpxchg atom_min
atom_max atom_and atom_or atom_xor atomic_load atomic_store atomic_init atomic_exchange
atomic_fetch_add atomic_fetch_sub atomic_fetch_or atomic_fetch_xor atomic_fetch_and atomic_fetch_min
atomic_fetch_max atomic_compare_exchange_strong atomic_compare_exchange_weak atomic_work_item_fence
"""
_IMAGE = """
read_imagef read_imagei read_imageui write_imagef write_imagei write_imageui get_image_width
get_image_height get_image_depth get_image_dim get_image_channel_data_type get_image_channel_order
"""

#: Builtin function names (math, native_/half_ variants, work-item, sync, atomics, images,
#: vload/vstore, convert_/as_ casts).
BUILTIN_FUNCTIONS = frozenset(
    _MATH.split() + _WORK_ITEM.split() + _ATOMIC.split() + _IMAGE.split()
    + [f"native_{f}" for f in _NATIVE.split()] + [f"half_{f}" for f in _NATIVE.split()]
    + [f"{op}{n}" for op in ("vload", "vstore", "vload_half", "vstore_half", "vloada_half", "vstorea_half")
       for n in ("", "2", "3", "4", "8", "16")]
    + [f"{cast}_{t}" for cast in ("convert", "as") for t in (*_SCALARS, *sorted(VECTOR_TYPES))]
)

#: Builtin constants and macros kernels use by name.
BUILTIN_CONSTANTS = frozenset("""
CLK_LOCAL_MEM_FENCE CLK_GLOBAL_MEM_FENCE CLK_NORMALIZED_COORDS_TRUE CLK_NORMALIZED_COORDS_FALSE
CLK_ADDRESS_NONE CLK_ADDRESS_CLAMP CLK_ADDRESS_CLAMP_TO_EDGE CLK_ADDRESS_REPEAT CLK_FILTER_NEAREST
CLK_FILTER_LINEAR MAXFLOAT HUGE_VALF HUGE_VAL INFINITY NAN FLT_MAX FLT_MIN FLT_EPSILON DBL_MAX
DBL_MIN DBL_EPSILON INT_MAX INT_MIN UINT_MAX CHAR_BIT M_PI M_PI_F M_E M_E_F M_SQRT2 M_SQRT2_F
M_LN2 M_LN2_F M_1_PI M_2_PI
""".split())

#: Names the renamer keeps as they are.
RESERVED = KEYWORDS | VECTOR_TYPES | BUILTIN_FUNCTIONS | BUILTIN_CONSTANTS

#: Punctuators, longest first so a greedy scan picks ``<<=`` before ``<<`` before ``<``.
PUNCTUATORS = tuple(sorted("""
... <<= >>= -> ++ -- << >> <= >= == != && || *= /= %= += -= &= ^= |= ## [ ] ( ) { } . & * + - ~ !
/ % < > ^ | ? : ; = , #
""".split(), key=len, reverse=True))

#: ``v.xyz``, ``v.s0F``, ``v.lo``: vector component names that are not program identifiers.
SWIZZLE = re.compile(r"^(?:[xyzw]{1,16}|[rgba]{1,16}|s[0-9a-fA-F]{1,16}|S[0-9a-fA-F]{1,16}|lo|hi|even|odd)$")

#: Multi-character atoms of the DeepTune-style atomizer: every keyword, type and builtin,
#: multi-character punctuators, and the two-space indent the rewritten sources use.
#: Single characters are added from the corpus.
MULTICHAR_ATOMS = frozenset(
    {t for t in RESERVED if len(t) > 1}
    | {p for p in PUNCTUATORS if len(p) > 1}
    | {"  "}
)
