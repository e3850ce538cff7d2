#ifndef VANBAN_CLITTLECMS_SHIM_H
#define VANBAN_CLITTLECMS_SHIM_H
#include <lcms2.h>
#endif
