#pragma once

#include <cstddef>
#include <string_view>

namespace pipeline::runtime {

/// The dot product of float vectors with the fastest kernel this CPU has
/// (AVX-512, AVX2+FMA or portable code), picked once at run time. hnswlib's own
/// inner-product space chooses at compile time, and the distribution's baseline
/// x86-64 flags leave it SSE only; the distance is where an HNSW insert or search
/// spends its time, so this is what makes 384-dimension upserts several thousand
/// per second. VectorIndex hands it to hnswlib as its distance.
class VectorDot {
public:
    static float dot(const float *a, const float *b, size_t dimension);
    /// Which kernel dot() uses: "avx512", "avx2" or "portable".
    static const char *kernelName();
    /// The dot product with one named kernel ("avx512", "avx2", "portable"), for
    /// tests that check every kernel; false when this CPU cannot run it.
    static bool dotWith(std::string_view kernel, const float *a, const float *b, size_t dimension, float *result);
};

} // namespace pipeline::runtime
