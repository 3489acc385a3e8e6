// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar model <inspect|verify> FILE: look inside a model container
// (docs/MODEL_FORMAT.md).
//
//   khabar model inspect models/morph.khm [--json]
//     format version, kind, metadata and the section table (name, offset,
//     size, checksum, whether the checksum matches); exit 3 if the file is
//     not a readable model or a section is damaged (the table is still
//     printed for a damaged section).
//   khabar model verify models/morph.khm
//     "FILE: ok (...)" and exit 0, or one error line and exit 3.

#include <algorithm>
#include <charconv>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "commands.h"
#include "khabar/document_json.h"
#include "khabar/model_file.h"
#include "khabar/status.h"

namespace khabar::cli {
namespace {

std::string Hex64(uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof(buf), "%016" PRIx64, v);
  return buf;
}

// Shortest text that reads back as the same double.
std::string DoubleText(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), v);
  std::string s(buf, ec == std::errc() ? end : buf);
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

// A string value for the text table: control bytes and backslashes escaped.
std::string Escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\x%02x", u);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string ValueText(const ModelValue& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return Escaped(*s);
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  return DoubleText(std::get<double>(v));
}

void AppendValueJson(const ModelValue& v, std::string* out) {
  if (const auto* s = std::get_if<std::string>(&v)) {
    AppendJsonString(*s, out);
  } else if (const auto* i = std::get_if<int64_t>(&v)) {
    *out += std::to_string(*i);
  } else {
    const double d = std::get<double>(v);
    if (std::isfinite(d)) {
      *out += DoubleText(d);
    } else {
      AppendJsonString(DoubleText(d), out);
    }
  }
}

std::string Pad(std::string s, size_t width) {
  if (s.size() < width) s.resize(width, ' ');
  return s;
}

std::string InspectText(const std::string& path, const ModelFile& m,
                        const std::vector<Status>& checks) {
  std::string out;
  out += "file:     " + path + "\n";
  out += "format:   " + std::to_string(m.format_major()) + "." +
         std::to_string(m.format_minor()) + "\n";
  out += "kind:     " + std::string(m.kind()) + "\n";
  out += "size:     " + std::to_string(m.file_size()) + " bytes\n";
  out += "metadata: " + std::to_string(m.metadata().size()) + " entries\n";
  size_t key_width = 0;
  for (const ModelMetadataEntry& e : m.metadata()) {
    key_width = std::max(key_width, e.key.size());
  }
  for (const ModelMetadataEntry& e : m.metadata()) {
    out += "  " + Pad(e.key, key_width) + "  " +
           Pad(std::string(ModelValueTypeName(e.value)), 6) + "  " +
           ValueText(e.value) + "\n";
  }
  out += "sections: " + std::to_string(m.sections().size()) + "\n";
  if (m.sections().empty()) return out;
  std::vector<std::vector<std::string>> rows = {
      {"name", "offset", "size", "checksum", "status"}};
  for (size_t i = 0; i < m.sections().size(); ++i) {
    const ModelSectionInfo& s = m.sections()[i];
    rows.push_back({s.name, std::to_string(s.offset), std::to_string(s.size),
                    Hex64(s.checksum), checks[i].ok() ? "ok" : "BAD"});
  }
  std::vector<size_t> widths(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      widths[c] = std::max(widths[c], row[c].size());
    }
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += "  " + (c + 1 < row.size() ? Pad(row[c], widths[c]) : row[c]);
    }
    out += line + "\n";
  }
  return out;
}

std::string InspectJson(const std::string& path, const ModelFile& m,
                        const std::vector<Status>& checks) {
  std::string out = "{\"file\":";
  AppendJsonString(path, &out);
  out += ",\"format_major\":" + std::to_string(m.format_major());
  out += ",\"format_minor\":" + std::to_string(m.format_minor());
  out += ",\"kind\":";
  AppendJsonString(m.kind(), &out);
  out += ",\"file_size\":" + std::to_string(m.file_size());
  out += ",\"metadata\":[";
  for (size_t i = 0; i < m.metadata().size(); ++i) {
    const ModelMetadataEntry& e = m.metadata()[i];
    out += i == 0 ? "{\"key\":" : ",{\"key\":";
    AppendJsonString(e.key, &out);
    out += ",\"type\":\"" + std::string(ModelValueTypeName(e.value)) +
           "\",\"value\":";
    AppendValueJson(e.value, &out);
    out += "}";
  }
  out += "],\"sections\":[";
  bool all_ok = true;
  for (size_t i = 0; i < m.sections().size(); ++i) {
    const ModelSectionInfo& s = m.sections()[i];
    out += i == 0 ? "{\"name\":" : ",{\"name\":";
    AppendJsonString(s.name, &out);
    out += ",\"offset\":" + std::to_string(s.offset) +
           ",\"size\":" + std::to_string(s.size) + ",\"checksum\":\"" +
           Hex64(s.checksum) +
           "\",\"checksum_ok\":" + (checks[i].ok() ? "true" : "false") + "}";
    all_ok = all_ok && checks[i].ok();
  }
  out += "],\"ok\":";
  out += all_ok ? "true}\n" : "false}\n";
  return out;
}

int RunInspect(int argc, char** argv) {
  CLI::App app(
      "Shows a model file's format version, kind, metadata and section "
      "table. Exit 3 if it is not a readable model or a section's checksum "
      "does not match.",
      "khabar model inspect");
  std::string path;
  bool json = false;
  app.add_option("FILE", path, "The model file")->required();
  app.add_flag("--json", json, "Print one JSON object instead of a table");
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  auto model = ModelFile::Open(path, {.verify_sections = false});
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  std::vector<Status> checks;
  Status first_bad;
  for (const ModelSectionInfo& s : (*model)->sections()) {
    checks.push_back((*model)->VerifySection(s.name));
    if (first_bad.ok() && !checks.back().ok()) first_bad = checks.back();
  }
  const std::string out = json ? InspectJson(path, **model, checks)
                               : InspectText(path, **model, checks);
  std::cout << out << std::flush;
  if (!std::cout) return kExitInternal;
  if (!first_bad.ok()) {
    PrintError(path + ": " + first_bad.message());
    return ExitCodeFor(first_bad);
  }
  return kExitOk;
}

int RunVerify(int argc, char** argv) {
  CLI::App app(
      "Checks a model file completely (structure and every checksum). "
      "Prints 'FILE: ok (...)' and exits 0, or reports the first problem and "
      "exits 3.",
      "khabar model verify");
  std::string path;
  app.add_option("FILE", path, "The model file")->required();
  if (std::optional<int> code = ParseCommandLine(app, argc, argv)) {
    return *code;
  }
  auto model = ModelFile::Open(path);
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  const ModelFile& m = **model;
  std::cout << path << ": ok (kind " << m.kind() << ", format "
            << m.format_major() << "." << m.format_minor() << ", "
            << m.sections().size() << " sections, " << m.file_size()
            << " bytes)\n"
            << std::flush;
  return std::cout ? kExitOk : kExitInternal;
}

struct Action {
  std::string_view name;
  std::string_view summary;
  int (*run)(int argc, char** argv);
};

constexpr Action kActions[] = {
    {"inspect", "show format version, kind, metadata and sections",
     &RunInspect},
    {"verify", "check structure and every checksum (exit 0 or 3)", &RunVerify},
};

void Usage(std::FILE* out) {
  std::string text =
      "Usage: khabar model <action> FILE [options]\n\nActions:\n";
  for (const Action& a : kActions) {
    text += "  " + Pad(std::string(a.name), 9) + std::string(a.summary) + "\n";
  }
  text += "\nRun 'khabar model <action> --help' for its options.\n";
  std::fputs(text.c_str(), out);
}

int RunModel(int argc, char** argv) {
  if (argc < 2) {
    Usage(stderr);
    return kExitUsage;
  }
  const std::string_view what = argv[1];
  if (what == "--help" || what == "-h") {
    Usage(stdout);
    return kExitOk;
  }
  for (const Action& a : kActions) {
    if (a.name == what) return a.run(argc - 1, argv + 1);
  }
  PrintError("unknown model action '" + std::string(what) +
             "' (see 'khabar model --help')");
  return kExitUsage;
}

}  // namespace

const Command& ModelCommand() {
  static const Command kCommand = {
      "model", "Inspect or verify a model file (inspect, verify)", &RunModel};
  return kCommand;
}

}  // namespace khabar::cli
