/* SPDX-License-Identifier: MIT */
/* Callers built against an older (smaller) or a newer (larger) layout of a
 * growable struct keep working: the library reads struct_size first and
 * never touches a byte past it. The caller's struct is laid in a buffer
 * of guard bytes so that any stray write shows. */
#include <stdint.h>
#include <string.h>

#include <cocomm/cocomm.h>

#include "../harness.h"

#define GUARD 0xEE

typedef struct {
  _Alignas(8) unsigned char bytes[128];
} arena;

static uint32_t u32_at(const arena *a, size_t off) {
  uint32_t v;
  memcpy(&v, a->bytes + off, sizeof v);
  return v;
}

static int guards_intact(const arena *a, size_t from) {
  for (size_t i = from; i < sizeof a->bytes; i++)
    if (a->bytes[i] != GUARD) return 0;
  return 1;
}

static void older_caller_with_first_layout(void) {
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = COCOMM_VERSION_INFO_SIZE_V1;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_OK);
  CU_ASSERT_EQUAL(u32_at(&a, 0), COCOMM_VERSION_INFO_SIZE_V1);
  CU_ASSERT_EQUAL(u32_at(&a, 4), COCOMM_VERSION_MAJOR);
  CU_ASSERT_EQUAL(u32_at(&a, 8), COCOMM_VERSION_MINOR);
  CU_ASSERT_EQUAL(u32_at(&a, 12), COCOMM_VERSION_PATCH);
  CU_ASSERT_TRUE(guards_intact(&a, COCOMM_VERSION_INFO_SIZE_V1));
}

static void caller_between_layouts(void) {
  /* Covers soversion but not the rest: only that much is written. */
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = 20;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_OK);
  CU_ASSERT_EQUAL(u32_at(&a, 16), COCOMM_SOVERSION);
  CU_ASSERT_TRUE(guards_intact(&a, 20));
}

static void newer_caller_with_larger_layout(void) {
  /* A caller built against a future header passes a bigger struct: the
   * library fills what it knows, clears the tail it does not know (as for
   * every struct it writes: a newer field reads 0, "not filled"), and
   * writes nothing past struct_size. */
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = (uint32_t)sizeof(cocomm_version_info) + 16;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_OK);
  CU_ASSERT_EQUAL(u32_at(&a, 16), COCOMM_SOVERSION);
  for (size_t i = sizeof(cocomm_version_info); i < size; i++) CU_ASSERT_EQUAL(a.bytes[i], 0);
  CU_ASSERT_TRUE(guards_intact(&a, size));
}

static void caller_below_first_layout_is_refused(void) {
  arena a;
  memset(a.bytes, GUARD, sizeof a.bytes);
  uint32_t size = COCOMM_VERSION_INFO_SIZE_V1 - 4;
  memcpy(a.bytes, &size, sizeof size);
  ASSERT_STATUS(cocomm_version_info_get((cocomm_version_info *)(void *)a.bytes), COCOMM_ERR_STRUCT_SIZE);
  CU_ASSERT_TRUE(guards_intact(&a, sizeof size));
}

static const test_case cases[] = {
  TEST(older_caller_with_first_layout),
  TEST(caller_between_layouts),
  TEST(newer_caller_with_larger_layout),
  TEST(caller_below_first_layout_is_refused),
};
RUN_TESTS("compat", cases)
