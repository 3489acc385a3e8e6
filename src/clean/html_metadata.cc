// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "clean/html_metadata.h"

namespace khabar {

void ExtractHtmlMetadata(const HtmlDom& dom,
                         const std::vector<std::string>& json_ld,
                         ArticleMetadata* out) {
  (void)json_ld;
  out->title = dom.title;
}

}  // namespace khabar
