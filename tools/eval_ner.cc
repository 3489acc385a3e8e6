// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar eval ner: CoNLL span F1 (exact match, overall and per type) of the
// NER model on ANERcorp's test split (CAMeL Lab), never used in training.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "cli_common.h"
#include "eval_commands.h"
#include "khabar/morph_analyzer.h"
#include "khabar/ner.h"
#include "khabar/ner_eval.h"
#include "morph_data.h"

namespace khabar::cli {
namespace {

void PrintScore(const char* name, const NerSpanScore& s) {
  std::printf("%-8s %9.2f %9.2f %9.2f %8lld %8lld\n", name, 100 * s.precision(),
              100 * s.recall(), 100 * s.f1(), static_cast<long long>(s.gold),
              static_cast<long long>(s.system));
}

}  // namespace

int RunEvalNer(int argc, char** argv) {
  CLI::App app{
      "Score the NER model with CoNLL span F1 (exact match) on the ANERcorp "
      "test split (CAMeL Lab), analyzing its tokens with the morphology "
      "model first.",
      "khabar eval ner"};
  std::string data_dir = DefaultNerDataDir();
  std::string gold_file;
  std::string model_path = DefaultNerModel();
  std::string morph_path = DefaultMorphModel();
  app.add_option("--data-dir", data_dir,
                 "directory with ANERCorp_CamelLab_test.txt")
      ->capture_default_str();
  app.add_option("--gold", gold_file, "score on this 'TOKEN TAG' file instead");
  app.add_option("--model,-m", model_path, "NER model")->capture_default_str();
  app.add_option("--morph-model", morph_path, "morphology model")
      ->capture_default_str();
  std::string system_out;
  NerTaggerOptions tagger_options;
  bool one_pass = false;
  app.add_flag("--one-pass", one_pass,
               "label in one pass (faster; the second pass sees the first "
               "pass's labels of the same word nearby)");
  bool no_surnames = false;
  app.add_flag("--no-surnames", no_surnames,
               "do not relabel a person's surname seen alone near the full "
               "name");
  bool all_sentences = false;
  app.add_flag("--second-pass-all", all_sentences,
               "run the second pass on every sentence, also those the first "
               "pass left without a mention and without history");
  bool no_coordinated_names = false;
  app.add_flag("--no-coordinated-names", no_coordinated_names,
               "do not split a person mention at a token read as the "
               "conjunction wa + a word");
  bool no_adjacent_persons = false;
  app.add_flag("--no-adjacent-persons", no_adjacent_persons,
               "do not join two person mentions that touch, nor complete a "
               "name that ends with bin or 'abd, nor end one before wali "
               "al-'ahd");
  bool no_religious_formulas = false;
  app.add_flag("--no-religious-formulas", no_religious_formulas,
               "keep religious formulas (salla allahu 'alayhi wa-sallam) the "
               "tagger took into a name");
  bool no_unit_places = false;
  app.add_flag("--no-unit-places", no_unit_places,
               "keep a person mention after the noun of an administrative "
               "unit (wilaya, mintaqa) a person");
  bool no_club_names = false;
  app.add_flag("--no-club-names", no_club_names,
               "do not label sports clubs after the noun nadi (and the same "
               "names in the sentences around) as organizations");
  bool no_name_numbers = false;
  app.add_flag("--no-name-numbers", no_name_numbers,
               "do not extend a MISC mention over the number after it");
  bool no_org_heads = false;
  app.add_flag("--no-org-heads", no_org_heads,
               "do not join a head noun of an organization's name (jami'a, "
               "hizb) tagged alone with the name after it");
  bool no_split_mentions = false;
  app.add_flag("--no-split-mentions", no_split_mentions,
               "do not mend names cut in two or short where the text names "
               "them whole in the sentences around");
  bool no_month_names = false;
  app.add_flag("--no-month-names", no_month_names,
               "keep the mentions the tagger makes of month names in dates "
               "(20 ut, 14 nisan)");
  bool no_title_words = false;
  app.add_flag("--no-title-words", no_title_words,
               "keep a one-word person mention of amin or musa'id before a "
               "noun (a title) a person");
  bool no_participles = false;
  app.add_flag("--no-participles", no_participles,
               "keep a reporting participle (qa'ilan, mukhatiban) at the edge "
               "of a person mention");
  bool no_family_names = false;
  app.add_flag("--no-family-names", no_family_names,
               "do not extend a person's name over a following family name "
               "(Al + name)");
  bool no_ayatollah_names = false;
  app.add_flag("--no-ayatollah-names", no_ayatollah_names,
               "do not label the person named after the title 'ayat allah' "
               "from the title on");
  bool no_name_particles = false;
  app.add_flag("--no-name-particles", no_name_particles,
               "do not take a surname particle (van, von, de) into a "
               "person's name");
  bool no_quoted_names = false;
  app.add_flag("--no-quoted-names", no_quoted_names,
               "do not label a quoted name after a noun that says what it "
               "names (a newspaper's name after 'sahifa')");
  bool no_currencies = false;
  app.add_flag("--no-currencies", no_currencies,
               "do not label currency units MISC after decoding");
  app.add_option("--system-out", system_out,
                 "write 'TOKEN GOLD SYSTEM' lines here (conlleval input)");
  if (auto code = ParseCommandLine(app, argc, argv)) return *code;
  tagger_options.second_pass = !one_pass;
  tagger_options.surnames = !no_surnames;
  tagger_options.family_names = !no_family_names;
  tagger_options.coordinated_names = !no_coordinated_names;
  tagger_options.adjacent_persons = !no_adjacent_persons;
  tagger_options.religious_formulas = !no_religious_formulas;
  tagger_options.unit_places = !no_unit_places;
  tagger_options.club_names = !no_club_names;
  tagger_options.split_mentions = !no_split_mentions;
  tagger_options.org_heads = !no_org_heads;
  tagger_options.name_numbers = !no_name_numbers;
  tagger_options.month_names = !no_month_names;
  tagger_options.title_words = !no_title_words;
  tagger_options.participles = !no_participles;
  tagger_options.skip_quiet_sentences = !all_sentences;
  tagger_options.ayatollah_names = !no_ayatollah_names;
  tagger_options.quoted_names = !no_quoted_names;
  tagger_options.name_particles = !no_name_particles;
  tagger_options.currencies = !no_currencies;
  const std::string path =
      gold_file.empty() ? data_dir + "/ANERCorp_CamelLab_test.txt" : gold_file;
  StatusOr<std::vector<NerSentence>> gold = ReadNerFile(path);
  if (!gold.ok()) {
    PrintError(gold.status().message());
    return ExitCodeFor(gold.status());
  }
  StatusOr<std::shared_ptr<const MorphModel>> morph =
      MorphModel::Load(morph_path);
  if (!morph.ok()) {
    PrintError(morph.status().message());
    return ExitCodeFor(morph.status());
  }
  const auto load_start = std::chrono::steady_clock::now();
  StatusOr<std::shared_ptr<const NerModel>> model = NerModel::Load(model_path);
  if (!model.ok()) {
    PrintError(model.status().message());
    return ExitCodeFor(model.status());
  }
  const double load_ms = std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - load_start)
                             .count();
  MorphAnalyzer analyzer(*morph);
  NerTagger tagger(*model, *morph, tagger_options);
  std::string text;
  MorphAnalysis analysis;
  const auto start = std::chrono::steady_clock::now();
  Status status = AnalyzeNerSentences(&analyzer, *gold, &text, &analysis);
  std::vector<std::string> labels;
  if (status.ok()) status = tagger.TagTokens(text, analysis, &labels);
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  if (!status.ok()) {
    PrintError(status.message());
    return ExitCodeFor(status);
  }
  std::vector<std::vector<std::string>> gold_labels, system_labels;
  size_t next = 0;
  for (const NerSentence& s : *gold) {
    gold_labels.push_back(s.labels);
    system_labels.emplace_back(
        labels.begin() + static_cast<long>(next),
        labels.begin() + static_cast<long>(next + s.labels.size()));
    next += s.labels.size();
  }
  if (!system_out.empty()) {
    std::string out;
    for (size_t s = 0; s < gold->size(); ++s) {
      for (size_t i = 0; i < (*gold)[s].tokens.size(); ++i) {
        out += (*gold)[s].tokens[i] + " " + gold_labels[s][i] + " " +
               system_labels[s][i] + "\n";
      }
      out += "\n";
    }
    if (Status w = WriteFileAtomically(system_out, out); !w.ok()) {
      PrintError(w.message());
      return kExitInternal;
    }
  }
  StatusOr<NerScores> scores = ScoreNerSpans(gold_labels, system_labels);
  if (!scores.ok()) {
    PrintError(scores.status().message());
    return kExitInternal;
  }
  std::printf(
      "gold: %s (%zu sentences, %zu tokens)\nmodel: %s (loaded in "
      "%.1f ms)\n\n",
      path.c_str(), gold->size(), labels.size(), model_path.c_str(), load_ms);
  std::printf("%-8s %9s %9s %9s %8s %8s\n", "type", "precision", "recall", "F1",
              "gold", "system");
  for (const auto& [type, score] : scores->by_type) {
    PrintScore(type.c_str(), score);
  }
  PrintScore("overall", scores->overall);
  std::printf(
      "\nmorphology + NER: %zu tokens in %.3f s (%.0f tokens/s, one "
      "thread)\n",
      labels.size(), secs,
      secs > 0 ? static_cast<double>(labels.size()) / secs : 0.0);
  return kExitOk;
}

}  // namespace khabar::cli
