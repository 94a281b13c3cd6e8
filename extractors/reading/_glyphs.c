/* The per-glyph loop of extractors/pdfium_chars.py in C.
 *
 * For every glyph index of a PDFium text page: skip the spaces and line
 * breaks PDFium generates itself, else read the glyph's loose box and its
 * text object. The PDFium functions come in as pointers (taken by ctypes
 * from the libpdfium that pypdfium2 loaded), so this file needs no PDFium
 * headers and links against nothing. scripts/install compiles it when a C
 * compiler is there; without it the same loop runs in Python, about
 * 1.5 microseconds a glyph slower.
 */

typedef struct { float left, top, right, bottom; } rect_f;
typedef int (*box_fn)(void *page, int index, rect_f *box);
typedef void *(*object_fn)(void *page, int index);
typedef int (*generated_fn)(void *page, int index);

int paragraf_glyphs(void *page, int count, const unsigned short *text,
                    box_fn box, object_fn object, generated_fn generated,
                    rect_f *boxes, void **objects)
{
    int kept = 0;
    for (int k = 0; k < count; k++) {
        unsigned short ch = text[k];
        if ((ch == ' ' || ch == '\r' || ch == '\n' || ch == '\t' || ch == 0xA0) && generated(page, k)) {
            objects[k] = 0;
            continue;
        }
        box(page, k, &boxes[k]);
        void *owner = object(page, k);
        objects[k] = owner ? owner : (void *)1;
        kept++;
    }
    return kept;
}
