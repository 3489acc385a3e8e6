// Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
//
// Internal (trainer): the mean of several linear models of the same slots,
// as one model. Perceptrons trained on the same data in different orders
// (seeds) disagree on the weights of rare features; their mean is one model
// of the same form whose decisions vary less with the order (parameter
// mixing; docs/ACCURACY.md, "An ensemble of seeds").
//
//   StatusOr<LinearModel> mean = AverageLinearModels({&a, &b, &c});

#ifndef KHABAR_TRAIN_MODEL_AVERAGE_H_
#define KHABAR_TRAIN_MODEL_AVERAGE_H_

#include <vector>

#include "khabar/status.h"
#include "morph/linear_model.h"

namespace khabar::train {

// Each feature's row is the mean of its rows in `models` (absent rows count
// as zeros); weights below `epsilon` in absolute value are dropped, as
// Perceptron::Freeze does. Rows come in the order of their first model.
// kInvalidArgument if `models` is empty or the models' slots differ.
StatusOr<morph::LinearModel> AverageLinearModels(
    const std::vector<const morph::LinearModel*>& models,
    float epsilon = 1e-4f);

}  // namespace khabar::train

#endif  // KHABAR_TRAIN_MODEL_AVERAGE_H_
