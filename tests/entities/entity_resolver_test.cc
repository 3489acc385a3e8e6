// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "entities/entity_test_util.h"
#include "golden_table.h"
#include "gtest/gtest.h"
#include "khabar/entities.h"
#include "khabar/utf8.h"

namespace khabar {
namespace {

using entity_test::DefaultResolver;

// "[PER:text]" markup -> plain text and mentions.
bool ParseMarked(std::string_view marked, std::string* text,
                 std::vector<EntityMention>* mentions) {
  text->clear();
  mentions->clear();
  size_t i = 0;
  while (i < marked.size()) {
    if (marked[i] != '[') {
      text->push_back(marked[i++]);
      continue;
    }
    const size_t colon = marked.find(':', i);
    const size_t close = marked.find(']', i);
    if (colon == std::string_view::npos || close == std::string_view::npos ||
        colon > close) {
      return false;
    }
    StatusOr<EntityType> type =
        ParseEntityType(marked.substr(i + 1, colon - i - 1));
    if (!type.ok()) return false;
    EntityMention m;
    m.type = *type;
    m.text = std::string(marked.substr(colon + 1, close - colon - 1));
    m.span.begin = static_cast<uint32_t>(text->size());
    text->append(m.text);
    m.span.end = static_cast<uint32_t>(text->size());
    mentions->push_back(std::move(m));
    i = close + 1;
  }
  return true;
}

// "TYPE:canonical=name|name ; ..." in entity order.
std::string Describe(const std::vector<Entity>& entities) {
  std::string out;
  for (const Entity& e : entities) {
    if (!out.empty()) out += " ; ";
    out += std::string(EntityTypeName(e.type)) + ":" + e.canonical + "=";
    for (size_t k = 0; k < e.mentions.size(); ++k) {
      if (k > 0) out += "|";
      out += e.mentions[k].name;
    }
  }
  return out;
}

// "canonical>role,role ; ..." or "-".
std::string DescribeRoles(const std::vector<Entity>& entities) {
  std::string out;
  for (const Entity& e : entities) {
    if (e.roles.empty()) continue;
    if (!out.empty()) out += " ; ";
    out += e.canonical + ">";
    for (size_t k = 0; k < e.roles.size(); ++k) {
      if (k > 0) out += ",";
      out += e.roles[k];
    }
  }
  return out.empty() ? "-" : out;
}

TEST(EntityResolverTest, CreatesWithEmbeddedTables) {
  EXPECT_GE(DefaultResolver().alias_group_count(), 20u);
  EXPECT_GE(DefaultResolver().title_count(), 60u);
}

TEST(EntityResolverTest, ResolutionRulesGoldenTable) {
  auto rows = golden::ReadTable("entities/resolve.tsv", 4);
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_GE(rows->size(), 15u);
  for (const golden::Row& row : *rows) {
    std::string text;
    std::vector<EntityMention> mentions;
    ASSERT_TRUE(ParseMarked(row.cells[1], &text, &mentions)) << row.Where();
    std::vector<Entity> entities;
    Status s = DefaultResolver().Resolve(text, mentions, &entities);
    ASSERT_TRUE(s.ok()) << row.Where() << " " << s.ToString();
    EXPECT_TRUE(golden::SameText(Describe(entities), row.cells[2]))
        << row.Where() << " (" << row.cells[0] << ")";
    EXPECT_TRUE(golden::SameText(DescribeRoles(entities), row.cells[3]))
        << row.Where() << " (" << row.cells[0] << ") roles";
    for (const Entity& e : entities) {
      for (const ResolvedMention& m : e.mentions) {
        // The name's words lie inside the mention.
        EXPECT_LE(m.span.begin, m.name_span.begin) << row.Where();
        EXPECT_LE(m.name_span.end, m.span.end) << row.Where();
        EXPECT_LT(m.name_span.begin, m.name_span.end) << row.Where();
      }
    }
  }
}

struct SeedRow {
  EntityMention mention;
  std::string canonical;
  std::string where;
};

std::string SeedText() {
  auto text = golden::ReadFile(std::string(KHABAR_SOURCE_DIR) +
                               "/data/samples/seed.txt");
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  return text.ok() ? *text : std::string();
}

std::vector<SeedRow> SeedRows(const std::string& text) {
  std::vector<SeedRow> out;
  auto rows = golden::ReadTable("entities/seed_mentions.tsv", 7);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  if (!rows.ok()) return out;
  for (const golden::Row& row : *rows) {
    SeedRow r;
    r.mention.span.begin = static_cast<uint32_t>(std::stoul(row.cells[0]));
    r.mention.span.end = static_cast<uint32_t>(std::stoul(row.cells[1]));
    r.mention.type = *ParseEntityType(row.cells[2]);
    r.mention.text = row.cells[3];
    r.canonical = row.cells[4];
    r.where = row.Where();
    EXPECT_EQ(text.substr(r.mention.span.begin, r.mention.span.size()),
              r.mention.text)
        << row.Where();
    out.push_back(std::move(r));
  }
  return out;
}

// Checks that `entities` are exactly the expected groups of `rows`: one
// entity per expected canonical name, with exactly its mentions, the right
// canonical name and type, and distinct ids.
void ExpectSeedGroups(const std::vector<SeedRow>& rows,
                      const std::vector<Entity>& entities) {
  std::map<std::string, std::set<uint32_t>> want;  // canonical -> begins
  std::map<std::string, EntityType> want_type;
  std::map<uint32_t, std::string> canonical_of_begin;
  for (const SeedRow& r : rows) {
    want[r.canonical].insert(r.mention.span.begin);
    want_type[r.canonical] = r.mention.type;
    canonical_of_begin[r.mention.span.begin] = r.canonical;
  }
  EXPECT_EQ(entities.size(), want.size());
  std::set<std::string> ids, seen;
  for (const Entity& e : entities) {
    ids.insert(e.id);
    ASSERT_FALSE(e.mentions.empty());
    // Which expected entity is this? The one of its first mention.
    const std::string& expected = canonical_of_begin[e.mentions[0].span.begin];
    EXPECT_TRUE(seen.insert(expected).second)
        << "split: " << expected << " is more than one entity";
    EXPECT_TRUE(golden::SameText(e.canonical, expected));
    EXPECT_EQ(e.type, want_type[expected]) << expected;
    std::set<uint32_t> got;
    for (const ResolvedMention& m : e.mentions) {
      got.insert(m.span.begin);
      EXPECT_EQ(canonical_of_begin[m.span.begin], expected)
          << "merged: a mention of " << canonical_of_begin[m.span.begin]
          << " resolved to " << expected << " at byte " << m.span.begin;
    }
    EXPECT_EQ(got, want[expected]) << expected;
  }
  EXPECT_EQ(ids.size(), entities.size()) << "two entities share an id";
}

// The acceptance test: every entity of the seed article's hand
// annotation, with all its listed mentions (the two stretch aliases, daEsh
// and >myrkA, included), and no two of them merged.
TEST(EntityResolverTest, SeedArticleResolvesToTheAnnotatedEntities) {
  const std::string text = SeedText();
  const std::vector<SeedRow> rows = SeedRows(text);
  ASSERT_GE(rows.size(), 60u);
  std::vector<EntityMention> mentions;
  for (const SeedRow& r : rows) mentions.push_back(r.mention);
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  ExpectSeedGroups(rows, entities);
  // Titles are roles, not names: Khamenei's "Ayatollah" (inside the
  // annotated mention) comes after the title written before it (al-murshid
  // al-a'la ...), Kerry's "wazir al-kharijiya" stands before his mention;
  // no role holds a word of its entity's name.
  const std::string khamenei =  // Ely xAmn}y
      "\xD8\xB9\xD9\x84\xD9\x8A "
      "\xD8\xAE\xD8\xA7\xD9\x85\xD9\x86\xD8\xA6\xD9\x8A";
  const std::string ayatollah =  // |yp Allh
      "\xD8\xA2\xD9\x8A\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x84\xD9\x87";
  const std::string kerry = "\u062c\u0648\u0646 \u0643\u064a\u0631\u064a";
  const std::string foreign_minister =
      "\u0648\u0632\u064a\u0631 "
      "\u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629";
  size_t found = 0;
  for (const Entity& e : entities) {
    for (const std::string& role : e.roles) {
      size_t from = 0;
      while (from < e.canonical.size()) {
        size_t space = e.canonical.find(' ', from);
        if (space == std::string::npos) space = e.canonical.size();
        EXPECT_EQ(role.find(e.canonical.substr(from, space - from)),
                  std::string::npos)
            << e.canonical << " / " << role;
        from = space + 1;
      }
    }
    if (e.canonical == kerry) {
      ++found;
      ASSERT_EQ(e.roles.size(), 1u);
      EXPECT_EQ(e.roles[0].rfind(foreign_minister, 0), 0u) << e.roles[0];
    }
    if (e.canonical != khamenei) continue;
    ++found;
    ASSERT_EQ(e.roles.size(), 1u);
    ASSERT_GT(e.roles[0].size(), ayatollah.size());
    EXPECT_EQ(e.roles[0].substr(e.roles[0].size() - ayatollah.size()),
              ayatollah);
  }
  EXPECT_EQ(found, 2u);
}

// The same, with a weaker tagger that leaves the proclitics on (the whole
// token from its first letter): the resolver strips them itself.
TEST(EntityResolverTest, SeedArticleWithProcliticsLeftOnTheMentions) {
  const std::string text = SeedText();
  std::vector<SeedRow> rows = SeedRows(text);
  ASSERT_FALSE(rows.empty());
  std::vector<EntityMention> mentions;
  size_t widened = 0;
  for (SeedRow& r : rows) {
    uint32_t b = r.mention.span.begin;
    // Back over Arabic letters (U+0600..U+06FF: lead byte D8..DB) to the
    // token start.
    while (b >= 2 && static_cast<unsigned char>(text[b - 2]) >= 0xD8 &&
           static_cast<unsigned char>(text[b - 2]) <= 0xDB) {
      b -= 2;
    }
    if (b != r.mention.span.begin) ++widened;
    r.mention.span.begin = b;
    r.mention.text = text.substr(b, r.mention.span.end - b);
    mentions.push_back(r.mention);
  }
  EXPECT_GE(widened, 9u);
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  ExpectSeedGroups(rows, entities);
}

TEST(EntityResolverTest, SameEntityGetsTheSameIdInTwoArticles) {
  auto resolve = [](const std::string& marked) {
    std::string text;
    std::vector<EntityMention> mentions;
    EXPECT_TRUE(ParseMarked(marked, &text, &mentions));
    std::vector<Entity> entities;
    EXPECT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
    return entities;
  };
  // Article 1: "Iran" with hamza, "Daesh"; article 2: "Iran" without hamza,
  // "the Islamic State organization".
  const auto a = resolve(
      "[LOC:\xD8\xA5\xD9\x8A\xD8\xB1\xD8\xA7\xD9\x86] "
      "[ORG:\xD8\xAF\xD8\xA7\xD8\xB9\xD8\xB4]");
  const auto b = resolve(
      "[ORG:\xD8\xAA\xD9\x86\xD8\xB8\xD9\x8A\xD9\x85 \xD8\xA7\xD9\x84\xD8\xAF"
      "\xD9\x88\xD9\x84\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xA7\xD8\xB3\xD9\x84\xD8"
      "\xA7\xD9\x85\xD9\x8A\xD8\xA9] [LOC:\xD8\xA7\xD9\x8A\xD8\xB1\xD8\xA7"
      "\xD9\x86]");
  ASSERT_EQ(a.size(), 2u);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(a[0].id, b[1].id);  // Iran
  EXPECT_EQ(a[1].id, b[0].id);  // the Islamic State, via its alias group
  EXPECT_NE(a[0].id, a[1].id);
  EXPECT_EQ(a[1].canonical, b[0].canonical);
}

TEST(EntityResolverTest, ExtraAliasesAndTitlesExtendTheTables) {
  EntityResolverOptions options;
  // Putin spelled without its ya: no spelling rule merges these (a long
  // vowel dropped from a word under seven letters).
  const std::string putin = "\u0628\u0648\u062A\u064A\u0646";
  const std::string putn = "\u0628\u0648\u062A\u0646";
  options.extra_aliases_tsv = "# user rows\n" + putin + "\tPER\t" + putn +
                              "\tspelling\n"
                              "Khabar Inc\tORG\tKhabar\n";
  options.extra_titles_txt = "Mr\n";
  auto r = EntityResolver::Create(options);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ((*r)->alias_group_count(),
            DefaultResolver().alias_group_count() + 2);
  std::string text;
  std::vector<EntityMention> mentions;
  ASSERT_TRUE(ParseMarked("[PER:" + putn + "] [PER:" + putin +
                              "] [ORG:khabar] [PER:Mr Smith] [PER:Smith]",
                          &text, &mentions));
  std::vector<Entity> entities;
  ASSERT_TRUE((*r)->Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[0].mentions.size(), 2u);
  EXPECT_EQ(entities[0].canonical, putin);
  EXPECT_EQ(entities[1].canonical, "Khabar Inc");
  EXPECT_EQ(entities[2].canonical, "Smith");
  EXPECT_EQ(entities[2].roles, std::vector<std::string>{"Mr"});
  // Without the user rows they stay apart.
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  EXPECT_EQ(entities.size(), 4u);
}

// A foreign name transliterated with and without a long vowel is one
// entity (SaudiNewsNet: Netanyahu, New Zealand); a Saudi family name with
// the article stays apart from its diminutive (al-Qasabi, al-Qusaybi).
TEST(EntityResolverTest, AnInsertedLongVowelMergesForeignNamesOnly) {
  const std::string ntnyahw = "\u0646\u062A\u0646\u064A\u0627\u0647\u0648";
  const std::string ntanyahw =
      "\u0646\u062A\u0627\u0646\u064A\u0627\u0647\u0648";
  const std::string qasabi = "\u0627\u0644\u0642\u0635\u0628\u064A";
  const std::string qusaybi = "\u0627\u0644\u0642\u0635\u064A\u0628\u064A";
  std::string text;
  std::vector<EntityMention> mentions;
  ASSERT_TRUE(ParseMarked("[PER:" + ntanyahw + "] [PER:" + ntnyahw +
                              "] [PER:" + qasabi + "] [PER:" + qusaybi + "]",
                          &text, &mentions));
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[0].mentions.size(), 2u);
  EXPECT_EQ(entities[1].mentions.size(), 1u);
  EXPECT_EQ(entities[2].mentions.size(), 1u);
}

// A first word that reads as a preposition + the article: stripped by
// default ("bil-'iraq" is al-'iraq), kept when the tagger found the whole
// word in raw news (EntityMention::whole_first_word: kaliifurniya), unless
// another mention names the stripped reading.
TEST(EntityResolverTest, AWholeFirstWordKeepsItsPrepositionLikeLetters) {
  const std::string kaliifurniya =
      "\u0643\u0627\u0644\u064A\u0641\u0648\u0631\u0646\u064A\u0627";
  const std::string al_yfurniya =
      "\u0627\u0644\u064A\u0641\u0648\u0631\u0646\u064A\u0627";
  const std::string bil_iraq = "\u0628\u0627\u0644\u0639\u0631\u0627\u0642";
  const std::string al_iraq = "\u0627\u0644\u0639\u0631\u0627\u0642";
  std::string text;
  std::vector<EntityMention> mentions;
  ASSERT_TRUE(ParseMarked("[LOC:" + kaliifurniya + "] [LOC:" + bil_iraq + "]",
                          &text, &mentions));
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  EXPECT_EQ(Describe(entities), "LOC:" + al_yfurniya + "=" + al_yfurniya +
                                    " ; LOC:" + al_iraq + "=" + al_iraq);
  mentions[0].whole_first_word = true;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  EXPECT_EQ(Describe(entities), "LOC:" + kaliifurniya + "=" + kaliifurniya +
                                    " ; LOC:" + al_iraq + "=" + al_iraq);
  // Evidence still counts: the stripped reading named by another mention.
  ASSERT_TRUE(ParseMarked("[LOC:" + bil_iraq + "] [LOC:" + al_iraq + "]", &text,
                          &mentions));
  mentions[0].whole_first_word = true;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  EXPECT_EQ(Describe(entities),
            "LOC:" + al_iraq + "=" + al_iraq + "|" + al_iraq);
}

// roles_before_names = false: a title written before a person mention is
// no role (only titles inside the mention are). Rows role_before* of
// resolve.tsv test the default.
TEST(EntityResolverTest, RolesBeforeNamesCanBeTurnedOff) {
  std::string text;
  std::vector<EntityMention> mentions;
  // "wa-hadhdhara al-ra'is al-amriki [barak awbama] ... [al-shaykh X]"
  ASSERT_TRUE(ParseMarked(
      "\u0648\u062D\u0630\u0631 \u0627\u0644\u0631\u0626\u064A\u0633 "
      "\u0627\u0644\u0623\u0645\u064A\u0631\u0643\u064A "
      "[PER:\u0628\u0627\u0631\u0627\u0643 "
      "\u0623\u0648\u0628\u0627\u0645\u0627] \u0648 "
      "[PER:\u0627\u0644\u0634\u064A\u062E "
      "\u062E\u0627\u0644\u062F \u0627\u0644\u064A\u0648\u0633\u0641]",
      &text, &mentions));
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].roles,
            std::vector<std::string>{
                "\u0627\u0644\u0631\u0626\u064A\u0633 "
                "\u0627\u0644\u0623\u0645\u064A\u0631\u0643\u064A"});
  EntityResolverOptions options;
  options.roles_before_names = false;
  auto resolver = EntityResolver::Create(options);
  ASSERT_TRUE(resolver.ok()) << resolver.status().ToString();
  ASSERT_TRUE((*resolver)->Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_TRUE(entities[0].roles.empty());
  EXPECT_EQ(entities[1].roles,  // the title inside the mention stays
            std::vector<std::string>{"\u0627\u0644\u0634\u064A\u062E"});
}

// roles_after_names = false: no role from an apposition after the name
// (ANT 2017: "rashid al-ghannushi ra'is harakat al-nahda, ...").
TEST(EntityResolverTest, RolesAfterNamesCanBeTurnedOff) {
  const std::string k_text =
      "\u0627\u0644\u062a\u0642\u0649 "
      "[PER:\u0631\u0627\u0634\u062f "
      "\u0627\u0644\u063a\u0646\u0648\u0634\u064a] "
      "\u0631\u0626\u064a\u0633 \u062d\u0631\u0643\u0629 "
      "\u0627\u0644\u0646\u0647\u0636\u0629\u060c "
      "\u0648\u0641\u062f\u0627 \u0645\u0646 "
      "\u0627\u0644\u0627\u062a\u062d\u0627\u062f.";
  const std::string k_role =
      "\u0631\u0626\u064a\u0633 \u062d\u0631\u0643\u0629 "
      "\u0627\u0644\u0646\u0647\u0636\u0629";
  std::string text;
  std::vector<EntityMention> mentions;
  ASSERT_TRUE(ParseMarked(k_text, &text, &mentions));
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_EQ(entities[0].roles, std::vector<std::string>{k_role});
  EntityResolverOptions options;
  options.roles_after_names = false;
  auto resolver = EntityResolver::Create(options);
  ASSERT_TRUE(resolver.ok()) << resolver.status().ToString();
  ASSERT_TRUE((*resolver)->Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 1u);
  EXPECT_TRUE(entities[0].roles.empty());
}

// drop_not_names = false keeps currency units as MISC entities (ANERcorp's
// conventions); extra not-names add to the embedded list.
TEST(EntityResolverTest, NotNamesCanBeKeptOrExtended) {
  std::string text;
  std::vector<EntityMention> mentions;
  // "60 dollars and 5 Bitcoin"
  ASSERT_TRUE(
      ParseMarked("60 [MISC:\u062F\u0648\u0644\u0627\u0631\u0627] \u0648 5 "
                  "[MISC:\u0628\u064A\u062A\u0643\u0648\u064A\u0646]",
                  &text, &mentions));
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 1u);  // the dollars go, Bitcoin stays
  EntityResolverOptions keep;
  keep.drop_not_names = false;
  auto kept = EntityResolver::Create(keep);
  ASSERT_TRUE(kept.ok());
  ASSERT_TRUE((*kept)->Resolve(text, mentions, &entities).ok());
  EXPECT_EQ(entities.size(), 2u);
  EntityResolverOptions extra;
  extra.extra_not_names_txt = "\u0628\u064A\u062A\u0643\u0648\u064A\u0646\n";
  auto more = EntityResolver::Create(extra);
  ASSERT_TRUE(more.ok());
  ASSERT_TRUE((*more)->Resolve(text, mentions, &entities).ok());
  EXPECT_TRUE(entities.empty());
  extra.extra_not_names_txt = "\xFF\n";
  EXPECT_EQ(EntityResolver::Create(extra).status().code(),
            StatusCode::kDataLoss);
}

TEST(EntityResolverTest, BadAliasFilesAreErrorsNamingTheLine) {
  struct Case {
    std::string tsv;
    StatusCode code;
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {"A\tPER\tB\nC\tPER\n", StatusCode::kInvalidArgument, "line 2"},
      {"A\tPER\tB\tnote\textra\n", StatusCode::kInvalidArgument, "columns"},
      {"A\tPERSON\tB\n", StatusCode::kInvalidArgument, "PERSON"},
      {"# c\n\nA\tPER\t\xFF\n", StatusCode::kDataLoss, "line 3"},
      {"A\tPER\t...\n", StatusCode::kInvalidArgument, "need a letter"},
      {"A\tPER\tB\nC\tPER\tb\n", StatusCode::kInvalidArgument,
       "extra aliases line 2: \"b\" already names \"A\" (extra aliases line "
       "1)"},
      {"A\tPER\tB\nA\tORG\tC\n", StatusCode::kInvalidArgument, "type PER"},
      {"A\tPER\tB\nB\tPER\tC\n", StatusCode::kInvalidArgument,
       "is an alias of"},
      // Claims a name of the embedded table (America -> the United States).
      {"X\tLOC\t\xD8\xA3\xD9\x85\xD9\x8A\xD8\xB1\xD9\x83\xD8\xA7\n",
       StatusCode::kInvalidArgument, "data/entities/aliases.tsv line"},
  };
  for (const Case& c : cases) {
    EntityResolverOptions options;
    options.extra_aliases_tsv = c.tsv;
    auto r = EntityResolver::Create(options);
    ASSERT_FALSE(r.ok()) << c.tsv;
    EXPECT_EQ(r.status().code(), c.code) << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.message_part), std::string::npos)
        << r.status().ToString();
  }
  EntityResolverOptions options;
  options.extra_titles_txt = "ok\n\xC3\n";
  auto r = EntityResolver::Create(options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(r.status().message().find("extra titles line 2"),
            std::string::npos);
}

TEST(EntityResolverTest, BadSpansAreInvalidArgument) {
  const std::string text = "Paris and \xD8\xA8\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xB3";
  struct Case {
    ByteSpan span;
    std::string text;
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {{0, 100}, "", "outside the text of 20 bytes"},
      {{5, 3}, "", "outside"},
      {{4, 4}, "", "is empty"},
      {{11, 14}, "", "boundaries"},
      {{0, 5}, "Pariz", "differs"},
  };
  for (const Case& c : cases) {
    std::vector<EntityMention> mentions(2);
    mentions[0].span = {0, 5};
    mentions[1].span = c.span;
    mentions[1].text = c.text;
    std::vector<Entity> entities(1);
    Status s = DefaultResolver().Resolve(text, mentions, &entities);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << s.ToString();
    EXPECT_NE(s.message().find("mention 1"), std::string::npos) << s.ToString();
    EXPECT_NE(s.message().find(c.message_part), std::string::npos)
        << s.ToString();
    EXPECT_TRUE(entities.empty());
  }
  std::vector<EntityMention> bad_type(1);
  bad_type[0].span = {0, 5};
  bad_type[0].type = static_cast<EntityType>(9);
  std::vector<Entity> entities;
  EXPECT_EQ(DefaultResolver().Resolve(text, bad_type, &entities).code(),
            StatusCode::kInvalidArgument);
}

TEST(EntityResolverTest, OverlappingAndDuplicateSpansAreResolved) {
  // "jAmEp AlqAhrp" (Cairo University, ORG) containing "AlqAhrp" (LOC).
  const std::string text =
      "\xD8\xAC\xD8\xA7\xD9\x85\xD8\xB9\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x82\xD8"
      "\xA7\xD9\x87\xD8\xB1\xD8\xA9";
  std::vector<EntityMention> mentions(3);
  mentions[0].span = {0, static_cast<uint32_t>(text.size())};
  mentions[0].type = EntityType::kOrganization;
  mentions[1].span = {11, static_cast<uint32_t>(text.size())};
  mentions[1].type = EntityType::kLocation;
  mentions[2] = mentions[1];
  std::vector<Entity> entities;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 2u);
  EXPECT_EQ(entities[0].type, EntityType::kOrganization);
  EXPECT_EQ(entities[1].type, EntityType::kLocation);
  EXPECT_EQ(entities[1].mentions.size(), 2u);
}

// Random bytes, random valid spans: Resolve never crashes, and every result
// is well-formed (valid UTF-8 names, spans in range, each mention once).
TEST(EntityResolverTest, RandomInputNeverCrashes) {
  std::mt19937 rng(20260504);
  const std::string alphabet[] = {
      "\xD9\x88", "\xD9\x84", "\xD8\xA7",     "\xD8\xA8", "\xD9\x83",
      "\xD9\x8A", "\xD8\xA9", "\xD8\xA6",     "\xD8\xA3", "\xD9\x86",
      "\xD9\x85", " ",        "\xE2\x80\x9C", ".",        "\xFF",
      "\xC3",     "\xD9\x80", "\xD9\x8E",     "a"};
  int resolved_rounds = 0;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int letters = 1 + static_cast<int>(rng() % 200);
    for (int k = 0; k < letters; ++k) {
      text += alphabet[rng() % (sizeof(alphabet) / sizeof(alphabet[0]))];
    }
    std::vector<EntityMention> mentions;
    const int count = static_cast<int>(rng() % 40);
    for (int k = 0; k < count; ++k) {
      EntityMention m;
      uint32_t a = rng() % (text.size() + 1);
      uint32_t b = rng() % (text.size() + 1);
      if (a > b) std::swap(a, b);
      if (k > 0 || round % 10 != 0) {  // every tenth round: a raw span
        while (!IsUtf8Boundary(text, a)) ++a;
        while (!IsUtf8Boundary(text, b)) ++b;
        if (a == b) continue;
      }
      m.span = {a, b};
      m.type = static_cast<EntityType>(rng() % 4);
      mentions.push_back(m);
    }
    std::vector<Entity> entities;
    Status s = DefaultResolver().Resolve(text, mentions, &entities);
    if (s.ok()) ++resolved_rounds;
    if (!s.ok()) {
      EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << s.ToString();
      EXPECT_TRUE(entities.empty());
      continue;
    }
    size_t resolved = 0;
    std::set<std::string> ids;
    for (const Entity& e : entities) {
      EXPECT_TRUE(ValidateUtf8(e.canonical).ok());
      EXPECT_FALSE(e.canonical.empty());
      ids.insert(e.id);
      for (const ResolvedMention& m : e.mentions) {
        ++resolved;
        EXPECT_LE(m.span.end, text.size());
        EXPECT_LE(m.span.begin, m.name_span.begin);
        EXPECT_LE(m.name_span.end, m.span.end);
        EXPECT_TRUE(ValidateUtf8(m.name).ok());
        EXPECT_TRUE(ValidateUtf8(m.text).ok());
      }
    }
    EXPECT_LE(resolved, mentions.size());
    EXPECT_EQ(ids.size(), entities.size());
  }
  EXPECT_GE(resolved_rounds, 250);
}

TEST(EntityResolverTest, ConcurrentResolveGivesTheSameResult) {
  const std::string text = SeedText();
  std::vector<EntityMention> mentions;
  for (const SeedRow& r : SeedRows(text)) mentions.push_back(r.mention);
  std::vector<Entity> want;
  ASSERT_TRUE(DefaultResolver().Resolve(text, mentions, &want).ok());
  std::string want_json;
  AppendEntitiesJson(want, 0, &want_json);
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 20; ++k) {
        std::vector<Entity> entities;
        if (!DefaultResolver().Resolve(text, mentions, &entities).ok()) return;
        got[t].clear();
        AppendEntitiesJson(entities, 0, &got[t]);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& json : got) EXPECT_EQ(json, want_json);
}

TEST(EntityResolverTest, JsonListsEntitiesWithOffsets) {
  const std::string text = "Mr Smith met Smith.";
  EntityResolverOptions options;
  options.extra_titles_txt = "Mr\n";
  auto r = EntityResolver::Create(options);
  ASSERT_TRUE(r.ok());
  std::vector<EntityMention> mentions(2);
  mentions[0].span = {0, 8};
  mentions[0].type = EntityType::kPerson;
  mentions[1].span = {13, 18};
  mentions[1].type = EntityType::kPerson;
  std::vector<Entity> entities;
  ASSERT_TRUE((*r)->Resolve(text, mentions, &entities).ok());
  ASSERT_EQ(entities.size(), 1u);
  std::string json;
  AppendEntitiesJson(entities, 100, &json);
  EXPECT_EQ(json, "[{\"id\":\"" + entities[0].id +
                      "\",\"canonical\":\"Smith\",\"type\":\"PER\",\"roles\":"
                      "[\"Mr\"],\"mentions\":[{\"begin\":100,\"end\":108,"
                      "\"text\":\"Mr Smith\",\"name\":\"Smith\",\"name_begin\":"
                      "103,\"name_end\":108,\"role\":\"Mr\",\"type\":\"PER\"},"
                      "{\"begin\":113,\"end\":118,\"text\":\"Smith\",\"name\":"
                      "\"Smith\",\"name_begin\":113,\"name_end\":118,\"type\":"
                      "\"PER\"}]}]");
  json.clear();
  AppendEntitiesJson({}, 0, &json);
  EXPECT_EQ(json, "[]");
}

TEST(EntityResolverTest, EntityTypeNamesRoundTrip) {
  for (EntityType t : {EntityType::kPerson, EntityType::kLocation,
                       EntityType::kOrganization, EntityType::kMisc}) {
    auto parsed = ParseEntityType(EntityTypeName(t));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, t);
  }
  EXPECT_FALSE(ParseEntityType("per").ok());
}

}  // namespace
}  // namespace khabar
