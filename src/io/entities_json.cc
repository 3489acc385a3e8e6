// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.

#include <cstdint>
#include <string>
#include <vector>

#include "io/json_writer.h"
#include "khabar/entities.h"

namespace khabar {

void AppendEntitiesJson(const std::vector<Entity>& entities,
                        uint64_t offset_base, std::string* out) {
  JsonWriter w(out);
  w.BeginArray();
  for (const Entity& e : entities) {
    w.BeginObject();
    w.SafeKey("id").String(e.id);
    w.SafeKey("canonical").String(e.canonical);
    w.SafeKey("type").String(EntityTypeName(e.type));
    w.SafeKey("roles").BeginArray();
    for (const std::string& role : e.roles) w.String(role);
    w.EndArray();
    w.SafeKey("mentions").BeginArray();
    for (const ResolvedMention& m : e.mentions) {
      w.BeginObject();
      w.SafeKey("begin").Uint(offset_base + m.span.begin);
      w.SafeKey("end").Uint(offset_base + m.span.end);
      w.SafeKey("text").String(m.text);
      w.SafeKey("name").String(m.name);
      w.SafeKey("name_begin").Uint(offset_base + m.name_span.begin);
      w.SafeKey("name_end").Uint(offset_base + m.name_span.end);
      if (!m.role.empty()) w.SafeKey("role").String(m.role);
      w.SafeKey("type").String(EntityTypeName(m.type));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace khabar
