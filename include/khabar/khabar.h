// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// khabar: clean, analyzed, searchable Arabic news. The umbrella header; see
// docs/ARCHITECTURE.md for the pipeline and each header for its component.

#ifndef KHABAR_KHABAR_H_
#define KHABAR_KHABAR_H_

#include "khabar/alignment.h"
#include "khabar/article.h"
#include "khabar/article_json.h"
#include "khabar/cleaner.h"
#include "khabar/conll18_eval.h"
#include "khabar/conllu.h"
#include "khabar/document.h"
#include "khabar/document_json.h"
#include "khabar/entities.h"
#include "khabar/extraction_eval.h"
#include "khabar/jsonl.h"
#include "khabar/light_stemmer.h"
#include "khabar/model_file.h"
#include "khabar/morph_analyzer.h"
#include "khabar/morph_json.h"
#include "khabar/morph_trainer.h"
#include "khabar/news_record.h"
#include "khabar/normalizer.h"
#include "khabar/quotes.h"
#include "khabar/quotes_eval.h"
#include "khabar/root_extractor.h"
#include "khabar/sentence_splitter.h"
#include "khabar/status.h"
#include "khabar/summary.h"  // and khabar/keywords.h
#include "khabar/text_analyzer.h"
#include "khabar/text_chunker.h"
#include "khabar/tokenizer.h"
#include "khabar/utf8.h"
#include "khabar/version.h"

#endif  // KHABAR_KHABAR_H_
