/* SPDX-License-Identifier: MIT */
/** @file export.h
 *  @brief The one export macro: only what carries COCOMM_API leaves the
 *  shared library (the build hides everything else by default). */
#ifndef COCOMM_EXPORT_H
#define COCOMM_EXPORT_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#  define COCOMM_API
#elif defined(__GNUC__) || defined(__clang__)
#  define COCOMM_API __attribute__((visibility("default")))
#else
#  define COCOMM_API
#endif

/** The bytes of a struct up to and including one of its fields: how each
 *  COCOMM_*_SIZE_V1 (the smallest struct_size or element size accepted) is
 *  defined, so that it is right on every target, LP64, ILP32 and wasm32
 *  alike. */
#define COCOMM_SIZE_THROUGH(type, field) \
  ((uint32_t)(offsetof(type, field) + sizeof(((type *)0)->field)))

#ifdef __cplusplus
#  define COCOMM_BEGIN_DECLS extern "C" {
#  define COCOMM_END_DECLS }
#else
#  define COCOMM_BEGIN_DECLS
#  define COCOMM_END_DECLS
#endif

#endif
