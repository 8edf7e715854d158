/* extract_placeholder.c: keeps the el_extract library non-empty until the
 * extraction sources land; delete when events/extract/ has real files. */
typedef int el_extract_placeholder_unused;
