// libFuzzer's driver, called from the harness's own main (Fuzz/Harness/CoachFuzz.swift). Only
// referenced when the harness is built with -DFUZZING and -sanitize=fuzzer, which link
// libFuzzer; the normal build never calls it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));
