// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// EntityResolver: mentions -> canonical entities (khabar/entities.h). The
// steps of Resolve(): validate the spans; read each mention's name (role and
// proclitic stripping, helped by the other mentions as evidence); group the
// names (same key, alias group, close misspelling, unambiguous short or
// given name) with a union-find; build each entity's canonical name, type,
// id and roles.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/union_find.h"
#include "entities/aliases.h"
#include "entities/cut_names.h"
#include "entities/facility_names.h"
#include "entities/institution_names.h"
#include "entities/known_names.h"
#include "entities/letter_names.h"
#include "entities/majorities.h"
#include "entities/name_match.h"
#include "entities/quoted_names.h"
#include "entities/title_mentions.h"
#include "entities/titles.h"
#include "khabar/entities.h"
#include "khabar/utf8.h"

namespace khabar {

extern const char kEntityAliasesTsv[];
extern const size_t kEntityAliasesTsvSize;
extern const char kEntityTitlesTxt[];
extern const size_t kEntityTitlesTxtSize;
extern const char kEntityNamesTsv[];
extern const size_t kEntityNamesTsvSize;
extern const char kEntityOrgNounsTxt[];
extern const size_t kEntityOrgNounsTxtSize;
extern const char kEntityFacilityNounsTsv[];
extern const size_t kEntityFacilityNounsTsvSize;
extern const char kEntityNotNamesTxt[];
extern const size_t kEntityNotNamesTxtSize;
extern const char kEntityInstitutionNounsTsv[];
extern const size_t kEntityInstitutionNounsTsvSize;

namespace {

// Candidate lists longer than this are cut (adversarial input: thousands of
// names sharing a skeleton); real articles stay far below.
constexpr size_t kMaxBucketCompares = 64;
// One mention on its way to an entity.
struct Prepared {
  std::vector<NameWord> words;        // every word of the span
  size_t name_first = 0;              // words before it are the role
  uint32_t role_skip = 0;             // proclitic bytes before the role
  uint32_t name_skip = 0;             // proclitic bytes before the name
  std::string before;                 // the token's letters before the span
  std::vector<NameWord> role_before;  // a title written before the span
  std::vector<NameWord> role_after;   // ... or after it, as an apposition
  std::vector<std::string> units;     // comparison units of the name
  std::string key;
  size_t node = 0;
};

// A distinct name key.
struct Node {
  std::vector<std::string> units;
  std::array<uint32_t, 4> type_counts = {0, 0, 0, 0};
  EntityType first_type = EntityType::kMisc;
  bool has_first_type = false;
};

std::string SkeletonOfUnits(const std::vector<std::string>& units) {
  std::string s;
  for (const std::string& u : units) {
    if (!s.empty()) s.push_back(' ');
    s += WordSkeleton(u);
  }
  return s;
}

// The units of words[first...] with the first word read as `display`.
std::vector<std::string> UnitsWithFirst(const std::vector<NameWord>& words,
                                        size_t first,
                                        const std::string& display) {
  std::vector<NameWord> copy(words.begin() + first, words.end());
  copy[0].display = display;
  copy[0].key = FoldNameWord(display);
  return NameUnits(copy, 0);
}

Status CheckTextSize(std::string_view text) {
  if (text.size() <= kMaxEntityTextBytes) return Status::Ok();
  return ResourceExhaustedError("text of " + std::to_string(text.size()) +
                                " bytes exceeds kMaxEntityTextBytes");
}

Status CheckSpans(std::string_view text,
                  const std::vector<EntityMention>& mentions) {
  for (size_t i = 0; i < mentions.size(); ++i) {
    const EntityMention& m = mentions[i];
    const std::string where = "mention " + std::to_string(i) + " [" +
                              std::to_string(m.span.begin) + ", " +
                              std::to_string(m.span.end) + ")";
    if (m.span.begin > m.span.end || m.span.end > text.size()) {
      return InvalidArgumentError(where + " is outside the text of " +
                                  std::to_string(text.size()) + " bytes");
    }
    if (m.span.empty()) return InvalidArgumentError(where + " is empty");
    if (!IsUtf8Boundary(text, m.span.begin) ||
        !IsUtf8Boundary(text, m.span.end)) {
      return InvalidArgumentError(where +
                                  " does not start and end on UTF-8 "
                                  "character boundaries");
    }
    if (static_cast<uint8_t>(m.type) > 3) {
      return InvalidArgumentError(where + " has an unknown entity type");
    }
    if (!m.text.empty() && m.text != text.substr(m.span.begin, m.span.size())) {
      return InvalidArgumentError(where +
                                  ": its text differs from the text's bytes "
                                  "at the span");
    }
  }
  return Status::Ok();
}

// True if the word before `pos` (across spaces and an opening
// parenthesis) is a number, in digits or in words: "18 milyar riyal", where
// the tagger may type the unit as an organization.
bool AfterAnAmount(std::string_view text, uint32_t pos) {
  size_t end = pos;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '(')) --end;
  size_t begin = end;
  while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '(' &&
         text[begin - 1] != '\n') {
    --begin;
  }
  const std::string_view word = text.substr(begin, end - begin);
  if (word.empty()) return false;
  const auto last = static_cast<unsigned char>(word.back());
  if (last >= '0' && last <= '9') return true;
  // Arabic-Indic digits, U+0660-U+0669: 0xD9 0xA0-0xA9.
  if (word.size() >= 2 &&
      static_cast<unsigned char>(word[word.size() - 2]) == 0xD9 &&
      last >= 0xA0 && last <= 0xA9) {
    return true;
  }
  // Folded alf, alaf (thousand, thousands), milyun, malayin, milyar,
  // milyarat, and the duals milyuni, milyari.
  static constexpr std::string_view kNumberWords[] = {
      "\xD8\xA7\xD9\x84\xD9\x81",
      "\xD8\xA7\xD9\x84\xD8\xA7\xD9\x81",
      "\xD9\x85\xD9\x84\xD9\x8A\xD9\x88\xD9\x86",
      "\xD9\x85\xD9\x84\xD8\xA7\xD9\x8A\xD9\x8A\xD9\x86",
      "\xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xB1",
      "\xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xB1\xD8\xA7\xD8\xAA",
      "\xD9\x85\xD9\x84\xD9\x8A\xD9\x88\xD9\x86\xD9\x8A",
      "\xD9\x85\xD9\x84\xD9\x8A\xD8\xA7\xD8\xB1\xD9\x8A"};
  const std::string folded = FoldNameWord(word);
  for (std::string_view n : kNumberWords) {
    if (folded == n) return true;
  }
  return false;
}

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "PER";
    case EntityType::kLocation:
      return "LOC";
    case EntityType::kOrganization:
      return "ORG";
    case EntityType::kMisc:
      return "MISC";
  }
  return "MISC";
}

StatusOr<EntityType> ParseEntityType(std::string_view name) {
  if (name == "PER") return EntityType::kPerson;
  if (name == "LOC") return EntityType::kLocation;
  if (name == "ORG") return EntityType::kOrganization;
  if (name == "MISC") return EntityType::kMisc;
  return InvalidArgumentError("unknown entity type \"" + std::string(name) +
                              "\" (expected PER, LOC, ORG or MISC)");
}

struct EntityResolver::Tables {
  AliasTable aliases;
  TitleTable titles;
  KnownNames names;
  // Generic nouns that head an organization's quoted name
  // (data/entities/org_nouns.txt; the same one-entry-per-line format).
  TitleTable org_nouns;
  // Nouns of places and institutions named after a person, and the titles
  // that may stand before the name (data/entities/facility_nouns.tsv).
  FacilityNouns facilities;
  // Heads of institutions' names and the common nouns after them
  // (data/entities/institution_nouns.tsv); empty when the options leave
  // institutions to the tagger.
  InstitutionNouns institutions;
  // Words a MISC mention may be that name no entity (currency units;
  // data/entities/not_names.txt, the same format); empty when the options
  // keep them.
  TitleTable not_names;
  // A Latin letter's name alone ("bi", "si": entities/letter_names.h), or a
  // generic noun of org_nouns alone as an organization, names no entity
  // either (with drop_not_names).
  bool drop_letter_names = true;
  // EntityResolverOptions::roles_before_names.
  bool roles_before = true;
  bool roles_after = true;  // EntityResolverOptions::roles_after_names
};

EntityResolver::EntityResolver(std::unique_ptr<Tables> tables)
    : tables_(std::move(tables)) {}
EntityResolver::~EntityResolver() = default;

size_t EntityResolver::alias_group_count() const {
  return tables_->aliases.groups().size();
}
size_t EntityResolver::title_count() const { return tables_->titles.size(); }
size_t EntityResolver::known_name_count() const {
  return tables_->names.size();
}

StatusOr<std::unique_ptr<const EntityResolver>> EntityResolver::Create(
    const EntityResolverOptions& options) {
  auto tables = std::make_unique<Tables>();
  Status s = tables->titles.Add(
      std::string_view(kEntityTitlesTxt, kEntityTitlesTxtSize),
      "data/entities/titles.txt");
  if (!s.ok()) return InternalError("embedded " + s.message());
  s = tables->aliases.Add(
      std::string_view(kEntityAliasesTsv, kEntityAliasesTsvSize),
      "data/entities/aliases.tsv");
  if (!s.ok()) return InternalError("embedded " + s.message());
  s = tables->names.Add(std::string_view(kEntityNamesTsv, kEntityNamesTsvSize),
                        "data/entities/names.tsv");
  if (!s.ok()) return InternalError("embedded " + s.message());
  s = tables->org_nouns.Add(
      std::string_view(kEntityOrgNounsTxt, kEntityOrgNounsTxtSize),
      "data/entities/org_nouns.txt");
  if (!s.ok()) return InternalError("embedded " + s.message());
  s = tables->facilities.Add(
      std::string_view(kEntityFacilityNounsTsv, kEntityFacilityNounsTsvSize),
      "data/entities/facility_nouns.tsv");
  if (!s.ok()) return InternalError("embedded " + s.message());
  if (options.institution_names) {
    s = tables->institutions.Add(
        std::string_view(kEntityInstitutionNounsTsv,
                         kEntityInstitutionNounsTsvSize),
        "data/entities/institution_nouns.tsv");
    if (!s.ok()) return InternalError("embedded " + s.message());
    KHABAR_RETURN_IF_ERROR(tables->institutions.Add(
        options.extra_institution_nouns_tsv, "extra institution nouns"));
  }
  tables->drop_letter_names = options.drop_not_names;
  tables->roles_before = options.roles_before_names;
  tables->roles_after = options.roles_after_names;
  if (options.drop_not_names) {
    s = tables->not_names.Add(
        std::string_view(kEntityNotNamesTxt, kEntityNotNamesTxtSize),
        "data/entities/not_names.txt");
    if (!s.ok()) return InternalError("embedded " + s.message());
    KHABAR_RETURN_IF_ERROR(
        tables->not_names.Add(options.extra_not_names_txt, "extra not-names"));
  }
  KHABAR_RETURN_IF_ERROR(
      tables->titles.Add(options.extra_titles_txt, "extra titles"));
  KHABAR_RETURN_IF_ERROR(
      tables->names.Add(options.extra_names_tsv, "extra names"));
  KHABAR_RETURN_IF_ERROR(
      tables->aliases.Add(options.extra_aliases_tsv, "extra aliases"));
  KHABAR_RETURN_IF_ERROR(tables->facilities.Add(
      options.extra_facility_nouns_tsv, "extra facility nouns"));
  return std::unique_ptr<const EntityResolver>(
      new EntityResolver(std::move(tables)));
}

Status EntityResolver::AddKnownNames(
    std::string_view text, std::vector<EntityMention>* mentions) const {
  KHABAR_RETURN_IF_ERROR(CheckTextSize(text));
  std::vector<EntityMention> found;
  const TextWords words(text);  // split once for both tables
  tables_->names.Find(text, words, &found);
  tables_->institutions.AddTo(text, words, *mentions, &found);
  if (found.empty()) return Status::Ok();
  std::vector<bool> covered(mentions->size(), false);
  std::vector<size_t> inside;
  size_t kept = 0;
  ByteSpan scratch;
  for (const EntityMention& f : found) {
    // A tagger mention that starts earlier in the known name's first token
    // (the analysis left its proclitic on: "bi-l-munastir" typed PER) is
    // covered too.
    const auto prefix = static_cast<uint32_t>(
        TokenPrefixBefore(text, f.span.begin, kMaxPrefixBytes).size());
    auto span_at = [&](size_t m) {
      scratch = (*mentions)[m].span;
      if (scratch.begin < f.span.begin &&
          f.span.begin - scratch.begin <= prefix) {
        scratch.begin = f.span.begin;
      }
      return &scratch;
    };
    if (!SpansInside(f.span, mentions->size(), span_at, &inside)) continue;
    for (size_t m : inside) covered[m] = true;
    found[kept++] = f;
  }
  found.resize(kept);
  size_t w = 0;
  for (size_t m = 0; m < mentions->size(); ++m) {
    if (!covered[m]) (*mentions)[w++] = (*mentions)[m];
  }
  mentions->resize(w);
  mentions->insert(mentions->end(), found.begin(), found.end());
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const EntityMention& a, const EntityMention& b) {
                     return a.span.begin != b.span.begin
                                ? a.span.begin < b.span.begin
                                : a.span.end > b.span.end;
                   });
  return Status::Ok();
}

Status EntityResolver::Resolve(std::string_view text,
                               const std::vector<EntityMention>& tagged,
                               std::vector<Entity>* entities) const {
  entities->clear();
  KHABAR_RETURN_IF_ERROR(CheckTextSize(text));
  if (tagged.size() > kMaxEntityMentions) {
    return ResourceExhaustedError(std::to_string(tagged.size()) +
                                  " mentions exceed kMaxEntityMentions");
  }
  KHABAR_RETURN_IF_ERROR(CheckSpans(text, tagged));
  const AliasTable& aliases = tables_->aliases;

  // Letters the tagger cut off a name that the article writes whole
  // elsewhere; facilities named after a person: the person mentions that
  // are theirs; then titles the tagger cut off a name.
  std::vector<EntityMention> restored, completed, renamed, titled;
  const std::vector<EntityMention>& whole =
      RestoreCutNames(text, tagged, &restored) ? restored : tagged;
  const std::vector<EntityMention>& complete =
      CompleteCutNames(text, whole, &completed) ? completed : whole;
  const std::vector<EntityMention>& named =
      tables_->facilities.Rename(text, complete, &renamed) ? renamed : complete;
  const std::vector<EntityMention>& mentions =
      JoinTitleMentions(text, tables_->titles, named, &titled) ? titled : named;

  // 0. Organizations written as a noun + a quoted name: their spans.
  std::vector<ByteSpan> spans;
  std::vector<bool> absorbed;
  ExtendQuotedNames(text, tables_->org_nouns, mentions, &spans, &absorbed);

  // 1. Words, role and the as-written name of each mention.
  std::vector<Prepared> prepared(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    Prepared& p = prepared[i];
    if (absorbed[i]) continue;  // inside a quoted name: no entity
    SplitNameWords(text, spans[i], &p.words);
    if (p.words.empty()) continue;
    if (EndsATitle(tables_->titles, text, spans[i], p.words)) {
      p.words.clear();  // a role's last words: no entity
      continue;
    }
    p.before = std::string(
        TokenPrefixBefore(text, p.words[0].span.begin, kMaxPrefixBytes));
    if ((mentions[i].type == EntityType::kMisc ||
         mentions[i].type == EntityType::kLocation ||
         AfterAnAmount(text, spans[i].begin)) &&
        tables_->not_names.size() > 0) {
      uint32_t skip = 0;
      if (tables_->not_names.Match(p.words, 0, p.before, &skip) ==
          p.words.size()) {
        // A currency unit, "Allah" alone, a nationality adjective taken
        // for a place: no entity.
        p.words.clear();
        continue;
      }
    }
    if (tables_->drop_letter_names && p.words.size() == 1 &&
        (IsLoneLetterName(text, spans[i]) ||
         (mentions[i].type == EntityType::kOrganization &&
          tables_->org_nouns.StartsTitle(p.words[0].key)))) {
      // "bi" (me), "fitamin si"; "hizb", "jami'a" without the name they
      // govern (the article makes a name: "al-ittihad", the club): no
      // entity.
      p.words.clear();
      continue;
    }
    if (mentions[i].type == EntityType::kPerson) {
      size_t pos = 0;
      while (pos < p.words.size()) {
        uint32_t skip = 0;
        const size_t n = tables_->titles.Match(
            p.words, pos, pos == 0 ? std::string_view(p.before) : "", &skip);
        if (n == 0 || pos + n >= p.words.size()) break;  // a name must remain
        // "qayid al-sibsi": the construct title is the name's word.
        if (n == 1 && pos + 2 == p.words.size() &&
            TitleTable::IsConstructTitle(p.words[pos].key)) {
          break;
        }
        if (pos == 0) p.role_skip = skip;
        pos += n;
        while (pos + 1 < p.words.size() &&
               TitleTable::IsRoleModifier(p.words[pos].key)) {
          ++pos;
        }
      }
      p.name_first = pos;
      if (pos > 0) p.before.clear();  // the name's first word starts a token
      if (tables_->roles_before) {
        TitleBefore(tables_->titles, text, spans[i].begin, &p.role_before);
      }
      if (tables_->roles_after && pos == 0 && p.role_before.empty()) {
        TitleAfterMention(tables_->titles, text, mentions, spans, i,
                          &p.role_after);
      }
    }
    p.units = NameUnits(p.words, p.name_first);
    p.key = JoinUnits(p.units);
  }

  // 2. Proclitics the tagger left on a name's first word: stripped when the
  // stripped form is attested, or by default for an article after a
  // preposition and (not for persons) for li + al-.
  std::unordered_map<std::string, uint32_t> key_counts;
  std::vector<const std::vector<std::string>*> distinct_names;
  std::unordered_map<std::string, std::vector<size_t>> by_last_skeleton;
  for (const Prepared& p : prepared) {
    if (p.units.empty()) continue;
    if (key_counts[p.key]++ == 0) {
      by_last_skeleton[WordSkeleton(p.units.back())].push_back(
          distinct_names.size());
      distinct_names.push_back(&p.units);
    }
  }
  std::vector<CliticCandidate> candidates, cut_candidates;
  for (size_t i = 0; i < prepared.size(); ++i) {
    Prepared& p = prepared[i];
    if (p.units.empty() || aliases.Find(p.key) >= 0) continue;
    CliticCandidates(p.words[p.name_first], p.before, &candidates);
    if (candidates.empty()) continue;
    std::vector<std::vector<std::string>> readings;
    for (const CliticCandidate& c : candidates) {
      readings.push_back(UnitsWithFirst(p.words, p.name_first, c.display));
    }
    int chosen = -1;
    // Attested exactly: an alias, or another mention's name.
    for (size_t c = 0; c < readings.size() && chosen < 0; ++c) {
      const std::string key = JoinUnits(readings[c]);
      if (aliases.Find(key) >= 0 || key_counts.count(key) > 0) {
        chosen = static_cast<int>(c);
      }
    }
    // The name as written is attested by another mention: keep it. A
    // span that starts after the first lam of "li" + "al-" ("li-l-difa'
    // al-madani" read "ldfa' al-madani") is attested only by a mention not
    // cut so ("landan" of "li-landan", London, is; the same cut twice is
    // not, and "ll" is then restored by default).
    if (chosen < 0 && key_counts[p.key] >= 2 &&
        (!ReadsCutArticle(candidates) ||
         std::any_of(prepared.begin(), prepared.end(), [&](const Prepared& q) {
           if (&q == &p || q.key != p.key) return false;
           CliticCandidates(q.words[q.name_first], q.before, &cut_candidates);
           return !ReadsCutArticle(cut_candidates);
         }))) {
      continue;
    }
    // Attested loosely: a close spelling of another name, or its short name.
    for (size_t c = 0; c < readings.size() && chosen < 0; ++c) {
      auto it = by_last_skeleton.find(WordSkeleton(readings[c].back()));
      if (it == by_last_skeleton.end()) continue;
      const std::vector<size_t>& bucket = it->second;
      for (size_t k = 0; k < bucket.size() && k < kMaxBucketCompares; ++k) {
        const std::vector<std::string>& other = *distinct_names[bucket[k]];
        if (&other == &p.units) continue;
        if (UnitsMatch(readings[c], other) ||
            IsShortNameOf(readings[c], other)) {
          chosen = static_cast<int>(c);
          break;
        }
      }
    }
    // Defaults without evidence: an article after a preposition, li +
    // al- (not for persons), and a conjunction on a compound given name
    // ("wa-abd allah", "wa-abu bakr": no name begins "wabd" or "wabw").
    // None for a first word the tagger found whole in raw news
    // ("kaliifurniya", not "ka" + "al-yfurniya").
    const bool has_next = p.name_first + 1 < p.words.size();
    const bool by_default =
        !(mentions[i].whole_first_word && p.name_first == 0);
    for (size_t c = 0; by_default && c < candidates.size() && chosen < 0; ++c) {
      const CliticCandidate::Kind kind = candidates[c].kind;
      if (kind == CliticCandidate::kPrepArticle ||
          (kind == CliticCandidate::kLlRestored &&
           mentions[i].type != EntityType::kPerson) ||
          (kind == CliticCandidate::kProclitic && has_next &&
           IsCompoundStart(FoldNameWord(candidates[c].display),
                           p.words[p.name_first + 1].key))) {
        chosen = static_cast<int>(c);
      }
    }
    if (chosen < 0) continue;
    NameWord& first = p.words[p.name_first];
    first.display = candidates[chosen].display;
    first.key = FoldNameWord(first.display);
    p.name_skip = candidates[chosen].skip;
    p.units = std::move(readings[chosen]);
    p.key = JoinUnits(p.units);
  }

  // 3. Nodes: one per distinct name key.
  std::vector<Node> nodes;
  std::unordered_map<std::string, size_t> node_of_key;
  for (size_t i = 0; i < prepared.size(); ++i) {
    Prepared& p = prepared[i];
    if (p.units.empty()) continue;
    auto [it, inserted] = node_of_key.emplace(p.key, nodes.size());
    if (inserted) {
      nodes.emplace_back();
      nodes.back().units = p.units;
    }
    p.node = it->second;
    Node& node = nodes[p.node];
    ++node.type_counts[static_cast<size_t>(mentions[i].type)];
    if (!node.has_first_type) {
      node.first_type = mentions[i].type;
      node.has_first_type = true;
    }
  }
  const size_t alias_base = nodes.size();
  UnionFind uf(alias_base + aliases.groups().size());
  std::vector<EntityType> node_type(nodes.size());
  for (size_t n = 0; n < nodes.size(); ++n) {
    node_type[n] = MajorityType(nodes[n].type_counts, nodes[n].first_type);
    // 3a. Alias groups.
    const int g = aliases.Find(JoinUnits(nodes[n].units));
    if (g >= 0) uf.Union(n, alias_base + static_cast<size_t>(g));
  }

  // 3a'. A name with the article on its first word and the same name
  // without it ("al-fifa" and "fifa", "al-munji al-rahwi" and "munji
  // al-rahwi"), whatever the tagger's types; not a person's lone given
  // name ("al-hasan" and "hasan" may be two men). No node has an empty key.
  auto lone_person = [&](size_t x) {
    return node_type[x] == EntityType::kPerson && nodes[x].units.size() < 2;
  };
  for (size_t n = 0; n < nodes.size(); ++n) {
    const auto it = node_of_key.find(JoinUnits(WithoutArticle(nodes[n].units)));
    if (it != node_of_key.end() && !lone_person(n) &&
        !lone_person(it->second)) {
      uf.Union(n, it->second);
    }
  }

  // 3b. Close misspellings: same number of units, each close, same type.
  std::unordered_map<std::string, std::vector<size_t>> by_skeleton;
  for (size_t n = 0; n < nodes.size(); ++n) {
    by_skeleton[SkeletonOfUnits(nodes[n].units)].push_back(n);
  }
  for (const auto& [skeleton, bucket] : by_skeleton) {
    const size_t limit = std::min(bucket.size(), kMaxBucketCompares);
    for (size_t a = 0; a < limit; ++a) {
      for (size_t b = a + 1; b < bucket.size() && b < limit; ++b) {
        const size_t x = bucket[a], y = bucket[b];
        if (node_type[x] == node_type[y] &&
            UnitsMatch(nodes[x].units, nodes[y].units)) {
          uf.Union(x, y);
        }
      }
    }
  }

  // 3b'. A person's name and its fuller forms (IsFullerFormOf: "adil
  // al-jubayr" and "adil bin ahmad al-jubayr", "bashar al-asad" and
  // "bashar hafiz al-asad"): linked to the one fuller form, longest names
  // first so that a chain of forms is one entity before a shorter form
  // looks; two fuller forms of other entities: none (so that the surname
  // alone, 3c, finds one name).
  std::unordered_map<std::string, std::vector<size_t>> by_first;
  std::vector<size_t> longest_first;
  std::vector<bool> fuller(nodes.size(), false);  // joined a fuller form
  for (size_t n = 0; n < nodes.size(); ++n) {
    if (node_type[n] == EntityType::kPerson && nodes[n].units.size() >= 2) {
      by_first[nodes[n].units[0]].push_back(n);
      longest_first.push_back(n);
    }
  }
  std::stable_sort(longest_first.begin(), longest_first.end(),
                   [&](size_t a, size_t b) {
                     return nodes[a].units.size() > nodes[b].units.size();
                   });
  for (const size_t s : longest_first) {
    const std::vector<size_t>& bucket = by_first[nodes[s].units[0]];
    if (bucket.size() > kMaxBucketCompares) continue;
    std::unordered_set<size_t> roots;
    for (const size_t l : bucket) {
      if (IsFullerFormOf(nodes[s].units, nodes[l].units)) {
        roots.insert(uf.Find(l));
      }
    }
    if (roots.size() == 1) {
      uf.Union(s, *roots.begin());
      fuller[s] = true;
    }
  }

  // 3c. Short names of persons and organizations: linked to the one longer
  // name of the same type that ends with them; ambiguous ones stay apart,
  // as do names that joined a fuller form in 3b' (not also a son's tail).
  std::unordered_map<std::string, std::vector<size_t>> by_last;
  for (size_t n = 0; n < nodes.size(); ++n) {
    by_last[WordSkeleton(nodes[n].units.back())].push_back(n);
  }
  std::vector<std::pair<size_t, size_t>> links;
  std::vector<bool> linked(nodes.size(), false);
  std::unordered_map<size_t, size_t> root_mentions;  // for DominantRoot
  for (size_t n = 0; n < nodes.size(); ++n) {
    for (const uint32_t c : nodes[n].type_counts)
      root_mentions[uf.Find(n)] += c;
  }
  for (size_t s = 0; s < nodes.size(); ++s) {
    const EntityType type = node_type[s];
    if ((type != EntityType::kPerson && type != EntityType::kOrganization) ||
        fuller[s]) {
      continue;
    }
    const std::vector<size_t>& bucket =
        by_last[WordSkeleton(nodes[s].units.back())];
    std::unordered_set<size_t> roots;
    for (size_t k = 0; k < bucket.size() && k < kMaxBucketCompares; ++k) {
      const size_t l = bucket[k];
      if (l == s || node_type[l] != type ||
          !IsShortNameOf(nodes[s].units, nodes[l].units)) {
        continue;
      }
      roots.insert(uf.Find(l));
    }
    const std::optional<size_t> root =
        roots.size() == 1 ? *roots.begin() : DominantRoot(roots, root_mentions);
    if (root && *root != uf.Find(s)) {
      links.emplace_back(s, *root);
      linked[s] = true;
    }
  }
  for (const auto& [s, root] : links) uf.Union(s, root);

  // 3d. Given names of persons named with a patronymic (IsGivenNameOf):
  // linked when every longer person name of the article that starts with
  // the given name is one entity, and a patronymic one ("muhammad" with
  // "muhammad bin salman" and "muhammad bin nayef" stays apart, as with
  // "muhammad bin salman" and "muhammad mursi"). Not a short name linked
  // by its surname above.
  // (by_first: the person names of two units or more, 3b'.)
  links.clear();
  for (size_t s = 0; s < nodes.size(); ++s) {
    if (node_type[s] != EntityType::kPerson || nodes[s].units.size() != 1 ||
        linked[s]) {
      continue;
    }
    const auto it = by_first.find(nodes[s].units[0]);
    if (it == by_first.end() || it->second.size() > kMaxBucketCompares) {
      continue;
    }
    std::unordered_set<size_t> roots;
    bool patronymic = false;
    for (size_t k = 0; k < it->second.size(); ++k) {
      const size_t l = it->second[k];
      roots.insert(uf.Find(l));
      patronymic = patronymic || IsGivenNameOf(nodes[s].units, nodes[l].units);
    }
    if (roots.size() == 1 && patronymic && *roots.begin() != uf.Find(s)) {
      links.emplace_back(s, *roots.begin());
    }
  }
  for (const auto& [s, root] : links) uf.Union(s, root);

  // 4. Entities, in the order of their first mention.
  std::vector<size_t> order;
  for (size_t i = 0; i < prepared.size(); ++i) {
    if (!prepared[i].units.empty()) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const ByteSpan x = spans[a], y = spans[b];
    return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
  });
  std::unordered_map<size_t, int> root_alias;
  for (size_t g = 0; g < aliases.groups().size(); ++g) {
    root_alias.emplace(uf.Find(alias_base + g), static_cast<int>(g));
  }
  std::unordered_map<size_t, size_t> entity_of_root;
  std::vector<std::vector<size_t>> members;  // mention indices per entity
  for (size_t i : order) {
    const size_t root = uf.Find(prepared[i].node);
    auto [it, inserted] = entity_of_root.emplace(root, members.size());
    if (inserted) members.emplace_back();
    members[it->second].push_back(i);
  }
  entities->resize(members.size());
  for (const auto& [root, e] : entity_of_root) {
    Entity& entity = (*entities)[e];
    const std::vector<size_t>& ms = members[e];
    std::array<uint32_t, 4> counts = {0, 0, 0, 0};
    std::unordered_set<std::string> role_keys;
    std::unordered_map<std::string, uint32_t> name_counts;
    size_t max_units = 0;
    for (size_t i : ms) {
      const Prepared& p = prepared[i];
      ++counts[static_cast<size_t>(mentions[i].type)];
      max_units = std::max(max_units, p.units.size());
      ResolvedMention r;
      r.span = spans[i];
      r.type = mentions[i].type;
      r.text = ReplaceInvalidUtf8(text.substr(r.span.begin, r.span.size()));
      r.name_span = {p.words[p.name_first].span.begin + p.name_skip,
                     p.words.back().span.end};
      for (size_t w = p.name_first; w < p.words.size(); ++w) {
        if (!r.name.empty()) r.name.push_back(' ');
        r.name += p.words[w].display;
      }
      // The role: a title written before the span, then the title(s) at
      // its front.
      std::string role_key;
      auto add_role_word = [&](std::string_view display) {
        if (!r.role.empty()) r.role.push_back(' ');
        r.role += display;
        role_key += FoldNameWord(display) + " ";
      };
      for (const NameWord& w : p.role_before) add_role_word(w.display);
      for (size_t w = 0; w < p.name_first; ++w) {
        std::string_view display = p.words[w].display;
        if (w == 0) display.remove_prefix(p.role_skip);
        add_role_word(display);
      }
      if (r.role.empty()) {
        for (const NameWord& w : p.role_after) add_role_word(w.display);
      }
      if (!r.role.empty() && role_keys.insert(role_key).second) {
        entity.roles.push_back(r.role);
      }
      ++name_counts[r.name];
      entity.mentions.push_back(std::move(r));
    }
    // Canonical: the alias group's name, else the most frequent spelling of
    // the longest form (ties: more hamza letters, then first seen).
    size_t best = ms.size();
    for (size_t k = 0; k < ms.size(); ++k) {
      if (prepared[ms[k]].units.size() != max_units) continue;
      if (best == ms.size()) {
        best = k;
        continue;
      }
      const std::string& a = entity.mentions[k].name;
      const std::string& b = entity.mentions[best].name;
      if (name_counts[a] > name_counts[b] ||
          (name_counts[a] == name_counts[b] && HamzaCount(a) > HamzaCount(b))) {
        best = k;
      }
    }
    const Prepared& canonical_mention = prepared[ms[best]];
    auto alias = root_alias.find(root);
    if (alias != root_alias.end()) {
      const AliasGroup& g = aliases.groups()[alias->second];
      entity.canonical = g.canonical;
      entity.type = MajorityType(counts, g.type);
      entity.id = StableEntityId(g.type, g.key);
    } else {
      entity.canonical = entity.mentions[best].name;
      entity.type = MajorityType(counts, mentions[ms[best]].type);
      entity.id = StableEntityId(entity.type, canonical_mention.key);
    }
  }
  return Status::Ok();
}

}  // namespace khabar
