// Tesseract 5.3 (Debian 12) encodes every word image it recognises as PNG and decodes it again
// straight away: LSTMRecognizeWord -> GetRectImage -> ImageData::SetPixInternal calls
// pixWriteMem(..., IFF_PNG), and the recogniser reads it back with pixReadMem. The format exists
// for training files; at recognition time the zlib work is pure overhead, measured here at 11-14%
// of a page's CPU time. Upstream made the round trip optional (TESSERACT_IMAGEDATA_AS_PIX), but
// Debian does not build with it.
//
// This file defines pixWriteMem. The linker exports a definition in the executable that a linked
// shared library (libtesseract) refers to, so Tesseract's calls come here. On a thread where the
// engine has switched uncompressed hand-over on -- only around its own TessBaseAPIRecognize
// call -- a PNG request is answered with Leptonica's own serialised form (SPIX: a header and
// the raw pixel words, written with one copy), which pixReadMem recognises and reads back to the
// same pixels. SPIX took about 3% less page CPU than PNM, whose row-by-row stdio writing and
// parsing showed in profiles. Every other call, on every other thread, goes to Leptonica's own
// pixWriteMem unchanged.
#define _GNU_SOURCE
#include "word_images.h"

#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <pthread.h>

typedef l_ok (*WriteMem)(l_uint8 **, size_t *, PIX *, l_int32);

static _Thread_local int uncompressed = 0;
// Counted per thread, so that a reader on the recognising thread sees its own recognitions only.
static _Thread_local unsigned long substitutions = 0;
static WriteMem leptonica_write_mem = NULL;
static pthread_once_t lookup_once = PTHREAD_ONCE_INIT;

static void look_up_leptonica(void) {
  leptonica_write_mem = (WriteMem)dlsym(RTLD_NEXT, "pixWriteMem");
}

l_ok pixWriteMem(l_uint8 **pdata, size_t *psize, PIX *pix, l_int32 format) {
  if (uncompressed && format == IFF_PNG && pixWriteMemSpix(pdata, psize, pix) == 0) {
    substitutions += 1;
    return 0;
  }
  pthread_once(&lookup_once, look_up_leptonica);
  if (leptonica_write_mem == NULL) {
    return 1;
  }
  return leptonica_write_mem(pdata, psize, pix, format);
}

int vanban_word_images_uncompressed(int enabled) {
  int previous = uncompressed;
  uncompressed = enabled;
  return previous;
}

int vanban_word_images_interposed(void) {
  return dlsym(RTLD_DEFAULT, "pixWriteMem") == (void *)&pixWriteMem;
}

unsigned long vanban_word_images_substitutions(void) {
  return substitutions;
}
