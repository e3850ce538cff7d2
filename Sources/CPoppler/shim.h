#ifndef VANBAN_CPOPPLER_SHIM_H
#define VANBAN_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>
#endif
