#ifndef VANBAN_CLEPTONICA_SHIM_H
#define VANBAN_CLEPTONICA_SHIM_H
#include <leptonica/allheaders.h>
#endif
