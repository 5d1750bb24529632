/* SPDX-License-Identifier: MIT */
#include <string.h>

#include <cocomm/cocomm.h>

#include "harness.h"

static void version_matches_macros(void) {
  CU_ASSERT_EQUAL(cocomm_version(), COCOMM_VERSION_NUMBER);
  CU_ASSERT_STRING_EQUAL(cocomm_version_string(), COCOMM_VERSION_STRING);
  CU_ASSERT_EQUAL(COCOMM_VERSION_NUMBER >> 16, COCOMM_VERSION_MAJOR);
  CU_ASSERT_EQUAL(COCOMM_SOVERSION, 2); /* 2.0 broke the ABI (findings as codes) */
}

static void version_info_fills_every_field(void) {
  cocomm_version_info info;
  memset(&info, 0xAB, sizeof info);
  cocomm_version_info_init(&info);
  CU_ASSERT_EQUAL(info.struct_size, sizeof info);
  CU_ASSERT_EQUAL(cocomm_version_info_size(), sizeof info);
  ASSERT_STATUS(cocomm_version_info_get(&info), COCOMM_OK);
  CU_ASSERT_EQUAL(info.major, COCOMM_VERSION_MAJOR);
  CU_ASSERT_EQUAL(info.minor, COCOMM_VERSION_MINOR);
  CU_ASSERT_EQUAL(info.patch, COCOMM_VERSION_PATCH);
  CU_ASSERT_EQUAL(info.soversion, COCOMM_SOVERSION);
  CU_ASSERT_PTR_NOT_NULL_FATAL(info.string);
  CU_ASSERT_STRING_EQUAL(info.string, COCOMM_VERSION_STRING);
}

static void version_info_rejects_bad_input(void) {
  cocomm_version_info info;
  ASSERT_STATUS(cocomm_version_info_get(NULL), COCOMM_ERR_INVALID_ARGUMENT);
  cocomm_version_info_init(&info);
  info.struct_size = COCOMM_VERSION_INFO_SIZE_V1 - 1;
  ASSERT_STATUS(cocomm_version_info_get(&info), COCOMM_ERR_STRUCT_SIZE);
  info.struct_size = 0;
  ASSERT_STATUS(cocomm_version_info_get(&info), COCOMM_ERR_STRUCT_SIZE);
  cocomm_version_info_init(NULL); /* documented no-op */
}

static const test_case cases[] = {
  TEST(version_matches_macros),
  TEST(version_info_fills_every_field),
  TEST(version_info_rejects_bad_input),
};
RUN_TESTS("version", cases)
