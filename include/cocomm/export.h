/* SPDX-License-Identifier: MIT */
/** @file export.h
 *  @brief The one export macro: only what carries COCOMM_API leaves the
 *  shared library (the build hides everything else by default). */
#ifndef COCOMM_EXPORT_H
#define COCOMM_EXPORT_H

#if defined(_WIN32)
#  define COCOMM_API
#elif defined(__GNUC__) || defined(__clang__)
#  define COCOMM_API __attribute__((visibility("default")))
#else
#  define COCOMM_API
#endif

#ifdef __cplusplus
#  define COCOMM_BEGIN_DECLS extern "C" {
#  define COCOMM_END_DECLS }
#else
#  define COCOMM_BEGIN_DECLS
#  define COCOMM_END_DECLS
#endif

#endif
