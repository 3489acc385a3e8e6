// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Orthographic normalization of Arabic (and mixed) news text, with an
// alignment map back to the original bytes.
//
//   auto normalizer = khabar::Normalizer::Create(
//       khabar::NormalizerOptions::ForLevel(khabar::NormalizationLevel::kSearch));
//   if (!normalizer.ok()) return normalizer.status();
//   khabar::NormalizedText out;
//   KHABAR_RETURN_IF_ERROR((*normalizer)->Normalize(article, &out));
//   // out.text is normalized; out.alignment maps it back to `article`.
//
// Levels (each fold is a row of data/normalize/rules.tsv with its reason; the
// Arabic presentation forms are data/normalize/presentation_forms.tsv):
//   kDisplay: presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) to base
//     letters and lam-alef ligatures split; tatweel, zero-width, bidi
//     control and C0/C1 control characters removed; quotation marks
//     (" U+201C U+201D U+201E U+00AB U+00BB ...) unified to one pair,
//     U+00AB opening and U+00BB closing, the direction of ambiguous marks
//     taken from context; optionally Arabic-Indic and Persian digits to
//     ASCII; whitespace collapsed: a run without a line break becomes one
//     space, with one line break "\n", with more "\n\n"; leading and
//     trailing whitespace removed. Nothing that changes a word's spelling.
//   kSearch: kDisplay plus diacritics (harakat, tanween, shadda, sukun,
//     superscript alef, Quranic marks) removed, alef variants to bare alef,
//     and the switchable folds below. Meant for matching, not for display.
//
// Normalization is idempotent: Normalize(Normalize(x)) == Normalize(x).
//
// Thread safety: a Normalizer is immutable after Create(); Normalize() is
// const and may be called from many threads at once, each with its own
// output object.

#ifndef KHABAR_NORMALIZER_H_
#define KHABAR_NORMALIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/status.h"
#include "khabar/utf8.h"

namespace khabar {

enum class NormalizationLevel : uint8_t {
  kDisplay = 0,
  kSearch = 1,
};

// "display" / "search".
std::string_view NormalizationLevelName(NormalizationLevel level);
// Parses "display" or "search"; kInvalidArgument otherwise.
StatusOr<NormalizationLevel> ParseNormalizationLevel(std::string_view name);

struct NormalizerOptions {
  NormalizationLevel level = NormalizationLevel::kDisplay;
  // Arabic-Indic (U+0660..) and Persian (U+06F0..) digits to ASCII, and the
  // Arabic decimal/thousands separators between digits to "." and ",".
  // Default: false for kDisplay, true for kSearch (see ForLevel).
  bool ascii_digits = false;
  // Unify quotation marks to U+00AB/U+00BB. Default: true.
  bool unify_quotes = true;
  // Collapse and trim whitespace as described above. Default: true.
  bool collapse_whitespace = true;
  // kSearch only, information-losing folds. Defaults: true.
  bool fold_teh_marbuta = true;   // U+0629 -> U+0647
  bool fold_alef_maksura = true;  // U+0649 -> U+064A
  bool fold_latin_case = true;    // A-Z -> a-z
  // Ill-formed UTF-8: replaced by U+FFFD (default) or an error.
  InvalidUtf8Policy invalid_utf8 = InvalidUtf8Policy::kReplace;

  // The defaults for a level.
  static NormalizerOptions ForLevel(NormalizationLevel level);
};

// One row of the rule tables, for documentation and `khabar normalize
// --rules`.
struct NormalizationRule {
  NormalizationLevel level;
  std::string action;  // delete, map, space, linebreak, quote-open, ...
  char32_t from;
  std::u32string to;
  std::string option;  // the NormalizerOptions field that enables it, or ""
  std::string name;    // e.g. "tatweel"
  std::string reason;
};

class Normalizer {
 public:
  // Builds the lookup tables for `options`. Fails only if the embedded rule
  // tables are broken (kInternal).
  static StatusOr<std::unique_ptr<const Normalizer>> Create(
      const NormalizerOptions& options);

  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  // Normalizes `original` into `out` (whose buffers are reused). Fails with
  // kDataLoss under InvalidUtf8Policy::kReject on ill-formed UTF-8, and with
  // kResourceExhausted past kMaxNormalizeBytes.
  Status Normalize(std::string_view original, NormalizedText* out) const;
  StatusOr<NormalizedText> Normalize(std::string_view original) const;

  const NormalizerOptions& options() const;

  // Every rule of the built-in tables, in file order.
  static const std::vector<NormalizationRule>& Rules();

 private:
  struct Tables;
  explicit Normalizer(std::unique_ptr<Tables> tables);
  std::unique_ptr<Tables> tables_;
};

// Offsets are 32-bit: one text is at most 1 GiB.
inline constexpr size_t kMaxNormalizeBytes = size_t{1} << 30;

}  // namespace khabar

#endif  // KHABAR_NORMALIZER_H_
