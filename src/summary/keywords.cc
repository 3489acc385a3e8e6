// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
