// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/morph_trainer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <numeric>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "khabar/conllu.h"
#include "khabar/status.h"
#include "khabar/tokenizer.h"
#include "khabar/utf8.h"
#include "morph/morph_decode.h"
#include "morph/morph_model.h"
#include "morph/morph_text.h"
#include "morph/padt_surface.h"
#include "train/elixir_roots.h"
#include "train/perceptron.h"
#include "train/word_contexts.h"

namespace khabar {
namespace {

using morph::LemmaRule;
using morph::MorphModelData;
using morph::SegChoice;
using morph::TokenInfo;
using morph::WordInfo;
using morph::WordRole;
using train::Perceptron;

template <typename T>
uint16_t Intern(std::map<std::string, uint16_t>* ids, std::vector<T>* items,
                const std::string& key, T item) {
  auto [it, inserted] =
      ids->try_emplace(key, static_cast<uint16_t>(items->size()));
  if (inserted) items->push_back(std::move(item));
  return it->second;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += w + " ";
  return out;
}

std::u32string Decode32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const DecodedChar c = DecodeUtf8(s, i);
    out.push_back(c.code_point);
    i += c.length;
  }
  return out;
}

std::string Encode32(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

// The edit rule from a word's key form to its lemma's key form, around
// their longest common substring.
LemmaRule DeriveLemmaRule(std::string_view form, std::string_view lemma) {
  const std::u32string a = Decode32(form);
  const std::u32string b = Decode32(lemma);
  size_t best = 0, ai = 0, bi = 0;
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best) {
        best = cur[j];
        ai = i - best;
        bi = j - best;
      }
    }
    std::swap(prev, cur);
  }
  LemmaRule r;
  if (best == 0) {
    r.del_prefix = Encode32(a);
    r.add_prefix = Encode32(b);
    return r;
  }
  r.del_prefix = Encode32(std::u32string_view(a).substr(0, ai));
  r.add_prefix = Encode32(std::u32string_view(b).substr(0, bi));
  r.del_suffix = Encode32(std::u32string_view(a).substr(ai + best));
  r.add_suffix = Encode32(std::u32string_view(b).substr(bi + best));
  return r;
}

std::string RuleKey(const LemmaRule& r) {
  return r.del_prefix + "\t" + r.add_prefix + "\t" + r.del_suffix + "\t" +
         r.add_suffix;
}

std::string_view MiscValue(std::string_view misc, std::string_view key) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    if (bar == std::string_view::npos) bar = misc.size();
    std::string_view item = misc.substr(pos, bar - pos);
    if (item.size() > key.size() && item.starts_with(key) &&
        item[key.size()] == '=') {
      return item.substr(key.size() + 1);
    }
    pos = bar + 1;
  }
  return {};
}

// An enclitic pronoun: PADT tags them "SP" with genitive or accusative case
// (its independent pronouns are nominative); other treebanks: any PRON.
bool IsEnclitic(const ConlluWord& w) {
  if (w.upos != "PRON") return false;
  if (w.xpos.size() >= 9 && w.xpos.starts_with("SP")) {
    return w.xpos[8] == '2' || w.xpos[8] == '4';
  }
  return true;
}

constexpr int kJackknifeFolds = 4;
// Neighbours in the word profiles: ranks among this many most frequent
// words (train/word_contexts.h).
constexpr size_t kContextWords = 255;

// One training sentence in the analyzer's terms.
struct GoldSentence {
  std::vector<TokenInfo> tokens;
  std::vector<SegChoice> seg;
  std::vector<uint8_t> seg_ok;
  std::vector<WordInfo> words;
  std::vector<std::string> upos_names;
  std::vector<std::string> feats;  // FEATS column
  std::vector<std::string> lemma_vocalized;
  std::vector<std::string> roots;
  // Filled once the inventories are final.
  std::vector<uint16_t> upos;
  std::vector<std::vector<uint16_t>> values;
  std::vector<int32_t> rules;  // -1: not a kept rule
};

struct SegParts {
  std::vector<std::string> proclitics;
  std::string host;
  std::vector<std::string> enclitics;
};

// Finds (prefix, suffix, rewrite) such that the token key splits into
// `parts`; false if no rule of ours explains it.
bool DeriveSeg(std::string_view token, const SegParts& parts,
               morph::SegPrefix* prefix, morph::SegSuffix* suffix,
               morph::SegRewrite* rewrite) {
  std::string sp, se;
  for (const std::string& p : parts.proclitics) sp += p;
  for (const std::string& e : parts.enclitics) se += e;
  if (!token.starts_with(sp) || !token.ends_with(se) ||
      sp.size() + se.size() >= token.size()) {
    return false;
  }
  const std::string_view middle =
      token.substr(sp.size(), token.size() - sp.size() - se.size());
  const std::string_view host = parts.host;
  for (std::string_view insert :
       {std::string_view(), std::string_view("\xD8\xA7"),
        std::string_view("\xD8\xA7\xD9\x84")}) {
    if (!host.starts_with(insert)) continue;
    if (!insert.empty() && sp.empty()) continue;
    const std::string_view rest = host.substr(insert.size());
    prefix->surface = sp;
    prefix->insert = std::string(insert);
    prefix->words = parts.proclitics;
    suffix->surface = se;
    suffix->words = parts.enclitics;
    if (rest == middle) {
      *rewrite = morph::SegRewrite{};
      return true;
    }
    if (se.empty()) continue;
    const std::u32string r = Decode32(rest);
    const std::u32string m = Decode32(middle);
    if (r.size() == m.size() && !r.empty() &&
        r.substr(0, r.size() - 1) == m.substr(0, m.size() - 1)) {
      rewrite->from = Encode32(m.substr(m.size() - 1));
      rewrite->to = Encode32(r.substr(r.size() - 1));
      return true;
    }
  }
  return false;
}

// One greedy UPOS pass over a training sentence with perceptron updates;
// returns the number of errors. `pass1` as in UposFeatures.
int64_t TrainUposSentence(const MorphModelData& m, const GoldSentence& g,
                          const std::vector<uint16_t>* pass1,
                          Perceptron* tagger, std::vector<uint64_t>* features,
                          std::vector<float>* scores,
                          std::vector<uint16_t>* guess) {
  int64_t errors = 0;
  guess->assign(g.words.size(), 0);
  scores->resize(m.upos.size());
  for (size_t j = 0; j < g.words.size(); ++j) {
    features->clear();
    morph::UposFeatures(m, g.tokens, g.words, j, j > 0 ? (*guess)[j - 1] : -1,
                        j > 1 ? (*guess)[j - 2] : -1, pass1, features);
    std::fill(scores->begin(), scores->end(), 0.0f);
    for (uint64_t f : *features) {
      tagger->Accumulate(f, scores->data(), 0, tagger->slots());
    }
    uint16_t best = 0;
    for (uint16_t t = 1; t < m.upos.size(); ++t) {
      if ((*scores)[t] > (*scores)[best]) best = t;
    }
    (*guess)[j] = best;
    if (best != g.upos[j]) {
      ++errors;
      for (uint64_t f : *features) {
        tagger->Update(f, g.upos[j], 1.0f);
        tagger->Update(f, best, -1.0f);
      }
    }
    tagger->Tick();
  }
  return errors;
}

// First-pass tags for every training sentence from taggers that did not
// see it (k-fold jackknife), so the second pass learns how far to trust
// them on new text.
Status JackknifePass1(const MorphModelData& m,
                      const std::vector<GoldSentence>& gold, int epochs,
                      uint64_t seed, int folds,
                      std::vector<std::vector<uint16_t>>* pass1) {
  pass1->assign(gold.size(), {});
  std::vector<uint64_t> features;
  std::vector<float> scores;
  std::vector<uint16_t> guess;
  for (int fold = 0; fold < folds; ++fold) {
    Perceptron tagger(static_cast<uint32_t>(m.upos.size()));
    std::vector<size_t> order;
    for (size_t i = 0; i < gold.size(); ++i) {
      if (static_cast<int>(i % static_cast<size_t>(folds)) != fold) {
        order.push_back(i);
      }
    }
    std::mt19937_64 rng(seed + static_cast<uint64_t>(fold) + 1);
    for (int epoch = 0; epoch < epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t i : order) {
        TrainUposSentence(m, gold[i], nullptr, &tagger, &features, &scores,
                          &guess);
      }
    }
    StatusOr<morph::LinearModel> frozen = tagger.Freeze();
    if (!frozen.ok()) return frozen.status();
    for (size_t i = static_cast<size_t>(fold); i < gold.size();
         i += static_cast<size_t>(folds)) {
      morph::DecodeUpos(m, *frozen, gold[i].tokens, gold[i].words, nullptr,
                        &(*pass1)[i], &features, &scores);
    }
  }
  return Status::Ok();
}

}  // namespace

std::vector<ConlluSentence> ToSurfaceStyle(
    const std::vector<ConlluSentence>& sentences) {
  bool has_multiwords = false;
  for (const ConlluSentence& s : sentences) {
    has_multiwords |= !s.multiwords.empty();
  }
  if (has_multiwords) return sentences;
  std::vector<ConlluSentence> out;
  out.reserve(sentences.size());
  for (const ConlluSentence& s : sentences) {
    out.push_back(ToPadtSurface(s, nullptr));
  }
  return out;
}

std::string PadtDocumentId(const ConlluSentence& sentence) {
  std::string_view v = ConlluCommentValue(sentence, "orig_file_sentence");
  if (!v.empty()) return std::string(v.substr(0, v.find('#')));
  return std::string(ConlluCommentValue(sentence, "newdoc id"));
}

PadtSplit SplitPadt(const std::vector<ConlluSentence>& dev,
                    const std::vector<ConlluSentence>& test) {
  PadtSplit split;
  std::vector<std::string> docs;
  for (const ConlluSentence& s : test) {
    const std::string id = PadtDocumentId(s);
    if (docs.empty() || docs.back() != id) docs.push_back(id);
  }
  const size_t train_docs = docs.size() / 2;
  std::string dev_last;
  for (const ConlluSentence& s : dev) {
    const std::string id = PadtDocumentId(s);
    if (id != dev_last) ++split.train_documents;
    dev_last = id;
    split.train.push_back(s);
  }
  size_t doc = 0;
  std::string last;
  bool first = true;
  for (const ConlluSentence& s : test) {
    const std::string id = PadtDocumentId(s);
    if (!first && id != last) ++doc;
    first = false;
    last = id;
    (doc < train_docs ? split.train : split.heldout).push_back(s);
  }
  split.train_documents += static_cast<int>(train_docs);
  split.heldout_documents = static_cast<int>(docs.size() - train_docs);
  return split;
}

StatusOr<std::string> TrainMorphModel(
    const std::vector<ConlluSentence>& sentences, std::string_view raw_text,
    const MorphTrainOptions& options, MorphTrainReport* report) {
  MorphTrainReport local_report;
  if (report == nullptr) report = &local_report;
  if (sentences.empty()) {
    return InvalidArgumentError("train morph: no training sentences");
  }
  const std::vector<ConlluSentence> surface = ToSurfaceStyle(sentences);
  auto data = std::make_unique<MorphModelData>();
  MorphModelData& m = *data;
  m.data_description = options.data_description;
  m.license = options.license;
  m.training_config =
      "epochs=" + std::to_string(options.epochs) +
      " seed=" + std::to_string(options.seed) +
      " min_raw_count=" + std::to_string(options.min_raw_count) +
      " min_lemma_rule_count=" + std::to_string(options.min_lemma_rule_count);

  std::map<std::string, uint16_t> prefix_ids, suffix_ids, rewrite_ids;
  // Index 0 of each inventory is "nothing"; the keys match those below.
  Intern(&prefix_ids, &m.prefixes, "||", morph::SegPrefix{});
  Intern(&suffix_ids, &m.suffixes, "|", morph::SegSuffix{});
  Intern(&rewrite_ids, &m.rewrites, ">", morph::SegRewrite{});

  // Pass 1: tokens, words, segmentation, and the tag inventories.
  std::vector<GoldSentence> gold;
  gold.reserve(surface.size());
  std::map<std::string, std::map<std::string, int>> attribute_values;
  std::map<std::string, int> upos_counts;
  uint64_t data_hash = 0;
  for (const ConlluSentence& s : surface) {
    GoldSentence& g = gold.emplace_back();
    size_t next_mwt = 0;
    for (size_t w = 0; w < s.words.size();) {
      size_t first = w, last = w;
      std::string token_form = s.words[w].form;
      if (next_mwt < s.multiwords.size() &&
          s.multiwords[next_mwt].first == static_cast<int>(w + 1)) {
        first = static_cast<size_t>(s.multiwords[next_mwt].first - 1);
        last = static_cast<size_t>(s.multiwords[next_mwt].last - 1);
        token_form = s.multiwords[next_mwt].form;
        ++next_mwt;
      }
      const uint32_t token_index = static_cast<uint32_t>(g.tokens.size());
      TokenInfo& ti = g.tokens.emplace_back();
      morph::MakeTokenInfo(token_form, &ti);
      data_hash = XXH3_64bits_withSeed(ti.key.data(), ti.key.size(), data_hash);
      // Roles: trailing pronouns are enclitics, the word before them the
      // host, anything before the host a proclitic.
      size_t host = last;
      while (host > first && IsEnclitic(s.words[host])) --host;
      SegParts parts;
      for (size_t k = first; k <= last; ++k) {
        const ConlluWord& cw = s.words[k];
        WordInfo& wi = g.words.emplace_back();
        wi.key = morph::KeyForm(cw.form);
        wi.fold = morph::FoldForm(wi.key);
        wi.shape = morph::WordShape(wi.key);
        wi.token = token_index;
        wi.role = first == last ? morph::kWhole
                  : k < host    ? morph::kProclitic
                  : k == host   ? morph::kHost
                                : morph::kEnclitic;
        if (k < host) parts.proclitics.push_back(wi.key);
        if (k == host) parts.host = wi.key;
        if (k > host) parts.enclitics.push_back(wi.key);
        g.upos_names.push_back(cw.upos);
        g.feats.push_back(cw.feats == "_" ? "" : cw.feats);
        g.lemma_vocalized.push_back(cw.lemma);
        g.roots.push_back(
            train::ElixirRootToArabic(MiscValue(cw.misc, "Root")));
        ++upos_counts[cw.upos];
        if (cw.feats != "_") {
          size_t pos = 0;
          while (pos < cw.feats.size()) {
            size_t bar = cw.feats.find('|', pos);
            if (bar == std::string::npos) bar = cw.feats.size();
            const std::string item = cw.feats.substr(pos, bar - pos);
            const size_t eq = item.find('=');
            if (eq != std::string::npos) {
              ++attribute_values[item.substr(0, eq)][item.substr(eq + 1)];
            }
            pos = bar + 1;
          }
        }
      }
      SegChoice choice;
      bool ok = true;
      if (first != last) {
        morph::SegPrefix p;
        morph::SegSuffix sx;
        morph::SegRewrite r;
        ok = DeriveSeg(ti.key, parts, &p, &sx, &r);
        for (const std::string& pw : parts.proclitics) {
          ok = ok && morph::KeyForm(pw).size() == 2;  // one Arabic letter
        }
        if (ok) {
          choice.prefix =
              Intern(&prefix_ids, &m.prefixes,
                     p.surface + "|" + p.insert + "|" + JoinWords(p.words), p);
          choice.suffix = Intern(&suffix_ids, &m.suffixes,
                                 sx.surface + "|" + JoinWords(sx.words), sx);
          choice.rewrite =
              Intern(&rewrite_ids, &m.rewrites, r.from + ">" + r.to, r);
        } else {
          ++report->segmentation_skipped;
        }
      }
      g.seg.push_back(choice);
      g.seg_ok.push_back(ok);
      w = last + 1;
    }
    report->tokens += static_cast<int64_t>(g.tokens.size());
    report->words += static_cast<int64_t>(g.words.size());
  }
  report->sentences = static_cast<int64_t>(gold.size());

  // Inventories.
  for (const auto& [name, count] : upos_counts) m.upos.push_back(name);
  for (const auto& [name, values] : attribute_values) {
    morph::FeatAttribute& a = m.attributes.emplace_back();
    a.name = name;
    a.values.push_back("");
    for (const auto& [value, count] : values) a.values.push_back(value);
  }
  std::map<std::string, uint16_t> upos_id;
  for (size_t u = 0; u < m.upos.size(); ++u) {
    upos_id[m.upos[u]] = static_cast<uint16_t>(u);
  }
  const size_t na = m.attributes.size();
  std::vector<int> attr_count(m.upos.size() * na, 0);
  std::map<std::string, int> rule_counts;
  std::map<std::string, LemmaRule> rules_by_key;
  for (GoldSentence& g : gold) {
    for (size_t j = 0; j < g.words.size(); ++j) {
      const uint16_t u = upos_id[g.upos_names[j]];
      g.upos.push_back(u);
      std::vector<uint16_t>& vals = g.values.emplace_back(na, 0);
      const std::string& feats = g.feats[j];
      size_t pos = 0;
      while (pos < feats.size()) {
        size_t bar = feats.find('|', pos);
        if (bar == std::string::npos) bar = feats.size();
        const std::string item = feats.substr(pos, bar - pos);
        const size_t eq = item.find('=');
        if (eq != std::string::npos) {
          for (size_t a = 0; a < na; ++a) {
            if (m.attributes[a].name != item.substr(0, eq)) continue;
            const auto& values = m.attributes[a].values;
            auto it =
                std::find(values.begin(), values.end(), item.substr(eq + 1));
            vals[a] = static_cast<uint16_t>(it - values.begin());
            ++attr_count[u * na + a];
          }
        }
        pos = bar + 1;
      }
      const std::string lemma_key = morph::KeyForm(g.lemma_vocalized[j]);
      const LemmaRule rule = DeriveLemmaRule(g.words[j].key, lemma_key);
      const std::string key = RuleKey(rule);
      ++rule_counts[key];
      rules_by_key.emplace(key, rule);
    }
  }
  m.allowed.assign(m.upos.size() * na, 0);
  for (size_t u = 0; u < m.upos.size(); ++u) {
    const int total = upos_counts[m.upos[u]];
    for (size_t a = 0; a < na; ++a) {
      const int c = attr_count[u * na + a];
      m.allowed[u * na + a] = c >= 3 && c * 50 >= total;
    }
  }
  // Lemma rules: identity first, then by frequency (ties by key).
  std::vector<std::pair<int, std::string>> by_count;
  const std::string identity = RuleKey(LemmaRule{});
  m.lemma_rules.push_back(LemmaRule{});
  for (const auto& [key, count] : rule_counts) {
    if (key != identity &&
        count >= static_cast<int>(options.min_lemma_rule_count)) {
      by_count.emplace_back(-count, key);
    }
  }
  std::sort(by_count.begin(), by_count.end());
  std::map<std::string, int32_t> rule_id;
  rule_id[identity] = 0;
  for (const auto& [neg, key] : by_count) {
    rule_id[key] = static_cast<int32_t>(m.lemma_rules.size());
    m.lemma_rules.push_back(rules_by_key[key]);
  }
  report->lemma_rules = static_cast<int64_t>(m.lemma_rules.size());

  // Lexicon: (key, UPOS) and (fold, UPOS) -> most frequent lemma.
  std::map<std::string, std::map<std::string, int>> lemma_votes;
  std::map<std::string, std::string> lemma_root;
  for (GoldSentence& g : gold) {
    for (size_t j = 0; j < g.words.size(); ++j) {
      const std::string lemma_key = morph::KeyForm(g.lemma_vocalized[j]);
      const LemmaRule rule = DeriveLemmaRule(g.words[j].key, lemma_key);
      auto it = rule_id.find(RuleKey(rule));
      g.rules.push_back(it == rule_id.end() ? -1 : it->second);
      const std::string& u = g.upos_names[j];
      ++lemma_votes[g.words[j].key + "\t" + u][g.lemma_vocalized[j]];
      if (g.words[j].fold != g.words[j].key) {
        ++lemma_votes[g.words[j].fold + "\t" + u][g.lemma_vocalized[j]];
      }
      if (!g.roots[j].empty()) lemma_root[g.lemma_vocalized[j]] = g.roots[j];
      if (g.words[j].shape == 'a' && g.words[j].role != morph::kProclitic &&
          g.words[j].role != morph::kEnclitic) {
        m.host_counts.Add(morph::StringKey(g.words[j].key), 1);
      }
    }
  }
  std::map<std::string, uint32_t> entry_of_lemma;
  for (const auto& [key, votes] : lemma_votes) {
    std::string best;
    int best_count = 0;
    for (const auto& [lemma, count] : votes) {
      if (count > best_count) {
        best = lemma;
        best_count = count;
      }
    }
    auto [it, inserted] = entry_of_lemma.try_emplace(
        best, static_cast<uint32_t>(m.entries.size()));
    if (inserted) {
      morph::LexiconEntry& e = m.entries.emplace_back();
      e.lemma_vocalized = best;
      e.lemma = morph::KeyForm(best);
      auto r = lemma_root.find(best);
      if (r != lemma_root.end()) e.root = r->second;
      if (!e.root.empty()) {
        m.lemma_roots.Insert(morph::StringKey(e.lemma), it->second);
      }
    }
    const size_t tab = key.find('\t');
    m.lexicon.Insert(morph::LexiconKey(std::string_view(key).substr(0, tab),
                                       std::string_view(key).substr(tab + 1)),
                     it->second);
  }
  report->lexicon_entries = static_cast<int64_t>(m.entries.size());

  // Raw token counts.
  if (!raw_text.empty()) {
    Tokenizer tokenizer;
    std::vector<Token> tokens;
    morph::HashIndex counts;
    std::string key;
    size_t pos = 0;
    while (pos < raw_text.size()) {
      size_t end = std::min(raw_text.size(), pos + (size_t{1} << 20));
      while (end < raw_text.size() && raw_text[end - 1] != '\n') ++end;
      const std::string_view chunk = raw_text.substr(pos, end - pos);
      KHABAR_RETURN_IF_ERROR(tokenizer.Tokenize(chunk, &tokens));
      for (const Token& t : tokens) {
        if (t.type != TokenType::kWord || t.script != Script::kArabic) continue;
        key.clear();
        morph::AppendKeyForm(chunk.substr(t.span.begin, t.span.size()), &key);
        counts.Add(morph::StringKey(key), 1);
      }
      pos = end;
    }
    for (const auto& [word, count] : counts.Items()) {
      if (count >= options.min_raw_count) m.word_counts.Insert(word, count);
    }
    report->raw_words = static_cast<int64_t>(m.word_counts.size());
    // Each frequent word's neighbours (tagging features).
    KHABAR_RETURN_IF_ERROR(
        train::BuildWordContexts(raw_text, options.min_raw_count, kContextWords,
                                 options.seed, &m.contexts, nullptr));
  }
  report->prefixes = static_cast<int64_t>(m.prefixes.size());
  report->suffixes = static_cast<int64_t>(m.suffixes.size());
  report->rewrites = static_cast<int64_t>(m.rewrites.size());

  // Training.
  Perceptron seg(static_cast<uint32_t>(morph::SegSlots(m)));
  Perceptron combo(1);
  Perceptron tagger(static_cast<uint32_t>(m.upos.size()));
  Perceptron tagger2(static_cast<uint32_t>(m.upos.size()));
  std::vector<std::vector<uint16_t>> pass1;
  KHABAR_RETURN_IF_ERROR(JackknifePass1(m, gold, options.epochs, options.seed,
                                        kJackknifeFolds, &pass1));
  std::vector<uint16_t> tags;
  std::vector<uint32_t> slot_begins;
  morph::AttributeSlots(m, &slot_begins);
  Perceptron feats(std::max<uint32_t>(1, slot_begins.back()));
  Perceptron lemmatizer(static_cast<uint32_t>(m.lemma_rules.size()));
  std::vector<size_t> order(gold.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(options.seed);
  std::vector<SegChoice> candidates;
  std::vector<uint64_t> features, combo_gold, combo_guess, scratch;
  std::vector<float> scores;
  std::vector<uint16_t> values;
  std::string host;
  const size_t ps = m.prefixes.size(), ss = m.suffixes.size();
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    int64_t seg_total = 0, seg_errors = 0, tag_total = 0, tag_errors = 0;
    int64_t feat_errors = 0, lemma_total = 0, lemma_errors = 0;
    for (size_t gi : order) {
      const GoldSentence& g = gold[gi];
      const size_t count = g.tokens.size();
      for (size_t i = 0; i < count; ++i) {
        if (!g.seg_ok[i]) continue;
        morph::ValidSegChoices(m, g.tokens[i], &candidates);
        if (std::find(candidates.begin(), candidates.end(), g.seg[i]) ==
            candidates.end()) {
          continue;
        }
        ++seg_total;
        if (candidates.size() == 1) continue;
        features.clear();
        morph::SegRowFeatures(g.tokens, i, count, &features);
        scores.assign(seg.slots(), 0.0f);
        for (uint64_t f : features)
          seg.Accumulate(f, scores.data(), 0, seg.slots());
        const SegChoice guess = morph::BestSegChoice(
            m, combo, g.tokens[i], scores.data(), candidates, &host, &scratch);
        const SegChoice want = g.seg[i];
        if (!(guess == want)) {
          ++seg_errors;
          const uint32_t gs[3] = {
              want.prefix, static_cast<uint32_t>(ps + want.suffix),
              static_cast<uint32_t>(ps + ss + want.rewrite)};
          const uint32_t ws[3] = {
              guess.prefix, static_cast<uint32_t>(ps + guess.suffix),
              static_cast<uint32_t>(ps + ss + guess.rewrite)};
          for (int h = 0; h < 3; ++h) {
            if (gs[h] == ws[h]) continue;
            for (uint64_t f : features) {
              seg.Update(f, gs[h], 1.0f);
              seg.Update(f, ws[h], -1.0f);
            }
          }
          combo_gold.clear();
          combo_guess.clear();
          morph::BuildHost(m, g.tokens[i].key, want, &host);
          morph::SegComboFeatures(m, g.tokens[i], want, host, &combo_gold);
          morph::BuildHost(m, g.tokens[i].key, guess, &host);
          morph::SegComboFeatures(m, g.tokens[i], guess, host, &combo_guess);
          for (uint64_t f : combo_gold) combo.Update(f, 0, 1.0f);
          for (uint64_t f : combo_guess) combo.Update(f, 0, -1.0f);
        }
        seg.Tick();
        combo.Tick();
      }
      // UPOS, greedy with its own predictions as history: the first pass,
      // and the second, which also sees the (jackknifed) first-pass tags.
      tag_total += static_cast<int64_t>(g.words.size());
      TrainUposSentence(m, g, nullptr, &tagger, &features, &scores, &tags);
      tag_errors += TrainUposSentence(m, g, &pass1[gi], &tagger2, &features,
                                      &scores, &tags);
      // Features given gold UPOS.
      for (size_t j = 0; j < g.words.size() && na > 0; ++j) {
        morph::DecodeFeats(m, feats, slot_begins, g.words, j, g.upos, &features,
                           &scores, &values);
        bool wrong = false;
        for (size_t a = 0; a < na; ++a) {
          if (!m.allowed[size_t{g.upos[j]} * na + a]) continue;
          if (values[a] == g.values[j][a]) continue;
          wrong = true;
          for (uint64_t f : features) {
            feats.Update(f, slot_begins[a] + g.values[j][a], 1.0f);
            feats.Update(f, slot_begins[a] + values[a], -1.0f);
          }
        }
        feat_errors += wrong;
        feats.Tick();
      }
      // Lemma rules given gold UPOS.
      for (size_t j = 0; j < g.words.size(); ++j) {
        if (g.rules[j] < 0 || g.words[j].shape != 'a') continue;
        const std::string& u = g.upos_names[j];
        const uint32_t guess = morph::DecodeLemmaRule(
            m, lemmatizer, g.words[j].key, u, &features, &scores);
        ++lemma_total;
        const uint32_t want = static_cast<uint32_t>(g.rules[j]);
        if (guess != want) {
          ++lemma_errors;
          for (uint64_t f : features) {
            lemmatizer.Update(f, want, 1.0f);
            lemmatizer.Update(f, guess, -1.0f);
          }
        }
        lemmatizer.Tick();
      }
    }
    auto pct = [](int64_t e, int64_t t) {
      return t == 0 ? std::string("-")
                    : std::to_string(100.0 * static_cast<double>(t - e) /
                                     static_cast<double>(t));
    };
    report->log.push_back("epoch " + std::to_string(epoch + 1) +
                          ": segmentation " + pct(seg_errors, seg_total) +
                          "% upos (second pass) " + pct(tag_errors, tag_total) +
                          "% feats " + pct(feat_errors, tag_total) +
                          "% lemma rules " + pct(lemma_errors, lemma_total) +
                          "% (training data, during the pass)");
  }

  auto frozen = [](const Perceptron& p, morph::LinearModel* out) -> Status {
    StatusOr<morph::LinearModel> lm = p.Freeze();
    if (!lm.ok()) return lm.status();
    *out = std::move(lm.value());
    return Status::Ok();
  };
  KHABAR_RETURN_IF_ERROR(frozen(seg, &m.seg));
  KHABAR_RETURN_IF_ERROR(frozen(combo, &m.seg_combo));
  KHABAR_RETURN_IF_ERROR(frozen(tagger, &m.tagger));
  KHABAR_RETURN_IF_ERROR(frozen(tagger2, &m.tagger2));
  KHABAR_RETURN_IF_ERROR(frozen(feats, &m.feats));
  KHABAR_RETURN_IF_ERROR(frozen(lemmatizer, &m.lemmatizer));
  char hash_hex[17];
  std::snprintf(hash_hex, sizeof(hash_hex), "%016llx",
                static_cast<unsigned long long>(data_hash));
  m.data_hash = hash_hex;
  return morph::SerializeMorphModel(m);
}

}  // namespace khabar
