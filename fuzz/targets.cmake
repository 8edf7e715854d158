# The fuzz targets, shared by the libFuzzer build (fuzz/CMakeLists.txt) and
# the plain replay build that ctest runs (tests/fuzz/CMakeLists.txt).
#
# For each target NAME:
#   EL_FUZZ_<NAME>_SRC   its sources under fuzz/
#   EL_FUZZ_<NAME>_LIBS  the project libraries it exercises
#   EL_FUZZ_<NAME>_DEFS  extra compile definitions
#   EL_FUZZ_<NAME>_NEEDS library functions it calls; a target whose functions
#                        are not defined yet in the sources is left out (with a
#                        note) so that a tree under construction still builds.
# The seed corpus of NAME is fuzz/corpus/NAME/.

set(EL_FUZZ_DIR "${PROJECT_SOURCE_DIR}/fuzz")
set(EL_FUZZ_TARGETS tagger json csv timelinejs date extract render)

set(EL_FUZZ_tagger_SRC fuzz_tagger.c)
set(EL_FUZZ_tagger_LIBS el_tagger el_model)
set(EL_FUZZ_tagger_NEEDS el_tag el_tag_result_free el_timex_type_name el_date_parse)

set(EL_FUZZ_json_SRC fuzz_json.c fuzz_roundtrip.c)
set(EL_FUZZ_json_LIBS el_model)
set(EL_FUZZ_json_NEEDS el_json_read el_json_write el_timeline_sort
    el_timeline_validate el_date_compare el_limits_fill_defaults)

set(EL_FUZZ_csv_SRC fuzz_import.c fuzz_roundtrip.c)
set(EL_FUZZ_csv_LIBS el_model)
set(EL_FUZZ_csv_DEFS FUZZ_IMPORT_CSV)
set(EL_FUZZ_csv_NEEDS el_csv_read el_csv_write el_detect_format el_json_read
    el_json_write)

set(EL_FUZZ_timelinejs_SRC fuzz_import.c fuzz_roundtrip.c)
set(EL_FUZZ_timelinejs_LIBS el_model)
set(EL_FUZZ_timelinejs_NEEDS el_timelinejs_read el_timelinejs_write
    el_detect_format el_json_read el_json_write)

set(EL_FUZZ_date_SRC fuzz_date.c)
set(EL_FUZZ_date_LIBS el_model)
set(EL_FUZZ_date_NEEDS el_date_parse el_date_format el_date_compare el_date_mid
    el_days_from_civil el_civil_from_days el_days_in_month el_weekday)

set(EL_FUZZ_extract_SRC fuzz_extract.c fuzz_roundtrip.c)
set(EL_FUZZ_extract_LIBS el_extract el_tagger el_model)
set(EL_FUZZ_extract_NEEDS el_extract el_extract_finish el_tag el_json_read
    el_json_write el_timeline_validate)

set(EL_FUZZ_render_SRC fuzz_render.c)
set(EL_FUZZ_render_LIBS el_render el_model)
set(EL_FUZZ_render_NEEDS el_render el_render_options_init el_render_parse_size
    el_timeline_validate el_date_parse)

# Sets OUT to TRUE when every function in the list is defined at file scope
# in some .c file of events/ or render/.
function(el_fuzz_have_functions out)
  file(GLOB_RECURSE _srcs CONFIGURE_DEPENDS
       "${PROJECT_SOURCE_DIR}/events/*.c" "${PROJECT_SOURCE_DIR}/render/*.c")
  set(_text "")
  foreach(_f ${_srcs})
    file(STRINGS "${_f}" _defs REGEX "^[A-Za-z_].*[ *]el_[a-z_]+\\(|^el_[a-z_]+\\(")
    string(APPEND _text "\n${_defs}")
  endforeach()
  set(_ok TRUE)
  foreach(_fn ${ARGN})
    if(NOT _text MATCHES "(^|[ *\n;])${_fn}\\(")
      set(_ok FALSE)
      set(_missing "${_missing} ${_fn}")
    endif()
  endforeach()
  set(${out} ${_ok} PARENT_SCOPE)
  set(${out}_MISSING "${_missing}" PARENT_SCOPE)
endfunction()
