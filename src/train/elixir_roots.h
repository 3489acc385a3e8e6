// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (trainer): PADT's Root= values (ElixirFM's ASCII transliteration,
// radicals joined by '_': "^g_m_`", "'__h_r", ".h_d__t") in Arabic letters
// ("jmE" as U+062C U+0645 U+0639). Hamza (') becomes U+0623, as in
// khabar's root extractor.

#ifndef KHABAR_TRAIN_ELIXIR_ROOTS_H_
#define KHABAR_TRAIN_ELIXIR_ROOTS_H_

#include <string>
#include <string_view>

namespace khabar::train {

// The root in Arabic letters, or "" if `root` is not a root of three or
// four radicals (function words such as "min" or "wa", loanwords such as
// "'amIrik", "OOV", "").
std::string ElixirRootToArabic(std::string_view root);

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_ELIXIR_ROOTS_H_
