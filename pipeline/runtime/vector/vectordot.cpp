#include "pipeline/runtime/vector/vectordot.h"

// GCC 12 reports its own AVX-512 intrinsics temporaries as uninitialised.
#pragma GCC diagnostic ignored "-Wuninitialized"

#include <immintrin.h>

namespace pipeline::runtime {

namespace {

float dotPortable(const float *a, const float *b, size_t n)
{
    // Four accumulators: independent additions the compiler can pipeline.
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        s0 += a[i] * b[i];
        s1 += a[i + 1] * b[i + 1];
        s2 += a[i + 2] * b[i + 2];
        s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; ++i)
        s0 += a[i] * b[i];
    return (s0 + s1) + (s2 + s3);
}

#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx2,fma"))) float dotAvx2(const float *a, const float *b, size_t n)
{
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
    }
    for (; i + 8 <= n; i += 8)
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
    s0 = _mm256_add_ps(s0, s1);
    __m128 lo = _mm_add_ps(_mm256_castps256_ps128(s0), _mm256_extractf128_ps(s0, 1));
    lo = _mm_hadd_ps(lo, lo);
    lo = _mm_hadd_ps(lo, lo);
    float sum = _mm_cvtss_f32(lo);
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

__attribute__((target("avx512f"))) float dotAvx512(const float *a, const float *b, size_t n)
{
    __m512 s0 = _mm512_setzero_ps(), s1 = _mm512_setzero_ps();
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i), s0);
        s1 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i + 16), _mm512_loadu_ps(b + i + 16), s1);
    }
    for (; i + 16 <= n; i += 16)
        s0 = _mm512_fmadd_ps(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i), s0);
    // Halves by hand: GCC 12's _mm512_reduce_add_ps warns about its own temporaries.
    const __m512 s = _mm512_add_ps(s0, s1);
    const __m256 half = _mm256_add_ps(_mm512_castps512_ps256(s), _mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(s), 1)));
    __m128 lo = _mm_add_ps(_mm256_castps256_ps128(half), _mm256_extractf128_ps(half, 1));
    lo = _mm_hadd_ps(lo, lo);
    lo = _mm_hadd_ps(lo, lo);
    float sum = _mm_cvtss_f32(lo);
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}
#endif

using DotFunction = float (*)(const float *, const float *, size_t);

struct Kernel {
    DotFunction function;
    const char *name;
};

Kernel pickKernel()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f"))
        return {&dotAvx512, "avx512"};
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        return {&dotAvx2, "avx2"};
#endif
    return {&dotPortable, "portable"};
}

const Kernel &kernel()
{
    static const Kernel k = pickKernel();
    return k;
}

} // namespace

float VectorDot::dot(const float *a, const float *b, size_t dimension)
{
    return kernel().function(a, b, dimension);
}

const char *VectorDot::kernelName()
{
    return kernel().name;
}

bool VectorDot::dotWith(std::string_view name, const float *a, const float *b, size_t dimension, float *result)
{
    DotFunction f = nullptr;
    if (name == "portable")
        f = &dotPortable;
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (name == "avx2" && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
        f = &dotAvx2;
    if (name == "avx512" && __builtin_cpu_supports("avx512f"))
        f = &dotAvx512;
#endif
    if (!f)
        return false;
    *result = f(a, b, dimension);
    return true;
}

} // namespace pipeline::runtime
