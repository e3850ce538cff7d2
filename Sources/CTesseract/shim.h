#ifndef VANBAN_CTESSERACT_SHIM_H
#define VANBAN_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#endif
