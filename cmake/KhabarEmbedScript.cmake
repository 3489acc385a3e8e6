# Script mode: writes OUT, a C++ source holding the bytes of IN as SYMBOL.
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\n#include <cstddef>\nnamespace khabar {\nextern const char ${SYMBOL}[];\nextern const size_t ${SYMBOL}Size;\nconst char ${SYMBOL}[] = {\n${bytes}'\\0'};\nconst size_t ${SYMBOL}Size = ${size};\n}  // namespace khabar\n")
