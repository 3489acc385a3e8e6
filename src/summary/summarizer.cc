// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Extractive summary (summary.h): centrality against the document's term
// vector plus a lead bias, greedy choice without near duplicates.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/json_writer.h"
#include "khabar/keywords.h"
#include "khabar/morph_analyzer.h"
#include "khabar/summary.h"
#include "summary/terms.h"

namespace khabar {
namespace {

using Term = std::pair<uint64_t, float>;  // key, weight

bool Overlaps(ByteSpan a, ByteSpan b) {
  return a.begin < b.end && b.begin < a.end;
}

// The weight of `key` in the document vector (sorted by key).
float Lookup(const std::vector<Term>& doc, uint64_t key) {
  const auto it =
      std::lower_bound(doc.begin(), doc.end(), key,
                       [](const Term& t, uint64_t k) { return t.first < k; });
  return it != doc.end() && it->first == key ? it->second : 0.0f;
}

// |A n B| / |A u B| of two key-sorted term ranges.
double Jaccard(const Term* a, size_t na, const Term* b, size_t nb) {
  if (na == 0 || nb == 0) return 0;
  size_t i = 0, j = 0, common = 0;
  while (i < na && j < nb) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(na + nb - common);
}

}  // namespace

Status Summarize(std::string_view text, const MorphAnalysis& analysis,
                 const SummaryOptions& options,
                 std::vector<SummarySentence>* out) {
  out->clear();
  for (const MorphSentence& s : analysis.sentences) {
    if (s.span.end > text.size() || s.span.begin > s.span.end ||
        s.first_token + static_cast<size_t>(s.token_count) >
            analysis.tokens.size()) {
      return InvalidArgumentError(
          "summary: a sentence does not fit the text or the tokens (is the "
          "analysis of another text?)");
    }
  }
  const size_t n = analysis.sentences.size();
  if (n == 0 || options.max_sentences == 0) return Status::Ok();

  // Per sentence: its weighted terms, key-sorted, in one flat array.
  std::vector<Term> terms;
  std::vector<uint32_t> begin(n + 1, 0);
  std::vector<uint8_t> state;  // 0 eligible, 1 title, 2 excluded
  state.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const MorphSentence& s = analysis.sentences[i];
    begin[i] = static_cast<uint32_t>(terms.size());
    state.push_back(0);
    for (const ByteSpan& e : options.exclude) {
      if (Overlaps(s.span, e)) state[i] = 2;
    }
    if (state[i] == 0 && !options.title.empty() &&
        Overlaps(s.span, options.title)) {
      state[i] = 1;
    }
    if (state[i] == 2) continue;
    for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
      const MorphToken& tok = analysis.tokens[t];
      for (uint32_t k = 0; k < tok.word_count; ++k) {
        const size_t wi = tok.first_word + k;
        if (wi >= analysis.words.size()) break;
        const uint64_t key = summary::WordTermKey(analysis.words[wi]);
        if (key != 0) terms.emplace_back(key, 1.0f);
      }
    }
    auto first = terms.begin() + begin[i];
    std::sort(first, terms.end());
    // Merge repeats into term frequencies, then weigh by idf.
    auto outp = first;
    for (auto it = first; it != terms.end();) {
      auto jt = it;
      float tf = 0;
      while (jt != terms.end() && jt->first == it->first) {
        tf += jt->second;
        ++jt;
      }
      const float idf =
          options.df != nullptr
              ? static_cast<float>(std::max(0.1, options.df->Idf(it->first)))
              : 1.0f;
      *outp++ = Term(it->first, tf * idf);
      it = jt;
    }
    terms.erase(outp, terms.end());
  }
  begin[n] = static_cast<uint32_t>(terms.size());

  // The document vector: every counted sentence, the headline twice.
  std::vector<Term> doc;
  doc.reserve(terms.size());
  for (size_t i = 0; i < n; ++i) {
    if (state[i] == 2) continue;
    const float times = state[i] == 1 ? 2.0f : 1.0f;
    for (uint32_t j = begin[i]; j < begin[i + 1]; ++j) {
      doc.emplace_back(terms[j].first, terms[j].second * times);
    }
  }
  std::sort(doc.begin(), doc.end());
  {
    auto outp = doc.begin();
    for (auto it = doc.begin(); it != doc.end();) {
      Term sum(it->first, 0.0f);
      while (it != doc.end() && it->first == sum.first)
        sum.second += (it++)->second;
      *outp++ = sum;
    }
    doc.erase(outp, doc.end());
  }
  double doc_norm2 = 0;
  for (const Term& t : doc) doc_norm2 += double{t.second} * t.second;

  // Scores of the eligible sentences.
  struct Scored {
    double score;
    uint32_t index;
  };
  std::vector<Scored> scored;
  size_t position = 0;
  const double pw = std::clamp(options.position_weight, 0.0, 1.0);
  for (size_t i = 0; i < n; ++i) {
    if (state[i] != 0) continue;
    const size_t count = begin[i + 1] - begin[i];
    const double pos = 1.0 / std::sqrt(1.0 + static_cast<double>(position));
    ++position;
    if (count < options.min_terms) continue;
    // Cosine between the sentence and the rest of the document.
    double dot = 0, s2 = 0, rest2 = doc_norm2;
    for (uint32_t j = begin[i]; j < begin[i + 1]; ++j) {
      const double s = terms[j].second;
      const double d = Lookup(doc, terms[j].first);
      const double r = d - s;
      dot += s * r;
      s2 += s * s;
      rest2 += r * r - d * d;
    }
    const double centrality =
        (s2 > 0 && rest2 > 1e-12) ? dot / std::sqrt(s2 * rest2) : 0.0;
    scored.push_back(
        {(1 - pw) * centrality + pw * pos, static_cast<uint32_t>(i)});
  }
  std::stable_sort(
      scored.begin(), scored.end(),
      [](const Scored& a, const Scored& b) { return a.score > b.score; });
  for (const Scored& c : scored) {
    if (out->size() >= options.max_sentences) break;
    bool duplicate = false;
    for (const SummarySentence& chosen : *out) {
      if (Jaccard(&terms[begin[c.index]], begin[c.index + 1] - begin[c.index],
                  &terms[begin[chosen.index]],
                  begin[chosen.index + 1] - begin[chosen.index]) >
          options.max_overlap) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    SummarySentence& s = out->emplace_back();
    s.span = analysis.sentences[c.index].span;
    s.score = c.score;
    s.index = c.index;
  }
  std::sort(out->begin(), out->end(),
            [](const SummarySentence& a, const SummarySentence& b) {
              return a.index < b.index;
            });
  return Status::Ok();
}

void AppendSummaryJson(std::string_view text,
                       const std::vector<SummarySentence>& summary,
                       uint64_t offset_base, std::string* out) {
  JsonWriter w(out);
  w.BeginArray();
  for (const SummarySentence& s : summary) {
    w.BeginObject();
    w.SafeKey("begin").Uint(offset_base + s.span.begin);
    w.SafeKey("end").Uint(offset_base + s.span.end);
    w.SafeKey("text").String(s.span.end <= text.size()
                                 ? text.substr(s.span.begin, s.span.size())
                                 : std::string_view());
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%.4f", s.score);
    w.SafeKey("score").RawValue(buf);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace khabar
