// The CFuzzer target only declares libFuzzer's driver (include/CFuzzer.h).
#include "CFuzzer.h"
