/* vs-rules.h: everything the rules offer, for front ends that want it all
 *
 * Copyright 2026 The Vital Signs authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "vs-rules-error.h"
#include "vs-target.h"
#include "vs-rag.h"
#include "vs-travel.h"
#include "vs-exceptions.h"
#include "vs-aggregates.h"
#include "vs-spc.h"
#include "vs-assessment.h"
