#ifndef VANBAN_WORD_IMAGES_H
#define VANBAN_WORD_IMAGES_H

/// Lets Tesseract hand word images to its LSTM recogniser uncompressed on the calling thread
/// (see word_images.c). Returns the previous setting; pass it back to restore it.
int vanban_word_images_uncompressed(int enabled);

/// Whether this process resolves Leptonica's pixWriteMem to VanBan's version, so that
/// ``vanban_word_images_uncompressed`` has an effect. It does when the program is linked
/// against libtesseract directly, as the vanban executable is.
int vanban_word_images_interposed(void);

/// How many word images have been handed over uncompressed on the calling thread so far.
unsigned long vanban_word_images_substitutions(void);

#endif
