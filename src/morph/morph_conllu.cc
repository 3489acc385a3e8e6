// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// MorphToConllu: an analysis as CoNLL-U (UD 2 layout, multiword tokens).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "khabar/morph_analyzer.h"

namespace khabar {
namespace {

// CoNLL-U fields may not hold TAB or line breaks, nor be empty.
void AppendField(std::string_view value, std::string* out) {
  if (value.empty()) {
    out->push_back('_');
    return;
  }
  for (char c : value) {
    out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  }
}

void AppendTokenMisc(const MorphToken& t, std::string* out) {
  out->append("TokenRange=");
  out->append(std::to_string(t.span.begin));
  out->push_back(':');
  out->append(std::to_string(t.span.end));
  if (!t.space_after) out->append("|SpaceAfter=No");
}

}  // namespace

std::string MorphToConllu(std::string_view text, const MorphAnalysis& a,
                          std::string_view sent_id_prefix) {
  std::string out;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    const MorphSentence& sentence = a.sentences[s];
    out.append("# sent_id = ");
    out.append(sent_id_prefix);
    out.append(std::to_string(s + 1));
    out.append("\n# text = ");
    for (uint32_t t = sentence.first_token;
         t < sentence.first_token + sentence.token_count; ++t) {
      const MorphToken& token = a.tokens[t];
      for (char c : text.substr(token.span.begin, token.span.size())) {
        out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
      }
      if (token.space_after &&
          t + 1 < sentence.first_token + sentence.token_count) {
        out.push_back(' ');
      }
    }
    out.push_back('\n');
    uint32_t id = 1;
    for (uint32_t t = sentence.first_token;
         t < sentence.first_token + sentence.token_count; ++t) {
      const MorphToken& token = a.tokens[t];
      const std::string_view surface =
          text.substr(token.span.begin, token.span.size());
      if (token.word_count > 1) {
        out.append(std::to_string(id));
        out.push_back('-');
        out.append(std::to_string(id + token.word_count - 1));
        out.push_back('\t');
        AppendField(surface, &out);
        out.append("\t_\t_\t_\t_\t_\t_\t_\t");
        AppendTokenMisc(token, &out);
        out.push_back('\n');
      }
      for (uint32_t k = 0; k < token.word_count; ++k, ++id) {
        const MorphWord& w = a.words[token.first_word + k];
        out.append(std::to_string(id));
        out.push_back('\t');
        AppendField(token.word_count > 1 ? std::string_view(w.form) : surface,
                    &out);
        out.push_back('\t');
        AppendField(w.lemma, &out);
        out.push_back('\t');
        AppendField(w.upos, &out);
        out.append("\t_\t");
        AppendField(w.feats, &out);
        out.append("\t_\t_\t_\t");
        std::string misc;
        if (token.word_count == 1) AppendTokenMisc(token, &misc);
        if (!w.root.empty()) {
          if (!misc.empty()) misc.push_back('|');
          misc += "Root=" + w.root;
        }
        if (!w.stem.empty()) {
          if (!misc.empty()) misc.push_back('|');
          misc += "Stem=" + w.stem;
        }
        AppendField(misc, &out);
        out.push_back('\n');
      }
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace khabar
