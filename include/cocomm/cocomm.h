/* SPDX-License-Identifier: MIT */
/** @file cocomm.h
 *  @brief Umbrella header: includes every public libcocomm header. */
#ifndef COCOMM_COCOMM_H
#define COCOMM_COCOMM_H

#include <cocomm/export.h>
#include <cocomm/status.h>
#include <cocomm/version.h>
#include <cocomm/date.h>

#endif
