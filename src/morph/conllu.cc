// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/conllu.h"

#include <array>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "khabar/status.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

constexpr int kColumns = 10;

Status LineError(size_t line, std::string_view what) {
  return DataLossError("line " + std::to_string(line) + ": " +
                       std::string(what));
}

// A positive decimal integer without sign or leading '+'; false otherwise.
bool ParsePositive(std::string_view s, int* value) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  int v = 0;
  const auto result = std::from_chars(s.data(), s.data() + s.size(), v);
  if (result.ec != std::errc() || v <= 0) return false;
  *value = v;
  return true;
}

// Integer allowing 0 (the "0.1" empty node before the first word).
bool ParseNonNegative(std::string_view s, int* value) {
  if (s == "0") {
    *value = 0;
    return true;
  }
  return ParsePositive(s, value);
}

class SentenceBuilder {
 public:
  bool empty() const {
    return sentence_.comments.empty() && sentence_.words.empty() &&
           sentence_.multiwords.empty() && sentence_.empty_nodes.empty();
  }

  void AddComment(std::string_view line) {
    sentence_.comments.emplace_back(line);
  }

  Status AddLine(size_t line_number, std::string_view line) {
    std::array<std::string_view, kColumns> cols;
    int n = 0;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      if (n == kColumns) return LineError(line_number, "more than 10 columns");
      cols[n++] = line.substr(start, tab == std::string_view::npos
                                         ? std::string_view::npos
                                         : tab - start);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (n != kColumns) {
      return LineError(line_number, "expected 10 TAB-separated columns, got " +
                                        std::to_string(n));
    }
    const std::string_view id = cols[0];
    const size_t dash = id.find('-');
    const size_t dot = id.find('.');
    const int expected = static_cast<int>(sentence_.words.size()) + 1;
    if (dash != std::string_view::npos) {
      ConlluMultiword mw;
      if (!ParsePositive(id.substr(0, dash), &mw.first) ||
          !ParsePositive(id.substr(dash + 1), &mw.last) || mw.last < mw.first) {
        return LineError(line_number, "malformed range id");
      }
      if (mw.first != expected || mw.first <= covered_) {
        return LineError(line_number, "range id out of order");
      }
      covered_ = mw.last;
      mw.form = std::string(cols[1]);
      mw.misc = std::string(cols[9]);
      sentence_.multiwords.push_back(std::move(mw));
      return Status::Ok();
    }
    ConlluWord word;
    if (dot != std::string_view::npos) {
      if (!ParseNonNegative(id.substr(0, dot), &word.id) ||
          !ParsePositive(id.substr(dot + 1), &word.empty_index)) {
        return LineError(line_number, "malformed empty node id");
      }
      if (word.id != expected - 1) {
        return LineError(line_number, "empty node id out of order");
      }
    } else {
      if (!ParsePositive(id, &word.id)) {
        return LineError(line_number, "malformed word id");
      }
      if (word.id != expected) {
        return LineError(line_number, "word id out of order: expected " +
                                          std::to_string(expected));
      }
      if (word.id > kConlluMaxWordsPerSentence) {
        return ResourceExhaustedError(
            "line " + std::to_string(line_number) +
            ": sentence has too many words (limit " +
            std::to_string(kConlluMaxWordsPerSentence) + ")");
      }
    }
    word.form = std::string(cols[1]);
    word.lemma = std::string(cols[2]);
    word.upos = std::string(cols[3]);
    word.xpos = std::string(cols[4]);
    word.feats = std::string(cols[5]);
    word.head = std::string(cols[6]);
    word.deprel = std::string(cols[7]);
    word.deps = std::string(cols[8]);
    word.misc = std::string(cols[9]);
    if (word.empty_index > 0) {
      sentence_.empty_nodes.push_back(std::move(word));
    } else {
      sentence_.words.push_back(std::move(word));
    }
    return Status::Ok();
  }

  // Checks the finished sentence and moves it out.
  Status Finish(size_t line_number, ConlluSentence* out) {
    if (covered_ > static_cast<int>(sentence_.words.size())) {
      return LineError(line_number, "range id ends past the last word");
    }
    if (sentence_.words.empty() &&
        (!sentence_.multiwords.empty() || !sentence_.empty_nodes.empty())) {
      return LineError(line_number, "sentence without words");
    }
    *out = std::move(sentence_);
    sentence_ = ConlluSentence();
    covered_ = 0;
    return Status::Ok();
  }

 private:
  ConlluSentence sentence_;
  int covered_ = 0;  // last word id covered by a range so far
};

void AppendWordLine(std::string_view id, const ConlluWord& w,
                    std::string* out) {
  out->append(id);
  for (const std::string* col : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats,
                                 &w.head, &w.deprel, &w.deps, &w.misc}) {
    out->push_back('\t');
    out->append(*col);
  }
  out->push_back('\n');
}

void AppendEmptyNodesAfter(const ConlluSentence& sentence, int id,
                           std::string* out) {
  for (const ConlluWord& e : sentence.empty_nodes) {
    if (e.id != id) continue;
    AppendWordLine(std::to_string(e.id) + "." + std::to_string(e.empty_index),
                   e, out);
  }
}

}  // namespace

StatusOr<std::vector<ConlluSentence>> ParseConllu(std::string_view text) {
  std::vector<ConlluSentence> sentences;
  SentenceBuilder builder;
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    ++line_number;
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.size() > kConlluMaxLineBytes) {
      return ResourceExhaustedError("line " + std::to_string(line_number) +
                                    ": longer than 1 MiB");
    }
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (FindInvalidUtf8(line) != std::string_view::npos) {
      return LineError(line_number, "invalid UTF-8");
    }
    if (line.empty()) {
      if (builder.empty()) continue;
      ConlluSentence sentence;
      KHABAR_RETURN_IF_ERROR(builder.Finish(line_number, &sentence));
      sentences.push_back(std::move(sentence));
      continue;
    }
    if (line.front() == '#') {
      builder.AddComment(line);
      continue;
    }
    KHABAR_RETURN_IF_ERROR(builder.AddLine(line_number, line));
  }
  if (!builder.empty()) {
    ConlluSentence sentence;
    KHABAR_RETURN_IF_ERROR(builder.Finish(line_number, &sentence));
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

void AppendConllu(const ConlluSentence& sentence, std::string* out) {
  for (const std::string& c : sentence.comments) {
    out->append(c);
    out->push_back('\n');
  }
  AppendEmptyNodesAfter(sentence, 0, out);
  size_t next_mw = 0;
  for (const ConlluWord& w : sentence.words) {
    while (next_mw < sentence.multiwords.size() &&
           sentence.multiwords[next_mw].first <= w.id) {
      const ConlluMultiword& mw = sentence.multiwords[next_mw++];
      if (mw.first != w.id) continue;
      out->append(std::to_string(mw.first) + "-" + std::to_string(mw.last));
      out->push_back('\t');
      out->append(mw.form);
      out->append("\t_\t_\t_\t_\t_\t_\t_\t");
      out->append(mw.misc);
      out->push_back('\n');
    }
    AppendWordLine(std::to_string(w.id), w, out);
    AppendEmptyNodesAfter(sentence, w.id, out);
  }
  out->push_back('\n');
}

std::string WriteConllu(const std::vector<ConlluSentence>& sentences) {
  std::string out;
  for (const ConlluSentence& s : sentences) AppendConllu(s, &out);
  return out;
}

std::string_view ConlluCommentValue(const ConlluSentence& sentence,
                                    std::string_view key) {
  for (const std::string& c : sentence.comments) {
    std::string_view rest(c);
    rest.remove_prefix(1);  // '#'
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.substr(0, key.size()) != key) continue;
    rest.remove_prefix(key.size());
    if (rest.empty() || (rest.front() != ' ' && rest.front() != '=')) continue;
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (!rest.empty() && rest.front() == '=') {
      rest.remove_prefix(1);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    }
    return rest;
  }
  return {};
}

bool ConlluHasComment(const ConlluSentence& sentence, std::string_view key) {
  for (const std::string& c : sentence.comments) {
    std::string_view rest(c);
    rest.remove_prefix(1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.substr(0, key.size()) != key) continue;
    rest.remove_prefix(key.size());
    if (rest.empty() || rest.front() == ' ' || rest.front() == '=') return true;
  }
  return false;
}

}  // namespace khabar
