// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar eval stem: the light stemmer and the root extractor against gold
// word lists, next to a light10 reference (Larkey's light10 as Lucene's
// ArabicStemmer documents it, written here from its rules, applied after
// search normalization as Lucene's ArabicAnalyzer does) and, optionally,
// the outputs of other stemmers (Snowball, NLTK ISRI: bench/run_morph_bench.sh
// writes them).
//
//   khabar eval stem                       # gold under ../shared/data
//   khabar eval stem --benzahia DIR --lucene FILE --roots-openiti DIR
//   khabar eval stem --extra isri=isri.benzahia.txt,isri.openiti.txt --table
//
// Gold sets (each optional; a default path that does not exist is skipped
// with a note, a path given explicitly must exist):
//   --benzahia DIR       words.txt, stems.txt, roots.txt (line-aligned),
//                        default ../shared/data/stemming-golden-corpus-benzahia
//   --lucene FILE        TSV test<TAB>input<TAB>expected ('#' comments),
//                        default ../shared/data/lucene-arabic-analyzer-tests/
//                        stem.tsv
//   --roots-openiti DIR  gs/*.csv with word,root (alternatives split by '\',
//                        '#' for no root: those rows are not scored),
//                        default ../shared/data/roots-gold-openiti
// Scoring: a stem is right when it equals the gold stem after khabar's
// search normalization of both (so hamza on alef and ta marbuta spellings
// do not count). A root is right when it equals one gold alternative after
// folding every hamza seat and bare alef to U+0627 and alef maksura to ya on
// both sides (benzahia writes hamza as a bare alef, OpenITI as U+0623).
// Output: one JSON object on stdout (--table: a Markdown table instead).

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "eval_commands.h"
#include "khabar/light_stemmer.h"
#include "khabar/normalizer.h"
#include "khabar/root_extractor.h"
#include "khabar/utf8.h"

namespace khabar::cli {
namespace {

StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError("cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return DataLossError("cannot read " + path);
  return out.str();
}

StatusOr<std::vector<std::string>> ReadLines(const std::string& path) {
  StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  std::vector<std::string> lines;
  std::string_view rest = *text;
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.emplace_back(line);
    if (eol == std::string_view::npos) break;
    rest.remove_prefix(eol + 1);
  }
  return lines;
}

// --- light10 reference ------------------------------------------------------

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const DecodedChar c = DecodeUtf8(s, i);
    out.push_back(c.code_point);
    i += c.length;
  }
  return out;
}

std::string ToUtf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

// Larkey's light10 as Lucene's ArabicStemmer applies it: the first matching
// prefix of the list (a one-letter prefix needs a word of 4+ letters, the
// others 2+ letters left), then each suffix of the list in turn (2+ letters
// left).
std::u32string Light10(std::u32string s) {
  static const std::u32string kPrefixes[] = {U"\u0627\u0644",
                                             U"\u0648\u0627\u0644",
                                             U"\u0628\u0627\u0644",
                                             U"\u0643\u0627\u0644",
                                             U"\u0641\u0627\u0644",
                                             U"\u0644\u0644",
                                             U"\u0648"};
  static const std::u32string kSuffixes[] = {
      U"\u0647\u0627", U"\u0627\u0646", U"\u0627\u062a", U"\u0648\u0646",
      U"\u064a\u0646", U"\u064a\u0647", U"\u064a\u0629", U"\u0647",
      U"\u0629",       U"\u064a"};
  for (const std::u32string& p : kPrefixes) {
    if (p.size() == 1 && s.size() < 4) continue;
    if (s.size() < p.size() + 2) continue;
    if (s.compare(0, p.size(), p) == 0) {
      s.erase(0, p.size());
      break;
    }
  }
  for (const std::u32string& x : kSuffixes) {
    if (s.size() < x.size() + 2) continue;
    if (s.compare(s.size() - x.size(), x.size(), x) == 0) {
      s.resize(s.size() - x.size());
    }
  }
  return s;
}

// --- scoring ----------------------------------------------------------------

std::string RootKey(std::string_view root) {
  std::u32string s = ToU32(root);
  for (char32_t& c : s) {
    if (c == 0x621 || c == 0x622 || c == 0x623 || c == 0x624 || c == 0x625 ||
        c == 0x626) {
      c = 0x627;
    } else if (c == 0x649) {
      c = 0x64A;
    }
  }
  return ToUtf8(s);
}

struct Score {
  std::string system;
  std::string metric;
  size_t right = 0;
  size_t total = 0;
  double Rate() const { return total ? 100.0 * right / total : 0.0; }
};

struct Context {
  const Normalizer* search = nullptr;
  int max_errors = 0;
  std::vector<Score> scores;

  std::string Norm(std::string_view s) const {
    NormalizedText n;
    if (!search->Normalize(s, &n).ok()) return std::string(s);
    return n.text;
  }
  void Report(const std::string& label, std::string_view word,
              std::string_view got, std::string_view want, int* shown) const {
    if (*shown >= max_errors) return;
    ++*shown;
    std::fprintf(stderr, "%s\t%.*s\tgot %.*s\twant %.*s\n", label.c_str(),
                 static_cast<int>(word.size()), word.data(),
                 static_cast<int>(got.size()), got.data(),
                 static_cast<int>(want.size()), want.data());
  }
};

// Scores system outputs `got` against gold stems.
Score ScoreStems(const Context& ctx, const std::string& system,
                 const std::string& metric,
                 const std::vector<std::string>& words,
                 const std::vector<std::string>& got,
                 const std::vector<std::string>& gold) {
  Score s{system, metric};
  int shown = 0;
  for (size_t i = 0; i < gold.size() && i < got.size(); ++i) {
    ++s.total;
    const std::string want = ctx.Norm(gold[i]);
    if (ctx.Norm(got[i]) == want) {
      ++s.right;
    } else {
      ctx.Report(system + " " + metric, words[i], got[i], want, &shown);
    }
  }
  return s;
}

// Scores roots; gold cells may hold alternatives separated by '\'.
Score ScoreRoots(const Context& ctx, const std::string& system,
                 const std::string& metric,
                 const std::vector<std::string>& words,
                 const std::vector<std::string>& got,
                 const std::vector<std::string>& gold) {
  Score s{system, metric};
  int shown = 0;
  for (size_t i = 0; i < gold.size() && i < got.size(); ++i) {
    ++s.total;
    const std::string key = RootKey(ctx.Norm(got[i]));
    bool right = false;
    std::string_view rest = gold[i];
    while (true) {
      const size_t cut = rest.find('\\');
      if (RootKey(ctx.Norm(rest.substr(0, cut))) == key) right = true;
      if (cut == std::string_view::npos) break;
      rest.remove_prefix(cut + 1);
    }
    if (right) {
      ++s.right;
    } else {
      ctx.Report(system + " " + metric, words[i], got[i], gold[i], &shown);
    }
  }
  return s;
}

struct OpenitiGold {
  std::vector<std::string> words;
  std::vector<std::string> roots;
  size_t skipped = 0;  // '#' rows
};

StatusOr<OpenitiGold> ReadOpeniti(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry :
       std::filesystem::directory_iterator(dir + "/gs", ec)) {
    if (entry.path().extension() == ".csv") files.push_back(entry.path());
  }
  if (ec) return NotFoundError("cannot list " + dir + "/gs");
  std::sort(files.begin(), files.end());
  OpenitiGold gold;
  for (const std::string& file : files) {
    StatusOr<std::vector<std::string>> lines = ReadLines(file);
    if (!lines.ok()) return lines.status();
    for (size_t i = 1; i < lines->size(); ++i) {  // line 0: "word,root"
      const std::string& line = (*lines)[i];
      const size_t comma = line.find(',');
      if (line.empty() || comma == std::string::npos) continue;
      std::string root = line.substr(comma + 1);
      if (root == "#") {
        ++gold.skipped;
        continue;
      }
      gold.words.push_back(line.substr(0, comma));
      gold.roots.push_back(std::move(root));
    }
  }
  if (gold.words.empty()) return NotFoundError("no rows in " + dir + "/gs");
  return gold;
}

bool Exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

}  // namespace

int RunEvalStem(int argc, char** argv) {
  CLI::App app(
      "Scores khabar's light stemmer and root extractor on gold word lists, "
      "next to a light10 reference and other stemmers' outputs. Writes one "
      "JSON object to stdout (--table: Markdown).",
      "khabar eval stem");
  const std::string kData = "../shared/data/";
  std::string benzahia = kData + "stemming-golden-corpus-benzahia";
  std::string lucene = kData + "lucene-arabic-analyzer-tests/stem.tsv";
  std::string openiti = kData + "roots-gold-openiti";
  std::vector<std::string> extras;
  bool table = false;
  int errors = 0;
  auto* b_opt = app.add_option("--benzahia", benzahia,
                               "Benzahia golden corpus directory (words.txt, "
                               "stems.txt, roots.txt)");
  auto* l_opt = app.add_option("--lucene", lucene,
                               "Lucene ArabicStemFilter cases (TSV: test, "
                               "input, expected)");
  auto* o_opt = app.add_option("--roots-openiti", openiti,
                               "OpenITI root gold directory (gs/*.csv)");
  app.add_option("--extra", extras,
                 "NAME=FILE[,FILE2]: another system's outputs, one per line "
                 "for benzahia's words.txt (FILE) and for the OpenITI rows "
                 "with a root in file-name order (FILE2); scored as stems "
                 "and as roots");
  app.add_flag("--table", table, "Print a Markdown table instead of JSON");
  app.add_option("--errors", errors,
                 "Print up to N disagreements per score on stderr");
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  NormalizerOptions options =
      NormalizerOptions::ForLevel(NormalizationLevel::kSearch);
  auto search = Normalizer::Create(options);
  if (!search.ok()) {
    PrintError(search.status().ToString());
    return kExitInternal;
  }
  Context ctx;
  ctx.search = search->get();
  ctx.max_errors = errors;
  std::vector<std::string> notes;

  // Benzahia.
  std::vector<std::string> bz_words, bz_stems, bz_roots;
  if (b_opt->count() > 0 || Exists(benzahia)) {
    auto w = ReadLines(benzahia + "/words.txt");
    auto s = ReadLines(benzahia + "/stems.txt");
    auto r = ReadLines(benzahia + "/roots.txt");
    for (const auto* x : {&w, &s, &r}) {
      if (!x->ok()) {
        PrintError(x->status().message());
        return kExitBadInput;
      }
    }
    bz_words = *w;
    bz_stems = *s;
    bz_roots = *r;
    while (!bz_words.empty() && bz_words.back().empty()) bz_words.pop_back();
    if (bz_stems.size() < bz_words.size() ||
        bz_roots.size() < bz_words.size()) {
      PrintError("benzahia: words, stems and roots are not line-aligned");
      return kExitBadInput;
    }
    bz_stems.resize(bz_words.size());
    bz_roots.resize(bz_words.size());
    std::vector<std::string> khabar_stems, light10_stems, roots;
    for (const std::string& word : bz_words) {
      khabar_stems.push_back(LightStem(word));
      light10_stems.push_back(ToUtf8(Light10(ToU32(ctx.Norm(word)))));
      roots.push_back(ExtractRoot(word));
    }
    ctx.scores.push_back(ScoreStems(ctx, "khabar", "benzahia_stem", bz_words,
                                    khabar_stems, bz_stems));
    ctx.scores.push_back(ScoreStems(ctx, "light10", "benzahia_stem", bz_words,
                                    light10_stems, bz_stems));
    ctx.scores.push_back(
        ScoreRoots(ctx, "khabar", "benzahia_root", bz_words, roots, bz_roots));
  } else {
    notes.push_back("benzahia: " + benzahia + " not found, skipped");
  }

  // OpenITI roots.
  OpenitiGold oi;
  if (o_opt->count() > 0 || Exists(openiti)) {
    StatusOr<OpenitiGold> gold = ReadOpeniti(openiti);
    if (!gold.ok()) {
      PrintError(gold.status().message());
      return kExitBadInput;
    }
    oi = *std::move(gold);
    std::vector<std::string> roots;
    for (const std::string& word : oi.words) roots.push_back(ExtractRoot(word));
    ctx.scores.push_back(
        ScoreRoots(ctx, "khabar", "openiti_root", oi.words, roots, oi.roots));
  } else {
    notes.push_back("openiti: " + openiti + " not found, skipped");
  }

  // Lucene cases (stemmer output compared exactly, as Lucene's tests do).
  if (l_opt->count() > 0 || Exists(lucene)) {
    auto lines = ReadLines(lucene);
    if (!lines.ok()) {
      PrintError(lines.status().message());
      return kExitBadInput;
    }
    Score k{"khabar", "lucene_cases"}, l{"light10", "lucene_cases"};
    int shown_k = 0, shown_l = 0;
    for (const std::string& line : *lines) {
      if (line.empty() || line[0] == '#') continue;
      const size_t t1 = line.find('\t');
      const size_t t2 = line.find('\t', t1 + 1);
      if (t1 == std::string::npos || t2 == std::string::npos) continue;
      const std::string input = line.substr(t1 + 1, t2 - t1 - 1);
      const std::string want = line.substr(t2 + 1);
      const std::string got = LightStem(input);
      const std::string got10 = ToUtf8(Light10(ToU32(input)));
      ++k.total;
      ++l.total;
      if (got == want) {
        ++k.right;
      } else {
        ctx.Report("khabar lucene", input, got, want, &shown_k);
      }
      if (got10 == want) {
        ++l.right;
      } else {
        ctx.Report("light10 lucene", input, got10, want, &shown_l);
      }
    }
    ctx.scores.push_back(k);
    ctx.scores.push_back(l);
  } else {
    notes.push_back("lucene: " + lucene + " not found, skipped");
  }

  // Other systems' outputs.
  for (const std::string& extra : extras) {
    const size_t eq = extra.find('=');
    if (eq == std::string::npos) {
      PrintError("--extra wants NAME=FILE[,FILE2], got " + extra);
      return kExitUsage;
    }
    const std::string name = extra.substr(0, eq);
    std::string first = extra.substr(eq + 1), second;
    if (const size_t comma = first.find(','); comma != std::string::npos) {
      second = first.substr(comma + 1);
      first.resize(comma);
    }
    auto out = ReadLines(first);
    if (!out.ok()) {
      PrintError(out.status().message());
      return kExitBadInput;
    }
    if (out->size() < bz_words.size()) {
      PrintError(first + ": fewer lines than benzahia's words.txt");
      return kExitBadInput;
    }
    ctx.scores.push_back(
        ScoreStems(ctx, name, "benzahia_stem", bz_words, *out, bz_stems));
    ctx.scores.push_back(
        ScoreRoots(ctx, name, "benzahia_root", bz_words, *out, bz_roots));
    if (!second.empty()) {
      auto out2 = ReadLines(second);
      if (!out2.ok() || out2->size() < oi.words.size()) {
        PrintError(second + ": unreadable or fewer lines than OpenITI rows");
        return kExitBadInput;
      }
      ctx.scores.push_back(
          ScoreRoots(ctx, name, "openiti_root", oi.words, *out2, oi.roots));
    }
  }

  for (const std::string& note : notes) PrintError(note);
  if (table) {
    std::vector<std::string> systems, metrics;
    for (const Score& s : ctx.scores) {
      if (std::find(systems.begin(), systems.end(), s.system) == systems.end())
        systems.push_back(s.system);
      if (std::find(metrics.begin(), metrics.end(), s.metric) == metrics.end())
        metrics.push_back(s.metric);
    }
    std::printf("| system |");
    for (const std::string& m : metrics) std::printf(" %s |", m.c_str());
    std::printf("\n|---|");
    for (size_t i = 0; i < metrics.size(); ++i) std::printf("---:|");
    std::printf("\n");
    for (const std::string& sys : systems) {
      std::printf("| %s |", sys.c_str());
      for (const std::string& m : metrics) {
        const Score* found = nullptr;
        for (const Score& s : ctx.scores) {
          if (s.system == sys && s.metric == m) found = &s;
        }
        if (found == nullptr) {
          std::printf(" - |");
        } else {
          std::printf(" %.1f%% (%zu/%zu) |", found->Rate(), found->right,
                      found->total);
        }
      }
      std::printf("\n");
    }
    return kExitOk;
  }
  std::printf("{");
  for (size_t i = 0; i < ctx.scores.size(); ++i) {
    const Score& s = ctx.scores[i];
    std::printf("%s\"%s/%s\":{\"right\":%zu,\"total\":%zu,\"accuracy\":%.4f}",
                i ? "," : "", s.system.c_str(), s.metric.c_str(), s.right,
                s.total,
                s.total ? static_cast<double>(s.right) / s.total : 0.0);
  }
  std::printf("%s\"openiti_rows_without_root\":%zu}\n",
              ctx.scores.empty() ? "" : ",", oi.skipped);
  return kExitOk;
}

}  // namespace khabar::cli
