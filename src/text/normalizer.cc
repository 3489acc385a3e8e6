// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// The normalizer runs one pass over the original bytes with a per-code-point
// action table built from the rule tables for the chosen options. Unchanged
// text is copied in runs; only length-changing edits touch the alignment
// map. Whitespace is held back ("pending") until the next visible character
// so that a run broken by deleted characters still collapses to one space,
// which keeps normalization idempotent.

#include "khabar/normalizer.h"

#include <cstring>
#include <string>
#include <utility>

#include "text/normalizer_rules.h"

namespace khabar {
namespace {

enum Kind : uint8_t {
  kKeep = 0,
  kDelete,
  kMap,
  kSpace,
  kBreak,
  kQuoteOpen,
  kQuoteClose,
  kQuoteEither,
  kSeparator,
  kZwj,
};

struct Action {
  uint8_t kind = kKeep;
  uint8_t len = 0;      // output bytes (kMap, kSeparator)
  uint16_t offset = 0;  // into Tables::pool
};

constexpr char kOpenQuote[] = "\xC2\xAB";   // U+00AB
constexpr char kCloseQuote[] = "\xC2\xBB";  // U+00BB

bool OptionEnabled(const NormalizerOptions& o, const std::string& name,
                   bool* known) {
  *known = true;
  if (name.empty()) return true;
  if (name == "ascii_digits") return o.ascii_digits;
  if (name == "unify_quotes") return o.unify_quotes;
  if (name == "collapse_whitespace") return o.collapse_whitespace;
  if (name == "fold_teh_marbuta") return o.fold_teh_marbuta;
  if (name == "fold_alef_maksura") return o.fold_alef_maksura;
  if (name == "fold_latin_case") return o.fold_latin_case;
  *known = false;
  return false;
}

Kind KindOf(const std::string& action) {
  if (action == "delete") return kDelete;
  if (action == "map") return kMap;
  if (action == "space") return kSpace;
  if (action == "linebreak") return kBreak;
  if (action == "quote-open") return kQuoteOpen;
  if (action == "quote-close") return kQuoteClose;
  if (action == "quote-either") return kQuoteEither;
  if (action == "zwj") return kZwj;
  return kSeparator;
}

bool IsAnyDigit(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 0x0660 && cp <= 0x0669) ||
         (cp >= 0x06F0 && cp <= 0x06F9);
}

// Characters after which a quotation mark opens a quotation.
bool OpensQuoteContext(char32_t cp) {
  switch (cp) {
    case ' ':
    case '\n':
    case '(':
    case '[':
    case '{':
    case ':':
    case ',':
    case ';':
    case '-':
    case '/':
    case 0x00AB:  // the unified opening mark
    case 0x060C:  // Arabic comma
    case 0x061B:  // Arabic semicolon
    case 0x2013:
    case 0x2014:
      return true;
    default:
      return false;
  }
}

// Characters before which a quotation mark closes a quotation.
bool ClosesQuoteContext(char32_t cp) {
  switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case '"':
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x060C:
    case 0x061B:
    case 0x061F:
    case 0x2026:
      return true;
    default:
      return false;
  }
}

// Emoji and pictographs that ZWJ sequences join (a coarse test that needs
// no table: the symbol and emoji blocks).
bool IsPictographic(char32_t cp) {
  return (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

bool IsWhitespaceCp(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace

struct Normalizer::Tables {
  NormalizerOptions options;
  std::vector<Action> bmp;  // 0x10000 entries; supplementary planes: keep
  std::string pool;
  bool ascii_keep[128];
  bool keep2[0x800];  // two-byte characters (U+0080..U+07FF) left as they are
  // Two-byte characters mapped to another two-byte character (alef with
  // hamza to bare alef, ...): applied inside the fast loop, no alignment
  // entry needed. 0 = none.
  uint16_t fold2[0x800];
};

std::string_view NormalizationLevelName(NormalizationLevel level) {
  return level == NormalizationLevel::kSearch ? "search" : "display";
}

StatusOr<NormalizationLevel> ParseNormalizationLevel(std::string_view name) {
  if (name == "display") return NormalizationLevel::kDisplay;
  if (name == "search") return NormalizationLevel::kSearch;
  return InvalidArgumentError("unknown normalization level '" +
                              std::string(name) +
                              "' (expected display or search)");
}

NormalizerOptions NormalizerOptions::ForLevel(NormalizationLevel level) {
  NormalizerOptions o;
  o.level = level;
  o.ascii_digits = level == NormalizationLevel::kSearch;
  return o;
}

const std::vector<NormalizationRule>& Normalizer::Rules() {
  static const std::vector<NormalizationRule> kEmpty;
  const auto& rules = BuiltinNormalizationRules();
  return rules.ok() ? *rules : kEmpty;
}

Normalizer::Normalizer(std::unique_ptr<Tables> tables)
    : tables_(std::move(tables)) {}
Normalizer::~Normalizer() = default;

const NormalizerOptions& Normalizer::options() const {
  return tables_->options;
}

StatusOr<std::unique_ptr<const Normalizer>> Normalizer::Create(
    const NormalizerOptions& options) {
  const auto& rules = BuiltinNormalizationRules();
  if (!rules.ok()) return rules.status();
  auto t = std::make_unique<Tables>();
  t->options = options;
  t->bmp.assign(0x10000, Action());
  // Raw targets, before composition.
  std::vector<std::u32string> target(0x10000);
  for (const NormalizationRule& r : *rules) {
    if (r.level == NormalizationLevel::kSearch &&
        options.level != NormalizationLevel::kSearch) {
      continue;
    }
    bool known;
    const bool on = OptionEnabled(options, r.option, &known);
    if (!known) return InternalError("rule option '" + r.option + "' unknown");
    if (!on) continue;
    if (r.from >= 0x10000) return InternalError("rule beyond the BMP");
    t->bmp[r.from].kind = KindOf(r.action);
    target[r.from] = r.to;
  }
  // Compose map targets with the table until they are fixed points, so that
  // one pass is enough and normalization is idempotent (a presentation form
  // of alef with hamza becomes bare alef at the search level).
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    Action& a = t->bmp[cp];
    if (a.kind != kMap && a.kind != kSeparator) continue;
    std::u32string cur = target[cp];
    for (int round = 0; round < 4; ++round) {
      std::u32string next;
      bool changed = false;
      for (char32_t c : cur) {
        const uint8_t k =
            c < 0x10000 ? t->bmp[c].kind : static_cast<uint8_t>(kKeep);
        if (k == kMap && c != cp) {
          next += target[c];
          changed = true;
        } else if (k == kDelete) {
          changed = true;
        } else {
          next.push_back(c);
        }
      }
      cur.swap(next);
      if (!changed) break;
    }
    std::string bytes;
    for (char32_t c : cur) AppendUtf8(c, &bytes);
    if (bytes.empty()) {
      a.kind = kDelete;
      continue;
    }
    if (bytes.size() > 255 || t->pool.size() + bytes.size() > 0xFFFF) {
      return InternalError("normalization target too long");
    }
    a.len = static_cast<uint8_t>(bytes.size());
    a.offset = static_cast<uint16_t>(t->pool.size());
    t->pool += bytes;
  }
  for (int b = 0; b < 128; ++b) t->ascii_keep[b] = t->bmp[b].kind == kKeep;
  for (int cp = 0; cp < 0x800; ++cp) {
    const Action& a = t->bmp[cp];
    t->keep2[cp] = a.kind == kKeep;
    t->fold2[cp] = 0;
    if (cp >= 0x80 && a.kind == kMap && a.len == 2) {
      const auto* r =
          reinterpret_cast<const unsigned char*>(t->pool.data() + a.offset);
      t->fold2[cp] = static_cast<uint16_t>(r[0] | (r[1] << 8));
    }
  }
  return std::unique_ptr<const Normalizer>(new Normalizer(std::move(t)));
}

StatusOr<NormalizedText> Normalizer::Normalize(
    std::string_view original) const {
  NormalizedText out;
  KHABAR_RETURN_IF_ERROR(Normalize(original, &out));
  return out;
}

Status Normalizer::Normalize(std::string_view original,
                             NormalizedText* out) const {
  const Tables& t = *tables_;
  const size_t n = original.size();
  if (n > kMaxNormalizeBytes) {
    return ResourceExhaustedError("text of " + std::to_string(n) +
                                  " bytes exceeds the normalizer limit");
  }
  if (t.options.invalid_utf8 == InvalidUtf8Policy::kReject) {
    KHABAR_RETURN_IF_ERROR(ValidateUtf8(original));
  }
  const auto* s = reinterpret_cast<const unsigned char*>(original.data());
  std::string& o = out->text;
  AlignmentMap& map = out->alignment;
  map.Reset(static_cast<uint32_t>(n));
  // Output never exceeds input except through expanding replacements, which
  // grow the buffer first.
  o.resize(n + 64);
  char* dst = o.data();
  size_t w = 0;
  auto ensure = [&](size_t extra, size_t i) {
    const size_t need = w + extra + (n - i) + 64;
    if (need > o.size()) {
      o.resize(need * 2);
      dst = o.data();
    }
  };

  const bool collapse = t.options.collapse_whitespace;
  size_t ws_start = SIZE_MAX;  // start of the pending whitespace run
  int ws_breaks = 0;
  bool ws_last_cr = false;
  int quote_depth = 0;

  auto flush_ws = [&](size_t i) {
    const uint32_t olen = static_cast<uint32_t>(i - ws_start);
    if (w == 0) {
      map.AddDeletion(0, static_cast<uint32_t>(ws_start), olen);
    } else {
      const char* rep = ws_breaks == 0 ? " " : ws_breaks == 1 ? "\n" : "\n\n";
      const uint32_t rlen = ws_breaks >= 2 ? 2 : 1;
      ensure(rlen, i);
      std::memcpy(dst + w, rep, rlen);
      if (rlen != olen) {
        map.AddReplacement(static_cast<uint32_t>(w),
                           static_cast<uint32_t>(ws_start), olen, rlen);
      }
      w += rlen;
    }
    ws_start = SIZE_MAX;
    ws_breaks = 0;
    ws_last_cr = false;
  };

  auto emit_replacement = [&](size_t i, uint32_t in_len, const char* bytes,
                              uint32_t out_len) {
    if (ws_start != SIZE_MAX) flush_ws(i);
    ensure(out_len, i);
    std::memcpy(dst + w, bytes, out_len);
    if (out_len != in_len) {
      map.AddReplacement(static_cast<uint32_t>(w), static_cast<uint32_t>(i),
                         in_len, out_len);
    }
    w += out_len;
  };

  // The output character that ends at byte `end` (0 if none).
  auto output_cp_before = [&](size_t end) -> char32_t {
    if (end == 0) return 0;
    size_t b = end - 1;
    while (b > 0 && (static_cast<unsigned char>(dst[b]) & 0xC0) == 0x80) --b;
    return DecodeUtf8(std::string_view(dst, end), b).code_point;
  };
  auto last_output_cp = [&]() { return output_cp_before(w); };

  // The first character at or after `p` that this level does not delete
  // (0 at the end of the text). Context rules look past deleted characters,
  // so that normalizing again sees the same neighbours (idempotence). A ZWJ
  // is looked past too: every caller sits right after a character that is not
  // pictographic (a quotation mark, a separator, another ZWJ), so a ZWJ seen
  // from there is always deleted. The last scan is remembered, which keeps
  // repeated look-aheads linear.
  size_t lookahead_from = SIZE_MAX;
  size_t lookahead_to = 0;
  auto next_visible_cp = [&](size_t p) -> char32_t {
    if (lookahead_from != SIZE_MAX && p >= lookahead_from &&
        p <= lookahead_to) {
      p = lookahead_to;
    } else {
      lookahead_from = p;
    }
    while (p < n) {
      const DecodedChar c = DecodeUtf8(original, p);
      if (!c.valid || c.code_point >= 0x10000 ||
          (t.bmp[c.code_point].kind != kDelete &&
           t.bmp[c.code_point].kind != kZwj)) {
        lookahead_to = p;
        return c.code_point;
      }
      p += c.length;
    }
    lookahead_to = n;
    return 0;
  };

  // True if the character at `p` is left as it is (ASCII or two-byte).
  auto keeps = [&](size_t p) {
    if (p >= n) return false;
    const unsigned char b = s[p];
    if (b < 0x80) return t.ascii_keep[b];
    if (b < 0xC2 || b > 0xDF || p + 1 >= n || (s[p + 1] & 0xC0) != 0x80) {
      return false;
    }
    const unsigned cp2 = ((b & 0x1F) << 6) | (s[p + 1] & 0x3F);
    return t.keep2[cp2] || t.fold2[cp2] != 0;
  };

  size_t i = 0;
  while (i < n) {
    // Fast path: a run of characters that stay as they are (ASCII and the
    // two-byte range, which holds the Arabic block), single spaces between
    // them included.
    {
      size_t j = i;
      while (j < n) {
        const unsigned char b = s[j];
        if (b < 0x80) {
          if (t.ascii_keep[b]) {
            ++j;
            continue;
          }
          if (b == ' ' && collapse &&
              (j > i || (w > 0 && ws_start == SIZE_MAX)) && keeps(j + 1)) {
            ++j;
            continue;
          }
          break;
        }
        if (b >= 0xC2 && b <= 0xDF && j + 1 < n && (s[j + 1] & 0xC0) == 0x80) {
          const unsigned cp2 = ((b & 0x1F) << 6) | (s[j + 1] & 0x3F);
          if (t.keep2[cp2]) {
            j += 2;
            continue;
          }
          if (t.fold2[cp2] != 0) {
            // A same-length fold: copy the run so far, then the folded
            // character, and go on with the run.
            if (ws_start != SIZE_MAX) flush_ws(i);
            std::memcpy(dst + w, s + i, j - i);
            w += j - i;
            dst[w] = static_cast<char>(t.fold2[cp2] & 0xFF);
            dst[w + 1] = static_cast<char>(t.fold2[cp2] >> 8);
            w += 2;
            j += 2;
            i = j;
            continue;
          }
        }
        break;
      }
      if (j > i) {
        if (ws_start != SIZE_MAX) flush_ws(i);
        std::memcpy(dst + w, s + i, j - i);
        w += j - i;
        i = j;
        continue;
      }
      if (i >= n) break;  // the text ended with a fold
    }
    char32_t cp;
    uint32_t len;
    if (s[i] < 0x80) {
      cp = s[i];
      len = 1;
    } else if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < n &&
               (s[i + 1] & 0xC0) == 0x80) {
      cp = (static_cast<char32_t>(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
      len = 2;
    } else {
      const DecodedChar c = DecodeUtf8(original, i);
      if (!c.valid) {
        emit_replacement(i, c.length, "\xEF\xBF\xBD", 3);
        i += c.length;
        continue;
      }
      cp = c.code_point;
      len = c.length;
    }
    const Action a = cp < 0x10000 ? t.bmp[cp] : Action();
    switch (a.kind) {
      case kKeep:
        if (ws_start != SIZE_MAX) flush_ws(i);
        std::memcpy(dst + w, s + i, len);
        w += len;
        break;
      case kZwj:
        if (ws_start == SIZE_MAX && w > 0 && i + len < n) {
          char32_t prev = output_cp_before(w);
          // An emoji with a variation selector: the emoji decides.
          if (prev == 0xFE0F && w > 3) prev = output_cp_before(w - 3);
          const char32_t next = next_visible_cp(i + len);
          if (IsPictographic(prev) && IsPictographic(next)) {
            std::memcpy(dst + w, s + i, len);
            w += len;
            break;
          }
        }
        [[fallthrough]];
      case kDelete:
        if (ws_start == SIZE_MAX) {
          map.AddDeletion(static_cast<uint32_t>(w), static_cast<uint32_t>(i),
                          len);
        }
        break;
      case kMap:
        emit_replacement(i, len, t.pool.data() + a.offset, a.len);
        break;
      case kSpace:
      case kBreak:
        if (!collapse) {
          std::memcpy(dst + w, s + i, len);
          w += len;
          break;
        }
        if (ws_start == SIZE_MAX) ws_start = i;
        if (a.kind == kBreak) {
          if (!(cp == '\n' && ws_last_cr)) ++ws_breaks;
          ws_last_cr = cp == '\r';
        } else {
          ws_last_cr = false;
        }
        break;
      case kQuoteOpen:
      case kQuoteClose:
      case kQuoteEither: {
        bool open;
        if (a.kind == kQuoteEither) {
          const bool prev_boundary = ws_start != SIZE_MAX || w == 0 ||
                                     OpensQuoteContext(last_output_cp());
          const char32_t next = next_visible_cp(i + len);
          const bool next_boundary =
              next == 0 || IsWhitespaceCp(next) || ClosesQuoteContext(next);
          if (prev_boundary != next_boundary) {
            open = prev_boundary;
          } else {
            open = quote_depth == 0;
          }
        } else {
          open = a.kind == kQuoteOpen;
        }
        if (open) {
          ++quote_depth;
        } else if (quote_depth > 0) {
          --quote_depth;
        }
        emit_replacement(i, len, open ? kOpenQuote : kCloseQuote, 2);
        break;
      }
      case kSeparator: {
        const bool after_digit = w > 0 && ws_start == SIZE_MAX &&
                                 dst[w - 1] >= '0' && dst[w - 1] <= '9';
        const bool before_digit = IsAnyDigit(next_visible_cp(i + len));
        if (after_digit && before_digit) {
          emit_replacement(i, len, t.pool.data() + a.offset, a.len);
        } else {
          if (ws_start != SIZE_MAX) flush_ws(i);
          std::memcpy(dst + w, s + i, len);
          w += len;
        }
        break;
      }
      default:
        return InternalError("bad normalizer action");
    }
    i += len;
  }
  if (ws_start != SIZE_MAX) {
    map.AddDeletion(static_cast<uint32_t>(w), static_cast<uint32_t>(ws_start),
                    static_cast<uint32_t>(n - ws_start));
  }
  o.resize(w);
  map.Finish(static_cast<uint32_t>(w));
  return Status::Ok();
}

}  // namespace khabar
