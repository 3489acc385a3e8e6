// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Keyword extraction (keywords.h): terms and entities of one article scored
// tf-idf-like against a DocFrequencies table.

#include "khabar/keywords.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/json_writer.h"
#include "khabar/entities.h"
#include "khabar/morph_analyzer.h"
#include "summary/terms.h"

namespace khabar {
namespace {

struct Occurrence {
  uint64_t key = 0;
  uint32_t word = 0;  // index into analysis.words
  bool title = false;
};

struct Candidate {
  double score = 0;
  uint32_t first_begin = 0;  // for ties
  int32_t entity = -1;       // index into entities, or -1
  uint32_t word = 0;         // first occurrence, for terms
  uint32_t count = 0;
};

Status CheckAnalysis(std::string_view text, const MorphAnalysis& analysis) {
  for (const MorphToken& t : analysis.tokens) {
    if (t.span.begin > t.span.end || t.span.end > text.size()) {
      return InvalidArgumentError(
          "keywords: a token span does not fit the text (is the analysis of "
          "another text?)");
    }
  }
  for (const MorphWord& w : analysis.words) {
    if (w.token >= analysis.tokens.size()) {
      return InvalidArgumentError("keywords: a word's token is out of range");
    }
  }
  return Status::Ok();
}

// The first token whose span begins at or after `begin`.
size_t FirstTokenAt(const MorphAnalysis& analysis, uint32_t begin) {
  const auto it = std::lower_bound(
      analysis.tokens.begin(), analysis.tokens.end(), begin,
      [](const MorphToken& t, uint32_t b) { return t.span.end <= b; });
  return static_cast<size_t>(it - analysis.tokens.begin());
}

// Light stems shorter than this (in letters) merge no keywords.
constexpr int kMinStemLetters = 3;

void AppendScore(double score, JsonWriter* w) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.4f", score);
  w->RawValue(buf);
}

}  // namespace

Status ExtractKeywords(std::string_view text, const MorphAnalysis& analysis,
                       const std::vector<Entity>& entities,
                       const DocFrequencies& df, const KeywordOptions& options,
                       std::vector<Keyword>* out) {
  out->clear();
  KHABAR_RETURN_IF_ERROR(CheckAnalysis(text, analysis));
  for (const Entity& e : entities) {
    for (const ResolvedMention& m : e.mentions) {
      if (m.span.begin > m.span.end || m.span.end > text.size()) {
        return InvalidArgumentError(
            "keywords: an entity mention span does not fit the text");
      }
    }
  }
  const uint32_t title_end =
      analysis.sentences.empty() ? 0 : analysis.sentences[0].span.end;
  const size_t token_count = analysis.tokens.size();

  // Tokens inside entity mentions belong to the entity.
  std::vector<int32_t> token_entity(token_count, -1);
  std::vector<Candidate> candidates;
  std::vector<std::vector<uint64_t>> entity_keys(entities.size());
  for (size_t ei = 0; ei < entities.size(); ++ei) {
    const Entity& e = entities[ei];
    if (e.mentions.empty()) continue;
    bool in_title = false;
    double idf = 0;
    for (const ResolvedMention& m : e.mentions) {
      if (m.span.begin < title_end) in_title = true;
      for (size_t t = FirstTokenAt(analysis, m.span.begin);
           t < token_count && analysis.tokens[t].span.begin < m.span.end; ++t) {
        token_entity[t] = static_cast<int32_t>(ei);
        const MorphToken& tok = analysis.tokens[t];
        for (uint32_t k = 0; k < tok.word_count; ++k) {
          const uint64_t key =
              summary::WordTermKey(analysis.words[tok.first_word + k]);
          if (key == 0) continue;
          entity_keys[ei].push_back(key);
          idf = std::max(idf, df.Idf(key));
        }
      }
    }
    if (entity_keys[ei].empty()) idf = df.Idf(TermKey(e.canonical));
    std::sort(entity_keys[ei].begin(), entity_keys[ei].end());
    entity_keys[ei].erase(
        std::unique(entity_keys[ei].begin(), entity_keys[ei].end()),
        entity_keys[ei].end());
    Candidate& c = candidates.emplace_back();
    c.entity = static_cast<int32_t>(ei);
    c.count = static_cast<uint32_t>(e.mentions.size());
    c.first_begin = e.mentions.front().span.begin;
    c.score =
        idf * options.entity_boost * (in_title ? options.title_weight : 1);
  }
  // Term keys of entities: a word of that lemma outside a mention is a
  // mention the tagger missed (one-word entities) or part of the name.
  std::vector<std::pair<uint64_t, int32_t>> entity_key_index;
  for (size_t ei = 0; ei < entities.size(); ++ei) {
    for (uint64_t key : entity_keys[ei]) {
      entity_key_index.emplace_back(key, static_cast<int32_t>(ei));
    }
  }
  std::sort(entity_key_index.begin(), entity_key_index.end());

  std::vector<Occurrence> occurrences;
  occurrences.reserve(analysis.words.size());
  for (size_t i = 0; i < analysis.words.size(); ++i) {
    const MorphWord& w = analysis.words[i];
    if (token_entity[w.token] >= 0) continue;
    const uint64_t key = summary::WordTermKey(w);
    if (key == 0) continue;
    const auto it =
        std::lower_bound(entity_key_index.begin(), entity_key_index.end(),
                         std::make_pair(key, int32_t{-1}));
    if (it != entity_key_index.end() && it->first == key) {
      const int32_t ei = it->second;
      if (entity_keys[ei].size() == 1) {
        for (Candidate& c : candidates) {
          if (c.entity == ei) ++c.count;
        }
      }
      continue;
    }
    occurrences.push_back({key, static_cast<uint32_t>(i),
                           analysis.tokens[w.token].span.begin < title_end});
  }
  for (Candidate& c : candidates) {
    c.score *= 1 + std::log(static_cast<double>(c.count));
  }
  const bool cut_singletons =
      occurrences.size() >= options.min_terms_for_singletons_cut;
  std::stable_sort(
      occurrences.begin(), occurrences.end(),
      [](const Occurrence& a, const Occurrence& b) { return a.key < b.key; });
  for (size_t i = 0; i < occurrences.size();) {
    size_t j = i;
    bool title = false;
    uint32_t first = occurrences[i].word;
    bool all_verbs = true;
    while (j < occurrences.size() && occurrences[j].key == occurrences[i].key) {
      title = title || occurrences[j].title;
      first = std::min(first, occurrences[j].word);
      all_verbs =
          all_verbs && summary::IsVerb(analysis.words[occurrences[j].word]);
      ++j;
    }
    const auto count = static_cast<uint32_t>(j - i);
    if (count > 1 || title || !cut_singletons) {
      Candidate& c = candidates.emplace_back();
      c.word = first;
      c.count = count;
      c.first_begin = analysis.tokens[analysis.words[first].token].span.begin;
      c.score = (1 + std::log(static_cast<double>(count))) *
                df.Idf(occurrences[i].key) *
                (title ? options.title_weight : 1) *
                (all_verbs ? options.verb_weight : 1);
    }
    i = j;
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) {
              if (a.score != b.score) return a.score > b.score;
              return a.first_begin < b.first_begin;
            });
  // Words the lemmatizer left as written (plurals of unknown words:
  // al-muftaraqat, al-muftaraq) have lemma keys of their own: two words
  // with one light stem are one keyword, the better scored. Two persons
  // whose names are one within the other (a given name the resolver keeps
  // apart, "marsilu" of "marsilu biyilsa") are one keyword, at the better
  // score, named with the full name if the better is one word. Not for
  // other types: "jujil" is not "jujil blay", "al-sudan" not "janub
  // al-sudan".
  std::vector<uint64_t> stems;
  std::vector<std::pair<size_t, std::vector<uint64_t>>> persons;  // kept
  auto name_words = [](std::string_view name) {
    std::vector<uint64_t> keys;
    size_t from = 0;
    while (from < name.size()) {
      size_t space = name.find(' ', from);
      if (space == std::string_view::npos) space = name.size();
      if (space > from) {
        keys.push_back(summary::FoldedKey(name.substr(from, space - from)));
      }
      from = space + 1;
    }
    std::sort(keys.begin(), keys.end());
    return keys;
  };
  size_t kept = 0;
  for (size_t i = 0; i < candidates.size() && kept < options.max_keywords;
       ++i) {
    const Candidate& c = candidates[i];
    if (c.entity >= 0 && entities[c.entity].type == EntityType::kPerson) {
      std::vector<uint64_t> words = name_words(entities[c.entity].canonical);
      bool within = false;
      for (auto& [slot, other] : persons) {
        if (std::includes(other.begin(), other.end(), words.begin(),
                          words.end())) {
          within = true;
        } else if (std::includes(words.begin(), words.end(), other.begin(),
                                 other.end())) {
          within = true;
          if (other.size() == 1) {  // a lone given name or surname
            candidates[slot].entity = c.entity;
            other = words;
          }
        }
        if (within) break;
      }
      if (within) continue;
      persons.emplace_back(kept, std::move(words));
    } else if (c.entity < 0) {
      int letters = 0;
      const uint64_t stem =
          summary::FoldedKey(analysis.words[c.word].stem, &letters);
      if (letters >= kMinStemLetters) {
        if (std::find(stems.begin(), stems.end(), stem) != stems.end()) {
          continue;
        }
        stems.push_back(stem);
      }
    }
    candidates[kept++] = c;
  }
  candidates.resize(kept);
  out->reserve(candidates.size());
  for (const Candidate& c : candidates) {
    Keyword& k = out->emplace_back();
    k.score = c.score;
    k.count = c.count;
    if (c.entity >= 0) {
      const Entity& e = entities[c.entity];
      k.entity = true;
      k.lemma = e.canonical;
      k.first = e.mentions.front().span;
      k.surface = std::string(text.substr(k.first.begin, k.first.size()));
    } else {
      const MorphWord& w = analysis.words[c.word];
      k.lemma = w.lemma.empty() ? (w.stem.empty() ? w.form : w.stem) : w.lemma;
      k.first = analysis.tokens[w.token].span;
      k.surface = std::string(text.substr(k.first.begin, k.first.size()));
    }
  }
  return Status::Ok();
}

void AppendKeywordsJson(const std::vector<Keyword>& keywords,
                        uint64_t offset_base, std::string* out) {
  JsonWriter w(out);
  w.BeginArray();
  for (const Keyword& k : keywords) {
    w.BeginObject();
    w.SafeKey("lemma").String(k.lemma);
    w.SafeKey("surface").String(k.surface);
    w.SafeKey("begin").Uint(offset_base + k.first.begin);
    w.SafeKey("end").Uint(offset_base + k.first.end);
    w.SafeKey("score");
    AppendScore(k.score, &w);
    w.SafeKey("count").Uint(k.count);
    w.SafeKey("entity").Bool(k.entity);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace khabar
