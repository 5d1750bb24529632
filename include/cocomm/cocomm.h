/* SPDX-License-Identifier: MIT */
/** @file cocomm.h
 *  @brief Umbrella header: includes every public libcocomm header. */
#ifndef COCOMM_COCOMM_H
#define COCOMM_COCOMM_H

#include <cocomm/export.h>
#include <cocomm/status.h>
#include <cocomm/error.h>
#include <cocomm/version.h>
#include <cocomm/date.h>
#include <cocomm/rules.h>
#include <cocomm/findings.h>
#include <cocomm/model.h>
#include <cocomm/scope.h>
#include <cocomm/ccg.h>
#include <cocomm/approval.h>
#include <cocomm/terms.h>
#include <cocomm/committee.h>
#include <cocomm/decision.h>
#include <cocomm/coi.h>
#include <cocomm/timeline.h>
#include <cocomm/calendar.h>
#include <cocomm/roster.h>

#endif
