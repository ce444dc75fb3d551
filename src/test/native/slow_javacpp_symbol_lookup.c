/*
 * Test-only fault injection, preloaded into the app (LD_PRELOAD) by RealDisplayStartTest.
 *
 * JavaCPP's Loader.addressof finds a symbol by walking the loaded libraries with dl_iterate_phdr and calling
 * dlsym inside the callback. glibc holds one dynamic-linker lock during the callback and dlsym takes the
 * other; a dlopen on another thread (GTK's, when JavaFX's glass starts) takes them in the other order, so
 * the two can deadlock. On a given machine the window for that is a few microseconds wide and the hang
 * shows up in some starts only. This shim makes every callback of a JavaCPP library (a "libjni*" library)
 * wait a little before it runs, which widens the window to milliseconds: an app that lets JavaFX start
 * while ND4J loads then hangs in most starts, and one that keeps the two apart (the native loading rule in
 * NativeRuntime) is not affected at all.
 *
 * SLOW_PHDR_CALLBACK_NS sets the wait per callback (default 200000 ns).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef int (*phdr_callback)(struct dl_phdr_info *, size_t, void *);
typedef int (*phdr_iterator)(phdr_callback, void *);

struct wrapped_callback {
    phdr_callback callback;
    void *data;
    long wait_ns;
};

static int slow_callback(struct dl_phdr_info *info, size_t size, void *data) {
    struct wrapped_callback *w = data;
    struct timespec wait = {w->wait_ns / 1000000000L, w->wait_ns % 1000000000L};
    nanosleep(&wait, NULL);
    return w->callback(info, size, w->data);
}

int dl_iterate_phdr(phdr_callback callback, void *data) {
    static phdr_iterator real;
    if (!real) {
        real = (phdr_iterator) dlsym(RTLD_NEXT, "dl_iterate_phdr");
    }
    Dl_info caller;
    if (dladdr((void *) callback, &caller) && caller.dli_fname && strstr(caller.dli_fname, "/libjni")) {
        const char *configured = getenv("SLOW_PHDR_CALLBACK_NS");
        struct wrapped_callback w = {callback, data, configured ? atol(configured) : 200000L};
        return real(slow_callback, &w);
    }
    return real(callback, data);
}
