# khabar_embed(<out_var> <symbol> <file>): generates a C++ source defining
#   extern const char <symbol>[];  extern const size_t <symbol>Size;
# with the bytes of <file>, so data tables (rule files, word lists) live in
# data/ as readable text and still ship inside the library.
function(khabar_embed out_var symbol file)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cc)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/KhabarEmbedScript.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/KhabarEmbedScript.cmake
    COMMENT "Embedding ${file}"
    VERBATIM)
  set(${out_var} ${out} PARENT_SCOPE)
endfunction()
