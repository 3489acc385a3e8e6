// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Entity resolution within one article: the NER tagger's mentions (PER, LOC,
// ORG, MISC spans) are grouped into canonical entities across clitics,
// titles, spelling variants, short names and known aliases.
//
//   auto resolver = khabar::EntityResolver::Create();  // embedded tables
//   if (!resolver.ok()) return resolver.status();
//   std::vector<khabar::EntityMention> mentions = ...;  // from the tagger
//   std::vector<khabar::Entity> entities;
//   KHABAR_RETURN_IF_ERROR((*resolver)->Resolve(text, mentions, &entities));
//   for (const khabar::Entity& e : entities) {
//     // e.id "3f0c...", e.canonical "\u0639\u0644\u064a ..." (Ali Khamenei),
//     // e.type kPerson, e.roles {"\u0622\u064a\u0629
//     \u0627\u0644\u0644\u0647"}
//     // (Ayatollah), e.mentions with byte spans into `text`.
//   }
//
// The rules (docs/ENTITIES.md has each with examples and its guard):
//   1. Name of a mention: quotation marks and punctuation dropped; for PER
//      mentions leading titles and honorifics (data/entities/titles.txt,
//      e.g. "Ayatollah", "the foreign minister") become the mention's role,
//      with a nisba adjective after them ("the American"), and so do the
//      titles written right before the mention; a proclitic
//      (w f b l k, or "ll" restored to "al") that the tagger left on the
//      first word is removed when the stripped form is attested (another
//      mention, an alias, a known long name) or is preposition + article.
//   2. Same folded key, same entity: diacritics and tatweel dropped, alef
//      and hamza seats folded (U+0623 U+0625 U+0622 -> U+0627, U+0624 ->
//      U+0648, U+0626 -> U+064A), U+0649 -> U+064A, U+0629 -> U+0647, a final
//      -iya/-ia (U+064A U+0629 / U+064A U+0627) unified, "abd al-" and "abu"
//      compounds joined. A name with the article ("al-") on its first word
//      and the same name without it are one entity too, the rest of that
//      word 3 letters or more, a person's lone given name excepted.
//   3. Aliases (data/entities/aliases.tsv plus the caller's rows): names in
//      one alias group are one entity, whatever the tagger's type.
//   4. Close misspellings: words of at least 5 letters that differ only by
//      one displaced long vowel (khamenei written kh-m-n-a-y) match, when
//      the first and last letters agree and the types are equal.
//   5. Short names: a PER or ORG name that is the last word(s) of exactly
//      one longer name of the same type in the article joins it ("Kerry" ->
//      "John Kerry"). If two different longer names end with it, it is not
//      linked and stays an entity of its own. A patronymic tail ("bin
//      Salman") is never a short name of its son.
//
// Each entity: canonical = the alias table's canonical name for an alias
// group, else the most frequent spelling among the mentions with the most
// words (ties: more hamza letters, then first seen); type = majority of the
// mentions (ties: the canonical mention's type); id = 16 hex digits of a
// 64-bit FNV-1a hash of "<TYPE>\t<folded canonical>" (for alias groups the
// table's type and canonical), so the same entity in two articles gets the
// same id when it is named the same way (or via the same alias group).
//
// Errors: Create() fails on a bad user alias file (kInvalidArgument naming
// the line, kDataLoss for ill-formed UTF-8). Resolve() fails with
// kInvalidArgument on a span outside the text, not on UTF-8 character
// boundaries, empty, or whose `text` differs from the text's bytes, and
// kResourceExhausted past kMaxEntityTextBytes / kMaxEntityMentions. Mentions
// whose name has no letters or digits are dropped, not an error. Ill-formed
// UTF-8 inside a span reads as U+FFFD.
//
// Thread safety: an EntityResolver is immutable after Create(); Resolve() is
// const and may run on many threads at once, each with its own output.

#ifndef KHABAR_ENTITIES_H_
#define KHABAR_ENTITIES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "khabar/alignment.h"
#include "khabar/status.h"

namespace khabar {

enum class EntityType : uint8_t {
  kPerson = 0,
  kLocation = 1,
  kOrganization = 2,
  kMisc = 3,
};

// "PER", "LOC", "ORG", "MISC".
std::string_view EntityTypeName(EntityType type);
// Parses "PER", "LOC", "ORG" or "MISC"; kInvalidArgument otherwise.
StatusOr<EntityType> ParseEntityType(std::string_view name);

// A mention as the NER tagger gives it: the span starts after any proclitic
// (w-Kerry -> Kerry; for li + al- (the "ll" spelling) after the first lam).
struct EntityMention {
  ByteSpan span;  // in the article text passed to Resolve()
  EntityType type = EntityType::kMisc;
  // The text's bytes at `span`; may be left empty (Resolve() fills nothing
  // in, it only checks a non-empty `text` against the span).
  std::string text;
  // The span's first word is a name as written, letters that look like a
  // proclitic included (NerMention::whole_token): Resolve() strips a
  // proclitic from it only when another mention's name or an alias is the
  // stripped reading, never by default ("kaliifurniya" is not "ka" +
  // "al-yfurniya", as "bil-'iraq" is "bi" + "al-'iraq").
  bool whole_first_word = false;
};

struct ResolvedMention {
  // The tagger's span; for a generic noun + a quoted name (munazzamat
  // "..."), or a mention that opens a quoted name, through the closing mark
  // (docs/ENTITIES.md, rule 0); for a person mention that names a facility
  // (mustashfa al-malik fahd), from the facility's noun (rule 0b).
  ByteSpan span;
  std::string text;  // the original bytes of `span` (U+FFFD for bad UTF-8)
  // The name after role and clitic stripping, punctuation dropped and
  // whitespace collapsed, spelled as written ("ll" restored to "al").
  std::string name;
  // Where the name's words stand in the text (inside `span`).
  ByteSpan name_span;
  // The role, as written ("" if none): a title written right before the
  // span (EntityResolverOptions::roles_before_names), then the title(s)
  // stripped from the span's front.
  std::string role;
  // The tagger's type; a facility's (ORG, LOC, MISC) by rule 0b.
  EntityType type = EntityType::kMisc;
};

struct Entity {
  std::string id;  // 16 lowercase hex digits, stable across articles
  std::string canonical;
  EntityType type = EntityType::kMisc;
  std::vector<std::string> roles;         // distinct roles, first seen first
  std::vector<ResolvedMention> mentions;  // in text order
};

struct EntityResolverOptions {
  // Extra alias rows, in the format of data/entities/aliases.tsv (the file's
  // contents, not a path), added to the embedded table. Default: none.
  std::string extra_aliases_tsv;
  // Extra titles, one per line as in data/entities/titles.txt. Default:
  // none.
  std::string extra_titles_txt;
  // Extra known names, rows as in data/entities/names.tsv (name TAB type
  // [TAB note]), for AddKnownNames. Default: none.
  std::string extra_names_tsv;
  // Extra words that name no entity, one per line as in
  // data/entities/not_names.txt (currency units, the word Allah alone): a
  // MISC mention that is exactly one of them gets no entity. Default: none.
  std::string extra_not_names_txt;
  // Extra facility nouns and naming titles, rows as in
  // data/entities/facility_nouns.tsv (noun TAB ORG|LOC|MISC|TITLE [TAB
  // note]): a person mention right after such a noun is the facility's
  // name (docs/ENTITIES.md, rule 0b). Default: none.
  std::string extra_facility_nouns_tsv;
  // Institutions named by a head noun and its definite genitive ("wizarat
  // al-dakhiliya", "majlis al-wuzara'", "amanat al-riyad") are added as
  // organizations by AddKnownNames (docs/ENTITIES.md, "Institutions"):
  // ANERcorp, and so the tagger, leaves them O. False leaves them out.
  // Default: true.
  bool institution_names = true;
  // Extra heads and common nouns, rows as in
  // data/entities/institution_nouns.tsv (word TAB HEAD|NOT [TAB note]).
  // Default: none.
  std::string extra_institution_nouns_tsv;
  // False keeps those mentions as entities (ANERcorp's conventions, where
  // currencies are MISC), and also a mention that is the name of a Latin
  // letter alone ("bi", "si"; in a run, "bi bi si", it is an acronym and
  // stays either way), and an organization mention that is a generic noun
  // of data/entities/org_nouns.txt alone, without the article ("hizb",
  // "jami'a": the name it governs was left out). Default: true.
  bool drop_not_names = true;
  // A title written right before a person mention that holds none
  // ("al-ra'is al-amriki barak awbama", the tagger's mention being the
  // name) is the mention's role too, as one inside it is (docs/ENTITIES.md,
  // "Roles"). False: roles come from inside the mentions only. Default:
  // true.
  bool roles_before_names = true;
  // A title written right after a person mention that has no role, as an
  // apposition up to the next punctuation mark ("rashid al-ghannushi
  // ra'is harakat al-nahda, ..."), is its role (docs/ENTITIES.md,
  // "Roles"). Default: true.
  bool roles_after_names = true;
};

// Limits of one Resolve() call.
inline constexpr size_t kMaxEntityTextBytes = size_t{1} << 30;
inline constexpr size_t kMaxEntityMentions = size_t{1} << 20;

class EntityResolver {
 public:
  // Parses the embedded tables and the options' extra rows. A bad extra row
  // is kInvalidArgument ("aliases line 3: ..."), ill-formed UTF-8 in it
  // kDataLoss; an alias claimed by two canonical names is kInvalidArgument
  // naming both lines.
  static StatusOr<std::unique_ptr<const EntityResolver>> Create(
      const EntityResolverOptions& options = {});

  ~EntityResolver();
  EntityResolver(const EntityResolver&) = delete;
  EntityResolver& operator=(const EntityResolver&) = delete;

  // Groups `mentions` (any order, overlaps allowed) of `text` into
  // `*entities` (replaced), ordered by their first mention. On error
  // `*entities` is left empty.
  Status Resolve(std::string_view text,
                 const std::vector<EntityMention>& mentions,
                 std::vector<Entity>* entities) const;

  // Adds to `*mentions` (a tagger's, any order) the known names found in
  // `text`: the organizations and institutions of data/entities/names.tsv
  // (and EntityResolverOptions::extra_names_tsv) that news names daily and
  // a tagger trained on older newswire misses ("da'ish", "al-bayt al-abyad"),
  // matched as folded words, a proclitic allowed on the first word. A known
  // name replaces the mentions it covers (the tagger's "al-dawla
  // al-islamiya" inside "tanzim al-dawla al-islamiya") and is dropped where it
  // overlaps a mention it does not cover. The result is ordered by span. Errors
  // as Resolve's for the text's size.
  Status AddKnownNames(std::string_view text,
                       std::vector<EntityMention>* mentions) const;

  // Number of alias groups, titles and known names loaded (for `khabar`
  // diagnostics).
  size_t alias_group_count() const;
  size_t title_count() const;
  size_t known_name_count() const;

 private:
  struct Tables;
  explicit EntityResolver(std::unique_ptr<Tables> tables);
  std::unique_ptr<Tables> tables_;
};

// Appends `entities` as a JSON array:
//   [{"id": "...", "canonical": "...", "type": "PER", "roles": ["..."],
//     "mentions": [{"begin": 10, "end": 30, "text": "...", "name": "...",
//                   "name_begin": 20, "name_end": 30, "role": "...",
//                   "type": "PER"}]}]
// Offsets are bytes plus `offset_base`; "role" is omitted when empty.
// Thread safety: a pure function.
void AppendEntitiesJson(const std::vector<Entity>& entities,
                        uint64_t offset_base, std::string* out);

}  // namespace khabar

#endif  // KHABAR_ENTITIES_H_
