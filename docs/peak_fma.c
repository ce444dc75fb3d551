/*
 * One core's ceiling for single-precision matrix products: 12 independent chains of fused multiply-adds
 * (enough to hide the FMA latency on two pipes), so no BLAS can beat the figure it prints. 256-bit ones, or
 * 512-bit ones when compiled for AVX-512. Also estimates the clock from a chain of dependent integer adds (one
 * per cycle).
 *
 *   gcc -O2 -mavx2 -mfma docs/peak_fma.c -o /tmp/peak_fma && /tmp/peak_fma
 *   gcc -O2 -mavx512f -mfma docs/peak_fma.c -o /tmp/peak_fma512 && /tmp/peak_fma512
 */
#include <immintrin.h>
#include <stdio.h>
#include <time.h>

#ifdef __AVX512F__
#define LANES 16
typedef __m512 vec;
#define set1 _mm512_set1_ps
#define fmadd _mm512_fmadd_ps
#define storeu _mm512_storeu_ps
#else
#define LANES 8
typedef __m256 vec;
#define set1 _mm256_set1_ps
#define fmadd _mm256_fmadd_ps
#define storeu _mm256_storeu_ps
#endif

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(void) {
    vec acc[12];
    for (int i = 0; i < 12; i++) acc[i] = set1(1.0f + i * 1e-3f);
    vec m = set1(0.9999999f), c = set1(1e-7f);
    long rounds = 8000000;
    for (int rep = 0; rep < 3; rep++) {
        double t0 = now();
        for (long k = 0; k < rounds; k++) {
#pragma GCC unroll 12
            for (int i = 0; i < 12; i++) acc[i] = fmadd(acc[i], m, c);
        }
        double seconds = now() - t0;
        printf("FMA peak (%d-bit): %.1f GFLOP/s\n", LANES * 32, rounds * 12.0 * LANES * 2 / seconds / 1e9);
    }
    float sum = 0; /* keep the results alive */
    for (int i = 0; i < 12; i++) { float o[LANES]; storeu(o, acc[i]); sum += o[0]; }
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
