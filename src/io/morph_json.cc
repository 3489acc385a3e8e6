// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/morph_json.h"

#include <cstdint>
#include <string>

#include "io/json_writer.h"
#include "khabar/morph_analyzer.h"

namespace khabar {

void AppendMorphJson(const MorphAnalysis& a, uint64_t offset_base,
                     std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("tokens").BeginArray();
  for (const MorphToken& t : a.tokens) {
    w.BeginObject();
    w.Key("begin").Uint(offset_base + t.span.begin);
    w.Key("end").Uint(offset_base + t.span.end);
    w.Key("words").BeginArray();
    w.Uint(t.first_word).Uint(t.first_word + t.word_count);
    w.EndArray();
    if (!t.space_after) w.Key("space_after").Bool(false);
    w.EndObject();
  }
  w.EndArray();
  w.Key("words").BeginArray();
  for (const MorphWord& word : a.words) {
    w.BeginObject();
    w.Key("token").Uint(word.token);
    w.Key("form").String(word.form);
    w.Key("upos").String(word.upos);
    w.Key("feats").String(word.feats);
    w.Key("lemma").String(word.lemma);
    w.Key("lemma_vocalized").String(word.lemma_vocalized);
    w.Key("root").String(word.root);
    w.Key("stem").String(word.stem);
    w.EndObject();
  }
  w.EndArray();
  w.Key("sentences").BeginArray();
  for (const MorphSentence& s : a.sentences) {
    w.BeginObject();
    w.Key("begin").Uint(offset_base + s.span.begin);
    w.Key("end").Uint(offset_base + s.span.end);
    w.Key("tokens").BeginArray();
    w.Uint(s.first_token).Uint(s.first_token + s.token_count);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace khabar
