/* Drops held-out lines (FNV-1a 64 of the line's UTF-8 bytes % 100 == 0), writes the rest. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
int main(void) {
    char *buf = NULL; size_t cap = 0; ssize_t n; long kept = 0, dropped = 0;
    while ((n = getline(&buf, &cap, stdin)) > 0) {
        size_t len = (size_t)n; if (buf[len-1] == '\n') len--;
        uint64_t h = 0xCBF29CE484222325ULL;
        for (size_t i = 0; i < len; i++) { h ^= (unsigned char)buf[i]; h *= 0x100000001B3ULL; }
        if (h % 100 == 0) { dropped++; continue; }
        fwrite(buf, 1, len, stdout); fputc('\n', stdout); kept++;
    }
    fprintf(stderr, "kept %ld dropped %ld\n", kept, dropped);
    return 0;
}
