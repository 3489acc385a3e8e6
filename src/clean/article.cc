// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include "khabar/article.h"

namespace khabar {

std::string_view PartRoleName(PartRole role) {
  switch (role) {
    case PartRole::kTitle:
      return "title";
    case PartRole::kParagraph:
      return "paragraph";
    case PartRole::kCaption:
      return "caption";
    case PartRole::kDropped:
      return "dropped";
  }
  return "paragraph";
}

std::string_view DropReasonName(DropReason reason) {
  switch (reason) {
    case DropReason::kNone:
      return "none";
    case DropReason::kDuplicate:
      return "duplicate";
    case DropReason::kBoilerplate:
      return "boilerplate";
    case DropReason::kNavigation:
      return "navigation";
    case DropReason::kEmpty:
      return "empty";
  }
  return "none";
}

}  // namespace khabar
