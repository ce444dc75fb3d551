/*
 * One core's ceiling for single-precision matrix products: 12 independent chains of 256-bit fused
 * multiply-adds (enough to hide the FMA latency on two pipes), so no BLAS can beat the figure it prints.
 * Also estimates the clock from a chain of dependent integer adds (one per cycle).
 *
 *   gcc -O2 -mavx2 -mfma docs/peak_fma.c -o /tmp/peak_fma && /tmp/peak_fma
 */
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(void) {
    __m256 acc[12];
    for (int i = 0; i < 12; i++) acc[i] = _mm256_set1_ps(1.0f + i * 1e-3f);
    __m256 m = _mm256_set1_ps(0.9999999f), c = _mm256_set1_ps(1e-7f);
    long rounds = 8000000;
    for (int rep = 0; rep < 3; rep++) {
        double t0 = now();
        for (long k = 0; k < rounds; k++) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; i++) acc[i] = _mm256_fmadd_ps(acc[i], m, c);
        }
        double seconds = now() - t0;
        printf("FMA peak: %.1f GFLOP/s\n", rounds * 12.0 * 8 * 2 / seconds / 1e9);
    }
    float sum = 0; /* keep the results alive */
    for (int i = 0; i < 12; i++) { float o[8]; _mm256_storeu_ps(o, acc[i]); sum += o[0]; }
    for (int rep = 0; rep < 3; rep++) {
        long adds = 1000000000L, x = 0;
        double t0 = now();
        for (long k = 0; k < adds / 10; k++) {
            __asm__ volatile("add $1,%0\n\tadd $1,%0\n\tadd $1,%0\n\tadd $1,%0\n\tadd $1,%0\n\t"
                             "add $1,%0\n\tadd $1,%0\n\tadd $1,%0\n\tadd $1,%0\n\tadd $1,%0" : "+r"(x));
        }
        printf("clock: about %.2f GHz\n", adds / (now() - t0) / 1e9);
    }
    return sum == 12345.0f; /* never true; stops the compiler dropping the FMAs */
}
