/* render_placeholder.c: keeps the render library non-empty until the render
 * sources land; delete when render/ has real files. */
typedef int el_render_placeholder_unused;
