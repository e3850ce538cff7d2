#ifndef VANBAN_CQPDF_SHIM_H
#define VANBAN_CQPDF_SHIM_H
#include <qpdf/qpdf-c.h>
#endif
