// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "ner/name_particles.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ner/ner_consistency.h"

namespace khabar::ner {
namespace {

// The particles that start a surname, as key forms: fan (van), fun (von),
// di, du, da, dil (del), dila (della).
constexpr std::string_view kFan = "\xD9\x81\xD8\xA7\xD9\x86";
constexpr std::string_view kFun = "\xD9\x81\xD9\x88\xD9\x86";
constexpr std::string_view kFirstParticles[] = {
    kFan,
    kFun,
    "\xD8\xAF\xD9\x8A",
    "\xD8\xAF\xD9\x88",
    "\xD8\xAF\xD8\xA7",
    "\xD8\xAF\xD9\x8A\xD9\x84",
    "\xD8\xAF\xD9\x8A\xD9\x84\xD8\xA7"};
// The particles that may follow one of those: dir, dr (der), dn (den), la,
// di.
constexpr std::string_view kSecondParticles[] = {
    "\xD8\xAF\xD9\x8A\xD8\xB1", "\xD8\xAF\xD8\xB1", "\xD8\xAF\xD9\x86",
    "\xD9\x84\xD8\xA7", "\xD8\xAF\xD9\x8A"};
// The article al-, as a key form starts.
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";

bool IsFirstParticle(std::string_view key) {
  return std::find(std::begin(kFirstParticles), std::end(kFirstParticles),
                   key) != std::end(kFirstParticles);
}

bool IsSecondParticle(std::string_view key) {
  return std::find(std::begin(kSecondParticles), std::end(kSecondParticles),
                   key) != std::end(kSecondParticles);
}

// The particles that end at token `last` (left out by the tagger, in one
// sentence): 0, 1 (a first particle) or 2 (a first and a second).
size_t ParticlesEndingAt(std::span<const NerToken* const> tokens,
                         std::span<const uint32_t> sentence,
                         const std::vector<uint16_t>& l, size_t last) {
  if (l[last] != 0) return 0;
  if (IsFirstParticle(tokens[last]->key)) return 1;
  if (last > 0 && IsSecondParticle(tokens[last]->key) &&
      sentence[last - 1] == sentence[last] && l[last - 1] == 0 &&
      IsFirstParticle(tokens[last - 1]->key)) {
    return 2;
  }
  return 0;
}

// True if "fan" at token i may start a name ("van"): at the start of its
// sentence, or after a verb, or after a preposition, conjunction or
// particle ("anna", "inna") that carries no pronoun, where "fa-inna"
// cannot stand. (The analysis tags conjunctions CONJ, as PADT does.)
bool FanStartsName(std::span<const NerToken* const> tokens,
                   std::span<const uint32_t> sentence, size_t i) {
  if (i == 0 || sentence[i - 1] != sentence[i]) return true;
  const NerToken& before = *tokens[i - 1];
  if (before.upos == "VERB") return true;
  return (before.upos == "ADP" || before.upos == "CONJ" ||
          before.upos == "CCONJ" || before.upos == "SCONJ" ||
          before.upos == "PART") &&
         !before.enclitic;
}

// True if "fan" at token i (not at the start of its sentence) is
// "fa-inna": after a comma ("wa-bi-hasab al-mu'arada, fan"; not a colon,
// which may end a headline's source: "al-wi'am: fan jal"), an adverb
// or demonstrative ("kadhalik fan", "li-dha fan") or a word with a pronoun
// ("wa-'alayhi fan"). After a noun it may be either ("wusul fan jal",
// "the arrival of van Gaal"), and the tagger decides.
bool FanIsConjunction(std::span<const NerToken* const> tokens,
                      std::span<const uint32_t> sentence, size_t i) {
  if (i == 0 || sentence[i - 1] != sentence[i]) return false;
  const NerToken& before = *tokens[i - 1];
  static constexpr std::string_view kCommas[] = {",", ";", "\xD8\x8C",
                                                 "\xD8\x9B"};
  return std::find(std::begin(kCommas), std::end(kCommas), before.key) !=
             std::end(kCommas) ||
         before.upos == "ADV" || before.upos == "DET" ||
         before.upos == "PRON" || before.enclitic;
}

}  // namespace

bool IsNameParticle(std::string_view key) {
  return IsFirstParticle(key) || IsSecondParticle(key);
}

size_t ExtendParticleNames(const NerModelData& m,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels) {
  const size_t n = tokens.size();
  const int per_type = BioPersonType(m, n, *labels, sentence);
  if (per_type < 0) return 0;
  const auto per = static_cast<size_t>(per_type);
  const uint16_t inside = m.Label(per, 1);
  std::vector<uint16_t>& l = *labels;
  size_t changed = 0;
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!IsFirstParticle(tokens[i]->key)) continue;
    // The particle right after a person mention, or the last token of one
    // ("luwis fan" + "ghal"), or a person mention of its own that the
    // tagger ended there ("wusul [fan] ghal"; only "fan" and "fun": the
    // tagger also takes "da" or "di" alone for names where they are not
    // particles).
    const bool ends = l[i + 1] == 0 || m.LabelStarts(l[i + 1]);
    const bool after_person =
        (l[i] == 0 && l[i - 1] != 0 && m.LabelType(l[i - 1]) == per &&
         sentence[i - 1] == sentence[i]) ||
        (l[i] == inside && ends);
    const bool alone =
        l[i] == m.Label(per, 0) && ends &&
        (tokens[i]->key == kFun ||
         (tokens[i]->key == kFan && !FanIsConjunction(tokens, sentence, i)));
    if (!after_person && !alone) continue;
    size_t name = i + 1;
    if (sentence[name] == sentence[i] && l[name] == 0 &&
        IsSecondParticle(tokens[name]->key)) {
      ++name;
    }
    if (name >= n || sentence[name] != sentence[i]) continue;
    // The surname: a nominal word (or one the analysis reads as a verb:
    // "jal" of "fan jal", "roamed"; "fa-inna" is never followed by a
    // verb), not a word with the article or a proclitic the name would not
    // have (unless the analysis split a name: name_letters 0 keeps the
    // whole token).
    const NerToken& t = *tokens[name];
    if (!(NominalUpos(t.upos) || t.upos == "VERB") || t.key.starts_with(kAl) ||
        (!t.proclitics.empty() && t.name_letters != 0)) {
      continue;
    }
    // After "di", "du", "da" or "dil", not a word raw news has and almost
    // never as a person (its word type gives PER under 1/8: "madam di
    // hikaya", "a story"; "hawtil du baris", Paris). "fan" and "fun" take
    // any: "fan khal" ("khal", "uncle", is no name in raw news).
    if (tokens[i]->key != kFan && tokens[i]->key != kFun && t.word_type != 0 &&
        WordTypeEighths(t.word_type, per) == 0) {
      continue;
    }
    // Left out, or a mention of one token, or a person's mention (two
    // persons the tagger found on both sides of the particle are one).
    const bool longer = name + 1 < n && sentence[name + 1] == sentence[i] &&
                        l[name + 1] != 0 && !m.LabelStarts(l[name + 1]);
    if (l[name] != 0 &&
        (!m.LabelStarts(l[name]) || (longer && m.LabelType(l[name]) != per))) {
      continue;
    }
    for (size_t j = alone ? i + 1 : i; j <= name; ++j) l[j] = inside;
    ++changed;
    i = name;
  }
  return changed;
}

size_t PrefixParticleNames(const NerModelData& m,
                           std::span<const NerToken* const> tokens,
                           std::span<const uint32_t> sentence,
                           std::vector<uint16_t>* labels) {
  const size_t n = tokens.size();
  const int per_type = BioPersonType(m, n, *labels, sentence);
  if (per_type < 0) return 0;
  const auto per = static_cast<size_t>(per_type);
  const uint16_t begin = m.Label(per, 0);
  const uint16_t inside = m.Label(per, 1);
  std::vector<uint16_t>& l = *labels;
  size_t changed = 0;
  for (size_t i = 0; i < n; ++i) {
    if (l[i] == 0 || !m.LabelStarts(l[i])) continue;
    // "fa-inna" that the tagger took for the start of a name: the mention
    // starts after it.
    if (tokens[i]->key == kFan && i + 1 < n && sentence[i + 1] == sentence[i] &&
        l[i + 1] != 0 && !m.LabelStarts(l[i + 1]) &&
        FanIsConjunction(tokens, sentence, i)) {
      l[i + 1] = m.AsStart(l[i]);
      l[i] = 0;
      ++changed;
      continue;
    }
    if (l[i] != begin || i == 0 || sentence[i - 1] != sentence[i]) continue;
    const size_t count = ParticlesEndingAt(tokens, sentence, l, i - 1);
    if (count == 0) continue;
    const size_t start = i - count;
    // A person mention right before the particles continues through them.
    const bool after_person =
        start > 0 && sentence[start - 1] == sentence[start] &&
        m.LabelOpen(l[start - 1]) && m.LabelType(l[start - 1]) == per;
    if (!after_person && tokens[start]->key == kFan &&
        !FanStartsName(tokens, sentence, start)) {
      continue;
    }
    l[start] = after_person ? inside : begin;
    for (size_t j = start + 1; j <= i; ++j) l[j] = inside;
    ++changed;
  }
  return changed;
}

}  // namespace khabar::ner
