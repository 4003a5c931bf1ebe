// The Snowball stemmers of libstemmer (Debian's libstemmer-dev, which ships no pkg-config
// file): CoachKit uses the English (Porter2) one to match words by their stem.
#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H

#include <libstemmer.h>

#endif
